import { lineDashes, mapColours, noFillStyle, type MapFillStyle } from "./map-styles";

/** The stroke of a line drawn in a key's style; a line no key covers is drawn plain. */
export function lineStroke(style: MapFillStyle | undefined = noFillStyle) {
  return { stroke: mapColours[style.colour], strokeDasharray: lineDashes[style.pattern] };
}

/** A short line in a key's style on a blank tile (lines lie on light fills), for the legend of maps that draw lines. */
export function LineSample({ style }: { style: MapFillStyle }) {
  return (
    <svg aria-hidden="true" focusable="false" width="28" height="16" className="map-swatch shrink-0">
      <rect x="0.5" y="0.5" width="27" height="15" fill="#fff" />
      <path d="M5 8H23" className="map-line-casing" />
      <path d="M5 8H23" className="map-line" {...lineStroke(style)} />
    </svg>
  );
}
