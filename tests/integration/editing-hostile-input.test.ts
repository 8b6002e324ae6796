// Hostile and odd input through the domain functions: refused with a message naming the
// field and nothing written, or stored exactly as typed where it is harmless.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createParty } from "@/lib/parties/create-party";
import { createPosition } from "@/lib/positions/create-position";
import { createSource } from "@/lib/sources/create-source";
import { updateSource } from "@/lib/sources/update-source";
import { appError, editor, newSource, positionFields, sourceFields, unique } from "../support/editing";

afterAll(() => db.$disconnect());

async function refusedWithoutWrites(call: () => Promise<unknown>) {
  const [revisions, sources, positions] = await Promise.all([db.revision.count(), db.source.count(), db.position.count()]);
  const error = await appError(call(), "validation");
  expect([await db.revision.count(), await db.source.count(), await db.position.count()]).toEqual([revisions, sources, positions]);
  return error.details.fieldErrors!;
}

describe("stored verbatim, because pages escape it", () => {
  it("keeps markup and script tags exactly as typed, on the record and in its revision", async () => {
    const title = `<script>alert(1)</script> & <img src=x onerror=alert(2)> ${unique()}`;
    const source = await createSource({ input: sourceFields({ title, outlet: "\"Quotes\" & 'apostrophes'" }), actor: editor });
    const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored.title).toBe(title);
    expect(stored.outlet).toBe("\"Quotes\" & 'apostrophes'");
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: source.id } });
    expect((revision.after as { title: string }).title).toBe(title);
  });

  it("keeps Unicode of every script, emoji and the joiners they need", async () => {
    const summary = "Україна · Россия · السلام · שלום · می\u200Cخواهم · 👩\u200D👩\u200D👧 · 和平";
    const position = await createPosition({ input: await positionFields({ summary }), actor: editor });
    expect((await db.position.findUniqueOrThrow({ where: { id: position.id } })).summary).toBe(summary);
  });

  it("keeps SQL-looking text as text", async () => {
    const title = `Robert'); DROP TABLE "Source";-- ${unique()}`;
    const source = await createSource({ input: sourceFields({ title }), actor: editor });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe(title);
    expect(await db.source.count()).toBeGreaterThan(0);
  });
});

describe("refused with a clear message, and nothing written", () => {
  it("a javascript: URL, in any case, and other non-web schemes", async () => {
    for (const url of ["javascript:alert(document.cookie)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "file:///etc/passwd"]) {
      const errors = await refusedWithoutWrites(() => createSource({ input: sourceFields({ url }), actor: editor }));
      expect(errors.url![0]).toMatch(/Only web addresses starting with http:\/\/ or https:\/\//);
    }
  });

  it("a javascript: URL on update leaves the stored address alone", async () => {
    const source = await newSource();
    await refusedWithoutWrites(() => updateSource({ id: source.id, version: 1, input: sourceFields({ url: "javascript:alert(1)" }), actor: editor }));
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).url).toBe(source.url);
  });

  it("a right-to-left override that disguises text", async () => {
    const errors = await refusedWithoutWrites(() => createSource({ input: sourceFields({ title: "invoice\u202Efdp.exe" }), actor: editor }));
    expect(errors.title![0]).toMatch(/text-direction override/);
  });

  it("zero-width and control characters where they cannot belong: slugs and URLs", async () => {
    const slug = await refusedWithoutWrites(() => createParty({ input: { slug: "rus\u200Bsia", name: "Fake", shortName: "Fake", kind: "state", colour: "#000000" }, actor: editor }),
    );
    expect(slug.slug![0]).toMatch(/lowercase letters and digits/);
    const url = await refusedWithoutWrites(() => createSource({ input: sourceFields({ url: "https://exam\u200Bple.org" }), actor: editor }));
    expect(url.url![0]).toMatch(/invisible/);
  });

  it("100,000-character text in every text field of a position at once, each named", async () => {
    const long = "x".repeat(100_000);
    const fields = await positionFields({ summary: long, details: long, notes: long, termsNote: long });
    const errors = await refusedWithoutWrites(() => createPosition({ input: fields, actor: editor }));
    expect(Object.keys(errors).sort()).toEqual(["details", "notes", "summary", "termsNote"]);
    expect(errors.summary).toEqual(["The summary is too long: 100,000 characters, the limit is 2,000"]);
  });

  it("a NUL byte, which PostgreSQL could not store anyway", async () => {
    const errors = await refusedWithoutWrites(() => createSource({ input: sourceFields({ outlet: "Wire\u0000" }), actor: editor }));
    expect(errors.outlet![0]).toMatch(/control characters/);
  });

  it("values of the wrong type, arrays for strings and objects for lists", async () => {
    const fields = await positionFields({ summary: ["a"], stance: { $ne: null }, citations: "src-1", statedOn: 20250516 });
    const errors = await refusedWithoutWrites(() => createPosition({ input: fields, actor: editor }));
    expect(Object.keys(errors).sort()).toEqual(["citations", "stance", "statedOn", "summary"]);
  });

  it("input that is not an object at all", async () => {
    for (const input of [null, "summary=x", 42, []]) {
      const errors = await refusedWithoutWrites(() => createSource({ input, actor: editor }));
      expect(errors[""]).toEqual(["Send the record's fields as an object"]);
    }
  });

  it("an over-long or odd version or id", async () => {
    const source = await newSource();
    const errors = await refusedWithoutWrites(() => updateSource({ id: source.id, version: "1" as never, input: sourceFields(), actor: editor }));
    expect(errors.version![0]).toMatch(/version/);
    await refusedWithoutWrites(() => updateSource({ id: "x".repeat(5000), version: 1, input: sourceFields(), actor: editor }));
  });

  it("a note of 100,000 characters", async () => {
    const errors = await refusedWithoutWrites(() => createSource({ input: sourceFields(), actor: editor, note: "n".repeat(100_000) }));
    expect(errors.note).toEqual(["The note is too long: 100,000 characters, the limit is 1,000"]);
  });
});
