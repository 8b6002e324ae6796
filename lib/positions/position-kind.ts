import "server-only";
import { positions } from "./position-api";
import { defineRecordKind } from "@/lib/records/record-kind";
import { visiblePosition } from "./position-visibility";
import { amongIds, ids } from "@/lib/records/ids";
import { createPosition } from "./create-position";
import { positionWriter } from "./position-writer";
import { restorePosition } from "./restore-position";
import { retractPosition } from "./retract-position";
import { updatePosition } from "./update-position";
import { positionExport } from "./position-export";
import { positionSearch } from "./position-search";
import { positionChangeReach } from "./position-change-reach";

const enc = encodeURIComponent;
const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

export const positionKind = defineRecordKind({
  entityType: "position",
  label: "Position",
  writer: positionWriter,
  visible: visiblePosition,
  words: {
    fields: {
      stance: "Stance",
      terms: "Terms",
      termsConfidence: "Confidence in the terms coding",
      termsNote: "Coding note",
      details: "Details",
      notes: "Editorial notes",
      statedOn: "Statement date",
      statedOnPrecision: "Statement date precision",
      withdrawnOn: "Withdrawn on",
      supersededById: "Superseded by",
      citations: "Sources cited",
      attribution: "Attribution",
      quote: "Quote",
      speaker: "Speaker",
      pointIds: "Plan points cited",
    },
    references: {
      partyId: "party", issueId: "issue", eventId: "event", supersededById: "position", citations: "source", sourceId: "source", pointIds: "planPoint",
    },
  },
  // "Ruritania on Ceasefire" where the party and issue can be named; else its summary.
  describe(snapshot, nameOf) {
    const party = text(snapshot.partyId) && nameOf("party", String(snapshot.partyId));
    const issue = text(snapshot.issueId) && nameOf("issue", String(snapshot.issueId));
    return party && issue ? `${party} on ${issue}` : text(snapshot.summary);
  },
  async refs(db, ids) {
    const rows = await db.position.findMany({
      where: { id: { in: ids } },
      select: { id: true, statedOn: true, retractedAt: true, party: { select: { shortName: true } } },
    });
    return rows.map((p) => {
      const name = `${p.party.shortName}'s statement of ${p.statedOn.toISOString().slice(0, 10)}`;
      return { id: p.id, name, shortName: name, href: `/positions/${enc(p.id)}`, retracted: p.retractedAt !== null };
    });
  },
  // A position's history has its own address, beside the position.
  historyHref: (id) => `/positions/${enc(id)}/history`,
  within: {
    negotiation: async (db, negotiationId, among) => ids(await db.position.findMany({ where: { issue: { negotiationId }, ...amongIds(among) }, select: { id: true } })),
    party: async (db, partyId, among) => ids(await db.position.findMany({ where: { partyId, ...amongIds(among) }, select: { id: true } })),
    issue: async (db, issueId, among) => ids(await db.position.findMany({ where: { issueId, ...amongIds(among) }, select: { id: true } })),
  },
  // A statement alters its negotiation's overviews, its issue's, party's and cell's pages.
  changeScope: positionChangeReach,
  commands: { create: createPosition, update: updatePosition, retract: retractPosition, restore: restorePosition },
  api: positions,
  exported: positionExport,
  search: positionSearch,
});
