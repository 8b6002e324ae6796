import type { Stance } from "@/lib/vocab";
import { stanceLabel } from "@/lib/vocab/labels";
import { ShapeIcon, type Shape } from "./shape-icon";

const look: Record<Stance, { className: string; shape: Shape }> = {
  demands: { className: "bg-stance-demands", shape: "triangle" },
  proposes: { className: "bg-stance-proposes", shape: "diamond" },
  offers: { className: "bg-stance-offers", shape: "disc" },
  accepts: { className: "bg-stance-accepts", shape: "check" },
  conditional: { className: "bg-stance-conditional", shape: "half" },
  rejects: { className: "bg-stance-rejects", shape: "cross" },
  unclear: { className: "bg-stance-unclear", shape: "square" },
};

// A plain lookup rather than the vocabulary's schema: badges render in client components
// too (the matrix), whose bundle should not carry the validation library.
const readStance = (value: string): Stance => (Object.hasOwn(look, value) ? (value as Stance) : "unclear");

/** A stance in words, with its colour and shape. Unknown values read as "Unclear". */
export function StanceBadge({ stance, size = "md" }: { stance: string; size?: "sm" | "md" }) {
  const value = readStance(stance);
  const { className, shape } = look[value];
  return (
    <span className={`badge${size === "sm" ? " badge-sm" : ""} ${className}`}>
      <ShapeIcon shape={shape} />
      {stanceLabel[value]}
    </span>
  );
}
