import "server-only";
// Records the API reference's examples name, read from the database so a reader can run
// them as they are: the oldest negotiation readers can see and its first two parties.
// With no records yet, the examples show placeholders.
import { db } from "@/lib/db/client";
import { seatsSelect } from "@/lib/negotiations/negotiation-select";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";

export type ReferenceExamples = { negotiation: string; parties: [string, string] };

export async function getReferenceExamples(): Promise<ReferenceExamples> {
  const negotiation = await db.negotiation.findFirst({
    where: visibleNegotiation,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { slug: true, parties: { ...seatsSelect({ slug: true }), take: 2 } },
  });
  const [a, b] = negotiation?.parties.map((seat) => seat.party.slug) ?? [];
  return { negotiation: negotiation?.slug ?? "<negotiation slug>", parties: [a ?? "<party slug>", b ?? "<another party slug>"] };
}
