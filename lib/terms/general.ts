import { z } from "zod";

/** General issues carry no structured terms: the summary says it all. */
export const generalTerms = z.strictObject({});
export type GeneralTerms = z.infer<typeof generalTerms>;
