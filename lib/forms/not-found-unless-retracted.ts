import "server-only";
// A reading page for a record readers may not see answers 404. An editor who follows a link
// to a record since retracted (their own bookmark, a link in the history) is taken to its
// edit page instead, which says it is retracted and offers to restore it.
import { notFound, redirect } from "next/navigation";
import { canEdit } from "./require-editor";

export async function notFoundUnlessRetracted(find: () => Promise<{ retractedAt: Date | null } | null>, editHref: string): Promise<never> {
  if ((await canEdit()) && (await find())?.retractedAt) redirect(editHref);
  notFound();
}
