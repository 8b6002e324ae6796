import type { MapLayout } from "@/lib/maps/layout-map";
import { mapColours, type MapFillStyle, type MapKey, type MapPattern } from "./map-styles";

const TILE = 7;
const INK = { stroke: "#111", strokeOpacity: 0.55, strokeWidth: 1.1 };

const marks: Record<MapPattern, string | null> = {
  solid: null,
  hatch: `M0 ${TILE}L${TILE} 0M-2 2 2-2M${TILE - 2} ${TILE + 2} ${TILE + 2} ${TILE - 2}`,
  "back-hatch": `M0 0L${TILE} ${TILE}M-2 ${TILE - 2} 2 ${TILE + 2}M${TILE - 2}-2 ${TILE + 2} 2`,
  "cross-hatch": `M0 ${TILE}L${TILE} 0M0 0L${TILE} ${TILE}`,
  dots: null,
  horizontal: `M0 ${TILE / 2}H${TILE}`,
  vertical: `M${TILE / 2} 0V${TILE}`,
  grid: `M0 ${TILE / 2}H${TILE}M${TILE / 2} 0V${TILE}`,
};

/** The id of a key's fill, for `fill="url(#…)"`. */
export const fillId = (defsId: string, index: number) => `${defsId}-k${index}`;
export const areaShapeId = (defsId: string, index: number) => `${defsId}-a${index}`;
export const lineShapeId = (defsId: string, index: number) => `${defsId}-l${index}`;
export const contextId = (defsId: string) => `${defsId}-ctx`;

/**
 * The shapes and fills of a set of maps, sent once: every small multiple, the legend's
 * swatches and the hit areas refer to them with <use>, so a page with four maps carries
 * each outline once. Renders nothing visible (not display:none, which would stop
 * browsers painting the patterns).
 */
export function MapDefs({ id, layout, styles }: { id: string; layout: MapLayout; styles: MapFillStyle[] }) {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" className="map-defs">
      <defs>
        {styles.map((style, i) => (
          <FillPattern key={i} id={fillId(id, i)} style={style} />
        ))}
        <g id={contextId(id)}>
          {layout.context.map((c) => (
            <path key={c.code} d={c.path} />
          ))}
        </g>
        {layout.areas.map((a, i) => (
          <path key={a.slug} id={areaShapeId(id, i)} d={a.path} />
        ))}
        {layout.lines.map((l, i) => (
          <path key={l.slug} id={lineShapeId(id, i)} d={l.path} />
        ))}
      </defs>
    </svg>
  );
}

function FillPattern({ id, style }: { id: string; style: MapFillStyle }) {
  const d = marks[style.pattern];
  return (
    <pattern id={id} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
      <rect width={TILE} height={TILE} fill={mapColours[style.colour]} />
      {d && <path d={d} fill="none" {...INK} />}
      {style.pattern === "dots" && <circle cx={TILE / 2} cy={TILE / 2} r="1.3" fill="#111" fillOpacity="0.6" />}
    </pattern>
  );
}

/** The styles a set of maps needs, in `fillId` order: the keys', then the empty fill. */
export function stylesOf(keys: MapKey[], noFill: MapFillStyle): MapFillStyle[] {
  return [...keys.map((k) => k.style), noFill];
}
