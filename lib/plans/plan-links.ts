// Where readers find plans and their points: one place for the addresses pages, feeds,
// search hits and the API's links all give.
import { pointAnchor } from "@/lib/plan-points/plan-point-input";

const enc = encodeURIComponent;

export const planHref = (id: string) => `/plans/${enc(id)}`;

/** A point at its anchor on its plan's page ("/plans/p1#point-4a"). */
export const pointHref = (planId: string, number: string) => `${planHref(planId)}#${pointAnchor(number)}`;

/** What changed from plan `from` to plan `to`. */
export const planDiffHref = (from: string, to: string) => `${planHref(from)}/diff/${enc(to)}`;

/** A negotiation's plans, as a family tree over time. */
export const negotiationPlansHref = (negotiationSlug: string) => `/negotiations/${enc(negotiationSlug)}/plans`;

/** Where one point is edited on its own (its retraction and history too). */
export const planPointEditHref = (id: string) => `/plan-points/${enc(id)}/edit`;
