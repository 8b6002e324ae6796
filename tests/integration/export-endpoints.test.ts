// The export endpoints as a client meets them: the JSON file and the positions CSV, with
// their download names, open CORS and, for the CSV, a file a spreadsheet opens cleanly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as jsonRoute from "@/app/api/v1/export.json/route";
import * as csvRoute from "@/app/api/v1/export.csv/route";
import { db } from "@/lib/db/client";
import { exportFile } from "@/lib/export/export-format";
import { createPosition } from "@/lib/positions/create-position";
import { retractPosition } from "@/lib/positions/retract-position";
import { retractSource } from "@/lib/sources/retract-source";
import { editor, newSource, positionFields } from "../support/editing";
import { parseCsv } from "../support/parse-csv";

afterAll(() => db.$disconnect());

const noContext = { params: Promise.resolve({}) };
const get = (route: { GET: (r: Request, c: typeof noContext) => Promise<Response> }, path: string, method = "GET") =>
  route.GET(new Request(`http://localhost${path}`, { method, headers: { origin: "https://elsewhere.example" } }), noContext);

const DOWNLOAD = (ext: string) => new RegExp(`^attachment; filename="parley-export-\\d{4}-\\d{2}-\\d{2}\\.${ext}"$`);

describe("GET /api/v1/export.json", () => {
  it("downloads the whole dataset in the export format, open to any origin", async () => {
    const response = await get(jsonRoute, "/api/v1/export.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD("json"));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const file = exportFile.parse(await response.json());
    expect(file.positions.length).toBe(await db.position.count());
    expect(file.revisions.length).toBe(await db.revision.count());
  });

  it("answers HEAD without a body and refuses writes", async () => {
    const head = await jsonRoute.HEAD(new Request("http://localhost/api/v1/export.json", { method: "HEAD" }), noContext);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await jsonRoute.POST(new Request("http://localhost/api/v1/export.json", { method: "POST" }), noContext);
    expect(post.status).toBe(405);
  });
});

describe("GET /api/v1/export.csv", () => {
  const summary = '=HYPERLINK("http://evil.example","click") and, "quoted" text';
  let positionId: string;
  let retractedId: string;

  beforeAll(async () => {
    const kept = await newSource({ outlet: "Wire, Inc.", title: 'Talks "resume" in Istanbul', url: "https://example.org/a?b=1" });
    const dropped = await newSource({ outlet: "Gone", title: "A retracted report" });
    const fields = await positionFields({ summary, statedOn: "2025-05" });
    const position = await createPosition({
      input: {
        ...fields,
        citations: [
          ...fields.citations,
          { sourceId: kept.id, attribution: "media-report", quote: null, speaker: null },
          { sourceId: dropped.id, attribution: "media-report", quote: null, speaker: null },
        ],
      },
      actor: editor,
    });
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
    expect(response.headers.get("content-disposition")).toMatch(DOWNLOAD("csv"));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Every line break outside a quoted cell is CRLF: download()'s strict parser throws otherwise.
    expect(new TextDecoder().decode(bytes).endsWith("\r\n")).toBe(true);
  });

  it("has a row for every position readers can see, and none for retracted ones", async () => {
    const { rows } = await download();
    const [header, ...body] = rows;
    expect(header).toEqual(["Position ID", "Negotiation", "Party", "Issue", "Stance", "Stated on", "Status", "Summary", "Sources"]);
    const visible = await db.position.count({
      where: { retractedAt: null, party: { retractedAt: null }, issue: { retractedAt: null, negotiation: { retractedAt: null } } },
    });
    expect(body).toHaveLength(visible);
    expect(body.every((r) => r.length === header!.length)).toBe(true);
    const ids = body.map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(retractedId);
  });

  it("keeps the statement date's precision, defuses formulas and lists the unretracted sources", async () => {
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
      `${first!.source.outlet} — ${first!.source.title} — ${first!.source.url} | Wire, Inc. — Talks "resume" in Istanbul — https://example.org/a?b=1`,
    ]);
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
