import "server-only";
import { z } from "zod";
import {
  exportedId, exportedRecord, insertChunks, pageById, ProblemList, recordColumns, stamps, visibleIn, type ExportSection,
} from "@/lib/export/export-section";
import { visibleParty } from "@/lib/parties/party-visibility";
import { negotiationStatus } from "@/lib/vocab";
import { visibleNegotiation } from "./negotiation-visibility";

export const exportedNegotiation = z.strictObject({
  ...exportedRecord,
  slug: z.string().min(1),
  title: z.string(),
  summary: z.string(),
  status: negotiationStatus,
});

/** A party's seat in a negotiation (NegotiationParty). */
export const exportedSeat = z.strictObject({
  negotiationId: exportedId,
  partyId: exportedId,
  role: z.string().nullable(),
  order: z.number().int(),
});

type Negotiation = z.infer<typeof exportedNegotiation>;
type Seat = z.infer<typeof exportedSeat>;

const negotiations: ExportSection<Negotiation> = {
  key: "negotiations",
  schema: exportedNegotiation,
  async readPage(tx, { after, take, scope }) {
    const page = pageById(after, take);
    return (await tx.negotiation.findMany({ ...page, where: { ...page.where, ...visibleIn(scope, visibleNegotiation) } })).map((n) => ({
      ...recordColumns(n),
      slug: n.slug,
      title: n.title,
      summary: n.summary,
      status: n.status as Negotiation["status"],
    }));
  },
  write: (tx, rows) => insertChunks(rows, (data) => tx.negotiation.createMany({ data: data.map((n) => ({ ...n, ...stamps(n) })) })),
  check(rows) {
    const list = new ProblemList();
    list.uniqueIds(rows, "negotiations");
    list.unique(rows.map((n) => n.slug), "negotiations: the slug");
    return list.problems;
  },
};

const seats: ExportSection<Seat> = {
  key: "negotiationParties",
  schema: exportedSeat,
  dependsOn: ["negotiations", "parties"],
  // By negotiation, then party: the seat's own key, so pages follow each other without gaps.
  // Readers see a seat while both its negotiation and its party stand.
  async readPage(tx, { after, take, scope }) {
    const seats = await tx.negotiationParty.findMany({
      where: {
        ...(after
          ? { OR: [{ negotiationId: { gt: after.negotiationId } }, { negotiationId: after.negotiationId, partyId: { gt: after.partyId } }] }
          : {}),
        ...visibleIn(scope, { negotiation: visibleNegotiation, party: visibleParty }),
      },
      orderBy: [{ negotiationId: "asc" }, { partyId: "asc" }],
      take,
    });
    return seats.map((s) => ({ negotiationId: s.negotiationId, partyId: s.partyId, role: s.role, order: s.order }));
  },
  write: (tx, rows) => insertChunks(rows, (data) => tx.negotiationParty.createMany({ data })),
  check(rows, file) {
    const list = new ProblemList();
    list.unique(rows.map((s) => `${s.negotiationId}/${s.partyId}`), "negotiationParties: the seat");
    for (const s of rows) {
      list.ref(file.ids("negotiations"), s.negotiationId, `negotiationParties (${s.negotiationId}/${s.partyId})`, "negotiation");
      list.ref(file.ids("parties"), s.partyId, `negotiationParties (${s.negotiationId}/${s.partyId})`, "party");
    }
    return list.problems;
  },
  counts: () => ({}),
};

export const negotiationExport = [negotiations, seats];
