import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RecordedAt } from "@/components/recorded-at";
import { getActor } from "@/lib/auth/get-actor";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { canEdit } from "@/lib/auth/permissions";
import { describeAction } from "@/lib/revisions/action-labels";
import { entityTypeLabel } from "@/lib/records/describe-record";
import { historyHref } from "@/lib/records/history-href";
import { listRecentChanges } from "@/lib/records/list-recent-changes";
import { recordsOfFilters } from "@/lib/records/filter-records";
import { listPartyChoices, readPartyFilter } from "@/lib/parties/party-filter";
import { filterSlug, listNegotiationChoices, readNegotiationFilter } from "@/lib/negotiations/negotiation-filter";
import { findRecordKind, recordKinds, type EntityType } from "@/lib/records/registry";
import { listAddress, tidyListAddress } from "@/lib/records/url-filter";
import { ChangesFilterForm } from "@/components/changes-filter-form";
import { FilterNotice, NegotiationFilterSubtitle, PartyFilterSubtitle } from "@/components/filter-notice";

export const dynamic = "force-dynamic";

const DESCRIPTION = "Every change to Parley's records, newest first: what changed, who changed it and when.";

type Props = { searchParams: Promise<{ cursor?: string | string[]; negotiation?: string | string[]; party?: string | string[]; kind?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const given = await searchParams;
  const [negotiation, party] = await Promise.all([readNegotiationFilter(given.negotiation), readPartyFilter(given.party)]);
  const named = [negotiation, party].flatMap((f) => (f.kind === "found" ? [f.title] : []));
  const feed = named.length === 1 ? feedOf(filterSlug(negotiation), filterSlug(party)) : null;
  return {
    title: named.length ? `Recent changes: ${named.join(", ")}` : "Recent changes",
    description: DESCRIPTION,
    // The feed's own title, as its negotiation's or party's page names it.
    alternates: feed ? feedAlternates({ path: feed, title: `${negotiation.kind === "found" ? "Changes to" : "Changes concerning"} ${named[0]}` }) : feedAlternates(),
  };
}

const PAGE_SIZE = 50;

// A feed of the same changes, where there is one: a negotiation's, or a party's (none for both at once).
function feedOf(negotiation: string | undefined, party: string | undefined): string | null {
  if (negotiation && party) return null;
  if (negotiation) return `/negotiations/${encodeURIComponent(negotiation)}/changes.atom`;
  if (party) return `/parties/${encodeURIComponent(party)}/changes.atom`;
  return "/changes.atom";
}

export default async function ChangesPage({ searchParams }: Props) {
  const given = await searchParams;
  const tidy = tidyListAddress("/changes", given, ["negotiation", "party", "kind", "cursor"]);
  if (tidy) redirect(tidy);
  const raw = given.cursor;
  const cursor = typeof raw === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(raw) ? raw : undefined;
  const [negotiation, party] = await Promise.all([readNegotiationFilter(given.negotiation), readPartyFilter(given.party)]);
  const slug = filterSlug(negotiation);
  const partySlug = filterSlug(party);
  const kindText = (Array.isArray(given.kind) ? given.kind[0] : given.kind)?.trim() ?? "";
  const kind = kindText ? findRecordKind(kindText) : undefined;
  const entityType = kind?.entityType as EntityType | undefined; // one of the registry's, found just above
  const records = await recordsOfFilters({ negotiation: slug, party: partySlug, only: entityType });
  const [{ items, nextCursor }, actor, negotiations, parties] = await Promise.all([
    listRecentChanges({ cursor, limit: PAGE_SIZE, records, entityType }),
    getActor(),
    listNegotiationChoices(),
    listPartyChoices(),
  ]);
  const feed = feedOf(slug, partySlug);
  const editor = canEdit(actor);
  // This page's address, from its first page (or `from`), with one filter dropped if named.
  const here = (from?: string, without?: "negotiation" | "party") => {
    return listAddress("/changes", {
      negotiation: without === "negotiation" ? undefined : slug,
      party: without === "party" ? undefined : partySlug,
      kind: entityType,
      cursor: from,
    });
  };

  return (
    <article aria-labelledby="changes-heading">
      <h1 id="changes-heading">
        Recent changes
        <PartyFilterSubtitle filter={party} />
        <NegotiationFilterSubtitle filter={negotiation} />
      </h1>
      <p className="mt-3 max-w-prose text-muted">
        {scopeInWords(slug, partySlug)}{" "}
        The dates are <strong className="font-semibold text-ink">when Parley&rsquo;s record changed</strong> (the
        recording date), not when a statement was made or an event took place.
        {feed && (
          <>
            {" "}
            Also available as an{" "}
            <a href={feed} type="application/atom+xml">
              Atom feed
            </a>
            .
          </>
        )}
      </p>
      <ChangesFilterForm
        negotiations={negotiations}
        kinds={recordKinds.map((k) => ({ entityType: k.entityType, label: k.label }))}
        parties={parties}
        negotiation={slug ?? ""}
        party={partySlug ?? ""}
        kind={entityType ?? ""}
      />
      <FilterNotice filter={negotiation} everyHref={here(undefined, "negotiation")} everyLabel="Changes in every negotiation" what="changes" />
      <FilterNotice filter={party} noun="party" everyHref={here(undefined, "party")} everyLabel="Changes of every party" what="changes" />
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
          <table className="stack-on-phone w-full border-collapse text-left">
            <caption className="sr-only">Recent changes, newest first</caption>
            <thead>
              <tr className="border-b-2 border-line text-sm">
                <th scope="col" className="min-w-[6rem] py-2 pr-4 font-semibold">Recorded</th>
                <th scope="col" className="min-w-[12rem] py-2 pr-4 font-semibold">Record</th>
                <th scope="col" className="py-2 pr-4 font-semibold">Change</th>
                <th scope="col" className="py-2 pr-4 font-semibold">By</th>
                <th scope="col" className="min-w-[10rem] py-2 font-semibold">Note</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const hidden = c.retracted && !editor;
                return (
                  <tr key={c.id} className="border-b border-line align-top">
                    {/* On one line only on a wide screen: below that it took the width the note needs, which then lay past the edge. */}
                    <td className="py-2 pr-4 text-sm lg:whitespace-nowrap">
                      <RecordedAt at={c.createdAt} />
                    </td>
                    {/* Names, labels and notes may hold a long unbroken word (an address, a code): it
                        breaks rather than widen the table past its box. */}
                    <td className="py-2 pr-4 wrap-anywhere">
                      <span className="block text-xs font-medium uppercase tracking-wide text-muted">{entityTypeLabel(c.entityType)}</span>
                      {hidden ? (
                        <span className="text-muted">A record since retracted</span>
                      ) : (
                        <Link href={historyHref(c.entityType, c.entityId)}>{c.label}</Link>
                      )}
                      {c.retracted && editor && <span className="text-sm text-muted"> (now retracted)</span>}
                    </td>
                    <td data-label="Change" className="py-2 pr-4 text-sm">{describeAction(c.action)}</td>
                    <td data-label="By" className="py-2 pr-4 text-sm wrap-anywhere">{c.actorLabel}</td>
                    <td data-label="Note" className="py-2 text-sm wrap-anywhere">{hidden ? null : c.note}</td>
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

function scopeInWords(negotiation: string | undefined, party: string | undefined): string {
  if (negotiation && party) return "Every change to this party’s records inside this negotiation, newest first.";
  if (negotiation) {
    return "Every change to this negotiation’s record and to the records inside it (its issues and the positions on them, its events, commitments, areas, plans and their points), newest first.";
  }
  if (party) {
    return "Every change to this party’s record and to the records that are its (its positions, the events it took part in, its commitments, the plans it wrote and their points, the areas it holds), newest first.";
  }
  return "Every change to Parley’s records, newest first.";
}
