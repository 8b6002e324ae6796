import "server-only";
import { db } from "@/lib/db/client";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { loadPlanFamily } from "./load-plan-family";
import { planTree } from "./plan-tree";

/** A negotiation's plans as a family tree over time, and the same plans in date order (to choose two to diff). */
export async function getNegotiationPlans({ slug }: { slug: string }) {
  const negotiation = await db.negotiation.findFirst({ where: { slug, ...visibleNegotiation }, select: { id: true, slug: true, title: true } });
  if (!negotiation) return null;
  const { plans } = await loadPlanFamily(negotiation.id);
  return { negotiation, plans, tree: planTree(plans) };
}

export type NegotiationPlans = NonNullable<Awaited<ReturnType<typeof getNegotiationPlans>>>;
