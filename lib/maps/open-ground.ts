// Where the name of a surrounding country can go: on its own ground inside the frame, clear
// of the areas (a country that holds areas is named on the rest of it).
import { LABEL_HEIGHT } from "./place-labels";
import { largestPiece, type Point, type ProjectedShape } from "./project-shapes";
import { textWidth } from "./text-metrics";

/**
 * Places where a country's name can sit: inside the country's part of the frame, clear of
 * the areas (a country that holds areas is named on its other ground), nearest the middle
 * of that ground first.
 */
export function openGround(country: ProjectedShape, inAreas: (x: number, y: number) => boolean, text: string, frame: { width: number; height: number }): Point[] {
  const piece = largestPiece(country);
  if (!piece) return [];
  const half = contextLabelWidth(text) / 2 + 2;
  const land = scanlines(piece);
  const within = ([x, y]: Point) => land(x, y);
  const inArea = ([x, y]: Point) => inAreas(x, y);
  const spots: Point[] = [];
  const step = 12;
  for (let y = LABEL_HEIGHT; y < frame.height - LABEL_HEIGHT; y += step) {
    for (let x = half + 2; x < frame.width - half - 2; x += step) {
      const probes: Point[] = [[x, y], [x - half, y - LABEL_HEIGHT / 2], [x + half, y - LABEL_HEIGHT / 2], [x - half, y + LABEL_HEIGHT / 2], [x + half, y + LABEL_HEIGHT / 2]];
      if (probes.every(within) && !probes.some(inArea)) spots.push([x, y]);
    }
  }
  if (!spots.length) return [];
  const cx = spots.reduce((s, p) => s + p[0], 0) / spots.length;
  const cy = spots.reduce((s, p) => s + p[1], 0) / spots.length;
  return spots.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy)).slice(0, 40);
}

/**
 * Point-in-polygon (even-odd over the rings) answered from the crossings of each scanline,
 * computed once per line: the grid above asks many points on few lines.
 */
export function scanlines(rings: Point[][]): (x: number, y: number) => boolean {
  const lines = new Map<number, number[]>();
  const crossings = (y: number) => {
    let xs = lines.get(y);
    if (!xs) {
      xs = [];
      for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
        }
      }
      xs.sort((a, b) => a - b);
      lines.set(y, xs);
    }
    return xs;
  };
  return (x, y) => {
    const xs = crossings(y);
    let n = 0;
    while (n < xs.length && xs[n]! < x) n++;
    return n % 2 === 1;
  };
}

/** Country names are set smaller and letter-spaced (see .map-context-label in app/globals.css). */
export const CONTEXT_FONT = 9.5;
export const contextLabelWidth = (text: string) => textWidth(text, CONTEXT_FONT, true) + text.length * CONTEXT_FONT * 0.08;

