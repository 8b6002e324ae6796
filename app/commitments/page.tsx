import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EditLinks } from "@/components/editing/edit-links";
import { CommitmentCounts } from "@/components/commitment-counts";
import { CommitmentList } from "@/components/commitment-list";
import { NegotiationFilterSubtitle, PartyFilterSubtitle } from "@/components/filter-notice";
import { RecordListFilters } from "@/components/record-list-filter-form";
import { visibleCommitment } from "@/lib/commitments/commitment-visibility";
import { countCommitmentsByStatus } from "@/lib/commitments/count-commitments-by-status";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { filterSlug, listNegotiationChoices, readNegotiationFilter } from "@/lib/negotiations/negotiation-filter";
import { listPartyChoices, readPartyFilter } from "@/lib/parties/party-filter";
import { tidyListAddress } from "@/lib/records/url-filter";
import { commitmentStatus } from "@/lib/vocab";
import { commitmentStatusLabel } from "@/lib/vocab/labels";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ status?: string | string[]; negotiation?: string | string[]; party?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const status = commitmentStatus.safeParse(params.status);
  const [negotiation, party] = await Promise.all([readNegotiationFilter(params.negotiation), readPartyFilter(params.party)]);
  const what = status.success ? `${commitmentStatusLabel[status.data]} commitments` : "Commitments";
  const of = party.kind === "found" ? ` of ${party.title}` : "";
  return { title: negotiation.kind === "found" ? `${what}${of}: ${negotiation.title}` : `${what}${of}` };
}

export default async function CommitmentsPage({ searchParams }: Props) {
  const params = await searchParams;
  const tidy = tidyListAddress("/commitments", params, ["negotiation", "party", "status"]);
  if (tidy) redirect(tidy);
  const requested = params.status;
  const parsed = commitmentStatus.safeParse(requested);
  const status = parsed.success ? parsed.data : undefined;
  const [negotiation, party] = await Promise.all([readNegotiationFilter(params.negotiation), readPartyFilter(params.party)]);
  const filters = { negotiationSlug: filterSlug(negotiation), partySlug: filterSlug(party) };
  const [commitments, counts, negotiations, parties] = await Promise.all([
    listCommitments({ status, ...filters }),
    countCommitmentsByStatus(filters),
    listNegotiationChoices(),
    // Only parties to some commitment: any other would empty the list.
    listPartyChoices({ commitments: { some: { commitment: visibleCommitment } } }),
  ]);
  const heading = status
    ? `${commitments.length} ${commitmentStatusLabel[status].toLowerCase()}`
    : `All ${commitments.length}`;

  return (
    <>
      <h1>
        Commitments
        <PartyFilterSubtitle filter={party} />
        <NegotiationFilterSubtitle filter={negotiation} />
      </h1>
      <EditLinks links={[{ href: "/commitments/new", label: "Add a commitment" }]} />
      <p className="mt-2 max-w-prose text-muted">
        What the parties promised each other, and whether they kept it: each commitment&rsquo;s status rests on the
        evidence and sources given with it.
      </p>
      <RecordListFilters path="/commitments" what="commitments" {...{ negotiations, parties, negotiation, party }} kept={{ status }} />
      {requested !== undefined && !status && (
        <p role="status" className="mt-4 rounded border border-line bg-surface p-3">
          There is no status called &ldquo;{String(requested)}&rdquo;; showing every commitment.
        </p>
      )}
      <div className="mt-6">
        <CommitmentCounts counts={counts} selected={status ?? "all"} {...filters} />
      </div>
      <section aria-labelledby="list-heading" className="mt-6">
        <h2 id="list-heading" className="mb-4 text-xl font-semibold">
          {heading} {commitments.length === 1 ? "commitment" : "commitments"}
        </h2>
        <CommitmentList commitments={commitments} label="Commitments" />
      </section>
    </>
  );
}
