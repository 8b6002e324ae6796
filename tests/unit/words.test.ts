// One vocabulary for a record in words: history diffs, feeds and the conflict screen read
// field names and values through lib/words, which each kind feeds with the fields it adds.
import { describe, expect, it } from "vitest";
import { describeFields } from "@/lib/forms/describe-input";
import type { RecordKind } from "@/lib/records/record-kind";
import { recordKinds } from "@/lib/records/registry";
import { termsSchemaByKind } from "@/lib/terms";
import { fieldLabel, hasFieldLabel, referenceFields } from "@/lib/words/field-labels";
import { formatValue, termNameKey } from "@/lib/words/format-value";

describe("field labels", () => {
  it("names the fields every kind adds, and the terms' own", () => {
    expect(fieldLabel("statedOn")).toBe("Statement date");
    expect(fieldLabel("participantIds")).toBe("Participants");
    expect(fieldLabel("colour")).toBe("Colour");
    expect(fieldLabel("startDate")).toBe("Start date");
    expect(fieldLabel("maxTroops")).toBe("Troop cap");
    expect(fieldLabel("someNewField")).toBe("Some New Field");
  });

  it("knows which kind each id field points at", () => {
    expect(referenceFields).toMatchObject({
      partyId: "party",
      issueId: "issue",
      citations: "source",
      participantIds: "party",
      partyIds: "party",
      sourceIds: "source",
      supersededById: "position",
    });
  });
});

describe("values in words", () => {
  const names = {
    "party:p1": "Ruritania",
    "source:s1": "Ruritanian Gazette: Talks resume",
    "area-slug:north-province": "North Province",
    "party-slug:ruritania": "Ruritania",
  };

  it("reads the same in a history diff and on the conflict screen, but for how list items are joined", () => {
    const claims = [
      { area: "north-province", outcome: "held-by", party: "ruritania", recognition: "de-facto" },
      { area: "all", outcome: "frozen-line" },
    ];
    expect(formatValue("claims", claims, names)).toBe(
      "North Province: held by Ruritania (recognised de facto); Every area not named: frozen at the current line",
    );
    const rows = describeFields({ partyIds: ["p1"], stance: "demands", terms: { claims, startDate: "2025-05" } }, names);
    expect(rows).toEqual([
      { path: "partyIds", label: "Parties", text: "Ruritania" },
      { path: "stance", label: "Stance", text: "Demands" },
      { path: "terms.claims", label: "Terms › Territorial claims", text: "North Province: held by Ruritania (recognised de facto)\nEvery area not named: frozen at the current line" },
      { path: "terms.startDate", label: "Terms › Start date", text: "May 2025" },
    ]);
  });

  it("names an area or party no record has by its slug, and reads claims stored in earlier words field by field", () => {
    expect(formatValue("claims", [{ area: "lost-valley", outcome: "withdrawal", party: "borduria" }], names)).toBe("lost-valley: borduria's forces withdraw");
    expect(formatValue("claims", [{ region: "north", claim: "undecided" }], names)).toBe("Region: north; Claim: undecided");
  });

  it("names the parties of the newer kinds' party lists and exchange sides", () => {
    const named = { ...names, [termNameKey("party", "borduria")]: "Borduria" };
    expect(formatValue("participants", ["borduria", "nowhere"], named)).toBe("Borduria; nowhere");
    expect(formatValue("sideA", { party: "borduria", count: 1200 }, named)).toBe("Party: Borduria; Number: 1,200");
    expect(formatValue("categories", ["soldiers", "remains"], named)).toBe("Prisoners of war; Remains of the dead");
  });

  it("names cited sources and recorded moments", () => {
    expect(formatValue("citations", { sourceId: "s1", attribution: "official-statement", quote: "Now.", speaker: null }, names)).toBe(
      "Ruritanian Gazette: Talks resume — official statement: “Now.”",
    );
    expect(formatValue("retractedAt", "2025-05-16T10:07:00.000Z", names)).toBe("16 May 2025 at 10:07 UTC");
  });
});

describe("every field has its word", () => {
  // A missed label would fall back to the field's name spelled out: caught here instead.
  type Def = { type: string; innerType?: unknown; out?: unknown; in?: unknown; element?: unknown; shape?: Record<string, unknown> };
  const defOf = (schema: unknown) => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;
  /** Through optional, nullable, default, preprocess and arrays to the object inside, if any. */
  const objectIn = (schema: unknown, depth = 0): Def | undefined => {
    const def = defOf(schema);
    if (!def || depth > 8) return undefined;
    if (def.type === "object") return def;
    const next = def.innerType ?? def.element ?? (def.type === "pipe" ? (defOf(def.out)?.type === "transform" ? def.in : def.out) : undefined);
    return objectIn(next, depth + 1);
  };
  const keysOf = (schema: unknown): string[] =>
    Object.entries(objectIn(schema)?.shape ?? {}).flatMap(([key, inner]) => [key, ...keysOf(inner)]);

  it.each(recordKinds.map((kind) => [kind.entityType, kind] as const))("every input field of a %s", (_type, kind) => {
    const fields = keysOf((kind as RecordKind).writer.schema);
    expect(fields.length).toBeGreaterThan(2);
    expect(fields.filter((field) => !hasFieldLabel(field))).toEqual([]);
  });

  it.each(Object.entries(termsSchemaByKind))("every term of the %s kind", (_kind, schema) => {
    const fields = keysOf(schema);
    if (_kind !== "general") expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !hasFieldLabel(field))).toEqual([]);
  });
});
