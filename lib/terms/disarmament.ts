import { z } from "zod";
import { partyList, shortText, textList } from "./shared";

export const disarmamentScopes = ["all-weapons", "heavy-weapons", "offensive-weapons", "none"] as const;
export const disarmamentMethods = ["handover", "decommissioning", "storage", "freeze"] as const;
export const disarmamentTimings = ["before-withdrawal", "phased", "after-statehood", "never"] as const;

/**
 * Disarming an armed group (docs/comparison-rules.md, "disarmament"): whose weapons, which
 * weapons, how (given up, or only stored or frozen), handed to whom, when, verified how,
 * amnesty, whether the territory as a whole is demilitarised, whether disarmament is forced
 * if refused, and the conditions set before it. `phased` is a stage of the agreement's
 * sequence, not before it.
 */
export const disarmamentTerms = z.strictObject({
  armedParties: partyList.optional(),
  scope: z.enum(disarmamentScopes).optional(),
  methods: z
    .array(z.enum(disarmamentMethods))
    .max(disarmamentMethods.length)
    .refine((list) => new Set(list).size === list.length, "Name each method once")
    .optional(),
  handedTo: shortText.optional(),
  timing: z.enum(disarmamentTimings).optional(),
  verification: shortText.optional(),
  amnesty: z.boolean().optional(),
  territoryDemilitarised: z.boolean().optional(),
  forcedIfRefused: z.boolean().optional(),
  preconditions: textList.optional(),
});
export type DisarmamentTerms = z.infer<typeof disarmamentTerms>;
