import { z } from "zod";
import { entityTypes } from "@/lib/records/registry";
import { revisionActions } from "@/lib/revisions/record-revision";
import { links, pageQuery, refFilter, timestamp } from "./common";

const snapshot = z
  .record(z.string(), z.unknown())
  .nullable()
  .meta({ description: "The record's full state (every field, its relations as ids); null before a create" });

export const revisionItem = z
  .object({
    id: z.string(),
    entityType: z.enum(entityTypes),
    entityId: z.string(),
    action: z.enum(revisionActions),
    actorLabel: z.string().meta({ description: "Who made the change: an editor, or an API token's owner (`Ada Lovelace (API token)`; the token's name is not shown)" }),
    note: z.string().nullable(),
    createdAt: timestamp.meta({ description: "When Parley's record changed (the recording date, not the statement date)" }),
    before: snapshot,
    after: snapshot,
    links: links({ record: z.string() }),
  })
  .meta({ description: "One change to one record: append-only, never rewritten" });
export type RevisionItem = z.infer<typeof revisionItem>;

export const revisionListQuery = pageQuery.extend({
  entityType: z.enum(entityTypes).optional().meta({ description: "Only changes to records of this kind" }),
  entityId: refFilter("record").optional().meta({ description: "Only changes to this record (its id); its history, newest first" }),
  negotiation: refFilter("negotiation")
    .optional()
    .meta({ description: "Only changes to this negotiation (id or slug) and the records inside it: its issues, the positions on them, its events, commitments, areas, plans and their points" }),
  party: refFilter("party")
    .optional()
    .meta({
      description:
        "Only changes to this party (id or slug) and the records that are its: its positions, the events it took part in, its commitments, the plans it wrote and their points, the areas it holds. With `negotiation`, those inside that negotiation",
    }),
  action: z.enum(revisionActions).optional().meta({ description: "Only changes of this kind" }),
  since: z.iso
    .datetime({ offset: true, error: "Give a moment as an ISO 8601 date and time, e.g. 2025-05-16T00:00:00Z" })
    .optional()
    .meta({ description: "Only changes recorded at or after this moment" }),
});
export type RevisionListQuery = z.infer<typeof revisionListQuery>;
