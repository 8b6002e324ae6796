// The seeded US 28-point draft against Ukraine's 20-point framework, diffed from the points'
// mapping. The expected counts were checked by hand against the reference file the seed was
// made from (plans.json, plan "ua-us-20-point-framework-2025-12-23"):
//  - its 20 points carry `matches` to US points 1, 2, 5, 6, 10, 16, 11, 12, 14, 18, 19, 20,
//    21, 22, 23, 24, 25, 27 and 28, and `change` "unchanged" on points 1, 3, 11, 15 and 20:
//    5 kept, the other 14 mapped points changed;
//  - point 10 (a free-trade agreement with the US) matches nothing and touches no issue: 1 added;
//  - US points 3, 4, 7, 8, 9, 13, 15, 17 and 26 are matched by no point: 9 dropped, the same
//    nine the file lists under `removedFromPrevious`, whose notes the diff shows.
// 5 + 14 + 9 = 28 and 5 + 14 + 1 = 20, as each point maps to at most one.
import { afterAll, describe, expect, it } from "vitest";
import * as planDiffRoute from "@/app/api/v1/plan-diff/route";
import { planDiffResult } from "@/lib/api/schemas/plan-diff";
import { db } from "@/lib/db/client";
import { countsLine } from "@/lib/plans/diff/diff-words";
import { getPlanDiff } from "@/lib/plans/get-plan-diff";
import { seededPointId } from "@/lib/seed/load-plan-seed";
import { call, type RouteModule } from "./api-support";

afterAll(() => db.$disconnect());

const US = "us-28-point-plan-2025-11";
const UA = "ua-us-20-point-framework-2025-12-23";
const numbers = (points: { number: string }[]) => points.map((p) => p.number);

