// A linear scale from zero with round ticks, for bar charts of parties' figures.

export type LinearScale = { max: number; ticks: number[] };

const STEPS = [1, 2, 2.5, 5, 10];

/** Zero to a round number at or above `max`, in about four round steps (0, 100k, 200k, 300k). */
export function linearScale(max: number, targetTicks = 4): LinearScale {
  if (!Number.isFinite(max) || max <= 0) return { max: 1, ticks: [0, 1] };
  const rough = max / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = STEPS.map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const top = Math.ceil(max / step - 1e-9) * step;
  const count = Math.round(top / step);
  return { max: top, ticks: Array.from({ length: count + 1 }, (_, i) => roundTo(i * step, magnitude)) };
}

/** Position of `value` along a length, for a scale from zero. */
export function scaleTo(value: number, scale: LinearScale, length: number): number {
  return (Math.max(0, value) / scale.max) * length;
}

/** "300K", "1.5M", "30": short tick labels. */
export function formatTick(value: number): string {
  return new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A party's colour if it is a plain hex colour, else a neutral grey: stored values never reach SVG unchecked. */
export function safeColour(colour: string | null | undefined): string {
  return colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : "#999999";
}

function roundTo(value: number, magnitude: number) {
  // Avoids 0.30000000000000004-style ticks when steps are fractions of the magnitude.
  const precision = magnitude < 1 ? Math.ceil(-Math.log10(magnitude)) + 1 : 0;
  return Number(value.toFixed(precision));
}
