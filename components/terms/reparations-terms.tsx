import type { ReparationsTerms } from "@/lib/terms";
import { frozenAssetsLabel, reparationsLabel } from "@/lib/terms/labels";
import { TermRows } from "./term-rows";

export function ReparationsTermsView({ terms }: { terms: ReparationsTerms }) {
  return (
    <TermRows
      rows={[
        ["Reparations", terms.reparations && reparationsLabel[terms.reparations]],
        ["Frozen assets", terms.frozenAssets && frozenAssetsLabel[terms.frozenAssets]],
      ]}
    />
  );
}
