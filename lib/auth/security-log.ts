// The security log: one JSON line per event on standard output, in a shape that stays the
// same so an operator's log shipper can parse it (docs/security.md). Never a secret — no
// password, token or session id — and JSON encoding keeps a name with line breaks or
// control characters from forging a line of its own.
import type { Actor } from "@/lib/auth/actor";
import { clientAddress } from "./client-address";

export type SecurityLogLine = {
  event: string;
  outcome: "success" | "failure";
  actor: Pick<Actor, "id" | "label"> | null;
  subject: string | null;
  address: string | null;
  detail: string | null;
};

export function writeSecurityLogLine(line: SecurityLogLine, time = new Date()): void {
  const { event, outcome, actor, subject, address, detail } = line;
  console.info(
    JSON.stringify({
      time: time.toISOString(),
      type: "security",
      event,
      outcome,
      actor: actor?.id ? { id: actor.id, label: actor.label } : null,
      subject,
      address,
      detail,
    }),
  );
}

/** The client's address of the request being served; null outside a request (scripts, tests). */
export async function requestAddress(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return clientAddress(await headers());
  } catch {
    return null;
  }
}

/**
 * An access-control refusal (a reader opening an editing page, an editor an admin action, a
 * read-only token writing). Logged, not stored: anyone can cause these at will.
 */
export function logAccessDenied(actor: Actor | null | undefined, detail: string): void {
  void requestAddress().then((address) =>
    writeSecurityLogLine({ event: "access-denied", outcome: "failure", actor: actor ?? null, subject: null, address, detail }),
  );
}
