import { z } from "zod";
import { partyList, textList } from "./shared";

export const meetingStances = ["wanted", "conditional", "refused"] as const;
export const meetingLevels = ["leaders", "ministers", "delegations"] as const;

/** A meeting between the parties (docs/comparison-rules.md, "meeting"): whether, at what level, who sits at it. */
export const meetingTerms = z.strictObject({
  meeting: z.enum(meetingStances).optional(),
  level: z.enum(meetingLevels).optional(),
  participants: partyList.optional(),
  preconditions: textList.optional(),
});
export type MeetingTerms = z.infer<typeof meetingTerms>;
