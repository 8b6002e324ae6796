import "server-only";
// "Preview before saving" of an outline an editor uploads: checked with the same schema the
// area writer uses, and laid out among the negotiation's other areas. Nothing is stored.
import { drawnOutline } from "./outline-input";
import { layoutOutlinePreview } from "./area-shapes";
import type { OutlineGeometry } from "./geometry";
import type { MapLayout } from "./layout-map";
import { listAreaShapes } from "./negotiation-map";

export type OutlinePreviewData = { outline: OutlineGeometry; layout: MapLayout };

export async function previewOutline({ negotiationId, areaSlug, label, outline }: { negotiationId: string; areaSlug: string; label: string; outline: unknown }): Promise<{ errors: string[] } | OutlinePreviewData> {
  const parsed = drawnOutline.safeParse(outline);
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => i.message) };
  const others = (await listAreaShapes(negotiationId)).filter((a) => a.slug !== areaSlug);
  return { outline: parsed.data, layout: layoutOutlinePreview(parsed.data, label, { others }) };
}
