import { z } from "zod";
import { wholeNumberFrom } from "@/lib/validation/whole-number";
import { isoDate } from "@/lib/terms/shared";
import { lookedForText } from "@/lib/validation/text-field";
import { attributionKind, stance } from "@/lib/vocab";

import { searchKinds } from "./search-kinds";

export { searchKinds, type SearchKind } from "./search-kinds";

const slug = z.string().trim().regex(/^[a-z0-9-]{1,100}$/, "Not a valid identifier");
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * Search parameters, shared by the /search page and the API. Strict, as every list's are:
 * the API refuses a parameter it does not know (a misspelt filter would otherwise widen the
 * search unseen); the page reads only these names from its address.
 */
export const searchInput = z
  .strictObject({
    q: lookedForText(z.string().trim().min(1, "Type something to search for").max(200, "Keep the search under 200 characters")),
    negotiation: z.preprocess(blankToUndefined, slug.optional()),
    party: z.preprocess(blankToUndefined, slug.optional()),
    issue: z.preprocess(blankToUndefined, slug.optional()),
    // Words a reader can act on, not the list of codes (an old or hand-edited link).
    stance: z.preprocess(blankToUndefined, z.enum(stance.options, { error: "Choose one of the stances listed" }).optional()),
    attribution: z.preprocess(blankToUndefined, z.enum(attributionKind.options, { error: "Choose one of the kinds of source listed" }).optional()),
    kind: z.preprocess(blankToUndefined, z.enum(searchKinds, { error: "Choose one of the kinds of record listed" }).optional()),
    from: z.preprocess(blankToUndefined, isoDate.optional()),
    to: z.preprocess(blankToUndefined, isoDate.optional()),
    page: wholeNumberFrom(
      z
        .number({ error: "Give the page as a whole number from 1 to 25" })
        .int("Give the page as a whole number from 1 to 25")
        .min(1, "Give the page as a whole number from 1 to 25")
        .max(25, "Give the page as a whole number from 1 to 25: narrow the search to see more")
        .default(1),
    ),
  })
  .refine((s) => !s.from || !s.to || s.from <= s.to, { error: "The start date must come before the end date", path: ["to"] });
export type SearchInput = z.infer<typeof searchInput>;
