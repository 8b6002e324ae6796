// Where an area's tooltip box goes and how its text breaks: above the area's anchor when
// there is room, else below, always inside the map's frame.
import { textWidth, wrapText } from "./text-metrics";

export type TooltipLayout = {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: { text: string; x: number; y: number; bold: boolean }[];
};

export const TOOLTIP_FONT = 11;
const LINE = TOOLTIP_FONT * 1.3;
const PAD = 6;
const MAX_LINES = 6;

export function layoutTooltip({
  anchor: [ax, ay],
  title,
  text,
  frame,
}: {
  anchor: [number, number];
  /** The first line, in bold (the area's name). */
  title: string;
  text: string;
  frame: { width: number; height: number };
}): TooltipLayout {
  const maxText = Math.min(220, frame.width - 2 * PAD - 4);
  const wrapped = [
    ...wrapText(title, maxText, TOOLTIP_FONT * 1.07).map((t) => ({ text: t, bold: true })),
    ...wrapText(text, maxText, TOOLTIP_FONT).map((t) => ({ text: t, bold: false })),
  ];
  const shown = wrapped.length > MAX_LINES ? [...wrapped.slice(0, MAX_LINES - 1), { ...wrapped[MAX_LINES - 1]!, text: `${wrapped[MAX_LINES - 1]!.text} …` }] : wrapped;
  const width = Math.min(maxText, Math.max(...shown.map((l) => textWidth(l.text, TOOLTIP_FONT, l.bold)))) + 2 * PAD;
  const height = shown.length * LINE + 2 * PAD - 2;
  const x = clamp(ax - width / 2, 2, frame.width - width - 2);
  const above = ay - 12 - height;
  const y = above >= 2 ? above : clamp(ay + 12, 2, Math.max(2, frame.height - height - 2));
  return {
    x: r(x),
    y: r(y),
    width: r(width),
    height: r(height),
    lines: shown.map((l, i) => ({ text: l.text, bold: l.bold, x: r(x + PAD), y: r(y + PAD + LINE * i + TOOLTIP_FONT * 0.85) })),
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
const r = (v: number) => Math.round(v * 10) / 10;
