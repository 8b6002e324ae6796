import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { IssueForm } from "@/components/forms/issue-form";
import { findNegotiation } from "@/lib/forms/find-record";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { RETURN_TO_SETUP, returnsToSetup } from "@/lib/negotiations/setup-return";
import { createIssueAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New issue", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ then?: string | string[] }> };

export default async function NewIssuePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const fromSetup = returnsToSetup((await searchParams).then);
  const path = `/negotiations/${encodeURIComponent(slug)}`;
  await requireEditorPage(`${path}/issues/new${fromSetup ? `?then=${RETURN_TO_SETUP}` : ""}`);
  const negotiation = await findNegotiation(slug);
  if (!negotiation) notFound();
  return (
    <>
      <EditPageHeader trail={[{ href: "/", label: "Negotiations" }, { href: path, label: negotiation.title }]} current="New issue" title={`New issue in ${negotiation.title}`} />
      <IssueForm
        action={createIssueAction}
        initialValues={{ negotiationId: negotiation.id, kind: "general", order: "100", ...(fromSetup ? { then: RETURN_TO_SETUP } : {}) }}
        submitLabel="Create issue"
        currentHref={`${path}/issues/new${fromSetup ? `?then=${RETURN_TO_SETUP}` : ""}`}
      />
    </>
  );
}
