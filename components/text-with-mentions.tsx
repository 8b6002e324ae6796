import Link from "next/link";
import type { Mention } from "@/lib/records/get-mentions";
import { splitMentions } from "@/lib/records/mentions";
import { splitTermNames } from "@/lib/terms/term-names-in-notes";
import type { IssueKind } from "@/lib/vocab";

/**
 * A note as written, with each record it names by id or slug a link named for that record
 * (lib/records/get-mentions.ts). `termsKind`: the note speaks of structured terms of that kind,
 * so each field or value it names as the data does ("startDate", "frozen-line") reads as its
 * name in words ("Start date", "Frozen at the current line").
 */
export function TextWithMentions({ text, mentions, termsKind }: { text: string; mentions: Record<string, Mention>; termsKind?: IssueKind }) {
  return splitMentions(text, (word) => Object.hasOwn(mentions, word)).map((part, i) => {
    if (typeof part === "string") return termsKind ? <WithTermLabels key={i} text={part} kind={termsKind} /> : part;
    const mention = mentions[part.mentioned]!;
    return (
      <Link key={i} href={mention.href} title={mention.title}>
        {mention.label}
      </Link>
    );
  });
}

function WithTermLabels({ text, kind }: { text: string; kind: IssueKind }) {
  return splitTermNames(text, kind)
    .map((part) => (typeof part === "string" ? part : `“${part.label}”`))
    .join("");
}
