import type { OutlineGeometry } from "./geometry";
import { outlineGeometryTypes } from "./outline-input";

/** A stored outline, which the area writer validated; anything else is left off the map. */
export function storedOutline(value: unknown): OutlineGeometry | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  return (outlineGeometryTypes as readonly unknown[]).includes(type) && Array.isArray(coordinates) ? (value as OutlineGeometry) : null;
}
