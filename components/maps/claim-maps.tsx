import type { MapLayout } from "@/lib/maps/layout-map";
import { AreaMap, type AreaFill } from "./area-map";
import { MapDefs, stylesOf } from "./map-defs";
import { MapLegend } from "./map-legend";
import { noFillStyle, type MapKey } from "./map-styles";
import { MapTable } from "./map-table";
import { MissingAreas } from "./missing-areas";

/** One small multiple: whose map it is and what it says about each area (by area slug). */
export type MapPanel = { id: string; title: string; fills: Record<string, AreaFill> };

/**
 * Small multiples: one map per panel (a party's claims), all drawn from one layout and one
 * set of shapes, under one legend, followed by the same as a table and the areas that have
 * no shape to draw.
 */
export function ClaimMaps({
  id,
  heading,
  layout,
  keys,
  panels,
  noFillWords = "No claim recorded",
}: {
  /** Unique on the page: every id inside derives from it. */
  id: string;
  /** Names the maps for the legend, table and assistive technology ("Territorial claims, 1 April 2022"). */
  heading: string;
  layout: MapLayout;
  keys: MapKey[];
  panels: MapPanel[];
  noFillWords?: string;
}) {
  return (
    <div className="claim-maps flex flex-col gap-4">
      <MapDefs id={id} layout={layout} styles={stylesOf(keys, noFillStyle)} />
      <MapLegend defsId={id} keys={keys} noFillWords={noFillWords} heading={`Key to the maps: ${heading}`} headingId={`${id}-legend`} lines={layout.lines.length > 0} />
      {layout.height > 0 && (
        <div className="map-grid">
          {panels.map((p) => (
            <AreaMap key={p.id} id={`${id}-${p.id}`} defsId={id} layout={layout} keys={keys} fills={p.fills} noFillWords={noFillWords} title={p.title} />
          ))}
        </div>
      )}
      <MissingAreas areas={layout.missing} />
      <MapTable caption={`${heading}, as a table`} areas={layout.all} columns={panels} noFillWords={noFillWords} />
    </div>
  );
}
