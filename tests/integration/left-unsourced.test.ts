// Before retracting a source, its editor sees which records would be left with no source
// readers can see: those citing it and no other visible source, readers' records only.
import { afterAll, describe, expect, it } from "vitest";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/events/create-event";
import { retractPosition } from "@/lib/positions/retract-position";
import { recordsLeftUnsourced } from "@/lib/sources/left-unsourced";
import { retractSource } from "@/lib/sources/retract-source";
import { editor, newParty, newPosition, newSource, seeded, unique } from "../support/editing";

afterAll(() => db.$disconnect());

const citing = (...sourceIds: string[]) => sourceIds.map((sourceId) => ({ sourceId, attribution: "media-report", quote: null, speaker: null }));

describe("records a source's retraction would leave unsourced", () => {
  it("are those citing it and no other source readers see, and only those readers see", async () => {
    const { negotiation } = await seeded();
    const [source, other, party] = await Promise.all([newSource(), newSource(), newParty()]);
    const alone = await newPosition({ citations: citing(source.id), statedOn: "2025-05" });
    const backed = await newPosition({ citations: citing(source.id, other.id) });
    const hidden = await newPosition({ citations: citing(source.id) });
    await retractPosition({ id: hidden.id, version: hidden.version, actor: editor });
    const event = await createEvent({
      input: { negotiationId: negotiation.id, slug: unique("event"), name: `Talks ${unique()}`, date: "2025-05-16", location: null, summary: "They met.", participantIds: [party.id], sourceIds: [source.id] },
      actor: editor,
    });
    const commitment = await createCommitment({
      input: { negotiationId: negotiation.id, eventId: null, summary: "A promise made.", status: "promised", evidence: null, partyIds: [party.id], sourceIds: [source.id, other.id] },
      actor: editor,
    });
    const aloneParty = await db.party.findUniqueOrThrow({ where: { id: alone.partyId } });
    const issue = await db.issue.findUniqueOrThrow({ where: { id: alone.issueId } });

    expect(await recordsLeftUnsourced(source.id)).toEqual({
      statements: [{ href: `/positions/${alone.id}`, label: `${aloneParty.shortName} on ${issue.name}, May 2025` }],
      events: [{ href: `/events/${event.slug}`, label: event.name }],
      commitments: [],
      plans: [],
    });

    // Once the other source is retracted, what also cited it rests on this one alone.
    await retractSource({ id: other.id, version: other.version, actor: editor });
    const after = await recordsLeftUnsourced(source.id);
    expect(after.statements.map((s) => s.href).sort()).toEqual([`/positions/${alone.id}`, `/positions/${backed.id}`].sort());
    expect(after.commitments).toEqual([{ href: `/commitments/${commitment.id}`, label: "A promise made." }]);
  });
});
