import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditPageHeader } from "@/components/editing/edit-page-header";
import { SetupSteps } from "@/components/setup/setup-steps";
import { requireEditorPage } from "@/lib/forms/require-editor";
import { getSetupProgress } from "@/lib/negotiations/get-setup-progress";
import { seatPartyAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ seat?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const progress = await getSetupProgress((await params).slug);
  return { title: progress ? `Set up ${progress.negotiation.title}` : "Negotiation not found", robots: { index: false } };
}

/** A negotiation's guided set-up for editors: each step shows what exists, what is missing and where to go next. */
export default async function NegotiationSetupPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const path = `/negotiations/${encodeURIComponent(slug)}`;
  await requireEditorPage(`${path}/setup`);
  const progress = await getSetupProgress(slug);
  if (!progress) notFound();
  const seat = (await searchParams).seat;
  return (
    <>
      <EditPageHeader
        trail={[{ href: "/", label: "Negotiations" }, { href: path, label: progress.negotiation.title }]}
        current="Set up"
        title={`Set up: ${progress.negotiation.title}`}
      >
        Five steps, in order. Each create form you open from here brings you back. Everything here can also be done
        through the <Link href="/api">API</Link>.
      </EditPageHeader>
      <SetupSteps progress={progress} seatAction={seatPartyAction} selectedParty={typeof seat === "string" ? seat : undefined} />
    </>
  );
}
