// Loads the seed file of plans into the database: the plans of every negotiation the
// database holds, so a negotiation's plans load as soon as the negotiation is seeded, and
// the rest wait. Idempotent like load-seed.ts: plans, points and sources are matched by
// their ids (a point's id is its plan's and its number's) and only missing ones are
// created, each with a "create" revision. Every slug a plan names — its negotiation's
// issues, its authors, the plan it revises and that plan's points — must exist, or the
// whole file is refused, naming what is missing.
import type { Db, DbOrTx } from "@/lib/db/client";
import { referenceOrder } from "@/lib/collections/reference-order";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { pointAnchor } from "@/lib/plan-points/plan-point-input";
import { rebuildSearchIndex } from "@/lib/search/sync-search-index";
import type { PlanSeedFile, SeedPlan } from "./plan-seed-file";
import { recordSeededCreation } from "./seed-revision";

export type PlanSeedCounts = {
  plans: { created: number; existing: number };
  points: { created: number; existing: number };
  sources: { created: number; existing: number };
  /** Negotiations the file has plans for that the database does not hold (yet). */
  waiting: { negotiation: string; plans: number }[];
};

/** A seeded point's id: its plan's id and its number as it reads in a link ("us-draft--p4a"). */
export function seededPointId(planId: string, number: string) {
  return `${planId}--p${pointAnchor(number).slice("point-".length)}`;
}

function fail(message: string): never {
  throw new Error(`Plan seed file: ${message}`);
}

export async function loadPlanSeed(db: Db, file: PlanSeedFile): Promise<PlanSeedCounts> {
  const counts: PlanSeedCounts = {
    plans: { created: 0, existing: 0 },
    points: { created: 0, existing: 0 },
    sources: { created: 0, existing: 0 },
    waiting: [],
  };
  const seeded = new Map((await db.negotiation.findMany({ select: { id: true, slug: true } })).map((n) => [n.slug, n.id]));
  for (const slug of new Set(file.plans.map((p) => p.negotiation))) {
    if (!seeded.has(slug)) counts.waiting.push({ negotiation: slug, plans: file.plans.filter((p) => p.negotiation === slug).length });
  }
  const plans = referenceOrder(
    file.plans.filter((p) => seeded.has(p.negotiation)),
    (p) => p.previousVersion,
  ) ?? fail("plans revise each other in a loop");
  if (plans.length === 0) return counts;

  await db.$transaction(
    async (tx) => {
      const record = (entityType: "plan" | "planPoint" | "source", row: { id: string }) => recordSeededCreation(tx, entityType, row.id);

      const wanted = new Set(plans.flatMap((p) => p.sources));
      for (const { key, ...source } of file.sources.filter((s) => wanted.has(s.key))) {
        if (await tx.source.findUnique({ where: { id: key }, select: { id: true } })) counts.sources.existing++;
        else {
          await record("source", await tx.source.create({ data: { id: key, ...source } }));
          counts.sources.created++;
        }
      }
      for (const plan of plans) await loadPlan(tx, plan, seeded.get(plan.negotiation)!, counts, record);
      if (counts.plans.created + counts.points.created > 0) await rebuildSearchIndex(tx);
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return counts;
}

async function loadPlan(
  tx: DbOrTx,
  plan: SeedPlan,
  negotiationId: string,
  counts: PlanSeedCounts,
  record: (entityType: "plan" | "planPoint", after: { id: string }) => Promise<unknown>,
) {
  const where = `plan ${plan.id}`;
  const [issues, parties] = await Promise.all([
    tx.issue.findMany({ where: { negotiationId }, select: { id: true, slug: true } }),
    tx.party.findMany({ where: { slug: { in: plan.authors } }, select: { id: true, slug: true } }),
  ]);
  const issueId = new Map(issues.map((i) => [i.slug, i.id]));
  const partyId = new Map(parties.map((p) => [p.slug, p.id]));
  for (const slug of plan.authors) if (!partyId.has(slug)) fail(`${where}: no party has the slug “${slug}”`);
  for (const point of plan.points) {
    for (const slug of point.issues) if (!issueId.has(slug)) fail(`${where}, point ${point.number}: the negotiation “${plan.negotiation}” has no issue “${slug}”`);
  }
  const previousPoint = (number: string) => {
    if (!plan.previousVersion) fail(`${where}: point ${number} of a previous version is named, but the plan revises none`);
    return seededPointId(plan.previousVersion, number);
  };

  const existing = await tx.plan.findUnique({ where: { id: plan.id }, select: { id: true } });
  if (existing) counts.plans.existing++;
  else {
    const when = parsePartialDate(plan.date)!;
    await tx.plan.create({
      data: {
        id: plan.id,
        negotiationId,
        title: plan.title,
        date: when.date,
        datePrecision: when.precision,
        status: plan.status,
        summary: plan.summary,
        notes: plan.notes,
        pointCount: plan.pointCount,
        previousVersionId: plan.previousVersion,
        authors: { create: plan.authors.map((slug, order) => ({ partyId: partyId.get(slug)!, order })) },
        sources: { create: plan.sources.map((sourceId, order) => ({ sourceId, order })) },
      },
    });
    counts.plans.created++;
  }

  // What the plan leaves out of its previous version, added once with the plan.
  for (const [order, d] of plan.dropped.entries()) {
    const key = { planId: plan.id, pointId: previousPoint(d.number) };
    if (await tx.planDroppedPoint.findUnique({ where: { planId_pointId: key } })) continue;
    if (!(await tx.planPoint.findUnique({ where: { id: key.pointId }, select: { id: true } }))) {
      fail(`${where}: the dropped point ${d.number} is not a point of ${plan.previousVersion}`);
    }
    await tx.planDroppedPoint.create({ data: { ...key, note: d.note, order } });
  }
  // A new plan's revision holds what it leaves out, and comes before its points' revisions:
  // a point's revision indexes its plan too, and a creation's revision expects no document.
  if (!existing) await record("plan", { id: plan.id });

  for (const [order, point] of plan.points.entries()) {
    const id = seededPointId(plan.id, point.number);
    if (await tx.planPoint.findUnique({ where: { id }, select: { id: true } })) {
      counts.points.existing++;
      continue;
    }
    const revisesId = point.revises ? previousPoint(point.revises) : null;
    if (revisesId && !(await tx.planPoint.findUnique({ where: { id: revisesId }, select: { id: true } }))) {
      fail(`${where}, point ${point.number}: ${plan.previousVersion} has no point ${point.revises}`);
    }
    const row = await tx.planPoint.create({
      data: {
        id,
        planId: plan.id,
        number: point.number,
        numberPrinted: point.numberPrinted,
        order,
        summary: point.summary,
        revisesId,
        change: point.change,
        changeNote: point.changeNote,
        issues: { create: point.issues.map((slug, i) => ({ issueId: issueId.get(slug)!, order: i })) },
      },
    });
    await record("planPoint", row);
    counts.points.created++;
  }
}
