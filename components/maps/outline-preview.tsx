import type { OutlineGeometry } from "@/lib/maps/geometry";
import { countVertices, isSurface } from "@/lib/maps/geometry";
import type { MapLayout } from "@/lib/maps/layout-map";
import { PREVIEW_SLUG } from "@/lib/maps/preview";
import { AreaMap } from "./area-map";
import { MapDefs } from "./map-defs";
import { mapFillStyles, noFillStyle, type MapKey } from "./map-styles";

const number = new Intl.NumberFormat("en-GB");

/**
 * An uploaded outline drawn before it is saved (layoutOutlinePreview lays it out, with the
 * negotiation's other areas plain around it), and what the editor needs to check it: the
 * kind of shape and how many points it has.
 */
export function OutlinePreview({
  id,
  layout,
  outline,
  label,
  saved = false,
}: {
  id: string;
  layout: MapLayout;
  outline: OutlineGeometry;
  label: string;
  /** The outline the area has, rather than one uploaded and not yet saved. */
  saved?: boolean;
}) {
  const keys: MapKey[] = [{ key: "outline", words: isSurface(outline) ? "Uploaded area" : "Uploaded line", style: mapFillStyles[0]! }];
  const parts = outline.type.startsWith("Multi") ? (outline.coordinates as unknown[]).length : 1;
  return (
    <div className="outline-preview flex flex-col gap-2">
      <MapDefs id={id} layout={layout} styles={[keys[0]!.style, noFillStyle]} />
      {layout.height > 0 ? (
        <div className="map-single">
          <AreaMap id={`${id}-map`} defsId={id} layout={layout} keys={keys} fills={{ [PREVIEW_SLUG]: { key: "outline", words: keys[0]!.words } }} noFillWords="Another area of the negotiation" title={saved ? `Drawn outline: ${label}` : `Preview: ${label}`} />
        </div>
      ) : (
        <p>The outline cannot be drawn.</p>
      )}
      <p className="text-sm text-muted">
        {outline.type}, {parts === 1 ? "one part" : `${number.format(parts)} parts`}, {number.format(countVertices(outline))} points.{saved ? "" : " Nothing is saved until you save the outline."}
      </p>
    </div>
  );
}
