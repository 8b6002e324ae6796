// An area's form fields ⇄ its input, for the client form and the server actions alike. The
// drawn outline is not a form field here: an edit keeps the outline the area has, and the
// edit page's own outline form (components/forms/area-outline-form.tsx) previews and sets it.
import { text, type Assembled, type FieldValues } from "@/lib/forms/fields";
import { pick, toFields } from "@/lib/forms/record-fields";
import type { AreaSnapshot } from "./area-snapshot";

export const AREA_FIELDS = ["negotiationId", "slug", "name", "kind", "order", "code", "parentId", "heldById", "heldSince", "notes"] as const;

/** The form's choice of how much of the area its holder holds; the input's `heldInPart`. */
export const HELD_PART = { whole: "whole", part: "part" } as const;

export function areaFromFields(fields: FieldValues): Assembled {
  return { input: { ...pick(fields, AREA_FIELDS), heldInPart: text(fields, "heldInPart") === HELD_PART.part }, renames: {} };
}

export function areaToFields(a: AreaSnapshot): FieldValues {
  return { ...toFields(a, AREA_FIELDS), heldInPart: a.heldInPart ? HELD_PART.part : HELD_PART.whole };
}
