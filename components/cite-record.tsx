import { headers } from "next/headers";
import { CopyText } from "@/components/copy-text";
import { recordCitation } from "@/lib/citations/record-citation";
import { headersOf, publicOrigin } from "@/lib/request/public-origin";
import { lastEditedAt } from "@/lib/revisions/last-edited-at";

type Props = {
  entityType: string;
  id: string;
  title: string;
  /** "position record" */
  kind: string;
  /** The record's page, from the site's root: "/positions/abc". */
  path: string;
  /** Its list of edits, from the site's root. */
  historyPath: string;
};

/** "Cite this record": a line to paste under a quote, with the date of the record's last edit. */
export async function CiteRecord({ entityType, id, title, kind, path, historyPath }: Props) {
  // Pages are answered only for a known origin (proxy.ts), and cached under it.
  const origin = publicOrigin(headersOf(await headers()))?.origin ?? "";
  const citation = recordCitation({ title, kind, lastEditedAt: await lastEditedAt(entityType, id), url: origin + path, historyUrl: origin + historyPath });
  return (
    <section aria-labelledby="cite-heading" className="mt-8">
      <h2 id="cite-heading" className="mb-2 text-xl font-semibold">
        Cite this record
      </h2>
      <p id="citation" className="max-w-prose break-words rounded border border-line bg-surface p-3 text-sm">
        {citation}
      </p>
      <CopyText targetId="citation" label="Copy citation" />
    </section>
  );
}
