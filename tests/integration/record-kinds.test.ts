// The registry of record kinds (lib/records/registry.ts) holds together: each kind names a
// Prisma model, its own API path and export sections, and the suites that run over every
// kind (tests/support/editing-entities.ts) know it — so a kind added to the registry is
// covered by the editing, conflict, permission and API tests, or this fails.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fileSections } from "@/lib/export/file-sections";
import type { RecordKind } from "@/lib/records/record-kind";
import { entityTypes, recordKinds } from "@/lib/records/registry";
import { entityCases } from "../support/editing-entities";

afterAll(() => db.$disconnect());

const kinds = recordKinds as readonly RecordKind[];

describe("the registry of record kinds", () => {
  it("names each kind once, after a Prisma model, with its own API path", () => {
    expect(new Set(entityTypes).size).toBe(entityTypes.length);
    for (const kind of kinds) {
      expect(typeof (db as unknown as Record<string, { findMany?: unknown }>)[kind.entityType]?.findMany, kind.entityType).toBe("function");
      expect(kind.writer.entityType).toBe(kind.entityType);
      expect(kind.api.entityType).toBe(kind.entityType);
    }
    const paths = kinds.map((k) => k.api.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("gives every export section its own key, and a section for each kind's records", () => {
    const keys = fileSections.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const kind of kinds) expect(kind.exported.length, kind.entityType).toBeGreaterThan(0);
  });

  it("is covered by the suites that run over every kind", () => {
    expect(entityCases.map((c) => c.type).sort()).toEqual([...entityTypes].sort());
  });
});

describe("an editing page's title", () => {
  it("names the record it edits, shortened when long, and the kind alone when there is none", async () => {
    const { editPageTitle } = await import("@/lib/forms/edit-page-metadata");
    const party = await db.party.findFirstOrThrow({ where: { retractedAt: null }, select: { id: true, name: true } });
    expect(await editPageTitle("party", party.id)).toBe(`Edit party: ${party.name}`);
    const point = await db.planPoint.findFirstOrThrow({ select: { id: true, number: true } });
    expect(await editPageTitle("planPoint", point.id)).toMatch(new RegExp(`^Edit plan point: Point ${point.number} of `));
    const long = await db.commitment.findFirstOrThrow({ where: { summary: { gt: "" } }, select: { id: true, summary: true }, orderBy: { summary: "desc" } });
    const title = await editPageTitle("commitment", long.id);
    expect(title.length).toBeLessThanOrEqual("Edit commitment: ".length + 70);
    expect(long.summary.startsWith(title.slice("Edit commitment: ".length).replace(/…$/, ""))).toBe(true);
    expect(await editPageTitle("event", null)).toBe("Edit event");
    expect(await editPageTitle("source", "no-such-id")).toBe("Edit source");
  });
});
