// A foreign, peacekeeping or stabilisation force compares whether it is allowed, its role,
// its tasks, who sends troops, who must approve it, its size, where it deploys and its
// mandate (docs/comparison-rules.md, "deployment"). What one side gives the force and the
// other refuses (a role, a task, a contributor) is opposed; so is approval by wholly
// different parties, as when one party would invite the force and another vet it.
import type { DeploymentTerms } from "@/lib/terms/deployment";
import { deploymentRoleLabel, deploymentTaskLabel } from "@/lib/terms/labels";
import { areaName, partyName } from "@/lib/terms/terms-context";
import { compareIncludedExcluded, comparePartyLists, type IncludedExcluded } from "./lists";
import type { CompareContext, Part, SideLabels } from "./types";
import { describeWants, formatCount, joinWords } from "./wording";

type Terms = DeploymentTerms;

const roles: IncludedExcluded<Terms> = {
  key: "role",
  label: "the force's role",
  included: (t) => (t.role ? [t.role] : undefined),
  excluded: (t) => t.rejectedRoles,
  as: "as the force's role",
};
const tasks: IncludedExcluded<Terms> = { key: "tasks", label: "the force's tasks", included: (t) => t.tasks, excluded: (t) => t.rejectedTasks, as: "among the force's tasks" };
const contributors: IncludedExcluded<Terms> = {
  key: "contributors",
  label: "who sends troops",
  included: (t) => t.contributors,
  excluded: (t) => t.excludedContributors,
  as: "among those sending troops",
};

const mandatePhrase: Record<NonNullable<Terms["mandate"]>, string> = {
  un: "a Security Council mandate",
  coalition: "a coalition's mandate",
  bilateral: "a mandate agreed between states",
};

const roleWord = (role: string) => deploymentRoleLabel[role as keyof typeof deploymentRoleLabel].toLowerCase();
const taskWord = (task: string) => deploymentTaskLabel[task as keyof typeof deploymentTaskLabel].toLowerCase();

function compareApproval(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part | null {
  if (!a.approvedBy?.length || !b.approvedBy?.length) return null;
  const name = (slug: string) => partyName(context, slug);
  const shared = a.approvedBy.filter((p) => b.approvedBy!.includes(p));
  if (shared.length > 0) return comparePartyLists("approvedBy", "who approves the force", a.approvedBy, b.approvedBy, labels, name);
  const phrase = (list: readonly string[]) => `${joinWords(list.map(name))} to approve the force`;
  return { key: "approvedBy", label: "who approves the force", class: "opposed", reason: describeWants(labels, phrase(a.approvedBy), phrase(b.approvedBy)) };
}

function compareWhere(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part | null {
  if (!a.where?.length || !b.where?.length) return null;
  const same = a.where.length === b.where.length && a.where.every((s) => b.where!.includes(s));
  const phrase = (list: readonly string[]) => `the force in ${joinWords(list.map((s) => areaName(context, s)))}`;
  return { key: "where", label: "where the force deploys", class: same ? "aligned" : "partly-aligned", reason: describeWants(labels, phrase(a.where), phrase(b.where)) };
}

export function compareDeployment(a: Terms, b: Terms, labels: SideLabels, context: CompareContext): Part[] {
  const parts: Part[] = [];
  if (a.allowed !== undefined && b.allowed !== undefined) {
    const phrase = (allowed: boolean) => (allowed ? "a force deployed" : "no force");
    parts.push({
      key: "allowed",
      label: "a force",
      class: a.allowed === b.allowed ? "aligned" : "opposed",
      reason: describeWants(labels, phrase(a.allowed), phrase(b.allowed)),
    });
  }
  // Against a refusal of any force, its role, tasks and troops are beside the point.
  if (a.allowed === false || b.allowed === false) return parts;
  const elements = [
    compareIncludedExcluded(roles, a, b, labels, roleWord),
    compareIncludedExcluded(tasks, a, b, labels, taskWord),
    compareIncludedExcluded(contributors, a, b, labels, (slug) => partyName(context, slug)),
    compareApproval(a, b, labels, context),
    compareWhere(a, b, labels, context),
  ];
  for (const part of elements) if (part) parts.push(part);
  if (a.size !== undefined && b.size !== undefined) {
    const phrase = (n: number) => `a force of ${formatCount(n)}`;
    parts.push({ key: "size", label: "size", class: a.size === b.size ? "aligned" : "partly-aligned", reason: describeWants(labels, phrase(a.size), phrase(b.size)) });
  }
  if (a.mandate && b.mandate) {
    parts.push({
      key: "mandate",
      label: "mandate",
      class: a.mandate === b.mandate ? "aligned" : "partly-aligned",
      reason: describeWants(labels, mandatePhrase[a.mandate], mandatePhrase[b.mandate]),
    });
  }
  return parts;
}
