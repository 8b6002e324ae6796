import { compareClasses, compareClassLabel, type CompareClass } from "@/lib/compare";
import type { MapLayout } from "@/lib/maps/layout-map";
import { compareClassMeaning } from "../compare/compare-class-badge";
import { AreaMap, type AreaFill } from "./area-map";
import { MapDefs, stylesOf } from "./map-defs";
import { MapLegend } from "./map-legend";
import { noFillStyle, type MapFillStyle, type MapKey } from "./map-styles";
import { MapTable } from "./map-table";
import { MissingAreas } from "./missing-areas";

/** The comparison badges' colours, each with its own pattern (solid for agreement). */
const classStyle: Record<CompareClass, MapFillStyle> = {
  aligned: { colour: "mint", pattern: "solid" },
  "partly-aligned": { colour: "yellow", pattern: "hatch" },
  opposed: { colour: "orange", pattern: "cross-hatch" },
  unknown: { colour: "grey", pattern: "dots" },
};

export const differenceKeys: MapKey[] = compareClasses.map((c) => ({
  key: c,
  words: compareClassLabel[c],
  meaning: compareClassMeaning[c],
  style: classStyle[c],
}));

/** How two parties' claims on one area compare, and why (the comparison's reason). */
export type AreaDifference = { class: CompareClass; reason: string; href?: string };

/**
 * Two parties' claims compared area by area: each area shaded aligned, partly aligned,
 * opposed or unknown, with the reason in its tooltip and in the table.
 */
export function DifferenceMap({
  id,
  title,
  layout,
  differences,
  noFillWords = "Not compared: neither party states a claim",
}: {
  id: string;
  /** "Ruritania vs Freedonia, 1 April 2022". */
  title: string;
  layout: MapLayout;
  /** By area slug. */
  differences: Record<string, AreaDifference>;
  noFillWords?: string;
}) {
  const fills: Record<string, AreaFill> = Object.fromEntries(
    Object.entries(differences).map(([slug, d]) => [slug, { key: d.class, words: compareClassLabel[d.class], detail: d.reason, href: d.href }]),
  );
  // The key names the unshaded look only when some area has it.
  const unfilled = layout.all.some((area) => !fills[area.slug]);
  return (
    <div className="difference-map flex flex-col gap-4">
      <MapDefs id={id} layout={layout} styles={stylesOf(differenceKeys, noFillStyle)} />
      <MapLegend defsId={id} keys={differenceKeys} noFillWords={unfilled ? noFillWords : undefined} heading="Key to the difference map" headingDetail={title} headingId={`${id}-legend`} lines={layout.lines.length > 0} />
      {layout.height > 0 && (
        <div className="map-single">
          <AreaMap id={`${id}-map`} defsId={id} layout={layout} keys={differenceKeys} fills={fills} noFillWords={noFillWords} title={title} />
        </div>
      )}
      <MissingAreas areas={layout.missing} />
      <MapTable caption={`${title}, as a table`} areas={layout.all} columns={[{ id: "class", title: "Comparison", fills }]} noFillWords={noFillWords} />
    </div>
  );
}
