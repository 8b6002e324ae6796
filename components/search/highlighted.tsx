import { Fragment } from "react";

/** Snippet text with the matched words in <mark>: plain text parts, rendered inertly. */
export function Highlighted({ parts }: { parts: { text: string; hit: boolean }[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-stance-conditional px-0.5 text-badge-ink">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
