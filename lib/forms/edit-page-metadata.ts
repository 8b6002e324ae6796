import "server-only";
// An editing page's title names the record it edits ("Edit party: Republic of Ruritania"),
// so an editor with several open can tell the tabs and the history list apart. Only an
// editor's: a reader sent to sign in must not learn a retracted record's name from the title,
// whatever order Next.js resolves the metadata and the page's redirect in.
import type { Metadata } from "next";
import { canEdit } from "@/lib/forms/require-editor";
import { db } from "@/lib/db/client";
import { recordKind } from "@/lib/records/registry";

const LONGEST_NAME = 70;

/** The title of the page editing the record of `entityType` with this id (none found: the kind alone). */
export async function editPageTitle(entityType: string, id: string | null): Promise<string> {
  const kind = recordKind(entityType);
  const [record] = id ? await kind.refs(db, [id]) : [];
  const noun = kind.label.toLowerCase();
  const name = record && (record.name.length > LONGEST_NAME ? `${record.name.slice(0, LONGEST_NAME - 1).trimEnd()}…` : record.name);
  return name ? `Edit ${noun}: ${name}` : `Edit ${noun}`;
}

/** An editing page's metadata: `findId` (the page's own, cached finder) is asked only for an editor. */
export async function editPageMetadata(entityType: string, findId: () => Promise<string | null>): Promise<Metadata> {
  const id = (await canEdit()) ? await findId() : null;
  return { title: await editPageTitle(entityType, id), robots: { index: false } };
}
