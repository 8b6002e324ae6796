import type { Metadata } from "next";
import { EditLinks } from "@/components/editing/edit-links";
import { CommitmentCounts } from "@/components/commitment-counts";
import { CommitmentList } from "@/components/commitment-list";
import { FilterNotice, NegotiationFilterSubtitle } from "@/components/filter-notice";
import { countCommitmentsByStatus } from "@/lib/commitments/count-commitments-by-status";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { filterSlug, readNegotiationFilter } from "@/lib/negotiations/negotiation-filter";
import { commitmentStatus } from "@/lib/vocab";
import { commitmentStatusLabel } from "@/lib/vocab/labels";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ status?: string | string[]; negotiation?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  const status = commitmentStatus.safeParse(params.status);
  const negotiation = await readNegotiationFilter(params.negotiation);
  const what = status.success ? `${commitmentStatusLabel[status.data]} commitments` : "Commitments";
  return { title: negotiation.kind === "found" ? `${what}: ${negotiation.title}` : what };
}

export default async function CommitmentsPage({ searchParams }: Props) {
  const params = await searchParams;
  const requested = params.status;
  const parsed = commitmentStatus.safeParse(requested);
  const status = parsed.success ? parsed.data : undefined;
  const negotiation = await readNegotiationFilter(params.negotiation);
  const negotiationSlug = filterSlug(negotiation);
  const [commitments, counts] = await Promise.all([
    listCommitments({ status, negotiationSlug }),
    countCommitmentsByStatus({ negotiationSlug }),
  ]);
  const heading = status
    ? `${commitments.length} ${commitmentStatusLabel[status].toLowerCase()}`
    : `All ${commitments.length}`;

  return (
    <>
      <h1>
        Commitments
        <NegotiationFilterSubtitle filter={negotiation} />
      </h1>
      <EditLinks links={[{ href: "/commitments/new", label: "Add a commitment" }]} />
      <p className="mt-2 max-w-prose text-muted">
        What the parties promised each other, and whether they kept it: each commitment&rsquo;s status rests on the
        evidence and sources given with it.
      </p>
      <div className="mt-6">
        <CommitmentCounts counts={counts} selected={status ?? "all"} negotiationSlug={negotiationSlug} />
      </div>
      <FilterNotice filter={negotiation} everyHref={status ? `/commitments?status=${status}` : "/commitments"} everyLabel="Commitments in every negotiation" what="commitments" />
      {requested !== undefined && !status && (
        <p role="status" className="mt-4 rounded border border-line bg-surface p-3">
          There is no status called &ldquo;{String(requested)}&rdquo;; showing every commitment.
        </p>
      )}
      <section aria-labelledby="list-heading" className="mt-6">
        <h2 id="list-heading" className="mb-4 text-xl font-semibold">
          {heading} {commitments.length === 1 ? "commitment" : "commitments"}
        </h2>
        <CommitmentList commitments={commitments} label="Commitments" />
      </section>
    </>
  );
}
