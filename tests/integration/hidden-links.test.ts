// History shows readers nothing of a record an editor retracted, even where another record
// linked to it: a position's revisions keep the citation of a retracted source, and a
// negotiation's its seat of a retracted party. Readers — history pages, the revisions API,
// the reader export — see each such link cut down to its id, named "a retracted …", without
// the quote, speaker or role it carried; editors see the history whole; a restore shows it
// to readers again.
import { beforeAll, describe, expect, it } from "vitest";
import { asReader, getRevisionItem, listRevisionItems } from "@/lib/api/revisions-resource";
import { revisionListQuery } from "@/lib/api/schemas/revisions";
import { db } from "@/lib/db/client";
import { readRevisions } from "@/lib/export/export-revisions";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { retractParty } from "@/lib/parties/retract-party";
import { toPositionInput } from "@/lib/positions/position-input";
import { updatePosition } from "@/lib/positions/update-position";
import { getHistory } from "@/lib/records/get-history";
import { restoreSource } from "@/lib/sources/restore-source";
import { retractSource } from "@/lib/sources/retract-source";
import { editor, newParty, newPosition, newSource, unique } from "../support/editing";

const QUOTE = `Quokka words ${unique()}`;
let positionId: string;
let source: Awaited<ReturnType<typeof newSource>>;

async function readerExportOf(entityId: string) {
  const found: unknown[] = [];
  await readRevisions(db, { scope: "reader", take: 1000, each: async (rows) => void found.push(...rows.filter((r) => r.entityId === entityId)) });
  return found;
}

beforeAll(async () => {
  source = await newSource({ outlet: "Quokka Wire" });
  const position = await newPosition();
  const cited = position.citations ?? [];
  const input = toPositionInput(position);
  await updatePosition({
    id: position.id,
    version: position.version,
    input: { ...input, citations: [...input.citations, { sourceId: source.id, attribution: "media-report", quote: QUOTE, speaker: "A quokka" }] },
    actor: editor,
  });
  expect(cited.length).toBeGreaterThan(0);
  positionId = position.id;
  source = await retractSource({ id: source.id, version: source.version, actor: editor });
});

describe("a citation of a retracted source in a position's history", () => {
  it("is cut down to its id for readers on the history page, and whole for editors", async () => {
    const reader = (await getHistory({ entityType: "position", id: positionId, actor: null }))!;
    expect(JSON.stringify(reader.revisions)).not.toContain(QUOTE);
    expect(JSON.stringify(reader)).not.toContain("Quokka Wire");
    expect(JSON.stringify(reader.revisions)).toContain(source.id);
    expect(reader.names[`source:${source.id}`]).toBe("a retracted source");

    const forEditor = (await getHistory({ entityType: "position", id: positionId, actor: editor }))!;
    expect(JSON.stringify(forEditor.revisions)).toContain(QUOTE);
    expect(forEditor.names[`source:${source.id}`]).toContain("Quokka Wire");
  });

  it("carries no quote in the revisions API, listed or one by one, nor in the reader export", async () => {
    const { items } = await listRevisionItems(revisionListQuery.parse({ entityType: "position", entityId: positionId }), asReader);
    expect(items.length).toBeGreaterThan(1);
    expect(JSON.stringify(items)).not.toContain(QUOTE);
    const one = await getRevisionItem(items[0]!.id, asReader);
    expect(JSON.stringify(one)).not.toContain(QUOTE);
    expect(JSON.stringify(one)).toContain(source.id);
    expect(JSON.stringify(await readerExportOf(positionId))).not.toContain(QUOTE);
  });

  it("shows again to readers once the source is restored", async () => {
    const restored = await restoreSource({ id: source.id, version: source.version, actor: editor });
    try {
      const reader = (await getHistory({ entityType: "position", id: positionId, actor: null }))!;
      expect(JSON.stringify(reader.revisions)).toContain(QUOTE);
      const { items } = await listRevisionItems(revisionListQuery.parse({ entityType: "position", entityId: positionId }), asReader);
      expect(JSON.stringify(items)).toContain(QUOTE);
    } finally {
      source = await retractSource({ id: restored.id, version: restored.version, actor: editor });
    }
  });
});

describe("a negotiation's seat of a retracted party", () => {
  it("is named as retracted for readers, without its role", async () => {
    const party = await newParty();
    const negotiation = await createNegotiation({
      input: { slug: unique("talks"), title: "Quokka talks", summary: "Fixture.", status: "active", parties: [{ partyId: party.id, role: "quokka-host" }] },
      actor: editor,
    });
    await retractParty({ id: party.id, version: party.version, actor: editor });
    const reader = (await getHistory({ entityType: "negotiation", id: negotiation.id, actor: null }))!;
    expect(JSON.stringify(reader)).not.toContain(party.name);
    expect(JSON.stringify(reader)).not.toContain("quokka-host");
    expect(reader.names[`party:${party.id}`]).toBe("a retracted party");
    const forEditor = (await getHistory({ entityType: "negotiation", id: negotiation.id, actor: editor }))!;
    expect(JSON.stringify(forEditor)).toContain("quokka-host");
  });
});
