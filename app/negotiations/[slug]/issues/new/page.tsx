import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { IssueForm } from "@/components/forms/issue-form";
import { findNegotiation } from "@/lib/forms/find-record";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { createIssueAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New issue", robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

export default async function NewIssuePage({ params }: Props) {
  const { slug } = await params;
  const path = `/negotiations/${encodeURIComponent(slug)}`;
  await requireEditorPage(`${path}/issues/new`);
  const negotiation = await findNegotiation(slug);
  if (!negotiation) notFound();
  return (
    <>
      <EditPageHeader trail={[{ href: "/", label: "Negotiations" }, { href: path, label: negotiation.title }]} current="New issue" title={`New issue in ${negotiation.title}`} />
      <IssueForm
        action={createIssueAction}
        initialValues={{ negotiationId: negotiation.id, kind: "general", order: "100" }}
        submitLabel="Create issue"
        currentHref={`${path}/issues/new`}
      />
    </>
  );
}
