// Keys lifted out of a query and given back to its plan (lib/db/query-values.ts).
import { describe, expect, it } from "vitest";
import { keyFiller, liftKeys } from "@/lib/db/query-values";

const query = (args: object) => JSON.stringify({ modelName: "Treaty", action: "findMany", query: { arguments: args, selection: { $scalars: true } } });

/** A plan as a compiler might make it: each lifted value a parameter of the SQL. */
const planOf = (shape: string, extra: unknown[] = []) => {
  const values: string[] = [];
  JSON.parse(shape, (_key, value) => (typeof value === "string" && value.startsWith("Parley-KEY-") ? (values.push(value), value) : value));
  return Object.freeze({ type: "query", args: Object.freeze({ sql: "SELECT …", args: Object.freeze([...values, ...extra]) }) });
};

describe("lifting keys out of a query", () => {
  it("gives queries for different records one shape, and keeps their keys in order", () => {
    const first = liftKeys(query({ where: { id: "treaty-1", signatoryId: { in: ["p-1", "p-2"] } } }))!;
    const second = liftKeys(query({ where: { id: "treaty-9", signatoryId: { in: ["p-7", "p-8"] } } }))!;
    expect(second.shape).toBe(first.shape);
    expect(first.keys).toEqual(["treaty-1", "p-1", "p-2"]);
    expect(second.keys).toEqual(["treaty-9", "p-7", "p-8"]);
  });

  it("lifts keys in nested filters, equality and lists, and in the fields a record is written with", () => {
    const lifted = liftKeys(
      JSON.stringify({
        action: "createOne",
        query: {
          arguments: { data: { title: "Armistice", signedOn: { $type: "DateTime", value: "2026-01-01T00:00:00.000Z" }, pages: 12 } },
          selection: { clauses: { arguments: { where: { OR: [{ region: { slug: "north" } }, { treatyId: { equals: "t-3" } }] } }, selection: {} } },
        },
      }),
    )!;
    expect(lifted.keys).toEqual(["Armistice", "north", "t-3"]);
    expect(lifted.shape).toContain('"pages":12');
    expect(lifted.shape).toContain('"value":"2026-01-01T00:00:00.000Z"');
  });

  it("lifts a record's JSON documents whole, as their JSON text, but not operations on fields or nested writes", () => {
    const write = (terms: unknown) =>
      JSON.stringify({
        modelName: "Treaty",
        action: "updateMany",
        query: { arguments: { where: { id: "t-1" }, data: { terms, version: { increment: 1 }, clauses: { create: { text: "c" } }, signedOn: { $type: "DateTime", value: "2026-01-01T00:00:00.000Z" } } }, selection: {} },
      });
    const first = liftKeys(write({ zone: "north", days: 30, parties: ["a", "b"] }))!;
    const second = liftKeys(write({ zone: "south" }))!;
    expect(second.shape).toBe(first.shape);
    expect(first.keys).toEqual(["t-1", '{"zone":"north","days":30,"parties":["a","b"]}']);
    // The same field given text rather than a document: another shape, its value another form.
    expect(liftKeys(write("zone north"))!.shape).not.toBe(first.shape);
    expect(first.shape).toContain('"version":{"increment":1}');
    expect(first.shape).toContain('"clauses":{"create":{"text":"c"}}');
    expect(first.shape).toContain('"value":"2026-01-01T00:00:00.000Z"');
  });

  it("lifts the text parameters of a raw statement, and leaves its other values in its shape", () => {
    const raw = (title: string, pages: number) =>
      JSON.stringify({ action: "executeRaw", query: { arguments: { query: "INSERT INTO treaty_words VALUES ($1, $2, $3)", parameters: JSON.stringify([title, pages, { prisma__type: "date", prisma__value: "2026-01-01T00:00:00.000Z" }]) }, selection: {} } });
    const first = liftKeys(raw("Armistice", 3))!;
    expect(liftKeys(raw("Truce", 3))!.shape).toBe(first.shape);
    expect(liftKeys(raw("Truce", 4))!.shape).not.toBe(first.shape);
    expect(first.keys).toEqual(["Armistice"]);
  });

  it("leaves other values where they are, so queries differing in them differ in shape", () => {
    const a = liftKeys(query({ where: { id: "t-1", status: "signed" }, take: 5 }))!;
    const b = liftKeys(query({ where: { id: "t-1", status: "draft" }, take: 5 }))!;
    expect(a.shape).not.toBe(b.shape);
    expect(liftKeys(query({ where: { status: "signed" }, orderBy: { id: "asc" } }))).toBeNull();
    expect(liftKeys(query({ where: { id: { not: "t-1" } } }))).toBeNull();
    expect(liftKeys("not json")).toBeNull();
  });
});

