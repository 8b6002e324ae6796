// The export endpoints as a client meets them. GET /api/v1/export.json gives anyone what
// readers may see — no retracted record nor a link to one, no revision of a hidden record,
// no account id, no API token's name — and ?scope=archive gives editors and API tokens
// everything, re-importable. The positions CSV opens cleanly in a spreadsheet.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as jsonRoute from "@/app/api/v1/export.json/route";
import * as csvRoute from "@/app/api/v1/export.csv/route";
import type { Actor } from "@/lib/auth/actor";
import { asReader, listRevisionItems } from "@/lib/api/revisions-resource";
import { revisionListQuery } from "@/lib/api/schemas/revisions";
import { createApiToken } from "@/lib/auth/api-tokens";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/events/create-event";
import { retractEvent } from "@/lib/events/retract-event";
import { exportFile, readerExportFile, type ExportFile } from "@/lib/export/export-format";
import { retractParty } from "@/lib/parties/retract-party";
import { getHistory } from "@/lib/records/get-history";
import { listRecentChanges } from "@/lib/records/list-recent-changes";
import type { ExportedPosition } from "@/lib/positions/position-export";
import { visiblePosition } from "@/lib/positions/position-visibility";
import { createPosition } from "@/lib/positions/create-position";
import { retractPosition } from "@/lib/positions/retract-position";
import { retractSource } from "@/lib/sources/retract-source";
import { editor, newSource, positionFields, seeded, unique } from "../support/editing";
import { parseCsv } from "../support/parse-csv";
import { call, createApiActors, expectProblem, type ApiActors, type RouteModule } from "./api-support";

afterAll(() => db.$disconnect());

const DOWNLOAD = (name: string, ext: string) => new RegExp(`^attachment; filename="${name}-\\d{4}-\\d{2}-\\d{2}\\.${ext}"$`);
const get = (route: RouteModule, path: string, options: Parameters<typeof call>[3] = {}) =>
  call(route, "GET", path, { origin: "https://elsewhere.example", ...options });

let actors: ApiActors;
let tokenName: string;
let tokenOwner: string;
/** What readers must not find in the reader export, by what it is. */
/** A position citing, beside its own sources, the sources `sourceIds` (one of them to be retracted). */
async function createPositionCiting(fields: Awaited<ReturnType<typeof positionFields>>, sourceIds: string[], actor: Actor) {
  const extra = sourceIds.map((sourceId) => ({ sourceId, attribution: "media-report" as const, quote: null, speaker: null }));
  return createPosition({ input: { ...fields, citations: [...fields.citations, ...extra] }, actor });
}

const hidden = {} as Record<"retractedPosition" | "retractedSource" | "retractedEvent" | "retractedParty" | "positionOfRetractedParty", string>;
const shown = {} as Record<"tokenPosition" | "positionAtRetractedEvent", string>;

beforeAll(async () => {
  actors = await createApiActors();
  // A change made through a real API token, so its revision carries the token's name.
  tokenName = `nightly import ${randomUUID().slice(0, 8)}`;
  const { token } = await createApiToken({ actor: actors.admin, input: { name: tokenName, scope: "write" } });
  const tokenActor = (await resolveActor({ authorization: `Bearer ${token}` })) as Actor;
  tokenOwner = actors.admin.label;

  const { negotiation } = await seeded();
  const kept = await newSource({ outlet: "Ruritanian Gazette", title: "Kept" });
  const dropped = await newSource({ outlet: "Ruritanian Gazette", title: "Later retracted" });
  const fields = await positionFields();
  const cited = await createPositionCiting(fields, [kept.id, dropped.id], tokenActor);
  await retractSource({ id: dropped.id, version: 1, actor: editor });

  const event = await createEvent({
    input: {
      negotiationId: negotiation.id, slug: unique("round"), name: "A round later retracted", date: "2025-05-16", location: null,
      summary: "Delegations met.", participantIds: [], sourceIds: [],
    },
    actor: editor,
  });
  const atEvent = await createPosition({ input: await positionFields({ eventId: event.id }), actor: editor });
  await retractEvent({ id: event.id, version: 1, actor: editor });

  const retracted = await createPosition({ input: await positionFields(), actor: editor });
  await retractPosition({ id: retracted.id, version: 1, actor: editor, note: "Misattributed" });

  const orphanFields = await positionFields();
  const orphan = await createPosition({ input: orphanFields, actor: editor });
  await retractParty({ id: orphanFields.partyId, version: 1, actor: editor });

  Object.assign(hidden, {
    retractedPosition: retracted.id,
    retractedSource: dropped.id,
    retractedEvent: event.id,
    retractedParty: orphanFields.partyId,
    positionOfRetractedParty: orphan.id,
  });
  Object.assign(shown, { tokenPosition: cited.id, positionAtRetractedEvent: atEvent.id });
}, 60_000);

