import "server-only";
import { z } from "zod";
import { byId, byText, exportedId, exportedRecord, insertChunks, ProblemList, recordColumns, stamps, type ExportSection } from "@/lib/export/export-section";
import { negotiationStatus } from "@/lib/vocab";

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
  async read(tx) {
    return (await tx.negotiation.findMany()).sort(byId).map((n) => ({
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
  async read(tx) {
    return (await tx.negotiationParty.findMany())
      .sort((a, b) => byText(a.negotiationId, b.negotiationId) || a.order - b.order || byText(a.partyId, b.partyId))
      .map((s) => ({ negotiationId: s.negotiationId, partyId: s.partyId, role: s.role, order: s.order }));
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
