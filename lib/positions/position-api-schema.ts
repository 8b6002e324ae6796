// A position as the API answers with it, and the filters its list takes.
import { z } from "zod";
import { attributionKind, issueKind, positionStatus, stance, termsConfidence } from "@/lib/vocab";
import {
  dateParam,
  dayText,
  links,
  negotiationRef,
  pageQuery,
  partialDateText,
  partyRef,
  recordMeta,
  refFilter,
  textFilter,
} from "@/lib/api/schemas/common";

export const positionItem = z
  .object({
    ...recordMeta,
    partyId: z.string(),
    issueId: z.string(),
    eventId: z.string().nullable(),
    stance,
    summary: z.string(),
    terms: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: "Structured terms in the shape of the issue's kind (see the Terms… schemas); null when not coded" }),
    termsConfidence: termsConfidence.nullable(),
    termsNote: z.string().nullable(),
    details: z.string().nullable(),
    notes: z.string().nullable().meta({ description: "Editorial notes: disagreements between sources, weak sourcing" }),
    statedOn: partialDateText.meta({ description: "The statement date, at the precision known" }),
    status: positionStatus.meta({ description: "Today's standing: current, superseded by a later statement, or withdrawn" }),
    withdrawnOn: dayText.nullable(),
    supersededById: z.string().nullable(),
    citations: z.array(
      z.object({ sourceId: z.string(), attribution: attributionKind, quote: z.string().nullable(), speaker: z.string().nullable() }),
    ),
    pointIds: z.array(z.string()).meta({ description: "Points of plans the statement cites (see plan-points)" }),
    party: partyRef,
    issue: z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: issueKind }),
    negotiation: negotiationRef,
    links: links({ html: z.string(), history: z.string(), party: z.string(), issue: z.string() }),
  })
  .meta({ description: "What one party wants or offers on one issue, as stated at a date, with its sources" });
export type PositionItem = z.infer<typeof positionItem>;

export const positionListQuery = pageQuery
  .extend({
    negotiation: refFilter("negotiation").optional(),
    party: refFilter("party").optional(),
    issue: refFilter("issue").optional(),
    event: refFilter("event").optional().meta({ description: "Only positions stated at this event (id or slug)" }),
    stance: stance.optional().meta({ description: "Only positions with this stance" }),
    status: positionStatus.optional().meta({ description: "Only positions with this standing today (not with asOf)" }),
    asOf: dateParam("Only the position current on this statement date, per party and issue").optional(),
    q: textFilter.optional(),
  })
  .refine((query) => !(query.asOf && query.status), {
    path: ["status"],
    error: "status describes today's record; with asOf the positions current on that date are listed: leave status out",
  });
export type PositionListQuery = z.infer<typeof positionListQuery>;