const rowsOf = (file: ExportFile) => Object.entries(file).flatMap(([key, value]) => (Array.isArray(value) && key !== "revisions" ? (value as { id?: string }[]) : []));

describe("GET /api/v1/export.json: what readers may see", () => {
  let response: Response;
  let text: string;
  let file: ExportFile;
  beforeAll(async () => {
    response = await get(jsonRoute, "/api/v1/export.json");
    text = await response.text();
    file = JSON.parse(text) as ExportFile;
  });

  it("is a reader export, downloaded as a file, open to any origin", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD("parley-export", "json"));
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Sent as it is read, so with no ETag, as the OpenAPI document says.
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(file.format).toBe("parley-reader-export");
    expect(readerExportFile.safeParse(file).error?.issues ?? []).toEqual([]);
  });

  it("holds no retracted record, nor any record hidden with its parent, nor a link to one", async () => {
    const ids = new Set(rowsOf(file).map((row) => row.id));
    for (const [what, id] of Object.entries(hidden)) expect(ids.has(id), what).toBe(false);
    expect(rowsOf(file).every((row) => !("retractedAt" in row) || (row as { retractedAt: unknown }).retractedAt === null)).toBe(true);
    expect(file.positions).toHaveLength(await db.position.count({ where: visiblePosition }));

    const byId = new Map<string, ExportedPosition>(file.positions.map((p: ExportedPosition) => [p.id, p]));
    const cited = byId.get(shown.tokenPosition)!;
    expect(cited.citations.map((c) => c.sourceId)).not.toContain(hidden.retractedSource);
    expect(cited.citations).toHaveLength(2);
    expect(byId.get(shown.positionAtRetractedEvent)!.eventId).toBeNull();
  });

  it("holds the revisions of the records it holds only, without account ids or API tokens' names", () => {
    const hiddenIds = new Set(Object.values(hidden));
    expect(file.revisions.filter((r) => hiddenIds.has(r.entityId))).toEqual([]);
    const ids = new Set(rowsOf(file).map((row) => row.id));
    expect(file.revisions.every((r) => ids.has(r.entityId))).toBe(true);
    expect(file.revisions.some((r) => "actorId" in r)).toBe(false);
    expect(text).not.toContain(tokenName);
    expect(text).not.toContain("actorId");
    const made = file.revisions.find((r) => r.entityId === shown.tokenPosition && r.action === "create")!;
    expect(made.actorLabel).toBe(`${tokenOwner} (API token)`);
  });

  it("names the token's change as every other reader path does", async () => {
    const history = await getHistory({ entityType: "position", id: shown.tokenPosition, actor: null });
    const api = await listRevisionItems(revisionListQuery.parse({ entityType: "position", entityId: shown.tokenPosition }), asReader);
    const feed = (await listRecentChanges({ limit: 100 })).items.filter((c) => c.entityId === shown.tokenPosition);
    for (const changes of [history!.revisions, api.items, feed]) {
      expect(changes.length).toBeGreaterThan(0);
      for (const change of changes) expect(change.actorLabel).toBe(`${tokenOwner} (API token)`);
    }
  });

  it("answers HEAD without a body, refuses writes and unknown parameters", async () => {
    const head = await call(jsonRoute, "HEAD", "/api/v1/export.json");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-disposition")).toMatch(DOWNLOAD("parley-export", "json"));
    expect(await head.text()).toBe("");
    await expectProblem(await call(jsonRoute, "POST", "/api/v1/export.json"), 405);
    const unknown = await expectProblem(await get(jsonRoute, "/api/v1/export.json?format=csv"), 422);
    expect(unknown.errors).toHaveProperty("format");
    const scope = await expectProblem(await get(jsonRoute, "/api/v1/export.json?scope=everything"), 422);
    expect(scope.errors?.scope?.[0]).toMatch(/scope=reader .* or scope=archive/);
  });
});

