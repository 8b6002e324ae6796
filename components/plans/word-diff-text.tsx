import type { WordPart } from "@/lib/plans/diff/word-diff";

/**
 * A summary's words as they changed: removed words struck through, added words underlined
 * and bold, each also named for screen readers, so colour is never the only sign.
 */
export function WordDiffText({ parts }: { parts: WordPart[] }) {
  return (
    <p className="max-w-prose">
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={i} className="word-removed">
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={i} className="word-added">
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
