import Link from "next/link";

/** Parties by short name, each a link to its page; `empty` when there are none. */
export function PartyLinks({ parties, empty = "Not recorded" }: { parties: { slug: string; shortName: string }[]; empty?: string }) {
  if (parties.length === 0) return <>{empty}</>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {parties.map((p) => (
        <li key={p.slug}>
          <Link href={`/parties/${p.slug}`}>{p.shortName}</Link>
        </li>
      ))}
    </ul>
  );
}