describe("the seeded 28 → 20 diff", () => {
  it("counts 5 kept, 14 changed, 1 added and 9 dropped, as the mapping in the data file gives", async () => {
    const page = (await getPlanDiff({ fromId: US, toId: UA }))!;
    expect(page.diff.connection).toEqual({ kind: "revises", path: [UA, US] });
    expect(countsLine(page.diff.counts)).toBe("28 → 20 points: 5 kept, 14 changed, 1 added, 9 dropped");
    const of = (kind: string) => page.diff.entries.filter((e) => e.kind === kind);
    expect(of("kept").map((e) => (e.kind === "kept" ? e.after.number : ""))).toEqual(["1", "3", "11", "15", "20"]);
    expect(of("added").map((e) => (e.kind === "added" ? e.after.number : ""))).toEqual(["10"]);
    expect(of("dropped").map((e) => (e.kind === "dropped" ? e.before.number : ""))).toEqual(["3", "4", "7", "8", "9", "13", "15", "17", "26"]);
    const pairs = page.diff.entries.flatMap((e) => (e.kind === "kept" || e.kind === "changed" ? [[e.after.number, numbers(e.before).join()]] : []));
    expect(pairs).toEqual([
      ["1", "1"], ["2", "2"], ["3", "5"], ["4", "6"], ["5", "10"], ["6", "16"], ["7", "11"], ["8", "12"], ["9", "14"], ["11", "18"],
      ["12", "19"], ["13", "20"], ["14", "21"], ["15", "22"], ["16", "23"], ["17", "24"], ["18", "25"], ["19", "27"], ["20", "28"],
    ]);
    const amnesty = page.diff.entries.find((e) => e.kind === "dropped" && e.before.number === "26");
    expect(amnesty).toMatchObject({ note: "Full amnesty dropped; sources say accountability left open." });
  });

  it("groups the entries by issue, a point under each issue it touches, with counts per issue", async () => {
    const page = (await getPlanDiff({ fromId: US, toId: UA }))!;
    const group = (slug: string | null) => page.groups.find((g) => (g.issue?.slug ?? null) === slug)!;
    // The four US points on NATO (3, 4, 7, 8) have no counterpart in the 20 points.
    expect(group("neutrality-nato").counts).toMatchObject({ kept: 0, changed: 0, added: 0, dropped: 4 });
    // Territory: 1 and 15 kept, 14 changed (from US 1, 22, 21).
    expect(group("territory").counts).toMatchObject({ kept: 2, changed: 1, added: 0, dropped: 0 });
    // Point 10 touches no issue.
    expect(group(null).entries.map((e) => e.kind)).toEqual(["added"]);
    // Every issue's counts, read by hand from the seed file: an entry counts under the issues
    // of its point in the 20 points and of the US point it revises (US 2 adds root causes to
    // the 20 points' point 2; US 22 adds security guarantees to point 15).
    const perIssue = Object.fromEntries(page.groups.map((g) => [g.issue?.slug ?? "none", [g.counts.kept, g.counts.changed, g.counts.added, g.counts.dropped]]));
    expect(perIssue).toEqual({
      // kept 20 (from 28); changed 2 (from 2).
      ceasefire: [1, 1, 0, 0],
      territory: [2, 1, 0, 0],
      "neutrality-nato": [0, 0, 0, 4],
      // kept 3 (from 5) and 15 (from 22); changed 2, 5 (from 10) and 6 (from 16); US 8 and 9 dropped.
      "security-guarantees": [2, 3, 0, 2],
      // kept 11 (from 18); changed 4 (from 6).
      "army-limits": [1, 1, 0, 0],
      // changed 8 (from 12) and 9 (from 14); US 26 dropped.
      "reparations-assets": [0, 2, 0, 1],
      // changed 5 (from 10) and 9 (from 14); US 13 dropped.
      sanctions: [0, 2, 0, 1],
      // changed 17 (from 24); US 26 dropped.
      humanitarian: [0, 1, 0, 1],
      "elections-legitimacy": [0, 1, 0, 0],
      // changed 2 (from 2) and 13 (from 20).
      "root-causes": [0, 2, 0, 0],
      "eu-membership": [0, 1, 0, 0],
      // changed 12 (from 19) and 16 (from 23).
      "znpp-dnipro": [0, 2, 0, 0],
      // changed 19 (from 27); US 4, 15 and 17 dropped.
      "negotiation-format": [0, 1, 0, 3],
      none: [0, 0, 1, 0],
    });
    // Every entry appears under each issue it touches, and under no other.
    for (const g of page.groups) expect(g.entries.length, g.issue?.slug ?? "none").toBe(g.counts.kept + g.counts.changed + g.counts.added + g.counts.dropped);
    expect(page.groups.map((g) => g.issue?.slug ?? null)).toEqual([
      "ceasefire", "territory", "neutrality-nato", "security-guarantees", "army-limits", "reparations-assets", "sanctions",
      "humanitarian", "elections-legitimacy", "root-causes", "eu-membership", "znpp-dnipro", "negotiation-format", null,
    ]);
  });

  it("reads backwards, through chains and between siblings, on the same mapping", async () => {
    const back = (await getPlanDiff({ fromId: UA, toId: US }))!;
    expect(back.diff.connection.kind).toBe("revised-by");
    expect(back.diff.counts).toMatchObject({ kept: 5, changed: 14, added: 9, dropped: 1 });

    // The prosperity framework revises the 20 points, which revise the 28: its u1 (from point 9, from US 14) pairs through both.
    const chain = (await getPlanDiff({ fromId: US, toId: "eu-us-prosperity-framework-2026-01-22" }))!;
    expect(chain.diff.connection).toEqual({ kind: "revises", path: ["eu-us-prosperity-framework-2026-01-22", UA, US] });
    const u1 = chain.diff.entries.find((e) => e.kind !== "dropped" && e.after.id === seededPointId("eu-us-prosperity-framework-2026-01-22", "u1"))!;
    expect(u1.kind === "changed" && numbers(u1.before)).toEqual(["14"]);

    // The E3 mark-up and the 20 points both answer the 28: points pair when they revise the same US point.
    const siblings = (await getPlanDiff({ fromId: "e3-counterproposal-2025-11-23", toId: UA }))!;
    expect(siblings.diff.connection).toMatchObject({ kind: "common-ancestor", ancestorId: US });
    const first = siblings.diff.entries.find((e) => e.kind !== "dropped" && e.after.number === "1")!;
    // E3's point 1 and the 20 points' point 1 both keep US point 1.
    expect(first.kind === "kept" && numbers(first.before)).toEqual(["1"]);

    // China's position paper and Ukraine's peace formula are not versions of each other.
    const rivals = (await getPlanDiff({ fromId: "ru-ua-china-12-point-position-2023", toId: "ru-ua-zelensky-peace-formula-2022" }))!;
    expect(rivals.diff.connection).toEqual({ kind: "none" });
    expect(rivals.diff.counts).toMatchObject({ kept: 0, changed: 0, added: 10, dropped: 12 });
  });

  it("refuses plans of two negotiations or a plan readers cannot see", async () => {
    expect(await getPlanDiff({ fromId: US, toId: "no-such-plan" })).toBeNull();
  });
});

