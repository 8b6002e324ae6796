// Deterministic randomness and ids for the synthetic dataset: the same scale gives the
// same data, so runs on two engines (or two days) measure the same thing.

/** mulberry32: small, fast and good enough to spread synthetic values. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const chance = (p: number) => next() < p;
  /** `count` distinct values of `values` (count ≤ length). */
  const sample = <T>(values: readonly T[], count: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(next() * values.length));
    return [...chosen].map((i) => values[i]!);
  };
  return { next, int, pick, chance, sample };
}
export type Random = ReturnType<typeof seededRandom>;

/**
 * cuid-like ids (25 characters, starting with "c") that sort in creation order, as the
 * app's list pagination expects of ids: a time prefix, a counter, then random padding.
 */
export function idMaker(random: Random, startMs = Date.now()) {
  let counter = 0;
  const time = startMs.toString(36).padStart(8, "0");
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return () => {
    const count = (counter++).toString(36).padStart(6, "0");
    let tail = "";
    for (let i = 0; i < 10; i++) tail += alphabet[Math.floor(random.next() * alphabet.length)];
    return `c${time}${count}${tail}`;
  };
}
