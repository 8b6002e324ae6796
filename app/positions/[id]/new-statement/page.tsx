import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { PositionForm } from "@/components/forms/position-form";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { loadPositionFormData } from "@/lib/forms/position-form-data";
import { newStatementFields } from "@/lib/positions/position-form-fields";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { newStatementAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New statement", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function NewStatementPage({ params }: Props) {
  const { id } = await params;
  const path = `/positions/${encodeURIComponent(id)}`;
  await requireEditorPage(`${path}/new-statement`);
  const position = await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id });
  if (!position) notFound();
  const data = await loadPositionFormData({
    issueId: position.issueId,
    partyId: position.partyId,
    sourceIds: position.citations?.map((c) => c.sourceId),
    pointIds: position.pointIds,
  });
  if (!data) notFound();
  const { party, issue } = data;
  const stated = formatPartialDate(new Date(position.statedOn), position.statedOnPrecision);
  const usable = position.status === "current" && !position.retractedAt;
  const values = { ...newStatementFields(position, data.kind), id: position.id, version: String(position.version) };

  return (
    <>
      <EditPageHeader
        trail={[
          { href: `/negotiations/${issue.negotiation.slug}`, label: issue.negotiation.title },
          { href: `/negotiations/${issue.negotiation.slug}/issues/${issue.slug}`, label: issue.name },
          { href: path, label: `${party.shortName} position` },
        ]}
        current="New statement"
        title={`New statement: ${party.shortName} on ${issue.name}`}
      >
        Records what {party.shortName} said on a later date. The statement of {stated} becomes superseded and stays in
        the timeline. The form starts from it: change what changed, and give the new date. Its sources are kept, their
        quotes are not: quote what was said this time.
      </EditPageHeader>
      {usable ? (
        <PositionForm
          mode="statement"
          action={newStatementAction}
          kind={data.kind}
          initialValues={values}
          events={data.events}
          sources={data.sources}
          points={data.points}
          termChoices={data.termChoices}
          currentHref={`${path}/new-statement`}
        />
      ) : (
        <p className="rounded border border-line bg-surface p-4">
          This statement is {position.retractedAt ? "retracted" : position.status}, so it cannot be superseded. Open{" "}
          <Link href={`/negotiations/${issue.negotiation.slug}/issues/${issue.slug}#party-${party.slug}`}>
            {party.shortName}&rsquo;s statements on {issue.name}
          </Link>{" "}
          and supersede the current one.
        </p>
      )}
    </>
  );
}