describe("giving keys back to a plan", () => {
  it("puts each key where its stand-in was, sharing what holds none", () => {
    const lifted = liftKeys(query({ where: { id: "treaty-1", signatoryId: { in: ["p-1", "p-2"] } } }))!;
    const unchanged = Object.freeze({ sql: "SELECT 1" });
    const plan = Object.freeze({ ...planOf(lifted.shape, [-1, "0"]), other: unchanged });
    const fill = keyFiller(plan, lifted)!;
    expect(fill).not.toBeNull();
    const filled = fill(["treaty-4", "p-5", "p-6"]);
    expect(filled.args.args).toEqual(["treaty-4", "p-5", "p-6", -1, "0"]);
    expect(filled.other).toBe(unchanged);
    // The kept plan is not changed: the next query gets its own keys.
    expect(fill(["treaty-1", "p-1", "p-2"]).args.args).toEqual(["treaty-1", "p-1", "p-2", -1, "0"]);
    expect(filled.args.args).toEqual(["treaty-4", "p-5", "p-6", -1, "0"]);
  });

  it("refuses a plan that lost a stand-in, or changed one", () => {
    const lifted = liftKeys(query({ where: { id: "treaty-1", slug: "armistice" } }))!;
    const { id: idStandIn, slug: slugStandIn } = JSON.parse(lifted.shape).query.arguments.where;
    expect(keyFiller({ args: [idStandIn, slugStandIn] }, lifted)).not.toBeNull();
    expect(keyFiller({ args: [idStandIn] }, lifted)).toBeNull();
    expect(keyFiller({ args: [idStandIn, `%${slugStandIn}%`] }, lifted)).toBeNull();
    expect(keyFiller({ args: [idStandIn, String(slugStandIn).toUpperCase()] }, lifted)).toBeNull();
  });

  it("gives a JSON document back where the plan holds its stand-in as a JSON string, and only there", () => {
    const lifted = liftKeys(JSON.stringify({ modelName: "Treaty", action: "createOne", query: { arguments: { data: { title: "Armistice", terms: { zone: "north" } } }, selection: {} } }))!;
    const { title, terms } = JSON.parse(lifted.shape).query.arguments.data;
    const fill = keyFiller({ args: [title, JSON.stringify(terms)] }, lifted)!;
    expect(fill(["Truce", '{"zone":"south"}'])).toEqual({ args: ["Truce", '{"zone":"south"}'] });
    // A document's stand-in passed on bare, or a text key's as JSON: the plan is not reused.
    expect(keyFiller({ args: [title, terms] }, lifted)).toBeNull();
    expect(keyFiller({ args: [JSON.stringify(title), JSON.stringify(terms)] }, lifted)).toBeNull();
  });

  it("fills a key used twice in both places", () => {
    const lifted = liftKeys(query({ where: { id: "treaty-1" } }))!;
    const { id: standIn } = JSON.parse(lifted.shape).query.arguments.where;
    const fill = keyFiller({ first: { args: [standIn] }, again: [standIn, 3] }, lifted)!;
    expect(fill(["treaty-8"])).toEqual({ first: { args: ["treaty-8"] }, again: ["treaty-8", 3] });
  });
});
