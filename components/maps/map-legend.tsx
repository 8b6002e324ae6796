import { fillId } from "./map-defs";
import { LineSample } from "./map-line";
import { noFillStyle, type MapKey } from "./map-styles";

/**
 * What each fill means: a swatch (the map's own pattern) beside the words, and, when the maps
 * draw lines, the line in that key's style too. `noFillWords` adds the plain fill of areas a
 * map says nothing about.
 */
export function MapLegend({
  defsId,
  keys,
  noFillWords,
  heading,
  headingDetail,
  headingId,
  lines = false,
}: {
  defsId: string;
  keys: MapKey[];
  noFillWords?: string;
  heading: string;
  /** Which map, for screen readers, when a page holds several keys of one heading. */
  headingDetail?: string;
  headingId: string;
  /** The maps draw lines: show each key's line beside its swatch. */
  lines?: boolean;
}) {
  const entries = [
    ...keys.map((k, i) => ({ id: k.key, words: k.words, meaning: k.meaning, fill: fillId(defsId, i), style: k.style })),
    ...(noFillWords ? [{ id: "", words: noFillWords, meaning: undefined, fill: fillId(defsId, keys.length), style: noFillStyle }] : []),
  ];
  return (
    <section aria-labelledby={headingId} className="map-legend rounded border border-line bg-surface p-3">
      <h3 id={headingId} className="text-sm font-semibold">
        {heading}
        {headingDetail && <span className="sr-only">: {headingDetail}</span>}
      </h3>
      <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1.5 text-sm">
        {entries.map((e) => (
          <li key={e.id} className="flex items-center gap-2">
            <svg aria-hidden="true" focusable="false" width="28" height="16" className="map-swatch shrink-0">
              <rect x="0.5" y="0.5" width="27" height="15" fill={`url(#${e.fill})`} />
            </svg>
            {lines && <LineSample style={e.style} />}
            <span>
              {e.words}
              {e.meaning && <span className="text-muted"> — {e.meaning}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
