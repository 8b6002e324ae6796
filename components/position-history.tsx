import Link from "next/link";
import type { ChainStatement } from "@/lib/positions/get-supersession-chain";
import { PartialDate } from "./partial-date";
import { StanceBadge } from "./stance-badge";

/**
 * The chain of statements around one position, oldest first: those it superseded, itself,
 * and those that superseded it.
 */
export function PositionHistory({
  superseded,
  self,
  supersededBy,
}: {
  superseded: ChainStatement[];
  self: Statement;
  supersededBy: ChainStatement[];
}) {
  if (superseded.length === 0 && supersededBy.length === 0) {
    return <p className="text-muted">This is the only statement in its chain: it replaced none and none has replaced it.</p>;
  }
  return (
    <ol aria-label="Chain of statements, oldest first" className="relative ml-2 border-l-2 border-line">
      {superseded.map((s) => (
        <Step key={s.id} statement={s} note={noteFor(s.status)} />
      ))}
      <Step statement={self} note="This statement" isSelf />
      {supersededBy.map((s) => (
        <Step key={s.id} statement={s} note={noteFor(s.status)} />
      ))}
    </ol>
  );
}

type Statement = Omit<ChainStatement, "supersededById">;

function noteFor(status: string) {
  if (status === "current") return "Current statement";
  if (status === "withdrawn") return "Withdrawn";
  return "Superseded by the next statement";
}

function Step({ statement: s, note, isSelf = false }: { statement: Statement; note: string; isSelf?: boolean }) {
  return (
    <li className="relative pb-4 pl-5 last:pb-0" aria-current={isSelf ? "step" : undefined}>
      <span
        aria-hidden="true"
        className={`absolute -left-[7px] top-1.5 h-3 w-3 rounded-full border-2 border-ink ${isSelf ? "bg-ink" : "bg-surface"}`}
      />
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <StanceBadge stance={s.stance} size="sm" />
        <PartialDate date={s.statedOn} precision={s.statedOnPrecision} />
        <span className={isSelf ? "font-semibold" : "text-muted"}>· {note}</span>
      </p>
      <p className="mt-1 max-w-prose">
        {isSelf ? (
          s.summary
        ) : (
          <Link href={`/positions/${s.id}`} className="quiet-link underline decoration-line underline-offset-2">
            {s.summary}
          </Link>
        )}
      </p>
    </li>
  );
}
