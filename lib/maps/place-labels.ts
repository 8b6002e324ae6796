// Puts each label where it does not collide: inside its area when the area has room, else
// beside it with a leader line, else as a numbered marker that a key under the map names.
// Greedy in priority order (the caller sorts: larger areas first), which is what readers
// expect of a small map: the big regions are always named in place.
import { textWidth } from "./text-metrics";

export type Box = { x0: number; y0: number; x1: number; y1: number };

export type LabelRequest = {
  id: string;
  text: string;
  anchor: [number, number];
  /** Radius of the largest circle inside the area around the anchor (0 for lines). */
  room: number;
  /** Context labels are optional: dropped rather than numbered. */
  optional?: boolean;
  /** The text's width when not set as an area label (LABEL_FONT, bold). */
  width?: number;
  /** Places to try first (a line's points along its length; a country's open ground). */
  candidates?: [number, number][];
};

export type LabelPlacement =
  | { mode: "inside"; x: number; y: number }
  | { mode: "outside"; x: number; y: number; leader: [number, number, number, number] }
  | { mode: "key"; number: number; x: number; y: number }
  | { mode: "hidden" };

export const LABEL_FONT = 11;
export const LABEL_HEIGHT = LABEL_FONT * 1.25;
export const MARKER_RADIUS = 7;

const DIRECTIONS: [number, number][] = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [0.71, -0.71], [-0.71, -0.71], [0.71, 0.71], [-0.71, 0.71],
];

export function placeLabels(
  requests: LabelRequest[],
  frame: { width: number; height: number },
  /** Points that outside labels must not cover: the anchors of every area. */
  keepClear: [number, number][] = [],
): Map<string, LabelPlacement> {
  const placed: Box[] = [];
  const out = new Map<string, LabelPlacement>();
  let nextNumber = 1;
  const free = (box: Box) =>
    box.x0 >= 1 && box.y0 >= 1 && box.x1 <= frame.width - 1 && box.y1 <= frame.height - 1 && !placed.some((b) => overlaps(b, box));

  for (const request of requests) {
    const width = (request.width ?? textWidth(request.text, LABEL_FONT, true)) + 4;
    const boxAt = (x: number, y: number): Box => ({ x0: x - width / 2, y0: y - LABEL_HEIGHT / 2, x1: x + width / 2, y1: y + LABEL_HEIGHT / 2 });
    const [ax, ay] = request.anchor;

    const inside = insideSpots(request, width);
    const spot = inside.find(([x, y]) => free(boxAt(x, y)));
    if (spot) {
      placed.push(boxAt(...spot));
      out.set(request.id, { mode: "inside", x: round(spot[0]), y: round(spot[1]) });
      continue;
    }
    if (request.optional) {
      out.set(request.id, { mode: "hidden" });
      continue;
    }

    const others = keepClear.filter(([x, y]) => x !== ax || y !== ay);
    const beside = besideSpots(request, width).find(([x, y]) => {
      const box = boxAt(x, y);
      return free(box) && !others.some((p) => contains(box, p));
    });
    if (beside) {
      const [x, y] = beside;
      placed.push(boxAt(x, y));
      const end = nearestOnBox(boxAt(x, y), request.anchor);
      out.set(request.id, { mode: "outside", x: round(x), y: round(y), leader: [round(ax), round(ay), round(end[0]), round(end[1])] });
      continue;
    }

    const r = MARKER_RADIUS;
    placed.push({ x0: ax - r, y0: ay - r, x1: ax + r, y1: ay + r });
    out.set(request.id, { mode: "key", number: nextNumber++, x: round(ax), y: round(ay) });
  }
  return out;
}

/** Where a label may sit on its area: the anchor and small nudges, when the area has room. */
function insideSpots(request: LabelRequest, width: number): [number, number][] {
  if (request.candidates) return request.candidates;
  const { room, anchor: [x, y] } = request;
  // An area is rarely round: allow the text to run past the inscribed circle sideways.
  if (width / 2 > room * 1.9 || LABEL_HEIGHT / 2 > room) return [];
  const dy = Math.min(room - LABEL_HEIGHT / 2, LABEL_HEIGHT * 0.8);
  return [[x, y], [x, y - dy], [x, y + dy]];
}

/** Spots around the anchor, nearest first, with the label's edge just clear of the area's room. */
function besideSpots(request: LabelRequest, width: number): [number, number][] {
  const [ax, ay] = request.anchor;
  const spots: [number, number][] = [];
  for (const gap of [8, 18, 30, 44]) {
    for (const [dx, dy] of DIRECTIONS) {
      const reach = request.room + gap;
      spots.push([ax + dx * (reach + width / 2), ay + dy * (reach + LABEL_HEIGHT / 2)]);
    }
  }
  return spots;
}

function nearestOnBox(box: Box, [x, y]: [number, number]): [number, number] {
  return [Math.min(Math.max(x, box.x0), box.x1), Math.min(Math.max(y, box.y0), box.y1)];
}

export function overlaps(a: Box, b: Box) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function contains(box: Box, [x, y]: [number, number]) {
  return x >= box.x0 - 2 && x <= box.x1 + 2 && y >= box.y0 - 2 && y <= box.y1 + 2;
}

const round = (v: number) => Math.round(v * 10) / 10;
