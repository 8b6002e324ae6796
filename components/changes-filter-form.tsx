import { FilterSelect } from "@/components/search/filter-select";

/**
 * The changes page's filters: one negotiation's records, one party's, one kind of record. A plain GET
 * form, so it works before scripts run and every choice is an address to share.
 */
export function ChangesFilterForm({
  negotiations,
  parties,
  kinds,
  negotiation,
  party,
  kind,
}: {
  negotiations: { slug: string; title: string }[];
  parties: { slug: string; title: string }[];
  kinds: { entityType: string; label: string }[];
  /** The choices in force ("" for every one). */
  negotiation: string;
  party: string;
  kind: string;
}) {
  const field = "w-full rounded border border-muted bg-surface px-2 py-1.5";
  return (
    <form aria-label="Filter the changes" action="/changes" method="get" className="no-print mt-4 flex flex-wrap items-end gap-3 rounded border border-line bg-surface p-4">
      <div className="min-w-0 flex-1 basis-64">
        <FilterSelect
          name="negotiation"
          label="Negotiation"
          options={negotiations.map((n) => ({ value: n.slug, label: n.title }))}
          any="Every negotiation"
          value={negotiation}
          className={field}
        />
      </div>
      <div className="min-w-0 flex-1 basis-48">
        <FilterSelect name="party" label="Party" options={parties.map((p) => ({ value: p.slug, label: p.title }))} any="Every party" value={party} className={field} />
      </div>
      <div className="min-w-0 basis-48">
        <FilterSelect name="kind" label="Kind of record" options={kinds.map((k) => ({ value: k.entityType, label: k.label }))} any="Every kind" value={kind} className={field} />
      </div>
      <button type="submit" className="rounded border border-ink bg-ink px-3 py-1.5 font-medium text-paper">
        Show changes
      </button>
    </form>
  );
}
