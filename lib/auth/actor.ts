/** Who made a change: a signed-in user, an API token's owner, or a system task. */
export type Actor = {
  id: string | null;
  label: string;
  role?: "editor" | "admin";
  /** Present only when acting through an API token: what the token may do. */
  scope?: "read" | "write";
};

export const seedActor: Actor = { id: null, label: "Parley seed" };

/** Changes a data migration makes to stored records (prisma/data-migrations). */
export const dataMigrationActor: Actor = { id: null, label: "Parley data migration" };