describe("GET /api/v1/export.json?scope=archive: everything, for editors and API tokens", () => {
  it("is refused to anonymous readers and to revoked tokens, with a problem that says what to send", async () => {
    const anonymous = await expectProblem(await get(jsonRoute, "/api/v1/export.json?scope=archive"), 401);
    expect(anonymous.detail).toMatch(/editor's sign-in or an API token/);
    await expectProblem(await get(jsonRoute, "/api/v1/export.json?scope=archive", { token: actors.revokedToken }), 401);
    const head = await call(jsonRoute, "HEAD", "/api/v1/export.json?scope=archive");
    expect(head.status).toBe(401);
  });

  it.each([
    ["an editor's session", () => ({ cookie: actors.editorSession })],
    ["a read-only API token", () => ({ token: actors.readToken })],
    ["a write API token", () => ({ token: actors.writeToken })],
  ])("is given to %s: every record and revision, with who made each", async (_who, credentials) => {
    const response = await get(jsonRoute, "/api/v1/export.json?scope=archive", credentials());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD("parley-archive", "json"));
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const file = exportFile.parse(JSON.parse(text));
    expect(file.format).toBe("parley-export");
    const ids = new Set(rowsOf(file).map((row) => row.id));
    for (const [what, id] of Object.entries(hidden)) expect(ids.has(id), what).toBe(true);
    expect(file.positions).toHaveLength(await db.position.count());
    expect(file.revisions).toHaveLength(await db.revision.count());
    expect(text).toContain(tokenName);
    expect(file.revisions.find((r) => r.entityId === shown.tokenPosition && r.action === "create")!.actorId).toBe(actors.admin.id);
  });

  it("is a security event each time it is downloaded", async () => {
    const since = new Date();
    const response = await get(jsonRoute, "/api/v1/export.json?scope=archive", { token: actors.readToken, headers: { "x-forwarded-for": "198.51.100.23" } });
    await response.body!.cancel();
    const events = await db.securityEvent.findMany({ where: { event: "archive-downloaded", createdAt: { gte: since } } });
    expect(events).toEqual([expect.objectContaining({ outcome: "success", actorId: actors.admin.id, address: "198.51.100.23" })]);
  });
});

