import type { Metadata } from "next";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { ChoosePlaceForm } from "@/components/forms/choose-place-form";
import { PositionForm } from "@/components/forms/position-form";
import { findNegotiation, resolveIssueId, resolvePartyId } from "@/lib/forms/find-record";
import { issueOptions, partyOptions } from "@/lib/forms/options";
import { loadPositionFormData } from "@/lib/forms/position-form-data";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { createPositionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New position", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function NewPositionPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  await requireEditorPage(`/positions/new${query.size ? `?${query}` : ""}`);
  const negotiation = one(params.negotiation) ? await findNegotiation(one(params.negotiation)) : null;
  const [partyId, issueId] = await Promise.all([
    one(params.party) ? resolvePartyId(one(params.party)) : null,
    one(params.issue) ? resolveIssueId(one(params.issue), negotiation?.slug) : null,
  ]);
  const data = partyId && issueId ? await loadPositionFormData({ issueId, partyId }) : null;

  if (!data) {
    const [parties, issues] = await Promise.all([partyOptions([], negotiation?.id), issueOptions(negotiation?.id)]);
    return (
      <>
        <EditPageHeader
          trail={[
            { href: "/", label: "Negotiations" },
            ...(negotiation ? [{ href: `/negotiations/${encodeURIComponent(negotiation.slug)}`, label: negotiation.title }] : []),
          ]}
          current="New position"
          title="New position"
        >
          First say whose position it is and on which issue: the form that follows asks for the terms of that
          issue&rsquo;s kind.
        </EditPageHeader>
        {(one(params.party) || one(params.issue)) && (
          <p role="alert" className="mb-4 rounded border-2 border-red-800 p-3 font-medium dark:border-red-300">
            Choose both a party and an issue that exist.
          </p>
        )}
        <ChoosePlaceForm parties={parties} issues={issues} party={partyId ?? ""} issue={issueId ?? ""} negotiation={negotiation?.slug ?? ""} />
      </>
    );
  }

  const { party, issue } = data;
  return (
    <>
      <EditPageHeader
        trail={[
          { href: `/negotiations/${issue.negotiation.slug}`, label: issue.negotiation.title },
          { href: `/negotiations/${issue.negotiation.slug}/issues/${issue.slug}`, label: issue.name },
        ]}
        current="New position"
        title={`New position: ${party.shortName} on ${issue.name}`}
      >
        If {party.shortName} already has a current statement on this issue, a later one supersedes it by its date.
      </EditPageHeader>
      <PositionForm
        mode="create"
        action={createPositionAction}
        kind={data.kind}
        initialValues={{ partyId: party.id, issueId: issue.id }}
        events={data.events}
        sources={data.sources}
        points={data.points}
        termChoices={data.termChoices}
        currentHref={`/positions/new?${query}`}
      />
    </>
  );
}
