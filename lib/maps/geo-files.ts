// The shapes of Parley's geographic data files (data/geo/, written by
// scripts/extract-outlines.ts): checked when the script merges into them and in the tests
// that read them.
import { z } from "zod";
import type { Bbox, SurfaceGeometry } from "./geometry";

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).min(4);
const surface = z.union([
  z.strictObject({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.strictObject({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]) as z.ZodType<SurfaceGeometry>;
const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]) as z.ZodType<Bbox>;

export const admin1Outline = z.strictObject({
  /** Natural Earth's English name: for people reading the file, never shown to readers. */
  name: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/),
  /** Every code the unit is known by (ISO 3166-2, HASC, Natural Earth's region code). */
  codes: z.array(z.string()).min(1),
  naturalEarthIds: z.array(z.string()),
  geometry: surface,
});
export type Admin1Outline = z.infer<typeof admin1Outline>;

export const admin1FileSchema = z.strictObject({ outlines: z.record(z.string(), admin1Outline) });
export type Admin1File = z.infer<typeof admin1FileSchema>;

export const contextCountry = z.strictObject({ code: z.string(), name: z.string(), geometry: surface });
export type ContextCountry = z.infer<typeof contextCountry>;

export const contextRegion = z.strictObject({
  /** The extent of the areas the context was extracted for. */
  areas: bbox,
  /** The extent the countries are clipped to: the areas' with a margin. */
  bbox,
  countries: z.array(contextCountry),
});
export type ContextRegion = z.infer<typeof contextRegion>;

export const contextFileSchema = z.strictObject({ regions: z.record(z.string(), contextRegion) });
export type ContextFile = z.infer<typeof contextFileSchema>;