describe("GET /api/v1/export.csv", () => {
  const summary = '=HYPERLINK("http://evil.example","click") and, "quoted" text';
  // A query string in the address, which the CSV cell keeps as it is; unique, as an address is recorded once.
  const keptUrl = `https://example.org/a?b=1&run=${randomUUID()}`;
  let positionId: string;
  let retractedId: string;

  beforeAll(async () => {
    const kept = await newSource({ outlet: "Wire, Inc.", title: 'Talks "resume" in Istanbul', url: keptUrl });
    const dropped = await newSource({ outlet: "Gone", title: "A retracted report" });
    const fields = await positionFields({ summary, statedOn: "2025-05" });
    const position = await createPositionCiting(fields, [kept.id, dropped.id], editor);
    positionId = position.id;
    // Retracted after it was cited: the position stays, the source leaves the CSV.
    await retractSource({ id: dropped.id, version: 1, actor: editor });
    const retracted = await createPosition({ input: await positionFields(), actor: editor });
    await retractPosition({ id: retracted.id, version: 1, actor: editor });
    retractedId = retracted.id;
  });

  async function download() {
    const response = await get(csvRoute, "/api/v1/export.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { response, bytes, rows: parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1)) };
  }

  it("is UTF-8 CSV with a byte order mark and CRLF line ends, downloaded as a file, open to any origin", async () => {
    const { response, bytes } = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD("parley-export", "csv"));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Every line break outside a quoted cell is CRLF: download()'s strict parser throws otherwise.
    expect(new TextDecoder().decode(bytes).endsWith("\r\n")).toBe(true);
  });

  it("takes no parameter but a negotiation: another is refused by name, not ignored", async () => {
    const problem = await expectProblem(await get(csvRoute, "/api/v1/export.csv?party=russia"), 422);
    expect(problem.errors).toEqual({ party: ["Unknown query parameter “party”"] });
  });

  it("gives one negotiation's rows, by slug or id, in a file named for it, the same rows as in the whole file", async () => {
    const { rows: everything } = await download();
    const negotiation = await db.negotiation.findFirstOrThrow({ where: { slug: "russia-ukraine" } });
    const theirs = everything.slice(1).filter((row) => row[1] === negotiation.title);
    expect(theirs.length).toBeGreaterThan(10);
    expect(theirs.length).toBeLessThan(everything.length - 1);
    for (const ref of [negotiation.slug, negotiation.id]) {
      const response = await get(csvRoute, `/api/v1/export.csv?negotiation=${ref}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD(`parley-export-${negotiation.slug}`, "csv"));
      const rows = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await response.arrayBuffer())).slice(1));
      expect(rows[0]).toEqual(everything[0]);
      expect(rows.slice(1)).toEqual(theirs);
    }
  });

  it("refuses a negotiation readers cannot see, saying so, rather than give an empty file", async () => {
    const problem = await expectProblem(await get(csvRoute, "/api/v1/export.csv?negotiation=atlantis-talks"), 422);
    expect(problem.errors).toEqual({ negotiation: ["There is no negotiation “atlantis-talks”"] });
  });

  it("has a row for every position readers can see, and none for retracted ones", async () => {
    const { rows } = await download();
    const [header, ...body] = rows;
    expect(header).toEqual([
      "Position ID", "Negotiation", "Party", "Issue", "Stance", "Stated on", "Status", "Summary", "Sources",
      "Quotes", "Terms (JSON)", "Terms confidence", "Terms note",
    ]);
    const visible = await db.position.count({
      where: { retractedAt: null, party: { retractedAt: null }, issue: { retractedAt: null, negotiation: { retractedAt: null } } },
    });
    expect(body).toHaveLength(visible);
    expect(body.every((r) => r.length === header!.length)).toBe(true);
    const ids = body.map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(retractedId);
  });

  it("lists rows by negotiation, issue, party and statement date", async () => {
    const { rows } = await download();
    const ids = rows.slice(1).map((r) => r[0]!);
    const positions = await db.position.findMany({
      where: { id: { in: ids } },
      select: { id: true, issueId: true, statedOn: true, party: { select: { name: true } }, issue: { select: { order: true, negotiation: { select: { slug: true } } } } },
    });
    const byId = new Map(positions.map((p) => [p.id, p]));
    const inOrder = (a: readonly (string | number)[], b: readonly (string | number)[]) => {
      const i = a.findIndex((value, n) => value !== b[n]);
      return i < 0 || a[i]! < b[i]!;
    };
    let sameIssue = 0;
    for (let n = 1; n < ids.length; n += 1) {
      const [a, b] = [byId.get(ids[n - 1]!)!, byId.get(ids[n]!)!];
      expect(inOrder([a.issue.negotiation.slug, a.issue.order], [b.issue.negotiation.slug, b.issue.order])).toBe(true);
      if (a.issueId !== b.issueId) continue;
      sameIssue += 1;
      expect(inOrder([a.party.name, a.statedOn.toISOString(), a.id], [b.party.name, b.statedOn.toISOString(), b.id])).toBe(true);
    }
    expect(sameIssue).toBeGreaterThan(100);
  });

  it("keeps the statement date's precision, defuses formulas, lists the unretracted sources and their quotes, and gives the coded terms", async () => {
    const { rows } = await download();
    const row = rows.find((r) => r[0] === positionId)!;
    const position = await db.position.findUniqueOrThrow({
      where: { id: positionId },
      include: { party: true, issue: { include: { negotiation: true } } },
    });
    const [first] = await db.citation.findMany({ where: { positionId }, orderBy: { order: "asc" }, include: { source: true } });
    expect(row).toEqual([
      positionId,
      position.issue.negotiation.title,
      position.party.name,
      position.issue.name,
      "demands",
      "2025-05",
      "current",
      `'${summary}`,
      `${first!.source.outlet} — ${first!.source.title} — ${first!.source.url} | Wire, Inc. — Talks "resume" in Istanbul — ${keptUrl}`,
      `“Thirty days, starting now.” — A minister (${first!.source.outlet})`,
      JSON.stringify(position.terms),
      "high",
      "",
    ]);
    expect(JSON.parse(row[10]!)).toEqual({ type: "unconditional", durationDays: 30, scope: "full" });
  });

  it("leaves the terms' cells empty where nothing is coded", async () => {
    const { rows } = await download();
    const positions = await db.position.findMany({ where: { id: { in: rows.slice(1).map((r) => r[0]!) } }, select: { id: true, terms: true } });
    const uncoded = new Set(positions.filter((p) => p.terms === null).map((p) => p.id));
    expect(uncoded.size).toBeGreaterThan(0);
    for (const row of rows.slice(1)) expect(row[10] === "", row[0]).toBe(uncoded.has(row[0]!));
  });

  it("shows a day-precision date in full and names superseded statements as such", async () => {
    const { rows } = await download();
    const dates = rows.slice(1).map((r) => r[5]!);
    expect(dates.every((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    const statuses = rows.slice(1).map((r) => r[6]!);
    expect(statuses.every((s) => ["current", "superseded", "withdrawn"].includes(s))).toBe(true);
    expect(statuses).toContain("superseded");
  });
});
