// The shape of Parley's seed files (prisma/seed/*.json): one negotiation with its
// parties, issues, areas, sources, events, positions and commitments, in Parley's vocabulary.
import { z } from "zod";
import {
  attributionKind,
  commitmentStatus,
  issueKind,
  negotiationStatus,
  partyKind,
  stance,
  termsConfidence,
} from "@/lib/vocab";
import { partialDate } from "@/lib/dates/partial-date";
import { areaKind } from "@/lib/areas/area-kinds";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase words joined by hyphens");

export const seedSource = z.strictObject({
  key: z.string().min(1),
  outlet: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  publishedOn: partialDate.nullable(),
});

export const seedCitation = z.strictObject({
  source: z.string().min(1),
  attribution: attributionKind,
  quote: z.string().min(1).nullable(),
  speaker: z.string().min(1).nullable(),
});

export const seedPosition = z.strictObject({
  id: slug,
  party: slug,
  issue: slug,
  event: slug.nullable(),
  statedOn: partialDate,
  stance,
  summary: z.string().min(1),
  details: z.string().nullable(),
  notes: z.string().nullable(),
  terms: z.record(z.string(), z.unknown()).nullable(),
  termsConfidence: termsConfidence.nullable(),
  termsNote: z.string().nullable(),
  citations: z.array(seedCitation).min(1),
});

export const seedFile = z.strictObject({
  negotiation: z.strictObject({ slug, title: z.string(), summary: z.string(), status: negotiationStatus }),
  parties: z.array(
    z.strictObject({
      slug,
      name: z.string(),
      shortName: z.string(),
      kind: partyKind,
      colour: z.string().regex(/^#[0-9a-f]{6}$/),
      role: z.string().nullable(),
    }),
  ),
  issues: z.array(z.strictObject({ slug, name: z.string(), description: z.string(), kind: issueKind })),
  // The places at stake, in the negotiation's order; `parent` and `heldBy` name an area and a
  // party of this file by slug.
  areas: z
    .array(
      z.strictObject({
        slug,
        name: z.string(),
        kind: areaKind,
        code: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/).nullable(),
        parent: slug.nullable(),
        heldBy: slug.nullable(),
        heldSince: partialDate.nullable(),
        // The holder holds part of it: a front line runs through the area.
        heldInPart: z.boolean().default(false),
        notes: z.string().nullable(),
      }),
    )
    .default([]),
  sources: z.array(seedSource),
  events: z.array(
    z.strictObject({
      slug,
      name: z.string(),
      date: partialDate,
      location: z.string().nullable(),
      summary: z.string(),
      participants: z.array(slug),
      sources: z.array(z.string()),
    }),
  ),
  positions: z.array(seedPosition),
  commitments: z.array(
    z.strictObject({
      id: slug,
      parties: z.array(slug).min(1),
      summary: z.string(),
      event: slug.nullable(),
      status: commitmentStatus,
      evidence: z.string().nullable(),
      sources: z.array(z.string()),
    }),
  ),
});
export type SeedFile = z.infer<typeof seedFile>;
export type SeedPosition = z.infer<typeof seedPosition>;
