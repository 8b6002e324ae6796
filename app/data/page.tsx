// Where readers find the downloads: the reader export as JSON, every position as CSV, the
// change feeds and the API. The files themselves are the API's (app/api/v1/export.*).
import type { Metadata } from "next";
import Link from "next/link";
import { listNegotiationChoices } from "@/lib/negotiations/negotiation-filter";

export const metadata: Metadata = {
  title: "Download the data",
  description: "Every record readers can see, as one JSON file or as a spreadsheet of positions, with feeds of changes and an API.",
};

export default async function DataPage() {
  const negotiations = await listNegotiationChoices();
  return (
    <article aria-labelledby="data-heading" className="max-w-prose">
      <h1 id="data-heading">Download the data</h1>
      <p className="mt-2 text-muted">
        Everything Parley shows readers can be downloaded, to analyse, to check or to keep. The files are made from
        the records as they stand when you download them, and each file&rsquo;s name carries the day. Please cite the
        sources each record gives, as well as Parley.
      </p>

      <section aria-labelledby="csv-heading" className="mt-8">
        <h2 id="csv-heading" className="text-xl font-semibold">
          Every position, as a spreadsheet
        </h2>
        <p className="mt-2">
          <a href="/api/v1/export.csv" download>
            Positions (CSV)
          </a>
          : one row per statement, by negotiation, issue, party and date — its stance, status and summary, its sources
          with their web addresses, the quotes they carry, and its coded terms with their confidence and the editor&rsquo;s
          note.
        </p>
        <p className="mt-2">One negotiation&rsquo;s statements, the same way:</p>
        <ul aria-label="Positions of one negotiation (CSV)" className="mt-1 list-disc pl-6">
          {negotiations.map((n) => (
            <li key={n.slug}>
              <a href={`/api/v1/export.csv?negotiation=${encodeURIComponent(n.slug)}`} download>
                {n.title}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-muted">
          UTF-8, comma-separated, with a header row; opens in any spreadsheet. A date known only to the month reads
          as the month (2025-05).
        </p>
      </section>

      <section aria-labelledby="json-heading" className="mt-8">
        <h2 id="json-heading" className="text-xl font-semibold">
          Everything, as one file
        </h2>
        <p className="mt-2">
          <a href="/api/v1/export.json" download>
            All records (JSON)
          </a>
          : negotiations, parties, issues, areas, sources, events, positions with their citations, commitments, plans
          and their points, and the history of every change to them — who changed what, and when.
        </p>
        <p className="mt-2 text-sm text-muted">
          Retracted records are not in it, as they are not on any page. What it holds is described in the{" "}
          <Link href="/api">API reference</Link>.
        </p>
      </section>

      <section aria-labelledby="more-heading" className="mt-8">
        <h2 id="more-heading" className="text-xl font-semibold">
          Following changes, and reading by program
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <Link href="/changes">Recent changes</Link>, also as an{" "}
            <a href="/changes.atom" type="application/atom+xml">
              Atom feed
            </a>
            ; each negotiation and each party has a feed of its own, named on its page.
          </li>
          <li>
            The <Link href="/api">JSON API</Link> gives any list filtered (by negotiation, party, issue, status or
            date) and any single record, for scripts.
          </li>
        </ul>
      </section>
    </article>
  );
}
