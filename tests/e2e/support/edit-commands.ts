// Makes changes for the end-to-end tests through the real domain functions, as another
// editor would. Run in the worker's setup process (./setup-process.ts), for ./editing.ts,
// against the database the app under test uses.
import { randomUUID } from "node:crypto";
import { createIssue } from "@/lib/issues/create-issue";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { createParty } from "@/lib/parties/create-party";
import { createPosition } from "@/lib/positions/create-position";
import { toPositionInput } from "@/lib/positions/position-input";
import { updatePosition } from "@/lib/positions/update-position";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import type { SourceSnapshot } from "@/lib/sources/source-snapshot";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { createSource } from "@/lib/sources/create-source";
import { restoreSource } from "@/lib/sources/restore-source";
import { retractSource } from "@/lib/sources/retract-source";

const actor = { id: "e2e-other-editor", label: "Another Editor", role: "editor" as const };

export async function runEditCommand([command, ...args]: string[]): Promise<unknown> {
  switch (command) {
    case "setup": {
      const tag = randomUUID().slice(0, 8);
      const party = await createParty({
        input: { slug: `e2e-${tag}`, name: `Republic of E2E ${tag}`, shortName: `E2E ${tag}`, kind: "state", colour: "#445566" },
        actor,
      });
      const negotiation = await createNegotiation({
        input: { slug: `e2e-talks-${tag}`, title: `E2E talks ${tag}`, summary: "Talks made by a test.", status: "active", parties: [{ partyId: party.id, role: null }] },
        actor,
      });
      const issue = await createIssue({
        input: { negotiationId: negotiation.id, slug: "detainee-lists", name: `Detainee lists ${tag}`, description: "Exchanges.", kind: "general", order: 0 },
        actor,
      });
      const source = await createSource({ input: { outlet: "E2E Wire", title: `Report ${tag}`, url: `https://example.org/e2e/${tag}`, publishedOn: "2025-05" }, actor });
      const position = await createPosition({
        input: {
          partyId: party.id,
          issueId: issue.id,
          stance: "offers",
          summary: "Offers to publish every list of detainees.",
          statedOn: "2025-05-16",
          citations: [{ sourceId: source.id, attribution: "official-statement", quote: "All for all.", speaker: "A minister" }],
        },
        actor,
      });
      return { positionId: position.id, sourceId: source.id, partyName: party.name, issueName: issue.name, negotiationSlug: negotiation.slug };
    }
    case "update-summary": {
      const [id, summary] = args as [string, string];
      const current = (await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id }))!;
      const updated = await updatePosition({ id, version: current.version, input: { ...toPositionInput(current), summary }, actor, note: "Tightened the wording" });
      return { version: updated.version };
    }
    case "retract-source": {
      const [id] = args as [string];
      const current = (await getRecordSnapshot<SourceSnapshot>({ entityType: "source", id }))!;
      return retractSource({ id, version: current.version, actor });
    }
    case "record-address-again": {
      // The one way left to two visible records of one address: a restore of the first
      // after a second was recorded while it was retracted.
      const [id] = args as [string];
      const first = (await getRecordSnapshot<SourceSnapshot>({ entityType: "source", id }))!;
      const retracted = await retractSource({ id, version: first.version, actor });
      const second = await createSource({ input: { outlet: "E2E Daily", title: `${first.title}, again`, url: first.url, publishedOn: first.publishedOn }, actor });
      await restoreSource({ id, version: retracted.version, actor });
      return { id: second.id, outlet: "E2E Daily", title: second.title };
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}
