// What a write transaction touched, and what a kind says such a change reaches: the terms in
// which the write path (announce-change.ts) and each kind's `changeScope` speak to each other,
// kept apart from both so that neither needs to import the other.

type Snapshot = Record<string, unknown> | null;

/** A record a transaction changed, as its revision describes it. */
export type Touched = { entityType: string; entityId: string; before: Snapshot; after: Snapshot };

/** What a change reaches: whole negotiations, and readings named by lib/cache/change-scope.ts keys. */
export type ChangeReach = "everything" | { negotiations?: string[]; records?: string[] };
