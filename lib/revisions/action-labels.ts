import type { RevisionAction } from "./record-revision";

/** Each revision action in words, as history pages and the changes feed show it. */
export const actionLabel: Record<RevisionAction, string> = {
  create: "Created",
  update: "Edited",
  retract: "Retracted",
  restore: "Restored",
  revert: "Reverted",
  supersede: "Superseded by a new statement",
  withdraw: "Marked withdrawn",
  reinstate: "Current again",
};

export function describeAction(action: string): string {
  return (actionLabel as Record<string, string>)[action] ?? action;
}
