// A party may state a position on a negotiation's issue without a seat at its table (an
// outside power speaking on talks). Its statement must not vanish from the negotiation's
// overviews: the matrix and the comparison list it after the seated parties, marked as
// having no seat, and stop listing it once readers may no longer see it.
import { beforeAll, describe, expect, it } from "vitest";
import { getComparison } from "@/lib/compare/get-comparison";
import { getMatrix } from "@/lib/negotiations/get-matrix";
import { cellKey } from "@/lib/negotiations/cell-key";
import { retractParty } from "@/lib/parties/retract-party";
import { restoreParty } from "@/lib/parties/restore-party";
import { editor, newParty, newPosition, seeded } from "../support/editing";

let negotiationSlug: string;
let outsider: Awaited<ReturnType<typeof newParty>>;
let statementId: string;
let issueId: string;

beforeAll(async () => {
  const { negotiation, ceasefire } = await seeded();
  negotiationSlug = negotiation.slug;
  issueId = ceasefire.id;
  outsider = await newParty();
  statementId = (await newPosition({ partyId: outsider.id, issueId, statedOn: "2025-05-11" })).id;
});

describe("a party that spoke without a seat", () => {
  it("has a row in the matrix, after every seated party, with its statement in its cell", async () => {
    const matrix = (await getMatrix({ slug: negotiationSlug }))!;
    const row = matrix.parties.find((party) => party.id === outsider.id);
    expect(row).toMatchObject({ slug: outsider.slug, seated: false, role: null });
    expect(matrix.cells.get(cellKey(outsider.id, issueId))?.id).toBe(statementId);
    const firstOutside = matrix.parties.findIndex((party) => !party.seated);
    expect(matrix.parties.slice(firstOutside).every((party) => !party.seated)).toBe(true);
    expect(matrix.parties.slice(0, firstOutside).length).toBeGreaterThan(0);
  });

  it("has no row in the matrix of a date before it spoke", async () => {
    const matrix = (await getMatrix({ slug: negotiationSlug, asOf: new Date("2025-05-10T00:00:00Z") }))!;
    expect(matrix.parties.some((party) => party.id === outsider.id)).toBe(false);
  });

  it("is compared by default and offered among the negotiation's parties", async () => {
    const comparison = (await getComparison({ negotiation: negotiationSlug }))!;
    expect(comparison.parties.map((party) => party.id)).toContain(outsider.id);
    expect(comparison.outside.map((party) => party.id)).toContain(outsider.id);
    expect(comparison.seats.map((party) => party.id)).not.toContain(outsider.id);
    const row = comparison.rows.find((r) => r.issue.id === issueId)!;
    expect(row.cells.find((cell) => cell.party.id === outsider.id)?.position?.id).toBe(statementId);
  });

  it("leaves both once the party is retracted, and comes back when it is restored", async () => {
    const retracted = await retractParty({ id: outsider.id, version: outsider.version, actor: editor });
    try {
      const matrix = (await getMatrix({ slug: negotiationSlug }))!;
      expect(matrix.parties.some((party) => party.id === outsider.id)).toBe(false);
      const comparison = (await getComparison({ negotiation: negotiationSlug }))!;
      expect(comparison.outside.some((party) => party.id === outsider.id)).toBe(false);
    } finally {
      await restoreParty({ id: outsider.id, version: retracted.version, actor: editor });
    }
    const matrix = (await getMatrix({ slug: negotiationSlug }))!;
    expect(matrix.parties.some((party) => party.id === outsider.id)).toBe(true);
  });
});
