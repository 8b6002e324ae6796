import type { Metadata } from "next";
import { EditLinks } from "@/components/editing/edit-links";
import { CommitmentCounts } from "@/components/commitment-counts";
import { CommitmentList } from "@/components/commitment-list";
import { countCommitmentsByStatus } from "@/lib/commitments/count-commitments-by-status";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { commitmentStatus } from "@/lib/vocab";
import { commitmentStatusLabel } from "@/lib/vocab/labels";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ status?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const status = commitmentStatus.safeParse((await searchParams).status);
  return { title: status.success ? `${commitmentStatusLabel[status.data]} commitments` : "Commitments" };
}

export default async function CommitmentsPage({ searchParams }: Props) {
  const requested = (await searchParams).status;
  const parsed = commitmentStatus.safeParse(requested);
  const status = parsed.success ? parsed.data : undefined;
  const [commitments, counts] = await Promise.all([listCommitments({ status }), countCommitmentsByStatus()]);
  const heading = status
    ? `${commitments.length} ${commitmentStatusLabel[status].toLowerCase()}`
    : `All ${commitments.length}`;

  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">Commitments</h1>
      <EditLinks links={[{ href: "/commitments/new", label: "Add a commitment" }]} />
      <p className="mt-2 max-w-prose text-muted">
        What the parties promised each other, and whether they kept it: each commitment&rsquo;s status rests on the
        evidence and sources given with it.
      </p>
      <div className="mt-6">
        <CommitmentCounts counts={counts} selected={status ?? "all"} />
      </div>
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
