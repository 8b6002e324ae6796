import { describe, expect, it } from "vitest";
import { listReferences } from "@/lib/validation/check-references";

describe("the references of a list field", () => {
  it("names each id by its place in the list, and counts as linked those the record listed before", () => {
    expect(listReferences("sourceIds", "source", "source", ["s-new", "s-kept"], ["s-kept", "s-dropped"])).toEqual([
      { field: "sourceIds.0", model: "source", id: "s-new", noun: "source", linked: false },
      { field: "sourceIds.1", model: "source", id: "s-kept", noun: "source", linked: true },
    ]);
  });

  it("links nothing for a record being created", () => {
    expect(listReferences("issueIds", "issue", "issue", ["i-1"], undefined)).toEqual([
      { field: "issueIds.0", model: "issue", id: "i-1", noun: "issue", linked: false },
    ]);
  });
});
