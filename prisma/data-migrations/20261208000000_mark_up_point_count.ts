// The seeded E3 counter-proposal is a point-by-point mark-up of the US 28-point draft that
// keeps the draft's numbering: its text runs to point 28, with point 3 deleted and the
// amnesty point (26) absent. An earlier seed left its point count unknown, so its page could
// not tell which of its numbers have no point recorded (27 and 28 went unmentioned) and
// listed the deleted point 3 as merely not recorded. With the count, the page says how far
// its numbering runs, which numbers it leaves out and which are not recorded
// (lib/plans/point-gaps.ts). Only a count still unknown is set: an editor's own stays.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { planWriter } from "@/lib/plans/plan-writer";
import { changeRecord } from "@/lib/revisions/write-record";

const PLAN = "e3-counterproposal-2025-11-23";
const POINT_COUNT = 28;
const note = "Point count set to 28: the mark-up keeps the numbering of the 28-point draft it answers, so its page can tell numbers left out from points not recorded.";

export const markUpPointCount: DataMigration = {
  name: "20261208000000_mark_up_point_count",
  description: "The seeded E3 mark-up of the 28-point draft given the point count its numbering runs to",
  async run(tx, actor) {
    const plan = await tx.plan.findUnique({ where: { id: PLAN }, select: { id: true, version: true, pointCount: true } });
    if (!plan || plan.pointCount !== null) return { changed: 0 };
    await changeRecord(tx, planWriter, { id: plan.id, version: plan.version, action: "update", actor, note }, () => ({ columns: { pointCount: POINT_COUNT } }));
    return { changed: 1 };
  },
};
