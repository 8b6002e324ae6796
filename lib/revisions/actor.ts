/** Who made a change: a signed-in user, an API token's owner, or a system task. */
export type Actor = { id: string | null; label: string; role?: "editor" | "admin" };

export const seedActor: Actor = { id: null, label: "Parley seed" };
