// The data behind the compare, time-travel and what-changed views, on the engine DATABASE_URL names.
import { afterAll, describe, expect, it } from "vitest";
import { getComparison } from "@/lib/compare/get-comparison";
import { getStatementChanges } from "@/lib/compare/get-statement-changes";
import { db } from "@/lib/db/client";
import { getIssuePage } from "@/lib/issues/get-issue-page";
import { cellKey } from "@/lib/negotiations/cell-key";
import { getMatrix } from "@/lib/negotiations/get-matrix";
import { getPartyPage } from "@/lib/parties/get-party-page";
import { listPositionsAsOf } from "@/lib/positions/list-positions-as-of";

afterAll(() => db.$disconnect());

const NEGOTIATION = "russia-ukraine";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("time travel", () => {
  it("the matrix as of a date holds exactly the positions listPositionsAsOf picks", async () => {
    const asOf = day("2022-04-01");
    const matrix = (await getMatrix({ slug: NEGOTIATION, asOf }))!;
    const expected = await listPositionsAsOf({ issueIds: matrix.issues.map((i) => i.id), partyIds: matrix.parties.map((p) => p.id), asOf });
    expect(expected.length).toBeGreaterThan(0);
    expect([...matrix.cells.values()].map((c) => c.id).sort()).toEqual(expected.map((p) => p.id).sort());
    for (const p of expected) expect(matrix.cells.get(cellKey(p.partyId, p.issueId))?.id).toBe(p.id);
  });

  it("a party's and an issue's pages as of a date hold only statements made by then, with that day's status", async () => {
    const asOf = day("2022-04-01");
    const party = (await getPartyPage({ slug: "ukraine", asOf }))!;
    const statements = party.negotiations.flatMap((n) => n.issues.flatMap((i) => [i.current, ...i.earlier].filter((s) => s !== null)));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s!.statedOn <= asOf)).toBe(true);
    expect(party.negotiations.flatMap((n) => n.issues).filter((i) => i.current).every((i) => i.current!.status === "current")).toBe(true);

    const issue = (await getIssuePage({ negotiationSlug: NEGOTIATION, issueSlug: "territory", asOf }))!;
    const timeline = issue.parties.flatMap((p) => p.timeline);
    expect(timeline.every((s) => s.statedOn <= asOf && (s.withdrawnOn === null || s.withdrawnOn <= asOf))).toBe(true);
    expect(issue.parties.filter((p) => p.current).map((p) => p.slug)).toEqual(["ukraine"]);
  });
});

describe("compare", () => {
  it("compares the positions current on a date, and reports unknown slugs when asked", async () => {
    const data = (await getComparison(
      { negotiation: NEGOTIATION, parties: ["russia", "ukraine", "narnia"], issues: ["territory", "army-limits", "nowhere"], asOf: day("2022-05-01") },
      { unknownSlugs: "report" },
    ))!;
    expect(data.unknownParties).toEqual(["narnia"]);
    expect(data.unknownIssues).toEqual(["nowhere"]);
    expect(data.rows.map((r) => r.issue.slug)).toEqual(["territory", "army-limits"]);
    const limits = data.rows.find((r) => r.issue.slug === "army-limits")!;
    expect(limits.cells.every((c) => c.position && c.position.statedOn <= day("2022-05-01"))).toBe(true);
    const troops = limits.series.find((s) => s.key === "maxTroops")!;
    expect(troops.points.map((p) => p.value !== null)).toEqual([true, true]);
    expect(troops.range!.gap).toBe(Math.abs(troops.points[0]!.value! - troops.points[1]!.value!));
    await expect(getComparison({ negotiation: NEGOTIATION, parties: ["narnia"] })).rejects.toMatchObject({ code: "validation" });
  });
});

describe("what changed", () => {
  it("lists the negotiation's statements in the range, oldest first, and where each pair moved", async () => {
    const [from, to] = [day("2025-05-01"), day("2025-06-30")];
    const changes = (await getStatementChanges({ negotiationSlug: NEGOTIATION, partySlug: "russia", from, to }))!;
    const expected = await db.position.findMany({
      where: { retractedAt: null, party: { slug: "russia" }, issue: { retractedAt: null, negotiation: { slug: NEGOTIATION } }, statedOn: { gte: from, lte: to } },
      orderBy: [{ statedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(changes.statements.map((s) => s.id)).toEqual(expected.map((p) => p.id));
    expect(changes.moves.length).toBeGreaterThan(0);
    for (const move of changes.moves) expect(move.after, `${move.issue.slug}`).not.toBeNull();
  });

  it("reports an unknown party instead of listing everything", async () => {
    const changes = (await getStatementChanges({ negotiationSlug: NEGOTIATION, partySlug: "narnia", from: day("2025-01-01"), to: day("2025-12-31") }))!;
    expect(changes.unknown.party).toBe("narnia");
    expect(changes.statements).toEqual([]);
  });
});
