// Where readers find the downloads: the reader export as JSON, each kind of record as CSV, the
// change feeds and the API. The files themselves are the API's (app/api/v1/export.*).
import type { Metadata } from "next";
import Link from "next/link";
import { csvRecords, csvRecordTitles, type CsvRecords } from "@/lib/export/csv-records";
import { listNegotiationChoices } from "@/lib/negotiations/negotiation-filter";

export const metadata: Metadata = {
  title: "Download the data",
  description: "Every record readers can see, as one JSON file or as spreadsheets of positions, events, commitments, sources and plan points, with feeds of changes and an API.",
};

/** What a row of each file holds. */
const CSV_CONTENTS: Record<CsvRecords, string> = {
  positions:
    "one row per statement, by negotiation, issue, party and date — its stance, status and summary, its sources with their web addresses, the quotes they carry, and its coded terms with their confidence and the editor’s note.",
  events: "one row per meeting, summit or announcement, by date — where it was, who took part, what came of it, and its sources.",
  commitments: "one row per promise — the parties bound by it, the event it was made at, whether it was kept, the evidence, and its sources.",
  sources: "one row per report or document cited — outlet, title, web address and date of publication; for one negotiation, those its records cite.",
  "plan-points":
    "one row per point of a plan or draft — the plan’s title, date and status, the point’s number and summary, the issues it touches, and the earlier point it revises.",
};

/** The CSV file of `records`, every negotiation's or one's; positions keep their address without `records`. */
function csvHref(records: CsvRecords, negotiation?: string) {
  const query = new URLSearchParams(records === "positions" ? {} : { records });
  if (negotiation) query.set("negotiation", negotiation);
  const text = query.toString();
  return `/api/v1/export.csv${text ? `?${text}` : ""}`;
}

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
          Every kind of record, as a spreadsheet
        </h2>
        <p className="mt-2">
          One file per kind of record, for every negotiation or for one of them (the links under each):
        </p>
        <ul className="mt-2 space-y-3">
          {csvRecords.map((records) => (
            <li key={records}>
              <a href={csvHref(records)} download>
                {csvRecordTitles[records]} (CSV)
              </a>
              : {CSV_CONTENTS[records]}
              <ul aria-label={`${csvRecordTitles[records]} of one negotiation (CSV)`} className="mt-1 list-disc pl-6">
                {negotiations.map((n) => (
                  <li key={n.slug}>
                    <a href={csvHref(records, n.slug)} download>
                      {n.title}
                      {records === "positions" ? null : <span className="sr-only"> — {csvRecordTitles[records].toLowerCase()} (CSV)</span>}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-muted">
          UTF-8, comma-separated, with a header row; opens in any spreadsheet. A date known only to the month reads
          as the month (2025-05). Records cite their sources by outlet, title and web address; the sources file lists
          them once each.
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
