import type { Metadata } from "next";
import Link from "next/link";
import { RecordedAt } from "@/components/recorded-at";
import { getActor } from "@/lib/auth/get-actor";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { canEdit } from "@/lib/auth/permissions";
import { describeAction } from "@/lib/revisions/action-labels";
import { entityTypeLabel } from "@/lib/records/describe-record";
import { historyHref } from "@/lib/records/history-href";
import { listRecentChanges } from "@/lib/records/list-recent-changes";
import { recordsOfNegotiation } from "@/lib/records/negotiation-records";
import { filterSlug, listNegotiationChoices, readNegotiationFilter } from "@/lib/negotiations/negotiation-filter";
import { findRecordKind, recordKinds, type EntityType } from "@/lib/records/registry";
import { ChangesFilterForm } from "@/components/changes-filter-form";
import { NegotiationFilterNotice, NegotiationFilterSubtitle } from "@/components/negotiation-filter-notice";

export const dynamic = "force-dynamic";

const DESCRIPTION = "Every change to Parley's records, newest first: what changed, who changed it and when.";

type Props = { searchParams: Promise<{ cursor?: string | string[]; negotiation?: string | string[]; kind?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const negotiation = await readNegotiationFilter((await searchParams).negotiation);
  if (negotiation.kind !== "found") return { title: "Recent changes", description: DESCRIPTION, alternates: feedAlternates() };
  return {
    title: `Recent changes: ${negotiation.title}`,
    description: DESCRIPTION,
    alternates: feedAlternates({ path: negotiationFeedPath(negotiation.slug), title: `Changes to ${negotiation.title}` }),
  };
}

const PAGE_SIZE = 50;

const negotiationFeedPath = (slug: string) => `/negotiations/${encodeURIComponent(slug)}/changes.atom`;

export default async function ChangesPage({ searchParams }: Props) {
  const given = await searchParams;
  const raw = given.cursor;
  const cursor = typeof raw === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(raw) ? raw : undefined;
  const negotiation = await readNegotiationFilter(given.negotiation);
  const slug = filterSlug(negotiation);
  const kindText = (Array.isArray(given.kind) ? given.kind[0] : given.kind)?.trim() ?? "";
  const kind = kindText ? findRecordKind(kindText) : undefined;
  const entityType = kind?.entityType as EntityType | undefined; // one of the registry's, found just above
  const records = slug ? (await recordsOfNegotiation(slug, entityType)).records : null;
  const [{ items, nextCursor }, actor, negotiations] = await Promise.all([
    listRecentChanges({ cursor, limit: PAGE_SIZE, records, entityType }),
    getActor(),
    listNegotiationChoices(),
  ]);
  const editor = canEdit(actor);
  const here = (from?: string) => {
    const query = new URLSearchParams({ ...(slug && { negotiation: slug }), ...(entityType && { kind: entityType }), ...(from && { cursor: from }) }).toString();
    return query ? `/changes?${query}` : "/changes";
  };

  return (
    <article aria-labelledby="changes-heading">
      <h1 id="changes-heading" className="text-3xl font-semibold tracking-tight">
        Recent changes
        <NegotiationFilterSubtitle filter={negotiation} />
      </h1>
      <p className="mt-3 max-w-prose text-muted">
        {slug
          ? "Every change to this negotiation’s record and to the records inside it (its issues and the positions on them, its events, commitments, areas, plans and their points), newest first."
          : "Every change to Parley’s records, newest first."}{" "}
        The dates are <strong className="font-semibold text-ink">when Parley&rsquo;s record changed</strong> (the
        recording date), not when a statement was made or an event took place. Also available as an{" "}
        <a href={slug ? negotiationFeedPath(slug) : "/changes.atom"} type="application/atom+xml">
          Atom feed
        </a>
        .
      </p>
      <ChangesFilterForm
        negotiations={negotiations}
        kinds={recordKinds.map((k) => ({ entityType: k.entityType, label: k.label }))}
        negotiation={slug ?? ""}
        kind={entityType ?? ""}
      />
      <NegotiationFilterNotice filter={negotiation} everyHref="/changes" everyLabel="Changes to every record" what="changes" />
      {kindText && !kind && (
        <p role="status" className="mt-4 rounded border border-line bg-surface p-3">
          There is no kind of record called &ldquo;{kindText.length > 40 ? `${kindText.slice(0, 40)}…` : kindText}&rdquo;; showing every kind&rsquo;s changes.
        </p>
      )}

      {items.length === 0 ? (
        <p className="mt-6">
          No changes here. <Link href={here()}>See the newest changes</Link>.
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Recent changes, newest first</caption>
            <thead>
              <tr className="border-b-2 border-line text-sm">
                <th scope="col" className="py-2 pr-4 font-semibold">Recorded</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Record</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Change</th>
                <th scope="col" className="py-2 pr-4 font-semibold">By</th>
                <th scope="col" className="py-2 font-semibold">Note</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const hidden = c.retracted && !editor;
                return (
                  <tr key={c.id} className="border-b border-line align-top">
                    <td className="py-2 pr-4 text-sm whitespace-nowrap">
                      <RecordedAt at={c.createdAt} />
                    </td>
                    <td className="py-2 pr-4">
                      <span className="block text-xs font-medium uppercase tracking-wide text-muted">{entityTypeLabel(c.entityType)}</span>
                      {hidden ? (
                        <span className="text-muted">A record since retracted</span>
                      ) : (
                        <Link href={historyHref(c.entityType, c.entityId)}>{c.label}</Link>
                      )}
                      {c.retracted && editor && <span className="text-sm text-muted"> (now retracted)</span>}
                    </td>
                    <td className="py-2 pr-4 text-sm">{describeAction(c.action)}</td>
                    <td className="py-2 pr-4 text-sm">{c.actorLabel}</td>
                    <td className="py-2 text-sm">{hidden ? null : c.note}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="More changes" className="mt-4 flex gap-6">
        {cursor && <Link href={here()}>Newest changes</Link>}
        {nextCursor && <Link href={here(nextCursor)}>Older changes</Link>}
      </nav>
    </article>
  );
}
