import { z } from "zod";
import type { PartySnapshot } from "@/lib/parties/party-snapshot";
import { partyKinds } from "@/lib/vocab";
import { knownFieldsOnly, requiredText, slugField } from "@/lib/validation/text-field";

export const partyInput = z.strictObject({
  slug: slugField,
  name: requiredText({ label: "the name", max: 200 }),
  shortName: requiredText({ label: "the short name", max: 40 }),
  kind: z.enum(partyKinds, { error: `Choose a kind: ${partyKinds.join(", ")}` }),
  colour: z.preprocess(
    (value) => (typeof value === "string" ? value.trim().toLowerCase() : value),
    z.string({ error: "Enter a colour" }).regex(/^#[0-9a-f]{6}$/, "Give the colour as # and six hex digits, e.g. #1a4fc4"),
  ),
}, knownFieldsOnly);
export type PartyInput = z.infer<typeof partyInput>;

export function toPartyInput(p: PartySnapshot) {
  return { slug: p.slug, name: p.name, shortName: p.shortName, kind: p.kind, colour: p.colour };
}
