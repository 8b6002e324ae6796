// Search used to index a source's title as written, with a cataloguer's remark at its end
// ("… [descriptive title]", lib/sources/title-remark.ts), so that "title", "descriptive" or
// "slug" matched hundreds of sources by a mark that is not theirs. Documents are now written
// with the title alone; this writes anew those of a database indexed before. It changes no
// record, so it writes no revision: it counts the documents it rewrote.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { reindexRecords } from "@/lib/search/sync-search-index";
import { titleWithRemark } from "@/lib/sources/title-remark";

export const sourceTitlesIndexedAlone: DataMigration = {
  name: "20261215000000_source_titles_indexed_alone",
  description: "Sources' search documents written with the title alone, without the remark on how it was recorded",
  async run(tx) {
    const documents = await tx.$queryRaw<{ refId: string; title: string }[]>`
      SELECT "refId", "title" FROM "SearchDocument" WHERE "kind" = 'source' AND "title" LIKE '%]'`;
    const stale = documents.filter((d) => titleWithRemark(d.title).remark !== null).map((d) => d.refId);
    if (stale.length > 0) await reindexRecords(tx, "source", stale);
    return { changed: stale.length };
  },
};
