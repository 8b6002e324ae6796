// A drawn outline in a few words, where its coordinates would be a wall of numbers: a
// history's diff and the area form say what kind of shape it is, how many parts and
// points it has, and a short fingerprint so that two outlines of the same size differ.
import { countVertices, type OutlineGeometry } from "./geometry";

const number = new Intl.NumberFormat("en-GB");

export function summariseOutline(outline: OutlineGeometry): string {
  const parts = outline.type.startsWith("Multi") ? (outline.coordinates as unknown[]).length : 1;
  return `${outline.type}, ${parts === 1 ? "one part" : `${number.format(parts)} parts`}, ${number.format(countVertices(outline))} points (#${fingerprint(JSON.stringify(outline.coordinates))})`;
}

/** FNV-1a, 32 bits, as six hex digits: to tell outlines apart at a glance, not to secure anything. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) & 0xffffff).toString(16).padStart(6, "0");
}
