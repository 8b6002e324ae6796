// Supersession chains written in order: the row a position points at must exist first.
import { referenceOrder } from "@/lib/collections/reference-order";

/**
 * Positions ordered so each comes after the one that superseded it (the row it points
 * at must exist first), or null when the links loop.
 */
export function supersessionOrder<T extends { id: string; supersededById: string | null }>(positions: T[]): T[] | null {
  return referenceOrder(positions, (p) => p.supersededById);
}