describe("the seeded 28 → 20 diff through the API", () => {
  const get = (query: string) => call(planDiffRoute as RouteModule, "GET", `/api/v1/plan-diff?${query}`);

  it("gives the page's counts, entries and notes, each point with its issues and links", async () => {
    const response = await get(`from=${US}&to=${UA}`);
    expect(response.status).toBe(200);
    const body = planDiffResult.parse(await response.json());
    expect(body.connection).toEqual({ kind: "revises", via: [] });
    expect(body.counts).toEqual({ before: 28, after: 20, kept: 5, changed: 14, added: 1, dropped: 9, unpaired: 0 });
    expect(body.partlyRecorded).toEqual([]);
    expect(body.entries.filter((e) => e.kind === "dropped").map((e) => e.before[0]!.number)).toEqual(["3", "4", "7", "8", "9", "13", "15", "17", "26"]);
    expect(body.entries.find((e) => e.kind === "dropped" && e.before[0]!.number === "26")!.notes).toEqual(["Full amnesty dropped; sources say accountability left open."]);
    const fresh = body.entries.find((e) => e.kind === "added")!;
    expect(fresh).toMatchObject({ before: [], after: { number: "10", issues: [] }, unrecorded: false });
    const first = body.entries[0]!;
    expect(first.after!.links.self).toBe(`/api/v1/plan-points/${first.after!.id}`);
    expect(body.entries.some((e) => e.after?.issues.includes("territory"))).toBe(true);
    expect(body.from).toMatchObject({ id: US, recordedPoints: 28, links: { self: `/api/v1/plans/${US}` } });
    expect(body.links.page).toBe(`/plans/${US}/diff/${UA}`);
  });

  it("answers the 28 points against each of its negotiation's seeded plans, both ways, as the page does, and no pair across negotiations", async () => {
    const plans = await db.plan.findMany({ where: { retractedAt: null, id: { in: [US, UA] } }, select: { negotiationId: true } });
    const all = await db.plan.findMany({ where: { retractedAt: null, negotiationId: { in: plans.map((p) => p.negotiationId) } }, select: { id: true } });
    const other = await db.plan.findFirstOrThrow({ where: { retractedAt: null, negotiationId: { notIn: plans.map((p) => p.negotiationId) } }, select: { id: true } });
    const kinds = new Set<string>();
    for (const from of all) {
      for (const to of all) {
        if (from.id === to.id || (from.id !== US && to.id !== US)) continue;
        const body = planDiffResult.parse(await (await get(`from=${from.id}&to=${to.id}`)).json());
        const page = (await getPlanDiff({ fromId: from.id, toId: to.id }))!;
        expect(body.counts).toEqual(page.diff.counts);
        expect(body.entries.map((e) => e.kind)).toEqual(page.diff.entries.map((e) => e.kind));
        expect(body.partlyRecorded.map((p) => p.id)).toEqual(page.diff.partlyRecorded);
        kinds.add(body.connection.kind);
      }
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["revised-by", "revises"]));
    expect((await get(`from=${US}&to=${other.id}`)).status).toBe(404);
  });

  it("refuses the same plan twice or a missing one, and answers 404 for plans readers cannot see", async () => {
    expect((await get(`from=${US}&to=${US}`)).status).toBe(422);
    expect((await get(`from=${US}`)).status).toBe(422);
    const unknown = await get(`from=${US}&to=no-such-plan`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
  });
});
