// The query and answer of GET /api/v1/negotiations/{id}/areas.geojson (lib/maps/areas-geojson.ts),
// for the handler and the OpenAPI document alike.
import { z } from "zod";
import { dateParam, refFilter } from "@/lib/api/schemas/common";

export const areasGeoJsonQuery = z
  .strictObject({
    party: refFilter("party").optional().meta({ description: "Add this party's claim on each area (id or slug) as the properties `claims`" }),
    asOf: dateParam("With `party`: the claims of the positions current on this statement date; default today's").optional(),
  })
  .refine((q) => !q.asOf || q.party, { path: ["asOf"], error: "Name a party with `party`: `asOf` picks the date of its claims" });
export type AreasGeoJsonQuery = z.infer<typeof areasGeoJsonQuery>;

export const claimProperties = z.object({
  issue: z.string().meta({ description: "The slug of the territory issue the position is on" }),
  outcome: z.string(),
  party: z.string().optional().meta({ description: "The party the outcome names (held by, withdrawal of)" }),
  recognition: z.string().optional(),
  claimedOn: z.string().meta({ description: "The area the claim names: this one, one it lies in, or `all`" }),
  position: z.string().meta({ description: "The id of the position" }),
  statedOn: z.string(),
});

export const areasGeoJson = z
  .object({
    type: z.literal("FeatureCollection"),
    negotiation: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
    party: z.object({ id: z.string(), slug: z.string(), shortName: z.string() }).nullable(),
    asOf: z.string().nullable(),
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        id: z.string(),
        geometry: z
          .object({ type: z.enum(["Polygon", "MultiPolygon", "LineString", "MultiLineString"]), coordinates: z.array(z.unknown()) })
          .nullable()
          .meta({ description: "RFC 7946 winding, longitude first; null when the area has neither a drawn outline nor a known code" }),
        properties: z.object({
          slug: z.string(),
          name: z.string(),
          kind: z.string(),
          code: z.string().nullable(),
          shape: z.enum(["drawn", "admin-1"]).nullable().meta({ description: "Where the geometry comes from" }),
          parent: z.string().nullable(),
          heldBy: z.string().nullable(),
          heldSince: z.string().nullable(),
          heldInPart: z.boolean().meta({ description: "`heldBy` holds only part of the area: a front line runs through it" }),
          claims: z.array(claimProperties).optional().meta({ description: "With `party`: its claims on the area, one per territory issue" }),
        }),
      }),
    ),
  })
  .meta({ description: "A GeoJSON FeatureCollection (RFC 7946) of a negotiation's areas" });
export type AreasGeoJson = z.infer<typeof areasGeoJson>;

export type ClaimProperties = z.infer<typeof claimProperties>;
