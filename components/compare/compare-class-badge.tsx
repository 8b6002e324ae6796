import { compareClassLabel, type CompareClass } from "@/lib/compare";
import { ShapeIcon, type Shape } from "../shape-icon";

// Colour-blind-safe fills (Paul Tol's "light" scheme, as the stance badges) under near-black
// text; the word and the shape carry the meaning on their own, on screen and on paper.
const look: Record<CompareClass, { className: string; shape: Shape }> = {
  aligned: { className: "bg-compare-aligned", shape: "check" },
  "partly-aligned": { className: "bg-compare-partly", shape: "half" },
  opposed: { className: "bg-compare-opposed", shape: "cross" },
  unknown: { className: "bg-compare-unknown", shape: "square" },
};

/** A comparison class in words, with its colour and shape. */
export function CompareClassBadge({ value, size = "md" }: { value: CompareClass; size?: "sm" | "md" }) {
  const { className, shape } = look[value];
  return (
    <span className={`badge compare-badge font-semibold${size === "sm" ? " badge-sm" : ""} ${className}`}>
      <ShapeIcon shape={shape} />
      {compareClassLabel[value]}
    </span>
  );
}

/** What each class means, for the legend above a comparison. */
export const compareClassMeaning: Record<CompareClass, string> = {
  aligned: "the parties want the same on every element both state",
  "partly-aligned": "they differ, but not head-on (e.g. different lengths or figures)",
  opposed: "at least one element is wanted one way by one party and the other way by another",
  unknown: "nothing to compare by rule: terms missing, or a general issue shown side by side",
};
