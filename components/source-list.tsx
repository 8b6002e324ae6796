import Link from "next/link";
import { formatPartialDateText } from "@/lib/dates/partial-date";
import { httpUrl } from "@/lib/sources/http-url";
import { titleWithRemark } from "@/lib/sources/title-remark";
import { attributionKind } from "@/lib/vocab";
import { attributionLabel } from "@/lib/vocab/labels";

export type SourceView = {
  id: string;
  outlet: string;
  title: string;
  url: string | null;
  publishedOn: string | null;
};

export type CitationView = {
  source: SourceView;
  attribution?: string;
  quote?: string | null;
  speaker?: string | null;
};

/** Sources as readers check them: what, where, when, how attributed, and the words quoted. */
export function SourceList({
  items,
  label,
  compact = false,
  emptyText = "No sources recorded.",
}: {
  items: CitationView[];
  label: string;
  compact?: boolean;
  /** What an empty list says: a record that must cite a source has one only if it was retracted. */
  emptyText?: string;
}) {
  if (items.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ol aria-label={label} className={`print-urls flex flex-col ${compact ? "gap-2" : "gap-3"}`}>
      {items.map((item) => (
        <li key={item.source.id} className={compact ? "" : "rounded border border-line bg-surface p-3"}>
          <SourceLine item={item} />
          {item.quote && (
            <figure className="mt-2 border-l-4 border-line pl-3">
              <blockquote className="text-[1.02rem]">
                <p>“{item.quote}”</p>
              </blockquote>
              {item.speaker && <figcaption className="mt-1 text-sm text-muted">— {item.speaker}</figcaption>}
            </figure>
          )}
          {!item.quote && item.speaker && <p className="mt-1 text-sm text-muted">Speaker: {item.speaker}</p>}
        </li>
      ))}
    </ol>
  );
}

function SourceLine({ item }: { item: CitationView }) {
  const { source } = item;
  const href = httpUrl(source.url);
  const published = formatPartialDateText(source.publishedOn);
  const attribution = item.attribution ? attributionKind.safeParse(item.attribution) : null;
  const { title, remark } = titleWithRemark(source.title);
  // Said beside the title, outside its link: how the title was recorded, and a missing link.
  const asides = [remark, href ? null : "no link recorded"].filter(Boolean);
  return (
    <p>
      {href ? (
        <a href={href} rel="noopener noreferrer" className="font-medium">
          {title}
        </a>
      ) : (
        <span className="font-medium">{title}</span>
      )}
      {asides.length > 0 && <span className="text-sm font-normal text-muted"> ({asides.join("; ")})</span>}
      <span className="block text-sm text-muted">
        {source.outlet}
        {published && <>, {published}</>}
        {attribution && (
          <>
            {" · "}
            <span>{attribution.success ? attributionLabel[attribution.data] : item.attribution}</span>
          </>
        )}
      </span>
      {/* The source's own page: what else Parley rests on the same report. Its own line,
          clear of the title's link for a finger. */}
      <span className="no-print mt-1 block text-sm">
        <Link href={`/sources/${encodeURIComponent(source.id)}`}>Every record citing this source</Link>
      </span>
    </p>
  );
}
