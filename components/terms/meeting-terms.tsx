import type { MeetingTerms } from "@/lib/terms";
import { meetingLevelLabel, meetingStanceLabel } from "@/lib/terms/labels";
import type { TermsContext } from "@/lib/terms/terms-context";
import { TermRows } from "./term-rows";
import { itemsInWords, partiesInWords } from "./term-words";

export function MeetingTermsView({ terms, context }: { terms: MeetingTerms; context: TermsContext }) {
  return (
    <TermRows
      rows={[
        ["Meeting", terms.meeting && meetingStanceLabel[terms.meeting]],
        ["Level", terms.level && meetingLevelLabel[terms.level]],
        ["Participants", partiesInWords(terms.participants, context)],
        ["Preconditions", itemsInWords(terms.preconditions)],
      ]}
    />
  );
}
