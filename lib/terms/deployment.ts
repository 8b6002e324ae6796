import { z } from "zod";
import { areaList, partyList } from "./shared";

export const deploymentRoles = ["peacekeeping", "stabilisation", "monitoring", "deterrence", "enforcement"] as const;
export const deploymentTasks = [
  "monitor-ceasefire",
  "separate-forces",
  "secure-borders",
  "disarm-armed-groups",
  "protect-civilians",
  "protect-aid",
  "support-police",
] as const;
export const deploymentMandates = ["un", "coalition", "bilateral"] as const;

const wordList = <T extends readonly [string, ...string[]]>(words: T) =>
  z
    .array(z.enum(words))
    .max(words.length)
    .refine((list) => new Set(list).size === list.length, "Name each once");

/**
 * A foreign, peacekeeping or stabilisation force (docs/comparison-rules.md, "deployment"):
 * whether one is allowed, its role and the roles refused, its tasks and the tasks refused,
 * who sends troops and who must not, who must invite or approve it, its size, where it
 * deploys (areas of the negotiation) and who mandates it.
 */
export const deploymentTerms = z
  .strictObject({
    allowed: z.boolean().optional(),
    role: z.enum(deploymentRoles).optional(),
    rejectedRoles: wordList(deploymentRoles).optional(),
    tasks: wordList(deploymentTasks).optional(),
    rejectedTasks: wordList(deploymentTasks).optional(),
    contributors: partyList.optional(),
    excludedContributors: partyList.optional(),
    approvedBy: partyList.optional(),
    size: z.int().positive().max(10_000_000).optional(),
    where: areaList.optional(),
    mandate: z.enum(deploymentMandates).optional(),
  })
  .superRefine((terms, ctx) => {
    if (terms.role && terms.rejectedRoles?.includes(terms.role)) {
      ctx.addIssue({ code: "custom", path: ["rejectedRoles"], message: "The force's role cannot also be refused" });
    }
    if (terms.tasks?.some((t) => terms.rejectedTasks?.includes(t))) {
      ctx.addIssue({ code: "custom", path: ["rejectedTasks"], message: "A task cannot be both given and refused" });
    }
    if (terms.contributors?.some((p) => terms.excludedContributors?.includes(p))) {
      ctx.addIssue({ code: "custom", path: ["excludedContributors"], message: "A party cannot both send troops and be excluded" });
    }
  });
export type DeploymentTerms = z.infer<typeof deploymentTerms>;
