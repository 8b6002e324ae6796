import "server-only";
// A source with every record a reader may see that rests on it: which statements quote it
// and how, which events, commitments and plans cite it. A reader weighing a report, or an
// editor who finds it wrong, sees at once what else Parley says on its word.
//
// One report can be recorded more than once under one address (by different editors, or
// with the outlet worded differently). Its page then lists what rests on every record of
// that address, and names the others, so that no reader takes one record's share for all.
import { cache } from "react";
import { db } from "@/lib/db/client";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { visibleEvent } from "@/lib/events/event-visibility";
import { visiblePlan } from "@/lib/plans/plan-visibility";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { statementSelect } from "@/lib/positions/statement-select";
import { sourceSelect } from "./select-source";
import { visibleSource } from "./source-visibility";

const citingSelect = {
  ...sourceSelect,
  citations: {
    where: { position: visiblePosition },
    select: {
      attribution: true,
      quote: true,
      speaker: true,
      position: {
        select: {
          ...statementSelect,
          party: { select: { slug: true, shortName: true } },
          issue: { select: { slug: true, name: true, negotiation: { select: { slug: true, title: true } } } },
        },
      },
    },
  },
  events: { where: { event: visibleEvent }, select: { event: { select: { id: true, slug: true, name: true, date: true, datePrecision: true } } } },
  commitments: { where: { commitment: visibleCommitment }, select: { commitment: { select: { id: true, summary: true, status: true, createdAt: true } } } },
  plans: { where: { plan: visiblePlan }, select: { plan: { select: { id: true, title: true, date: true, datePrecision: true } } } },
} as const;

/** Each item once, by `key`, in the order `compare` gives. */
function merged<T>(lists: T[][], key: (item: T) => string, compare: (a: T, b: T) => number): T[] {
  const byKey = new Map<string, T>();
  for (const item of lists.flat()) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()].sort(compare);
}

const newestFirst = (a: { date: Date; id: string }, b: { date: Date; id: string }) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);

const loadSource = cache(async (id: string) => {
  const source = await db.source.findFirst({ where: { id, ...visibleSource }, select: { id: true, url: true } });
  if (!source) return null;
  const records = await db.source.findMany({
    where: { ...visibleSource, OR: [{ id }, ...(source.url ? [{ url: source.url }] : [])] },
    orderBy: { id: "asc" },
    select: citingSelect,
  });
  const { citations: _c, events: _e, commitments: _m, plans: _p, ...fields } = records.find((r) => r.id === id)!;
  return {
    ...fields,
    /** Other records of the same report, by its address. */
    sameAddress: records.filter((r) => r.id !== id).map(({ id, outlet, title }) => ({ id, outlet, title })),
    citations: merged(
      records.map((r) => r.citations),
      (c) => c.position.id,
      (a, b) => newestFirst({ date: a.position.statedOn, id: a.position.id }, { date: b.position.statedOn, id: b.position.id }),
    ),
    events: merged(records.map((r) => r.events.map((e) => e.event)), (e) => e.id, newestFirst),
    commitments: merged(
      records.map((r) => r.commitments.map((c) => c.commitment)),
      (c) => c.id,
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    ),
    plans: merged(records.map((r) => r.plans.map((p) => p.plan)), (p) => p.id, newestFirst),
  };
});

/** One source a reader may see, with the visible records citing it or another record of its address, newest first. */
export function getSource(id: string) {
  return loadSource(id);
}

export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSource>>>;
