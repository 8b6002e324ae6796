// A source's page (lib/sources/get-source.ts) lists the records resting on it, and on every
// other record of the same report: one report recorded twice under one address must not
// read as two reports each cited by half of what rests on it.
import { afterAll, describe, expect, it } from "vitest";
import { createEvent } from "@/lib/events/create-event";
import { db } from "@/lib/db/client";
import { retractSource } from "@/lib/sources/retract-source";
import { getSource } from "@/lib/sources/get-source";
import { editor, newPosition, newSource, seeded, unique } from "../support/editing";

afterAll(() => db.$disconnect());

const citation = (sourceId: string) => ({ sourceId, attribution: "media-report", quote: null, speaker: null });

describe("a source's page", () => {
  it("lists what rests on every record of its address once each, and names the other records", async () => {
    const url = `https://example.org/${unique("report")}`;
    const [first, elsewhere] = await Promise.all([newSource({ url, outlet: "Ruritanian Gazette" }), newSource()]);
    // Recorded twice, as before an address could be recorded once only (the seeded data has such pairs).
    const second = await db.source.create({ data: { outlet: "The Gazette (Strelsau)", title: `Report ${unique()}`, url }, select: { id: true, title: true, version: true } });
    const onFirst = await newPosition({ citations: [citation(first.id)] });
    const onBoth = await newPosition({ citations: [citation(first.id), citation(second.id)] });
    const { negotiation } = await seeded();
    const event = await createEvent({
      input: { negotiationId: negotiation.id, slug: unique("round"), name: "Strelsau round", date: "2025-05-16", location: null, summary: "Delegations met.", participantIds: [], sourceIds: [second.id] },
      actor: editor,
    });
    const notCiting = await newPosition({ citations: [citation(elsewhere.id)] });

    const page = (await getSource(first.id))!;
    expect(page.sameAddress).toEqual([{ id: second.id, outlet: "The Gazette (Strelsau)", title: second.title }]);
    expect(page.citations.map((c) => c.position.id).sort()).toEqual([onFirst.id, onBoth.id].sort());
    expect(page.events.map((e) => e.id)).toEqual([event.id]);
    expect((await getSource(second.id))!.citations.map((c) => c.position.id).sort()).toEqual([onFirst.id, onBoth.id].sort());
    expect((await getSource(elsewhere.id))!.citations.map((c) => c.position.id)).toEqual([notCiting.id]);
    expect((await getSource(elsewhere.id))!.sameAddress).toEqual([]);

    // A retracted record of the address no longer counts, nor does what rests on it alone.
    const stored = await db.source.findUniqueOrThrow({ where: { id: second.id } });
    await retractSource({ id: stored.id, version: stored.version, actor: editor });
    const after = (await getSource(first.id))!;
    expect(after.sameAddress).toEqual([]);
    expect(after.events).toEqual([]);
    expect(after.citations.map((c) => c.position.id).sort()).toEqual([onFirst.id, onBoth.id].sort());
    expect(await getSource(second.id)).toBeNull();
  });

  it("of a report known without an address lists only its own records", async () => {
    const [a, b] = await Promise.all([newSource({ url: null }), newSource({ url: null })]);
    const position = await newPosition({ citations: [citation(a.id)] });
    await newPosition({ citations: [citation(b.id)] });
    const page = (await getSource(a.id))!;
    expect(page.sameAddress).toEqual([]);
    expect(page.citations.map((c) => c.position.id)).toEqual([position.id]);
  });
});
