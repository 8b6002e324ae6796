import Link from "next/link";
import type { StatementMention } from "@/lib/positions/get-statement-mentions";
import { splitMentions } from "@/lib/positions/statement-mentions";
import { splitTermNames } from "@/lib/terms/term-names-in-notes";

/**
 * A note as written, with each statement it names by id a link named for that statement.
 * `termNames`: the note speaks of the structured terms, so each field it names as the data
 * does ("startDate") reads as its name in words ("Start date").
 */
export function TextWithMentions({
  text,
  mentions,
  termNames = false,
}: {
  text: string;
  mentions: Record<string, StatementMention>;
  termNames?: boolean;
}) {
  return splitMentions(text, (id) => Object.hasOwn(mentions, id)).map((part, i) =>
    typeof part === "string" ? (
      termNames ? (
        <WithTermLabels key={i} text={part} />
      ) : (
        part
      )
    ) : (
      <Link key={i} href={`/positions/${encodeURIComponent(part.statementId)}`} title={mentions[part.statementId]!.summary}>
        {mentions[part.statementId]!.label}
      </Link>
    ),
  );
}

function WithTermLabels({ text }: { text: string }) {
  return splitTermNames(text).map((part) => (typeof part === "string" ? part : `“${part.label}”`)).join("");
}
