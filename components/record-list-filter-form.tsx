import type { ReactNode } from "react";
import { FilterNotice } from "@/components/filter-notice";
import { FilterSelect } from "@/components/search/filter-select";
import { filterSlug, listAddress, type UrlFilter } from "@/lib/records/url-filter";

type Choice = { slug: string; title: string };

/**
 * A site-wide list's filters: one negotiation's records and one party's, and whatever else the
 * list adds (`children`). A plain GET form, so it works before scripts run and every choice is
 * an address to share; `kept` carries a choice made elsewhere on the page (a status picked
 * from the counts, say) through a new filter.
 */
export function RecordListFilterForm({
  action,
  label,
  submitLabel,
  negotiations,
  parties,
  negotiation,
  party,
  kept = {},
  children,
}: {
  action: string;
  /** The form's accessible name: "Filter the changes". */
  label: string;
  submitLabel: string;
  negotiations: Choice[];
  parties: Choice[];
  /** The choices in force ("" for every one). */
  negotiation: string;
  party: string;
  kept?: Record<string, string | undefined>;
  children?: ReactNode;
}) {
  return (
    <form aria-label={label} action={action} method="get" className="no-print mt-4 flex flex-wrap items-end gap-3 rounded border border-line bg-surface p-4">
      <div className="min-w-0 flex-1 basis-64">
        <FilterSelect
          name="negotiation"
          label="Negotiation"
          options={negotiations.map((n) => ({ value: n.slug, label: n.title }))}
          any="Every negotiation"
          value={negotiation}
          className={FILTER_FIELD}
        />
      </div>
      <div className="min-w-0 flex-1 basis-48">
        <FilterSelect name="party" label="Party" options={parties.map((p) => ({ value: p.slug, label: p.title }))} any="Every party" value={party} className={FILTER_FIELD} />
      </div>
      {children}
      {Object.entries(kept).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      <button type="submit" className="rounded border border-ink bg-ink px-3 py-1.5 font-medium text-paper">
        {submitLabel}
      </button>
    </form>
  );
}

/** A select's look in these forms, for a list's own extra filters. */
export const FILTER_FIELD = "w-full rounded border border-muted bg-surface px-2 py-1.5";

/**
 * A site-wide list's filter form with, under it, the way back from each filter in force (or
 * word that its slug names nothing): the events' and commitments' lists. `kept` is the list's
 * other filter in force, carried through both.
 */
export function RecordListFilters({
  path,
  what,
  negotiations,
  parties,
  negotiation,
  party,
  kept = {},
}: {
  path: string;
  /** What the list holds, in the plural: "events". */
  what: string;
  negotiations: Choice[];
  parties: Choice[];
  negotiation: UrlFilter;
  party: UrlFilter;
  kept?: Record<string, string | undefined>;
}) {
  const slugs = { negotiation: filterSlug(negotiation), party: filterSlug(party) };
  const without = (dropped: keyof typeof slugs) => listAddress(path, { ...slugs, [dropped]: undefined, ...kept });
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  return (
    <>
      <RecordListFilterForm
        action={path}
        label={`Filter the ${what}`}
        submitLabel={`Show ${what}`}
        negotiations={negotiations}
        parties={parties}
        negotiation={slugs.negotiation ?? ""}
        party={slugs.party ?? ""}
        kept={kept}
      />
      <FilterNotice filter={negotiation} everyHref={without("negotiation")} everyLabel={`${What} in every negotiation`} what={what} />
      <FilterNotice filter={party} noun="party" everyHref={without("party")} everyLabel={`${What} of every party`} what={what} />
    </>
  );
}
