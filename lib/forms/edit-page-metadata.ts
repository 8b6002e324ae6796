import "server-only";
// An editing page's title names the record it edits ("Edit party: Republic of Ruritania"),
// so an editor with several open can tell the tabs and the history list apart.
import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { recordKind } from "@/lib/records/registry";

const LONGEST_NAME = 70;

/** The metadata of the page editing the record of `entityType` with this id (none found: the kind alone). */
export async function editPageMetadata(entityType: string, id: string | null): Promise<Metadata> {
  const kind = recordKind(entityType);
  const [record] = id ? await kind.refs(db, [id]) : [];
  const noun = kind.label.toLowerCase();
  const name = record && (record.name.length > LONGEST_NAME ? `${record.name.slice(0, LONGEST_NAME - 1).trimEnd()}…` : record.name);
  return { title: name ? `Edit ${noun}: ${name}` : `Edit ${noun}`, robots: { index: false } };
}
