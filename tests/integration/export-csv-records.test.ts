// GET /api/v1/export.csv?records=…: events, commitments, sources and plan points as CSV,
// beside the positions (the default, unchanged): each kind's columns and a seeded row, one
// negotiation's rows, no retracted record, the formula guard, a refused kind, and a spooled
// reading of its own per kind.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as csvRoute from "@/app/api/v1/export.csv/route";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { retractCommitment } from "@/lib/commitments/retract-commitment";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/events/create-event";
import { retractEvent } from "@/lib/events/retract-event";
import { collectCsvExport } from "@/lib/export/csv-export";
import { csvExports } from "@/lib/export/csv-exports";
import { countRecordChanges, recordsChanged } from "@/lib/export/record-changes";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { retractPlanPoint } from "@/lib/plan-points/retract-plan-point";
import { retractSource } from "@/lib/sources/retract-source";
import { editor, newSource, seeded, unique } from "../support/editing";
import { parseCsv } from "../support/parse-csv";
import { call, expectProblem } from "./api-support";

afterAll(() => db.$disconnect());

const DOWNLOAD = (name: string) => new RegExp(`^attachment; filename="${name}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`);
const get = (query: string) => call(csvRoute, "GET", `/api/v1/export.csv${query}`);

/** The file's bytes, checked to start with a byte order mark, and its rows (the strict parser refuses a bare LF). */
async function download(query: string) {
  const response = await get(query);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { response, text, rows: parseCsv(text.slice(1)) };
}
const rowOf = (rows: string[][], id: string) => rows.find((row) => row[0] === id);

const formula = '=HYPERLINK("http://evil.example","click") and, "quoted" text';
const made = {} as Record<"commitment" | "retractedCommitment" | "retractedEvent" | "retractedPoint" | "citedSource" | "retractedSource", string>;

beforeAll(async () => {
  const { negotiation } = await seeded();
  const party = await db.party.findFirstOrThrow({ where: { slug: "ukraine" } });
  const cited = await newSource({ outlet: "Ruritanian Gazette", title: "Only this commitment cites it" });
  const dropped = await newSource({ outlet: "Ruritanian Gazette", title: "A report later retracted" });
  const commitment = await createCommitment({
    input: { negotiationId: negotiation.id, eventId: null, summary: formula, status: "promised", evidence: null, partyIds: [party.id], sourceIds: [cited.id, dropped.id] },
    actor: editor,
  });
  await retractSource({ id: dropped.id, version: 1, actor: editor });
  const gone = await createCommitment({
    input: { negotiationId: negotiation.id, eventId: null, summary: "A commitment later retracted", status: "promised", evidence: null, partyIds: [party.id], sourceIds: [] },
    actor: editor,
  });
  await retractCommitment({ id: gone.id, version: 1, actor: editor });
  const event = await createEvent({
    input: {
      negotiationId: negotiation.id, slug: unique("round"), name: "A round later retracted", date: "2025-05-16", location: null,
      summary: "Delegations met.", participantIds: [], sourceIds: [],
    },
    actor: editor,
  });
  await retractEvent({ id: event.id, version: 1, actor: editor });
  const plan = await db.plan.findFirstOrThrow({ where: { negotiationId: negotiation.id, retractedAt: null } });
  const point = await createPlanPoint({
    input: { planId: plan.id, number: unique("p"), numberPrinted: true, order: 999, summary: "A point later retracted", issueIds: [], revisesId: null, change: null, changeNote: null },
    actor: editor,
  });
  await retractPlanPoint({ id: point.id, version: 1, actor: editor });
  Object.assign(made, {
    commitment: commitment.id, retractedCommitment: gone.id, retractedEvent: event.id, retractedPoint: point.id,
    citedSource: cited.id, retractedSource: dropped.id,
  });
}, 60_000);

