// No silent overwrite: a save names the version it started from, and of several saves from
// the same version exactly one wins; the others get a conflict carrying the current record.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { toPositionInput } from "@/lib/positions/position-input";
import { supersedePosition } from "@/lib/positions/supersede-position";
import { updatePosition } from "@/lib/positions/update-position";
import { revertToRevision } from "@/lib/records/revert-to-revision";
import { claimVersion } from "@/lib/revisions/write-record";
import { writeTransaction } from "@/lib/revisions/write-transaction";
import { sourceWriter } from "@/lib/sources/source-writer";
import { updateSource } from "@/lib/sources/update-source";
import { appError, editor, newPosition, newSource, revisionsOf, sourceFields } from "../support/editing";
import { entityCases } from "../support/editing-entities";

afterAll(() => db.$disconnect());

const N = 10;

function outcomes(results: PromiseSettledResult<unknown>[]) {
  const won = results.filter((r) => r.status === "fulfilled");
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  for (const r of lost) {
    if (!isAppError(r.reason) || r.reason.code !== "conflict") throw r.reason;
  }
  return { won, lost: lost.map((r) => r.reason as { details: { current?: { version?: number } } }) };
}

describe("a stale version", () => {
  it.each(entityCases)("is refused for a $type, with the current record, and nothing is written", async (entity) => {
    const input = await entity.input();
    const created = await entity.create({ input, actor: editor });
    const first = await entity.update({ id: created.id, version: 1, input: await entity.change(input), actor: editor });
    const error = await appError(entity.update({ id: created.id, version: 1, input, actor: editor }), "conflict");
    expect(error.message).toMatch(/Someone else saved this/);
    expect(error.details.current).toEqual(first);
    await appError(entity.retract({ id: created.id, version: 1, actor: editor }), "conflict");
    expect(await revisionsOf(created.id)).toHaveLength(2);
  });
});

describe("the conditional write itself", () => {
  // On SQLite transactions queue, so a loser usually sees the new version when it reads;
  // this checks the last line of defence, the UPDATE … WHERE version, on its own.
  it("writes nothing when the version moved on between reading and writing", async () => {
    const source = await newSource();
    await updateSource({ id: source.id, version: 1, input: sourceFields({ title: "Moved on" }), actor: editor });
    const error = await appError(
      writeTransaction((tx) => claimVersion(tx, sourceWriter, { id: source.id, version: 1 }, { title: "Stale write" })),
      "conflict",
    );
    expect(error.details.current).toMatchObject({ version: 2, title: "Moved on" });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe("Moved on");
  });
});

describe(`${N} saves from the same version at once`, () => {
  it("let exactly one update win; the rest see a conflict with the winner's record", async () => {
    const source = await newSource();
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) =>
        updateSource({ id: source.id, version: 1, input: sourceFields({ title: `Edit number ${i}` }), actor: editor }),
      ),
    );
    const { won, lost } = outcomes(results);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(N - 1);
    const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored.version).toBe(2);
    expect((won[0] as PromiseFulfilledResult<{ title: string }>).value.title).toBe(stored.title);
    for (const error of lost) expect(error.details.current).toMatchObject({ version: 2, title: stored.title });
    expect((await revisionsOf(source.id)).map((r) => r.action)).toEqual(["create", "update"]);
  });

  it("let exactly one position edit win, citations included", async () => {
    const position = await newPosition();
    const sources = await Promise.all(Array.from({ length: N }, () => newSource()));
    const results = await Promise.allSettled(
      sources.map((s, i) =>
        updatePosition({
          id: position.id,
          version: 1,
          input: {
            ...toPositionInput(position),
            summary: `Version ${i}`,
            citations: [{ sourceId: s.id, attribution: "document", quote: null, speaker: null }],
          },
          actor: editor,
        }),
      ),
    );
    const { won } = outcomes(results);
    expect(won).toHaveLength(1);
    const citations = await db.citation.findMany({ where: { positionId: position.id } });
    expect(citations).toHaveLength(1);
    const stored = await db.position.findUniqueOrThrow({ where: { id: position.id } });
    expect(sources.findIndex((s) => s.id === citations[0]!.sourceId)).toBe(Number(stored.summary.split(" ")[1]));
  });

  it("let exactly one new statement supersede a position", async () => {
    const position = await newPosition();
    const { partyId: _p, issueId: _i, ...statement } = toPositionInput(position);
    const results = await Promise.allSettled(
      Array.from({ length: N }, (_, i) =>
        supersedePosition({ id: position.id, version: 1, input: { ...statement, summary: `New statement ${i}`, statedOn: "2025-06-01" }, actor: editor }),
      ),
    );
    expect(outcomes(results).won).toHaveLength(1);
    expect(await db.position.count({ where: { partyId: position.partyId, issueId: position.issueId } })).toBe(2);
  });

  it("let exactly one revert win", async () => {
    const position = await newPosition();
    await updatePosition({ id: position.id, version: 1, input: { ...toPositionInput(position), summary: "Edited" }, actor: editor });
    const [create] = await revisionsOf(position.id);
    const results = await Promise.allSettled(
      Array.from({ length: N }, () => revertToRevision({ revisionId: create!.id, version: 2, actor: editor })),
    );
    expect(outcomes(results).won).toHaveLength(1);
    expect((await revisionsOf(position.id)).map((r) => r.action)).toEqual(["create", "update", "revert"]);
  });
});
