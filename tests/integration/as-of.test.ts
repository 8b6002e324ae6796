// Positions as of a statement date, on the engine DATABASE_URL names.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listPositionsAsOf, listStatementsBetween } from "@/lib/positions/list-positions-as-of";
import { recomputePositionStatuses } from "@/lib/positions/recompute-statuses";
// Statements readers may not see never count: a retracted one, or one by a party other tests retracted.
import { visiblePosition } from "@/lib/positions/position-visibility";

afterAll(() => db.$disconnect());

async function negotiationScope() {
  const issues = await db.issue.findMany({ where: { negotiation: { slug: "russia-ukraine" } }, select: { id: true } });
  return issues.map((i) => i.id);
}
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("asOf", () => {
  it("on 2022-04-01 shows the Istanbul-era statements, none made later", async () => {
    const rows = await listPositionsAsOf({ issueIds: await negotiationScope(), asOf: day("2022-04-01") });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.statedOn <= day("2022-04-01"))).toBe(true);
    const istanbul = await db.position.findMany({ where: { event: { slug: "istanbul-2022" } }, select: { id: true } });
    expect(istanbul.length).toBeGreaterThan(0);
    const shown = new Set(rows.map((r) => r.id));
    // Every Istanbul statement shows unless the same party restated that issue by 1 April.
    for (const { id } of istanbul) {
      const p = await db.position.findUniqueOrThrow({ where: { id } });
      const later = await db.position.count({
        where: { partyId: p.partyId, issueId: p.issueId, statedOn: { gt: p.statedOn, lte: day("2022-04-01") } },
      });
      expect(shown.has(id) || later > 0, id).toBe(true);
    }
  });

  it("picks, per party and issue, the latest statement made on or before the date", async () => {
    const asOf = day("2025-06-01");
    const rows = await listPositionsAsOf({ issueIds: await negotiationScope(), asOf });
    const all = await db.position.findMany({
      where: {
        issueId: { in: await negotiationScope() },
        statedOn: { lte: asOf },
        ...visiblePosition,
        OR: [{ withdrawnOn: null }, { withdrawnOn: { gt: asOf } }],
      },
    });
    const pairs = new Set(all.map((p) => `${p.partyId}|${p.issueId}`));
    expect(rows).toHaveLength(pairs.size);
    for (const r of rows) {
      const latest = Math.max(...all.filter((p) => p.partyId === r.partyId && p.issueId === r.issueId).map((p) => p.statedOn.getTime()));
      expect(r.statedOn.getTime()).toBe(latest);
    }
  });

  it("far in the future agrees with the stored current statuses", async () => {
    const rows = await listPositionsAsOf({ issueIds: await negotiationScope(), asOf: day("2100-01-01") });
    const current = await db.position.findMany({
      where: { issueId: { in: await negotiationScope() }, status: "current", ...visiblePosition },
      select: { id: true },
    });
    expect(rows.map((r) => r.id).sort()).toEqual(current.map((c) => c.id).sort());
  });

  it("skips a statement withdrawn by the date but shows it before its withdrawal", async () => {
    const target = await db.position.findFirstOrThrow({ where: { status: "current", supersedes: { some: {} } }, include: { supersedes: true } });
    const previous = target.supersedes[0]!;
    const withdrawnOn = new Date(target.statedOn.getTime() + 10 * 86_400_000);
    await expect(
      db.$transaction(async (tx) => {
        await tx.position.update({ where: { id: target.id }, data: { withdrawnOn } });
        await recomputePositionStatuses(tx, { partyId: target.partyId, issueId: target.issueId });
        const scope = { issueIds: [target.issueId], partyIds: [target.partyId] };
        const before = await listPositionsAsOf({ ...scope, asOf: target.statedOn }, tx);
        const after = await listPositionsAsOf({ ...scope, asOf: withdrawnOn }, tx);
        expect(before.map((r) => r.id)).toEqual([target.id]);
        expect(after.map((r) => r.id)).toEqual([previous.id]);
        expect((await tx.position.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("withdrawn");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await db.position.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("current");
  });

  it("lists what a party said between two dates, oldest first", async () => {
    const russia = await db.party.findUniqueOrThrow({ where: { slug: "russia" } });
    const rows = await listStatementsBetween({ partyId: russia.id, from: day("2025-05-01"), to: day("2025-06-30") });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.party.slug === "russia" && r.statedOn >= day("2025-05-01") && r.statedOn <= day("2025-06-30"))).toBe(true);
    expect(rows.map((r) => r.statedOn.getTime())).toEqual([...rows.map((r) => r.statedOn.getTime())].sort((a, b) => a - b));
  });
});
