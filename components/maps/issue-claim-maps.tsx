import type { ClaimKey, ClaimPanel } from "@/lib/maps/claim-panels";
import type { MapLayout } from "@/lib/maps/layout-map";
import { ClaimMaps } from "./claim-maps";
import { styleKeys } from "./map-styles";

/**
 * A territory issue's maps: one per party whose current position claims areas, under one
 * legend, with the parties whose position names none said in words.
 */
export function IssueClaimMaps({
  layout,
  keys,
  panels,
  quiet,
  when,
}: {
  layout: MapLayout;
  keys: ClaimKey[];
  panels: ClaimPanel[];
  /** Parties with a current position that claims no area. */
  quiet: string[];
  /** "now", or "on 1 April 2022". */
  when: string;
}) {
  const claiming = panels.filter((p) => Object.keys(p.fills).length > 0);
  return (
    <section aria-labelledby="claim-maps-heading" className="mt-10">
      <h2 id="claim-maps-heading" className="text-xl font-semibold">
        Claims area by area, {when}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-muted">
        One map per party: each area shaded by the outcome the party&rsquo;s current position wants for it. A claim on a larger area, or on
        every area a statement does not name, stands for the areas it covers. Each area links to the position. An area
        left as &ldquo;No claim recorded&rdquo; is one the party&rsquo;s current position does not name: silence is not
        a waiver, and its earlier statements may name it (each party&rsquo;s timeline above lists them).
      </p>
      {claiming.length === 0 ? (
        <p className="mt-4">No party&rsquo;s position {when === "now" ? "names" : "named"} areas {when}.</p>
      ) : (
        <div className="mt-4">
          <ClaimMaps id="claim-maps" heading={`Territorial claims ${when}`} layout={layout} keys={styleKeys(keys)} panels={claiming} />
        </div>
      )}
      {quiet.length > 0 && claiming.length > 0 && (
        <p className="mt-3 text-sm">Current positions that claim no area in particular: {quiet.join(", ")}.</p>
      )}
    </section>
  );
}
