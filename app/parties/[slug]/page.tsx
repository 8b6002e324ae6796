import type { Metadata } from "next";
import Link from "next/link";
import { notFoundUnlessRetracted } from "@/lib/forms/not-found-unless-retracted";
import { db } from "@/lib/db/client";
import { EditLinks } from "@/components/editing/edit-links";
import { SavedNotice } from "@/components/editing/saved-notice";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EarlierStatements } from "@/components/earlier-statements";
import { PartyOverview } from "@/components/party-overview";
import { PartyCommitments, PartyPlans } from "@/components/party-records";
import { StatementItem } from "@/components/statement-item";
import { AsOfBanner } from "@/components/time-travel/as-of-banner";
import { AsOfForm } from "@/components/time-travel/as-of-form";
import { asOfDate, formatAsOf, parseAsOfParam } from "@/lib/dates/as-of-param";
import { feedAlternates } from "@/lib/feeds/feed-alternates";
import { getPartyPage } from "@/lib/parties/get-party-page";
import { partyKind } from "@/lib/vocab";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ asOf?: string | string[]; saved?: string | string[] }> };

const kindLabel = { state: "State", bloc: "Bloc of states", organisation: "Organisation" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPartyPage({ slug: (await params).slug });
  if (!page) return { title: "Party not found" };
  const { slug, name, shortName } = page.party;
  const alternates = feedAlternates({ path: `/parties/${encodeURIComponent(slug)}/changes.atom`, title: `Changes concerning ${name}` });
  return { title: shortName, description: `${name}: positions on every issue.`, alternates };
}

export default async function PartyPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const asOfParam = parseAsOfParam(query.asOf);
  const asOf = asOfDate(asOfParam);
  const { slug } = await params;
  const page = await getPartyPage({ slug, asOf });
  if (!page) return notFoundUnlessRetracted(() => db.party.findUnique({ where: { slug }, select: { retractedAt: true } }), `/parties/${encodeURIComponent(slug)}/edit`);
  const { party, negotiations } = page;
  const kind = partyKind.safeParse(party.kind);
  const base = `/parties/${encodeURIComponent(party.slug)}`;
  const withAsOf = (path: string) => (asOfParam.kind === "valid" ? `${path}?asOf=${asOfParam.text}` : path);

  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Negotiations" }]} current={party.shortName} />
      <p className="text-sm text-muted">Party{kind.success && <> · {kindLabel[kind.data]}</>}</p>
      <h1>{party.shortName}</h1>
      <EditLinks links={[{ href: `/parties/${encodeURIComponent(party.slug)}/edit`, label: "Edit", context: party.shortName }]} />
      <SavedNotice saved={query.saved} noun="party" />
      {party.name !== party.shortName && <p className="mt-1 max-w-prose text-muted">{party.name}</p>}
      <ul aria-label={`More of ${party.shortName}`} className="no-print mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li>
          <Link href={`/changes?party=${encodeURIComponent(party.slug)}`}>Every edit to {party.shortName}&rsquo;s records</Link>
        </li>
        <li>
          <Link href={`/events?party=${encodeURIComponent(party.slug)}`}>Events {party.shortName} took part in</Link>
        </li>
        <li>
          <Link href={`/commitments?party=${encodeURIComponent(party.slug)}`}>Commitments {party.shortName} is party to</Link>
        </li>
      </ul>
      <AsOfBanner asOf={asOfParam} todayHref={base} />
      <div className="mt-4">
        <AsOfForm action={base} asOf={asOfParam} />
      </div>

      {negotiations.length === 0 && <p className="mt-6">This party has no recorded positions.</p>}
      {negotiations.map((n) => {
        const spoken = n.issues.filter((i) => i.current || i.earlier.length > 0);
        const sectionIdPrefix = `issue-${n.slug}-`;
        return (
          <section key={n.slug} aria-labelledby={`negotiation-${n.slug}`} className="mt-8">
            <h2 id={`negotiation-${n.slug}`} className="text-2xl font-semibold">
              <Link href={withAsOf(`/negotiations/${n.slug}`)}>{n.title}</Link>
            </h2>
            {n.role && <p className="text-sm text-muted">Role: {n.role}</p>}
            <p className="no-print mt-1 text-sm">
              <Link href={`/negotiations/${n.slug}/changes?party=${encodeURIComponent(party.slug)}`}>
                What {party.shortName} said between two dates
              </Link>
            </p>
            <div className="mt-4 rounded border border-line bg-surface p-4">
              <PartyOverview issues={n.issues} sectionIdPrefix={sectionIdPrefix} caption={`${party.shortName}: ${asOf ? `stance as of ${formatAsOf(asOf)}` : "current stance"} on each issue of the ${n.title}`} />
            </div>
            <PartyPlans partyName={party.shortName} negotiation={n} />
            <PartyCommitments partyName={party.shortName} negotiation={n} />
            <p className="mt-6 text-sm text-muted">
              On each issue, the current position first, then the earlier statements it replaced, newest first.
            </p>
            {spoken.map((issue) => (
              <section
                key={issue.id}
                id={`${sectionIdPrefix}${issue.slug}`}
                aria-labelledby={`issue-heading-${issue.id}`}
                className="mt-5 scroll-mt-4 rounded border border-line bg-surface p-4"
              >
                <h3 id={`issue-heading-${issue.id}`} className="mb-3 text-lg font-semibold">
                  <Link href={withAsOf(`/negotiations/${n.slug}/issues/${issue.slug}`)} className="quiet-link">
                    {issue.name}
                  </Link>
                </h3>
                {issue.current ? (
                  <StatementItem statement={issue.current} />
                ) : (
                  <p className="text-muted">No current position: every statement has been withdrawn.</p>
                )}
                {issue.earlier.length > 0 && (
                  <div className="mt-4 border-t border-line pt-3">
                    <h4 className="mb-2 text-sm font-semibold">
                      Earlier statements ({issue.earlier.length})
                    </h4>
                    <EarlierStatements statements={issue.earlier} label={`Earlier statements on ${issue.name}, newest first`} />
                  </div>
                )}
              </section>
            ))}
          </section>
        );
      })}
    </>
  );
}
