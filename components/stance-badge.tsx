import { stance as stanceSchema, type Stance } from "@/lib/vocab";
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

/** A stance in words, with its colour and shape. Unknown values read as "Unclear". */
export function StanceBadge({ stance, size = "md" }: { stance: string; size?: "sm" | "md" }) {
  const value = stanceSchema.catch("unclear").parse(stance);
  const { className, shape } = look[value];
  const sizing = size === "sm" ? "px-1.5 py-px text-[0.8125rem]" : "px-2 py-0.5 text-sm";
  return (
    <span
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded border border-black/25 font-medium text-badge-ink ${sizing} ${className}`}
    >
      <ShapeIcon shape={shape} />
      {stanceLabel[value]}
    </span>
  );
}
