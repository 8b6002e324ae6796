import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { revertAction } from "@/app/history/actions";
import { HistoryView } from "@/components/history/history-view";
import { getActor } from "@/lib/auth/get-actor";
import { getHistory } from "@/lib/records/get-history";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const { id } = await params;
  return getHistory({ entityType: "position", id, actor: await getActor() });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await load(params);
  return { title: history ? `History: ${history.title}` : "History not found", robots: { index: false } };
}

export default async function PositionHistoryPage({ params }: Props) {
  const history = await load(params);
  if (!history) notFound();
  return <HistoryView revert={revertAction} history={history} path={`/positions/${encodeURIComponent(history.current.id)}/history`} />;
}
