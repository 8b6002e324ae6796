import type { Metadata } from "next";
import Link from "next/link";
import { notFoundUnlessRetracted } from "@/lib/forms/not-found-unless-retracted";
import { db } from "@/lib/db/client";
import type { ReactNode } from "react";
import { CommitmentStatusBadge } from "@/components/commitment-status-badge";
import { EditLinks } from "@/components/editing/edit-links";
import { SavedNotice } from "@/components/editing/saved-notice";
import { FactRow } from "@/components/fact-row";
import { PartialDate } from "@/components/partial-date";
import { StatementItem } from "@/components/statement-item";
import { formatPartialDateText } from "@/lib/dates/partial-date";
import { getSource, type SourceDetail } from "@/lib/sources/get-source";
import { httpUrl } from "@/lib/sources/http-url";
import { titleWithRemark } from "@/lib/sources/title-remark";
import { attributionKind } from "@/lib/vocab";
import { attributionLabel } from "@/lib/vocab/labels";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSource((await params).id);
  return source ? { title: `${source.outlet}: ${titleWithRemark(source.title).title}`, description: `What Parley rests on this report by ${source.outlet}.` } : { title: "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id: sourceId } = await params;
  const source = await getSource(sourceId);
  if (!source) {
    return notFoundUnlessRetracted(() => db.source.findUnique({ where: { id: sourceId }, select: { retractedAt: true } }), `/sources/${encodeURIComponent(sourceId)}/edit`);
  }
  const id = encodeURIComponent(source.id);
  const href = httpUrl(source.url);
  const { title, remark } = titleWithRemark(source.title);
  const cited = source.citations.length + source.events.length + source.commitments.length + source.plans.length;

  return (
    <article aria-labelledby="source-heading">
      <p className="text-sm text-muted">Source</p>
      <h1 id="source-heading" className="max-w-prose">
        {title}
      </h1>
      {remark && <p className="mt-1 text-sm text-muted">The title is {remark}.</p>}
      <EditLinks links={[{ href: `/sources/${id}/edit`, label: "Edit", context: `source: ${source.title}` }]} />
      <SavedNotice saved={(await searchParams).saved} noun="source" />
      <dl className="mt-4 grid gap-x-6 gap-y-2 rounded border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
        <FactRow label="Outlet">{source.outlet}</FactRow>
        <FactRow label="Published">{formatPartialDateText(source.publishedOn) ?? "Not recorded"}</FactRow>
        <FactRow label="Web address">
          {href ? (
            <a href={href} rel="noopener noreferrer" className="break-all">
              {href}
            </a>
          ) : (
            "No link recorded: the report is known only through another outlet."
          )}
        </FactRow>
      </dl>

      {source.sameAddress.length > 0 && (
        <section aria-labelledby="same-address-heading" className="mt-6 max-w-prose rounded border border-line bg-surface p-4">
          <h2 id="same-address-heading" className="font-semibold">
            Also recorded under the same address
          </h2>
          <p className="mt-1 text-sm">Parley holds this report more than once. What rests on each record of it is listed together here.</p>
          <ul className="mt-2 flex flex-col gap-1">
            {source.sameAddress.map((other) => (
              <li key={other.id}>
                <Link href={`/sources/${encodeURIComponent(other.id)}`}>
                  {other.outlet}: {titleWithRemark(other.title).title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6 max-w-prose">{citedInWords(source, cited)}</p>
      <Statements source={source} />
      <Records
        id="events"
        heading="Events it reports"
        items={source.events.map((e) => ({ key: e.slug, content: <DatedLink href={`/events/${e.slug}`} name={e.name} date={e.date} precision={e.datePrecision} /> }))}
      />
      <Records
        id="commitments"
        heading="Commitments it reports"
        items={source.commitments.map((c) => ({
          key: c.id,
          content: (
            <>
              <CommitmentStatusBadge status={c.status} /> <Link href={`/commitments/${encodeURIComponent(c.id)}`}>{c.summary}</Link>
            </>
          ),
        }))}
      />
      <Records
        id="plans"
        heading="Plans it reports"
        items={source.plans.map((p) => ({
          key: p.id,
          content: <DatedLink href={`/plans/${encodeURIComponent(p.id)}`} name={p.title} date={p.date} precision={p.datePrecision} />,
        }))}
      />
      <p className="mt-8 text-sm">
        <Link href={`/history/source/${id}`}>Every edit to this record, with what changed</Link>
      </p>
    </article>
  );
}

function citedInWords(source: SourceDetail, cited: number): string {
  if (cited === 0) return "No record a reader can see cites this source yet.";
  const counts = [
    [source.citations.length, "statement", "statements"],
    [source.events.length, "event", "events"],
    [source.commitments.length, "commitment", "commitments"],
    [source.plans.length, "plan", "plans"],
  ] as const;
  const parts = counts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `Parley cites it for ${list}.`;
}

/** The statements resting on the source, each with how it is attributed and the words quoted. */
function Statements({ source }: { source: SourceDetail }) {
  if (source.citations.length === 0) return null;
  return (
    <section aria-labelledby="statements-heading" className="mt-8">
      <h2 id="statements-heading" className="mb-3 text-xl font-semibold">
        Statements citing it ({source.citations.length})
      </h2>
      <ul aria-label="Statements citing it" className="grid gap-4 md:grid-cols-2">
        {source.citations.map(({ position, attribution, quote, speaker }) => {
          const kind = attributionKind.safeParse(attribution);
          return (
            <li key={position.id} className="rounded border border-line bg-surface p-4">
              <StatementItem
                statement={position}
                title={
                  <>
                    <Link href={`/parties/${position.party.slug}`}>{position.party.shortName}</Link> on{" "}
                    <Link href={`/negotiations/${position.issue.negotiation.slug}/issues/${position.issue.slug}`}>{position.issue.name}</Link>
                    <span className="block text-sm font-normal text-muted">{position.issue.negotiation.title}</span>
                  </>
                }
              />
              <p className="mt-2 text-sm text-muted">Cited as: {kind.success ? attributionLabel[kind.data] : attribution}</p>
              {quote && (
                <figure className="mt-2 border-l-4 border-line pl-3">
                  <blockquote>
                    <p>“{quote}”</p>
                  </blockquote>
                  {speaker && <figcaption className="mt-1 text-sm text-muted">— {speaker}</figcaption>}
                </figure>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function DatedLink({ href, name, date, precision }: { href: string; name: string; date: Date; precision: string }) {
  return (
    <>
      <Link href={href}>{name}</Link>, <PartialDate date={date} precision={precision} />
    </>
  );
}

function Records({ id, heading, items }: { id: string; heading: string; items: { key: string; content: ReactNode }[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="mb-3 text-xl font-semibold">
        {heading} ({items.length})
      </h2>
      <ul aria-label={heading} className="flex flex-col gap-2">
        {items.map((item) => (
          <li key={item.key}>{item.content}</li>
        ))}
      </ul>
    </section>
  );
}