describe("GET /api/v1/export.csv?records=", () => {
  it("gives the positions by default, byte for byte as records=positions", async () => {
    const [plain, positions] = await Promise.all([download(""), download("?records=positions")]);
    expect(positions.text).toBe(plain.text);
    expect(plain.rows[0]![0]).toBe("Position ID");
    expect(positions.response.headers.get("content-disposition")).toMatch(DOWNLOAD("parley-export"));
  });

  it("events: by negotiation and date, with participants and sources", async () => {
    const { response, rows } = await download("?records=events");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD("parley-events"));
    expect(rows[0]).toEqual(["Event ID", "Slug", "Negotiation", "Name", "Date", "Location", "Participants", "Summary", "Sources"]);
    const seededEvent = await db.event.findUniqueOrThrow({ where: { slug: "nov-2023-truce" }, include: { negotiation: true } });
    const row = rowOf(rows, seededEvent.id)!;
    expect(row.slice(0, 7)).toEqual([
      seededEvent.id, "nov-2023-truce", seededEvent.negotiation.title, seededEvent.name, "2023-11-24", seededEvent.location,
      "Egypt | Hamas | Israel | Qatar | United States",
    ]);
    expect(row[7]).toBe(seededEvent.summary);
    expect(row[8]).toMatch(/^Dawn — Israel and Hamas agree on 4-day truce .* — https:\/\/.* \| Globes — /);
    expect(rowOf(rows, made.retractedEvent)).toBeUndefined();
  });

  it("commitments: with the parties bound, the event, status, evidence and sources, none retracted", async () => {
    const { rows } = await download("?records=commitments");
    expect(rows[0]).toEqual(["Commitment ID", "Negotiation", "Parties", "Event", "Status", "Summary", "Evidence", "Sources"]);
    const row = rowOf(rows, "c-2025-philadelphi-withdrawal")!;
    expect(row.slice(1, 5)).toEqual([
      "Israel–Hamas Gaza ceasefire and hostage negotiations", "Israel", "January 2025 three-phase ceasefire and exchange agreement", "broken",
    ]);
    expect(row[7]).toMatch(/^Daystar News \(JNS\) — .* \| AsiaOne \(Reuters\) — /);
    expect(rowOf(rows, made.retractedCommitment)).toBeUndefined();
    // The retracted source leaves the cell; the one still standing stays.
    const ours = rowOf(rows, made.commitment)!;
    expect(ours[7]).toMatch(/^Ruritanian Gazette — Only this commitment cites it — https:\/\/example\.org\/report\/[^|]*$/);
  });

  it("defuses a summary a spreadsheet would run as a formula, whatever the kind", async () => {
    const { text, rows } = await download("?records=commitments");
    expect(rowOf(rows, made.commitment)![5]).toBe(`'${formula}`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") and, ""quoted"" text"`);
  });

  it("sources: every one readers see, by outlet and title, none retracted", async () => {
    const { response, rows } = await download("?records=sources");
    expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD("parley-sources"));
    expect(rows[0]).toEqual(["Source ID", "Outlet", "Title", "URL", "Published on"]);
    const seededSource = await db.source.findUniqueOrThrow({ where: { id: "src-1pvaeip" } });
    expect(rowOf(rows, "src-1pvaeip")).toEqual([seededSource.id, "112.ua", seededSource.title, seededSource.url, seededSource.publishedOn ?? ""]);
    expect(rowOf(rows, made.citedSource)).toBeDefined();
    expect(rowOf(rows, made.retractedSource)).toBeUndefined();
    const visible = await db.source.count({ where: { retractedAt: null } });
    expect(rows.length - 1).toBe(visible);
  });

  it("plan points: one row per point, with its plan's title, date and status and the point it revises", async () => {
    const { rows } = await download("?records=plan-points");
    expect(rows[0]).toEqual([
      "Point ID", "Negotiation", "Plan ID", "Plan", "Plan date", "Plan status", "Number", "Number printed", "Summary", "Issues",
      "Revises point ID", "Change", "Change note",
    ]);
    const point = await db.planPoint.findUniqueOrThrow({ where: { id: "gaza-biden-three-phase-proposal-2024--pphase-1" }, include: { plan: true } });
    const row = rowOf(rows, point.id)!;
    expect(row.slice(0, 9)).toEqual([
      point.id, "Israel–Hamas Gaza ceasefire and hostage negotiations", point.planId, point.plan.title, "2024-05-31", "superseded", "Phase 1", "yes",
      point.summary,
    ]);
    expect(row[9]!.split(" | ")).toContain("Ceasefire terms");
    const revising = await db.planPoint.findFirstOrThrow({ where: { revisesId: { not: null }, retractedAt: null, plan: { retractedAt: null } } });
    expect(rowOf(rows, revising.id)!.slice(10, 13)).toEqual([revising.revisesId, revising.change, revising.changeNote ?? ""]);
    expect(rowOf(rows, made.retractedPoint)).toBeUndefined();
    expect(rows.length - 1).toBe(await db.planPoint.count({ where: { retractedAt: null, plan: { retractedAt: null, negotiation: { retractedAt: null } } } }));
  });

  it("gives one negotiation's rows, by slug or id, in a file named for it", async () => {
    const negotiation = await db.negotiation.findUniqueOrThrow({ where: { slug: "russia-ukraine" } });
    for (const records of ["events", "commitments", "plan-points"]) {
      const { rows: everything } = await download(`?records=${records}`);
      const theirs = everything.slice(1).filter((row) => row[records === "events" ? 2 : 1] === negotiation.title);
      expect(theirs.length, records).toBeGreaterThan(2);
      expect(theirs.length, records).toBeLessThan(everything.length - 1);
      for (const ref of [negotiation.slug, negotiation.id]) {
        const { response, rows } = await download(`?records=${records}&negotiation=${ref}`);
        expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD(`parley-${records}-${negotiation.slug}`));
        expect(rows).toEqual([everything[0], ...theirs]);
      }
    }
  });

  it("gives one negotiation's sources as those its records cite", async () => {
    const { rows: all } = await download("?records=sources");
    const { rows: ours } = await download("?records=sources&negotiation=russia-ukraine");
    const { rows: gaza } = await download("?records=sources&negotiation=israel-hamas-gaza");
    expect(rowOf(ours, made.citedSource)).toBeDefined();
    expect(rowOf(gaza, made.citedSource)).toBeUndefined();
    expect(rowOf(ours, made.retractedSource)).toBeUndefined();
    // Cited by the Gaza commitment only.
    const gazaOnly = await db.commitmentSource.findFirstOrThrow({ where: { commitmentId: "c-2025-philadelphi-withdrawal" } });
    expect(rowOf(gaza, gazaOnly.sourceId)).toBeDefined();
    for (const rows of [ours, gaza]) {
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.length).toBeLessThan(all.length);
      for (const row of rows) expect(all).toContainEqual(row);
    }
  });

  // One test a kind: in pages of 2, the whole file takes hundreds of queries, some half a
  // minute for all kinds on PostgreSQL.
  it.each(Object.entries(csvExports))("reads the same rows of %s in the same order however small its pages", async (records, kind) => {
    const negotiation = await db.negotiation.findUniqueOrThrow({ where: { slug: "russia-ukraine" } });
    for (const negotiationId of [undefined, negotiation.id]) {
      const whole = await collectCsvExport(kind, { negotiationId });
      expect(whole.split("\r\n").length, records).toBeGreaterThan(5);
      expect(await collectCsvExport(kind, { negotiationId, pageSize: 2 }), records).toBe(whole);
    }
  }, 60_000);

  it("refuses a kind it does not know, naming the ones it does", async () => {
    const problem = await expectProblem(await get("?records=people"), 422);
    expect(problem.errors).toEqual({ records: ["Give “records” as one of: positions, events, commitments, sources, plan-points"] });
  });
});

describe("a CSV download of other records", () => {
  let stopCounting: (() => void) | null = null;
  afterEach(() => {
    stopCounting?.();
    stopCounting = null;
  });

  it("is a reading of its own per kind, shared until the records change", async () => {
    stopCounting = countRecordChanges();
    recordsChanged();
    const sources = await (await get("?records=sources")).text();
    const events = await (await get("?records=events")).text();
    const positions = await (await get("")).text();
    expect(new Set([sources.split("\r\n")[0], events.split("\r\n")[0], positions.split("\r\n")[0]]).size).toBe(3);
    expect(await (await get("?records=sources")).text()).toBe(sources);

    const source = await newSource({ title: "Published after the first download" });
    recordsChanged();
    const after = await (await get("?records=sources")).text();
    expect(after).toContain(source.id);
    expect(sources).not.toContain(source.id);
  });
});
