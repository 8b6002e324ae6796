// A form sends the categories an exchange releases in the order of its checkboxes, which
// need not be the stored order: an edit of the summary alone must not record the terms as
// changed, and a save that only reorders such a set changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { toPositionInput } from "@/lib/positions/position-input";
import { loadPositionSnapshot } from "@/lib/positions/position-snapshot";
import { updatePosition } from "@/lib/positions/update-position";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { editor, newPosition, seeded } from "../support/editing";

let id: string;
let version: number;

beforeAll(async () => {
  const { negotiation } = await seeded();
  const exchange = await db.issue.findFirstOrThrow({ where: { negotiationId: negotiation.id, kind: "exchange" } });
  const position = await newPosition({ issueId: exchange.id, terms: { formula: "all-for-all", categories: ["remains", "soldiers", "children"] } });
  ({ id, version } = position);
});

const stored = async () => (await loadPositionSnapshot(db, id))!;

describe("a set in a position's terms", () => {
  it("keeps its stored order when an edit of other fields sends it in another, and the revision names only what changed", async () => {
    const input = toPositionInput(await stored());
    const saved = await updatePosition({
      id, version, actor: editor,
      input: { ...input, summary: "Wants every prisoner, living or dead, exchanged.", terms: { formula: "all-for-all", categories: ["soldiers", "children", "remains"] } },
    });
    expect((saved.terms as { categories: string[] }).categories).toEqual(["remains", "soldiers", "children"]);
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: id }, orderBy: { createdAt: "desc" } });
    const changed = diffSnapshots(revision.before as Record<string, unknown>, revision.after as Record<string, unknown>).map((c) => c.path[0]);
    expect(changed).toEqual(["summary"]);
    version = saved.version;
  });

  it("saved in another order only, changes nothing and writes no revision", async () => {
    const before = await db.revision.count({ where: { entityId: id } });
    const input = toPositionInput(await stored());
    const saved = await updatePosition({ id, version, actor: editor, input: { ...input, terms: { formula: "all-for-all", categories: ["children", "remains", "soldiers"] } } });
    expect(saved.version).toBe(version);
    expect(await db.revision.count({ where: { entityId: id } })).toBe(before);
  });

  it("takes a new order when its members change", async () => {
    const input = toPositionInput(await stored());
    const saved = await updatePosition({ id, version, actor: editor, input: { ...input, terms: { formula: "all-for-all", categories: ["children", "soldiers"] } } });
    expect((saved.terms as { categories: string[] }).categories).toEqual(["children", "soldiers"]);
  });
});
