// A commitment's status as Parley recorded it over time, read from its revisions: when an
// editor marks a promise broken, readers should see that it once stood as promised, and
// since when the record says otherwise. The dates are recording dates, not the dates the
// promise was kept or broken, and the page says so. Pure, so the rule is tested on its own.

/** One revision of a commitment, oldest first: its snapshot after the change, if any. */
export type StatusRevision = { createdAt: Date; after: unknown };

/** A status and the moment Parley first recorded it, after a different one or none. */
export type StatusRecorded = { status: string; recordedAt: Date };

/** Each change of status in the revisions, oldest first; edits that kept the status are skipped. */
export function statusTimeline(revisions: readonly StatusRevision[]): StatusRecorded[] {
  const timeline: StatusRecorded[] = [];
  for (const revision of revisions) {
    const status = statusIn(revision.after);
    if (status === null || timeline.at(-1)?.status === status) continue;
    timeline.push({ status, recordedAt: revision.createdAt });
  }
  return timeline;
}

function statusIn(snapshot: unknown): string | null {
  if (typeof snapshot !== "object" || snapshot === null) return null;
  const status = (snapshot as { status?: unknown }).status;
  return typeof status === "string" ? status : null;
}
