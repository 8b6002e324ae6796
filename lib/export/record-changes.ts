// Whether the records changed since an export was read, for export downloads to share
// readings (./export-downloads.ts). server.ts counts changes from the same signal that
// empties the response cache; without it (tests, `next dev`) nothing is counted and no
// reading is shared, since none can be known to be current. Kept on globalThis and free of
// server-only imports: server.ts and the route handlers Next.js bundles load this module
// separately, and must share one count per process.

type Count = { counting: boolean; changes: number };

const KEY = Symbol.for("parley.record-changes");
const count: Count = ((globalThis as Record<symbol, Count | undefined>)[KEY] ??= { counting: false, changes: 0 });

/** For server.ts, once its change signal runs: it will call `recordsChanged` on every change. Returns the function that stops counting. */
export function countRecordChanges(): () => void {
  count.counting = true;
  return () => {
    count.counting = false;
    count.changes += 1;
  };
}

/** For server.ts's change signal: the records changed. */
export function recordsChanged() {
  count.changes += 1;
}

/** The number of changes seen so far, or null when changes are not counted. */
export function changesSeen(): number | null {
  return count.counting ? count.changes : null;
}
