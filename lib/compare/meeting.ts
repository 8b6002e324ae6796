// A meeting compares whether each side wants it, at what level, who sits at it and on what
// preconditions (docs/comparison-rules.md, "meeting").
import type { MeetingTerms } from "@/lib/terms/meeting";
import { partyName } from "@/lib/terms/terms-context";
import { comparePartyLists, comparePreconditions } from "./lists";
import type { CompareContext, Part, PartClass, SideLabels } from "./types";
import { describeWants } from "./wording";

type Stance = NonNullable<MeetingTerms["meeting"]>;
type Level = NonNullable<MeetingTerms["level"]>;

const stancePhrase: Record<Stance, string> = {
  wanted: "the meeting",
  conditional: "the meeting only on conditions",
  refused: "no meeting",
};

const levelPhrase: Record<Level, string> = {
  leaders: "a meeting of leaders",
  ministers: "a meeting of ministers",
  delegations: "a meeting of delegations",
};

// Wanting a meeting outright and wanting it on conditions both accept it; a refusal
// excludes either.
export function classifyMeeting(x: Stance, y: Stance): PartClass {
  if (x === y) return "aligned";
  return x === "refused" || y === "refused" ? "opposed" : "partly-aligned";
}

export function compareMeeting(a: MeetingTerms, b: MeetingTerms, labels: SideLabels, context: CompareContext): Part[] {
  const parts: Part[] = [];
  if (a.meeting && b.meeting) {
    parts.push({
      key: "meeting",
      label: "the meeting",
      class: classifyMeeting(a.meeting, b.meeting),
      reason: describeWants(labels, stancePhrase[a.meeting], stancePhrase[b.meeting]),
    });
  }
  // A side that refuses the meeting has no level, guests or conditions to agree on.
  if (a.meeting === "refused" || b.meeting === "refused") return parts;
  if (a.level && b.level) {
    parts.push({
      key: "level",
      label: "level",
      class: a.level === b.level ? "aligned" : "partly-aligned",
      reason: describeWants(labels, levelPhrase[a.level], levelPhrase[b.level]),
    });
  }
  const participants = comparePartyLists("participants", "participants", a.participants, b.participants, labels, (slug) =>
    partyName(context, slug),
  );
  if (participants) parts.push(participants);
  const preconditions = comparePreconditions(a.preconditions, b.preconditions, labels);
  if (preconditions) parts.push(preconditions);
  return parts;
}
