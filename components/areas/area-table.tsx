import Link from "next/link";
import { areaKindLabel } from "@/lib/areas/area-kinds";
import type { AreasPage } from "@/lib/areas/get-areas-page";
import { formatPartialDateText } from "@/lib/dates/partial-date";
import { TextWithMentions } from "@/components/text-with-mentions";

type Area = AreasPage["areas"][number];

/** A negotiation's areas as a table: what each is, where it lies, who holds it and since when. */
export function AreaTable({
  caption,
  areas,
  mentions,
  editHref,
}: {
  caption: string;
  areas: Area[];
  /** The statements the notes name by id, as links read them. */
  mentions: AreasPage["mentions"];
  editHref?: (area: Area) => string;
}) {
  return (
    // Positioned, so the hidden words of the editing column stay inside the box. On a phone
    // each area's cells stack (`stack-on-phone`), so its note is not cut off at the edge.
    <div className="relative">
      <table className="stack-on-phone w-full border-collapse text-sm">
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-2 pr-4 font-semibold">Area</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Kind</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Held now by</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Note</th>
            {editHref && <th scope="col" className="no-print py-2 font-semibold"><span className="sr-only">Editing</span></th>}
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.id} id={`area-${area.slug}`} className="scroll-mt-20 border-b border-line align-top target:bg-paper">
              <th scope="row" className="py-2 pr-4 text-left font-medium">
                {area.name}
                {area.parent && <span className="block font-normal text-muted">in {area.parent.name}</span>}
                <span className="block font-mono text-xs font-normal text-muted">{area.slug}</span>
              </th>
              <td data-label="Kind" className="py-2 pr-4">
                {areaKindLabel[area.kind]}
                {area.code && <span className="block text-muted">Code {area.code}</span>}
              </td>
              <td data-label="Held now by" className="py-2 pr-4">
                {area.heldBy ? (
                  <>
                    <Link href={`/parties/${encodeURIComponent(area.heldBy.slug)}`}>{area.heldBy.shortName}</Link>
                    {area.heldInPart && <span className="block">in part: a front line runs through it</span>}
                    {area.heldSince && <span className="block text-muted">since {formatPartialDateText(area.heldSince)}</span>}
                  </>
                ) : (
                  <span className="text-muted">Not recorded</span>
                )}
              </td>
              <td data-label="Note" className="max-w-prose py-2 pr-4 whitespace-pre-line">{area.notes ? <TextWithMentions text={area.notes} mentions={mentions} /> : <span className="text-muted">—</span>}</td>
              {editHref && (
                <td className="no-print py-2">
                  <Link href={editHref(area)}>
                    Edit<span className="sr-only"> {area.name}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
