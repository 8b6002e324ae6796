import "server-only";
// Security events: sign-ins (success and failure), password changes and resets, role
// changes, accounts made, disabled and enabled, API tokens issued and revoked, sessions
// ended everywhere, full archives downloaded. Each is written twice: as a line of the security log (security-log.ts)
// and as a row that the admin page /admin/security lists. Never a secret: no password,
// token or session id, only names, emails, addresses and outcomes.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertIsAdmin } from "./permissions";
import { requestAddress, writeSecurityLogLine } from "./security-log";

export const securityEventKinds = [
  "sign-in",
  "password-change",
  "password-reset-required",
  "sessions-ended",
  "role-change",
  "account-created",
  "account-disabled",
  "account-enabled",
  "token-issued",
  "token-revoked",
  "archive-downloaded",
] as const;
export type SecurityEventKind = (typeof securityEventKinds)[number];

export type SecurityEventInput = {
  event: SecurityEventKind;
  outcome: "success" | "failure";
  actor?: Pick<Actor, "id" | "label"> | null;
  /** Whom or what it concerned: an email, a token's name. */
  subject?: string | null;
  /** The client's address; read from the request being served when not given. */
  address?: string | null;
  /** Why it failed, or what changed ("editor → admin"). */
  detail?: string | null;
};

// Kept long enough to look back over a quarter; the log lines are the long-term record.
const RETENTION_MS = 180 * 24 * 60 * 60_000;
const PRUNE_EVERY_MS = 60 * 60_000;
let lastPruned = 0;

const bounded = (text: string | null | undefined, max: number) => (text ? text.slice(0, max) : null);

export async function recordSecurityEvent(input: SecurityEventInput): Promise<void> {
  const now = new Date();
  const row = {
    event: input.event,
    outcome: input.outcome,
    actorId: input.actor?.id ?? null,
    actorLabel: bounded(input.actor?.label, 200),
    subject: bounded(input.subject, 254),
    address: bounded(input.address === undefined ? await requestAddress() : input.address, 64),
    detail: bounded(input.detail, 200),
    createdAt: now,
  };
  writeSecurityLogLine(
    {
      event: row.event,
      outcome: row.outcome,
      actor: row.actorId ? { id: row.actorId, label: row.actorLabel ?? "" } : null,
      subject: row.subject,
      address: row.address,
      detail: row.detail,
    },
    now,
  );
  await db.securityEvent.create({ data: row });
  if (now.getTime() - lastPruned > PRUNE_EVERY_MS) {
    lastPruned = now.getTime();
    await db.securityEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } } });
  }
}

/** The newest events first, for admins. */
export async function listSecurityEvents({ actor, limit = 200, failuresOnly = false }: { actor: Actor | null; limit?: number; failuresOnly?: boolean }) {
  assertIsAdmin(actor);
  return db.securityEvent.findMany({
    where: failuresOnly ? { outcome: "failure" } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}
