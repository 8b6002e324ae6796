import "server-only";
// A source with every record a reader may see that rests on it: which statements quote it
// and how, which events, commitments and plans cite it. A reader weighing a report, or an
// editor who finds it wrong, sees at once what else Parley says on its word.
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { sourceSelect } from "./select-source";
import { visibleSource } from "./source-visibility";

const loadSource = cache(async (id: string) => {
  const source = await db.source.findFirst({
    where: { id, ...visibleSource },
    select: {
      ...sourceSelect,
      citations: {
        where: { position: visiblePosition },
        orderBy: [{ position: { statedOn: "desc" } }, { position: { id: "asc" } }],
        select: {
          attribution: true,
          quote: true,
          speaker: true,
          position: {
            select: {
              id: true,
              stance: true,
              summary: true,
              status: true,
              statedOn: true,
              statedOnPrecision: true,
              party: { select: { slug: true, shortName: true } },
              issue: { select: { slug: true, name: true, negotiation: { select: { slug: true, title: true } } } },
            },
          },
        },
      },
      events: {
        where: { event: visibleEvent },
        orderBy: [{ event: { date: "desc" } }, { event: { id: "asc" } }],
        select: { event: { select: { slug: true, name: true, date: true, datePrecision: true } } },
      },
      commitments: {
        where: { commitment: visibleCommitment },
        orderBy: [{ commitment: { createdAt: "asc" } }, { commitment: { id: "asc" } }],
        select: { commitment: { select: { id: true, summary: true, status: true } } },
      },
      plans: {
        where: { plan: visiblePlan },
        orderBy: [{ plan: { date: "desc" } }, { plan: { id: "asc" } }],
        select: { plan: { select: { id: true, title: true, date: true, datePrecision: true } } },
      },
    },
  });
  if (!source) return null;
  const { citations, events, commitments, plans, ...fields } = source;
  return {
    ...fields,
    citations: citations.map(({ position, ...citation }) => ({ ...citation, position })),
    events: events.map((e) => e.event),
    commitments: commitments.map((c) => c.commitment),
    plans: plans.map((p) => p.plan),
  };
});

/** One source a reader may see, with the visible records citing it, newest first. */
export function getSource(id: string) {
  return loadSource(id);
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSource>>>;
