import Link from "next/link";
import type { Mention } from "@/lib/records/get-mentions";
import { splitMentions } from "@/lib/records/mentions";
import { splitTermNames } from "@/lib/terms/term-names-in-notes";

/**
 * A note as written, with each record it names by id or slug a link named for that record
 * (lib/records/get-mentions.ts). `termNames`: the note speaks of the structured terms, so each
 * field it names as the data does ("startDate") reads as its name in words ("Start date").
 */
export function TextWithMentions({ text, mentions, termNames = false }: { text: string; mentions: Record<string, Mention>; termNames?: boolean }) {
  return splitMentions(text, (word) => Object.hasOwn(mentions, word)).map((part, i) => {
    if (typeof part === "string") return termNames ? <WithTermLabels key={i} text={part} /> : part;
    const mention = mentions[part.mentioned]!;
    return (
      <Link key={i} href={mention.href} title={mention.title}>
        {mention.label}
      </Link>
    );
  });
}

function WithTermLabels({ text }: { text: string }) {
  return splitTermNames(text).map((part) => (typeof part === "string" ? part : `“${part.label}”`)).join("");
}
