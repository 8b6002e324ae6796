import { FilterSelect } from "@/components/search/filter-select";
import { FILTER_FIELD, RecordListFilterForm } from "@/components/record-list-filter-form";

/** The changes page's filters: one negotiation's records, one party's, one kind of record. */
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
  return (
    <RecordListFilterForm action="/changes" label="Filter the changes" submitLabel="Show changes" {...{ negotiations, parties, negotiation, party }}>
      <div className="min-w-0 basis-48">
        <FilterSelect name="kind" label="Kind of record" options={kinds.map((k) => ({ value: k.entityType, label: k.label }))} any="Every kind" value={kind} className={FILTER_FIELD} />
      </div>
    </RecordListFilterForm>
  );
}
