import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { editPageMetadata } from "@/lib/forms/edit-page-metadata";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { RetractedNotice } from "@/components/editing/retracted-notice";
import { RetractionControls } from "@/components/editing/retraction-controls";
import { changeRetractionAction } from "@/app/editing/actions";
import { IssueForm } from "@/components/forms/issue-form";
import { findIssueId, findNegotiation } from "@/lib/forms/find-record";
import { issueToFields } from "@/lib/issues/issue-form-fields";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import type { IssueSnapshot } from "@/lib/issues/issue-snapshot";
import { updateIssueAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; issue: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, issue } = await params;
  return editPageMetadata("issue", () => findIssueId(slug, issue));
}

export default async function EditIssuePage({ params }: Props) {
  const { slug, issue: issueSlug } = await params;
  const path = `/negotiations/${encodeURIComponent(slug)}/issues/${encodeURIComponent(issueSlug)}`;
  await requireEditorPage(`${path}/edit`);
  const [negotiation, id] = await Promise.all([findNegotiation(slug), findIssueId(slug, issueSlug)]);
  const issue = id ? await getRecordSnapshot<IssueSnapshot>({ entityType: "issue", id }) : null;
  if (!issue || !negotiation) notFound();
  return (
    <>
      <EditPageHeader
        trail={[
          { href: "/", label: "Negotiations" },
          { href: `/negotiations/${encodeURIComponent(slug)}`, label: negotiation.title },
          ...(issue.retractedAt ? [] : [{ href: path, label: issue.name }]),
        ]}
        current="Edit"
        title={`Edit issue: ${issue.name}`}
        links={[{ href: `/history/issue/${encodeURIComponent(issue.id)}`, label: "History" }]}
      />
      {issue.retractedAt ? (
        <RetractedNotice noun="issue" retractedAt={issue.retractedAt} />
      ) : (
        <IssueForm
          action={updateIssueAction}
          initialValues={{ ...issueToFields(issue), id: issue.id, version: String(issue.version) }}
          submitLabel="Save changes"
          currentHref={`${path}/edit`}
        />
      )}
      <div className="mt-10">
        <RetractionControls changeRetraction={changeRetractionAction} entityType="issue" id={issue.id} version={issue.version} retracted={!!issue.retractedAt} noun="issue" returnTo={`${path}/edit`} />
      </div>
    </>
  );
}
