// How a map tells its fill keys apart: a colour from Paul Tol's colour-blind-safe "light"
// scheme (the one Parley's stance and comparison badges use) *and* a pattern, so the keys
// differ in grey print and for readers who cannot tell the colours apart. Words in the
// legend, tooltips and table carry the meaning on their own.

export const mapColours = {
  blue: "#77aadd",
  orange: "#ee8866",
  mint: "#44bb99",
  yellow: "#eedd88",
  pink: "#ffaabb",
  cyan: "#99ddff",
  pear: "#bbcc33",
  olive: "#aaaa00",
  grey: "#dddddd",
  white: "#ffffff",
} as const;
export type MapColour = keyof typeof mapColours;

export const mapPatterns = ["solid", "hatch", "back-hatch", "cross-hatch", "dots", "horizontal", "vertical", "grid"] as const;
export type MapPattern = (typeof mapPatterns)[number];

export type MapFillStyle = { colour: MapColour; pattern: MapPattern };

/**
 * How a line (a front line, a corridor drawn as a line) shows a key: a stroke in the key's
 * colour, broken in its own rhythm over a dark casing, so two keys' lines differ in grey print
 * too. Each pattern has its own rhythm; solid keys draw an unbroken line.
 */
export const lineDashes: Record<MapPattern, string | undefined> = {
  solid: undefined,
  hatch: "8 3",
  dots: "2 3",
  "back-hatch": "12 3 3 3",
  "cross-hatch": "5 2",
  horizontal: "14 5",
  vertical: "8 2 2 2",
  grid: "4 4 1 4",
};

/** A fill key as the legend shows it. */
export type MapKey = {
  key: string;
  /** What the key means, in a few words ("Held by Ruritania, de jure"). */
  words: string;
  /** A longer explanation for the legend. */
  meaning?: string;
  style: MapFillStyle;
};

/** Styles in the order `styleKeys` hands them out: each differs from every other in colour and in pattern. */
export const mapFillStyles: MapFillStyle[] = [
  { colour: "blue", pattern: "solid" },
  { colour: "orange", pattern: "hatch" },
  { colour: "mint", pattern: "dots" },
  { colour: "yellow", pattern: "back-hatch" },
  { colour: "pink", pattern: "cross-hatch" },
  { colour: "cyan", pattern: "horizontal" },
  { colour: "pear", pattern: "vertical" },
  { colour: "olive", pattern: "grid" },
];

/** An area the panel says nothing about. */
export const noFillStyle: MapFillStyle = { colour: "white", pattern: "solid" };
export const NO_FILL_KEY = "none";

/** Gives each key the next style of `mapFillStyles` unless it brings its own; order is the caller's. */
export function styleKeys(keys: (Omit<MapKey, "style"> & { style?: MapFillStyle })[]): MapKey[] {
  let next = 0;
  return keys.map((k) => ({ ...k, style: k.style ?? mapFillStyles[next++ % mapFillStyles.length]! }));
}
