import { SourceList, type CitationView } from "./source-list";

/** A record page's "Sources (n)" section: each source with how it is cited and the words quoted. */
export function SourcesSection({ items, emptyText }: { items: CitationView[]; emptyText?: string }) {
  return (
    <section aria-labelledby="sources-heading" className="mt-8">
      <h2 id="sources-heading" className="mb-3 text-xl font-semibold">
        Sources ({items.length})
      </h2>
      <SourceList items={items} label="Sources" emptyText={emptyText} />
    </section>
  );
}
