import Link from "next/link";
import type { StatementMention } from "@/lib/positions/get-statement-mentions";
import { splitMentions } from "@/lib/positions/statement-mentions";

/** A note as written, with each statement it names by id a link named for that statement. */
export function TextWithMentions({ text, mentions }: { text: string; mentions: Record<string, StatementMention> }) {
  return splitMentions(text, (id) => Object.hasOwn(mentions, id)).map((part, i) =>
    typeof part === "string" ? (
      part
    ) : (
      <Link key={i} href={`/positions/${encodeURIComponent(part.statementId)}`} title={mentions[part.statementId]!.summary}>
        {mentions[part.statementId]!.label}
      </Link>
    ),
  );
}
