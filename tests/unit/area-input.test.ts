import { describe, expect, it } from "vitest";
import { areaFromFields, areaToFields } from "@/lib/areas/area-form-fields";
import { areaInput } from "@/lib/areas/area-input";
import type { AreaSnapshot } from "@/lib/areas/area-snapshot";
import { fieldErrorsFrom } from "@/lib/errors/app-error";

const area = { negotiationId: "n1", slug: "north-province", name: "North Province", kind: "province" };

function errors(input: unknown) {
  const result = areaInput.safeParse(input);
  if (result.success) throw new Error(`expected errors, got ${JSON.stringify(result.data)}`);
  return fieldErrorsFrom(result.error);
}

describe("an area's input", () => {
  it("needs a negotiation, a slug, a name and a kind; the rest may be left out", () => {
    expect(Object.keys(errors({})).sort()).toEqual(["kind", "name", "negotiationId", "slug"]);
    expect(areaInput.parse(area)).toEqual({
      ...area,
      order: 0,
      code: null,
      outline: null,
      parentId: null,
      heldById: null,
      heldSince: null,
      heldInPart: false,
      notes: null,
    });
  });

  it("holds an area in part only with a holder, and takes a boolean only", () => {
    expect(areaInput.parse({ ...area, heldById: "p1", heldInPart: true }).heldInPart).toBe(true);
    expect(errors({ ...area, heldInPart: true }).heldInPart).toEqual(["Say which party holds part of the area, or choose “All of it”"]);
    expect(errors({ ...area, heldById: "p1", heldInPart: "yes" }).heldInPart![0]).toMatch(/^Say whether the holder holds all of the area/);
  });

  it("is held in part on the form when “Part of it” is chosen, and shown so again", () => {
    expect(areaFromFields({ ...area, heldById: "p1", heldInPart: "part" }).input.heldInPart).toBe(true);
    expect(areaFromFields({ ...area, heldById: "p1", heldInPart: "whole" }).input.heldInPart).toBe(false);
    expect(areaFromFields({ ...area }).input.heldInPart).toBe(false);
    const stored = { ...area, id: "a1", version: 1, retractedAt: null, order: 0, code: null, outline: null, parentId: null, heldById: "p1", heldSince: null, notes: null };
    expect(areaToFields({ ...stored, heldInPart: true } as AreaSnapshot).heldInPart).toBe("part");
    expect(areaToFields({ ...stored, heldInPart: false } as AreaSnapshot).heldInPart).toBe("whole");
  });

  it("keeps the slug `all` for claims on every area a statement does not name", () => {
    expect(errors({ ...area, slug: "all" }).slug![0]).toMatch(/^“all” is kept for territorial claims/);
  });

  it("takes an admin-1 code in capitals, and refuses what is not one", () => {
    expect(areaInput.parse({ ...area, code: " ab-12 " }).code).toBe("AB-12");
    expect(areaInput.parse({ ...area, code: "" }).code).toBeNull();
    expect(errors({ ...area, code: "North" }).code![0]).toMatch(/ISO 3166-2/);
  });

  it("takes the holding's date at the precision known, and only with a holder", () => {
    expect(areaInput.parse({ ...area, heldById: "p1", heldSince: "2024-03" }).heldSince).toBe("2024-03");
    expect(errors({ ...area, heldById: "p1", heldSince: "March" }).heldSince![0]).toMatch(/YYYY-MM-DD, YYYY-MM or YYYY/);
    expect(errors({ ...area, heldSince: "2024" }).heldSince).toEqual(["Say who holds the area, or leave the date blank"]);
    // Who holds it now, and since when: a holding that has not begun is no holding yet.
    const nextYear = String(new Date().getUTCFullYear() + 1);
    expect(errors({ ...area, heldById: "p1", heldSince: nextYear }).heldSince).toEqual(["The date it was taken cannot be after today"]);
  });

  it("checks a drawn outline as GeoJSON and keeps its geometry", () => {
    const line = { type: "LineString", coordinates: [[10, 50], [10.5, 50.5]] };
    expect(areaInput.parse({ ...area, outline: { type: "Feature", properties: {}, geometry: line } }).outline).toEqual(line);
    expect(errors({ ...area, outline: "{not json" }).outline![0]).toMatch(/not valid JSON/);
  });

  it("refuses fields it does not know, naming them", () => {
    expect(errors({ ...area, holder: "p1" })[""]).toEqual(["Parley does not know the field “holder”"]);
  });
});
