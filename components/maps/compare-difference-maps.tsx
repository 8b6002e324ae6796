import type { DifferenceMapData } from "@/lib/maps/difference-areas";
import { DifferenceMap, type AreaDifference } from "./difference-map";

/** The compare page's maps: per territory issue, the first two parties compared area by area. */
export function CompareDifferenceMaps({ maps, when, more }: { maps: DifferenceMapData[]; when: string; more: boolean }) {
  if (maps.length === 0) return null;
  return (
    <section aria-labelledby="difference-maps-heading" className="mt-10 flex flex-col gap-6">
      <div>
        <h2 id="difference-maps-heading" className="text-xl font-semibold">
          Territory on the map
        </h2>
        <p className="mt-1 max-w-prose text-sm text-muted">
          Each area shaded by how the two parties&rsquo; claims on it compare, by the same rules as the table
          {more ? "; the map compares the first two parties chosen" : ""}. Each area links to its issue&rsquo;s row above.
        </p>
      </div>
      {maps.map((map) => {
        const differences: Record<string, AreaDifference> = Object.fromEntries(
          map.areas.map((a) => [a.area, { class: a.class, reason: a.reason, href: `#issue-${map.issue.slug}` }]),
        );
        return (
          <DifferenceMap
            key={map.issue.slug}
            id={`difference-${map.issue.slug}`}
            title={`${map.issue.name}: ${map.parties[0]} vs ${map.parties[1]}, ${when}`}
            layout={map.layout}
            differences={differences}
          />
        );
      })}
    </section>
  );
}
