import Link from "next/link";
import type { AreaFill } from "./area-map";

export type MapTableColumn = { id: string; title: string; fills: Record<string, AreaFill> };

/**
 * The maps as a table: one row per area, one column per map. Says everything the maps say,
 * for screen readers, for print and for anyone who would rather read.
 */
export function MapTable({
  caption,
  areas,
  columns,
  noFillWords,
}: {
  caption: string;
  areas: { slug: string; label: string }[];
  columns: MapTableColumn[];
  noFillWords: string;
}) {
  return (
    <div className="map-table-scroll overflow-x-auto">
      <table className="map-table w-full border-collapse text-sm">
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1 pr-4 font-semibold">
              Area
            </th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="py-1 pr-4 font-semibold">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.slug} className="border-b border-line align-top">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {a.label}
              </th>
              {columns.map((c) => (
                <td key={c.id} className="py-1 pr-4">
                  <FillWords fill={c.fills[a.slug]} noFillWords={noFillWords} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FillWords({ fill, noFillWords }: { fill: AreaFill | undefined; noFillWords: string }) {
  if (!fill) return <span className="text-muted">{noFillWords}</span>;
  return (
    <>
      {fill.href ? <Link href={fill.href}>{fill.words}</Link> : fill.words}
      {fill.detail && <span className="block text-muted">{fill.detail}</span>}
    </>
  );
}
