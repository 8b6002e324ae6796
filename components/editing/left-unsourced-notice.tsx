import Link from "next/link";
import type { RecordsLeftUnsourced, UnsourcedRecord } from "@/lib/sources/left-unsourced";

const kinds: { key: keyof RecordsLeftUnsourced; heading: string }[] = [
  { key: "statements", heading: "Statements" },
  { key: "events", heading: "Events" },
  { key: "commitments", heading: "Commitments" },
  { key: "plans", heading: "Plans" },
];

/** Beside a source's retraction: the records it would leave with no source readers can see. */
export function LeftUnsourcedNotice({ records }: { records: RecordsLeftUnsourced }) {
  const total = kinds.reduce((n, { key }) => n + records[key].length, 0);
  if (total === 0) {
    return <p className="mb-3 max-w-prose text-sm text-muted">Every record citing this source cites another that readers see, so none would be left without a source.</p>;
  }
  return (
    <section aria-labelledby="left-unsourced-heading" className="mb-4 max-w-prose rounded border border-line bg-surface p-4">
      <h2 id="left-unsourced-heading" className="text-lg font-semibold">
        {total === 1 ? "1 record cites no other source" : `${total} records cite no other source`}
      </h2>
      <p className="mt-1 text-sm">
        Retracted, this source would leave them with no source readers can see. Cite another source for each, or retract it too.
      </p>
      {kinds.map(({ key, heading }) => (records[key].length > 0 ? <RecordList key={key} heading={heading} items={records[key]} /> : null))}
    </section>
  );
}

function RecordList({ heading, items }: { heading: string; items: UnsourcedRecord[] }) {
  return (
    <>
      <h3 className="mt-3 font-medium">{heading}</h3>
      <ul aria-label={`${heading} citing no other source`} className="mt-1 list-disc pl-5 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
