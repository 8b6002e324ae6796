import type { LaidOutArea, MapLayout } from "@/lib/maps/layout-map";
import { layoutTooltip } from "@/lib/maps/layout-tooltip";
import { LABEL_FONT, MARKER_RADIUS } from "@/lib/maps/place-labels";
import { areaShapeId, contextId, fillId, lineShapeId } from "./map-defs";
import { lineStroke } from "./map-line";
import type { MapKey } from "./map-styles";

/** What one map says about one area. */
export type AreaFill = {
  /** A key of the legend. */
  key: string;
  /** The key's words for this area, e.g. "Held by Ruritania, de jure". */
  words: string;
  /** More, e.g. the statement's date or the reason for a comparison class. */
  detail?: string;
  /** Where the area leads: the position behind the claim. */
  href?: string;
};

export type AreaMapProps = {
  /** Unique on the page; the map's caption and key hang off it. */
  id: string;
  /** The id given to the MapDefs this map refers to. */
  defsId: string;
  layout: MapLayout;
  keys: MapKey[];
  /** Fills by area slug; an area without one is drawn plain and named with `noFillWords`. */
  fills: Record<string, AreaFill>;
  noFillWords: string;
  /** Caption above the map (a party's name, "Ruritania vs Freedonia"). */
  title: string;
};

/**
 * One map: every area shaded by its fill, labelled, and a link (or, without a link, a
 * focusable image) with a tooltip naming the fill, shown on hover and keyboard focus by
 * CSS alone. Decorative layers are hidden from assistive technology; the areas' names
 * carry the map for it, and a table says the same (MapTable).
 */
export function AreaMap({ id, defsId, layout, keys, fills, noFillWords, title }: AreaMapProps) {
  const keyIndex = new Map(keys.map((k, i) => [k.key, i]));
  const frame = { width: layout.width, height: layout.height };
  const fillOf = (slug: string) => {
    const index = keyIndex.get(fills[slug]?.key ?? "");
    return `url(#${fillId(defsId, index ?? keys.length)})`;
  };
  const styleOf = (slug: string) => keys.find((k) => k.key === fills[slug]?.key)?.style;
  const describe = (area: LaidOutArea) => {
    const fill = fills[area.slug];
    return [fill?.words ?? noFillWords, fill?.detail].filter(Boolean).join(". ");
  };

  return (
    <figure aria-labelledby={`${id}-caption`} className="area-map">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby={`${id}-caption`} className="area-map-svg">
        <g aria-hidden="true">
          <use href={`#${contextId(defsId)}`} className="map-context" />
          {layout.areas.map((a, i) => (
            <use key={a.slug} href={`#${areaShapeId(defsId, i)}`} fill={fillOf(a.slug)} className="map-area" />
          ))}
          {layout.lines.map((l, i) => (
            <g key={l.slug}>
              <use href={`#${lineShapeId(defsId, i)}`} className="map-line-casing" />
              <use href={`#${lineShapeId(defsId, i)}`} className="map-line" {...lineStroke(styleOf(l.slug))} />
            </g>
          ))}
          {layout.context.map((c) =>
            c.placement.mode === "inside" ? (
              <text key={c.code} x={c.placement.x} y={c.placement.y} className="map-context-label">
                {c.name}
              </text>
            ) : null,
          )}
          {[...layout.areas, ...layout.lines].map((a) => (
            <AreaLabel key={a.slug} area={a} />
          ))}
        </g>
        {layout.areas.map((a, i) => (
          <AreaHit key={a.slug} area={a} shape={`#${areaShapeId(defsId, i)}`} fill={fills[a.slug]} description={describe(a)} frame={frame} />
        ))}
        {layout.lines.map((l, i) => (
          <AreaHit key={l.slug} area={l} shape={`#${lineShapeId(defsId, i)}`} fill={fills[l.slug]} description={describe(l)} frame={frame} line />
        ))}
      </svg>
      {layout.keyed.length > 0 && (
        <ol className="map-key" aria-label={`Numbered areas on the map of ${title}`}>
          {layout.keyed.map((k) => (
            <li key={k.slug}>
              <span className="map-key-number" aria-hidden="true">
                {k.number}
              </span>{" "}
              {k.label}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}

function AreaLabel({ area }: { area: LaidOutArea }) {
  const p = area.placement;
  if (p.mode === "hidden") return null;
  if (p.mode === "key") {
    return (
      <g className="map-marker">
        <circle cx={p.x} cy={p.y} r={MARKER_RADIUS} />
        <text x={p.x} y={p.y} fontSize={LABEL_FONT - 1}>
          {p.number}
        </text>
      </g>
    );
  }
  return (
    <>
      {p.mode === "outside" && <line x1={p.leader[0]} y1={p.leader[1]} x2={p.leader[2]} y2={p.leader[3]} className="map-leader" />}
      <text x={p.x} y={p.y} fontSize={LABEL_FONT} className="map-label">
        {area.label}
      </text>
    </>
  );
}

function AreaHit({
  area,
  shape,
  fill,
  description,
  frame,
  line = false,
}: {
  area: LaidOutArea;
  shape: string;
  fill: AreaFill | undefined;
  description: string;
  frame: { width: number; height: number };
  line?: boolean;
}) {
  const tip = layoutTooltip({ anchor: area.anchor, title: area.label, text: description, frame });
  const label = `${area.label}: ${description}`;
  const children = (
    <>
      <use href={shape} className={line ? "map-hit-shape map-hit-line" : "map-hit-shape"} />
      <g className="map-tip" aria-hidden="true">
        <rect x={tip.x} y={tip.y} width={tip.width} height={tip.height} rx="3" />
        {tip.lines.map((l, i) => (
          <text key={i} x={l.x} y={l.y} fontWeight={l.bold ? 600 : undefined}>
            {l.text}
          </text>
        ))}
      </g>
    </>
  );
  return fill?.href ? (
    <a href={fill.href} aria-label={label} className="map-hit">
      {children}
    </a>
  ) : (
    <g tabIndex={0} role="img" aria-label={label} className="map-hit">
      {children}
    </g>
  );
}
