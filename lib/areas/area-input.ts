import { z } from "zod";
import type { AreaSnapshot } from "@/lib/areas/area-snapshot";
import { drawnOutline } from "@/lib/maps/outline-input";
import { ALL_AREAS } from "@/lib/terms/territory";
import { optionalPartialDateField } from "@/lib/validation/date-field";
import { knownFieldsOnly, orderField, optionalRecordId, optionalText, recordId, requiredText, slugField } from "@/lib/validation/text-field";
import { areaKinds } from "./area-kinds";


const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

/** An admin-1 code as ISO 3166-2 ("AB-12") or Natural Earth ("AB-CD") write it; stored in capitals. */
const admin1Code = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase() || null : (value ?? null)),
  z
    .string({ error: "Give the code as text, e.g. AB-12" })
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "Give an ISO 3166-2 or Natural Earth admin-1 code: two letters, a hyphen and up to three letters or digits (e.g. AB-12)")
    .nullable()
    .meta({ description: "ISO 3166-2 (\"AB-12\") or Natural Earth (\"AB-CD\") admin-1 code whose outline maps draw" }),
);

/** A place at stake in one negotiation: what editors give, through the form and the API alike. */
export const areaInput = z
  .strictObject({
    negotiationId: recordId("a negotiation"),
    slug: slugField.refine((slug) => slug !== ALL_AREAS, {
      error: "“all” is kept for territorial claims on every area a statement does not name: choose another slug",
    }),
    name: requiredText({ label: "the name", max: 200 }),
    kind: z.enum(areaKinds, { error: `Choose a kind: ${areaKinds.join(", ")}` }),
    order: orderField,
    code: admin1Code,
    outline: z
      .preprocess(blankToNull, drawnOutline.nullable())
      
      .meta({ description: "A drawn outline: a GeoJSON Polygon, MultiPolygon, LineString or MultiLineString (or a Feature holding one); wins over the code's outline" }),
    parentId: optionalRecordId("the area it lies in"),
    heldById: optionalRecordId("the party that holds it"),
    heldSince: optionalPartialDateField("the date it was taken", { past: true }),
    heldInPart: z
      .boolean({ error: "Say whether the holder holds all of the area (false) or part of it (true)" })
      .default(false)
      .meta({ description: "The holder holds part of the area, not all of it: a front line runs through it" }),
    notes: optionalText({ label: "the notes", max: 2000, multiline: true }),
  }, knownFieldsOnly)
  .superRefine((area, ctx) => {
    if (area.heldSince !== null && area.heldById === null) {
      ctx.addIssue({ code: "custom", path: ["heldSince"], message: "Say who holds the area, or leave the date blank" });
    }
    if (area.heldInPart && area.heldById === null) {
      ctx.addIssue({ code: "custom", path: ["heldInPart"], message: "Say which party holds part of the area, or choose “All of it”" });
    }
  });
export type AreaInput = z.infer<typeof areaInput>;

/** The input a stored area holds. */
export function toAreaInput(a: AreaSnapshot) {
  return {
    negotiationId: a.negotiationId,
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    order: a.order,
    code: a.code,
    outline: a.outline,
    parentId: a.parentId,
    heldById: a.heldById,
    heldSince: a.heldSince,
    heldInPart: a.heldInPart,
    notes: a.notes,
  };
}
