"use server";
// Retract and restore, for every kind of record, from the record's edit page. The domain
// checks the role and the version; the page shows the outcome after the redirect.
import { redirect } from "next/navigation";
import { z } from "zod";
import { retractCommitment } from "@/lib/commitments/retract-commitment";
import { restoreCommitment } from "@/lib/commitments/restore-commitment";
import { retractEvent } from "@/lib/events/retract-event";
import { restoreEvent } from "@/lib/events/restore-event";
import { retractIssue } from "@/lib/issues/retract-issue";
import { restoreIssue } from "@/lib/issues/restore-issue";
import { retractNegotiation } from "@/lib/negotiations/retract-negotiation";
import { restoreNegotiation } from "@/lib/negotiations/restore-negotiation";
import { retractParty } from "@/lib/parties/retract-party";
import { restoreParty } from "@/lib/parties/restore-party";
import { retractPosition } from "@/lib/positions/retract-position";
import { restorePosition } from "@/lib/positions/restore-position";
import { retractSource } from "@/lib/sources/retract-source";
import { restoreSource } from "@/lib/sources/restore-source";
import { formStateFromError, safeReturnPath, type FormState } from "@/lib/auth/form-state";
import { getActor } from "@/lib/auth/get-actor";
import { parseOrThrow } from "@/lib/errors/app-error";
import { entityTypes } from "@/lib/revisions/record-revision";
import type { RetractArgs } from "@/lib/revisions/edit-commands";

type Change = (args: RetractArgs) => Promise<unknown>;
const changes: Record<"retract" | "restore", Record<(typeof entityTypes)[number], Change>> = {
  retract: {
    position: retractPosition, source: retractSource, event: retractEvent, commitment: retractCommitment,
    party: retractParty, issue: retractIssue, negotiation: retractNegotiation,
  },
  restore: {
    position: restorePosition, source: restoreSource, event: restoreEvent, commitment: restoreCommitment,
    party: restoreParty, issue: restoreIssue, negotiation: restoreNegotiation,
  },
};

const request = z.object({
  change: z.enum(["retract", "restore"]),
  entityType: z.enum(entityTypes),
  id: z.string().min(1).max(100),
  version: z.coerce.number({ error: "Reload the page and try again" }).int().positive(),
});

export async function changeRetractionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const returnTo = safeReturnPath(form.get("returnTo"));
  try {
    const { change, entityType, id, version } = parseOrThrow(request, Object.fromEntries(form));
    await changes[change][entityType]({ id, version, actor: await getActor(), note: form.get("note") as string | null });
  } catch (error) {
    const state = formStateFromError(error);
    return state.message?.startsWith("Someone else saved")
      ? { ...state, message: "Someone else changed this record after you opened this page, so nothing changed. Reload the page to see their change, then decide again." }
      : state;
  }
  redirect(returnTo);
}
