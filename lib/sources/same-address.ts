import "server-only";
// One address, one source. A report cited twice is cited from one source record, each
// citation with its own quote; two records of it split what rests on it over two pages, and
// a reader comparing them cannot tell they are one report. So a new source, or an edit that
// moves a source to a new address, is refused when a source readers see already has that
// address, and the editor is told which one to cite. Records made before this rule that share
// an address keep it (an edit of other fields is not refused), and a retracted source does
// not hold its address: re-recording a report after a retraction is allowed.
import type { DbOrTx } from "@/lib/db/client";
import { sourceLabel } from "./source-label";
import { visibleSource } from "./source-visibility";

/** The message for an address already recorded, or null when it is free for this source. */
export async function sameAddressProblem(
  tx: DbOrTx,
  { url, before }: { url: string | null; before: { id: string; url: string | null } | null },
): Promise<string | null> {
  if (url === null || (before && before.url === url)) return null;
  const other = await tx.source.findFirst({
    where: { ...visibleSource, url, ...(before ? { id: { not: before.id } } : {}) },
    orderBy: { createdAt: "asc" },
    select: { id: true, outlet: true, title: true, publishedOn: true },
  });
  if (!other) return null;
  return `This address is already recorded as “${sourceLabel(other)}” (source ${other.id}): cite that source rather than recording the report twice`;
}
