import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { revertAction } from "@/app/history/actions";
import { HistoryView } from "@/components/history/history-view";
import { getActor } from "@/lib/auth/get-actor";
import { getHistory } from "@/lib/records/get-history";
import { historyHref } from "@/lib/records/history-href";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ entityType: string; id: string }> };

async function load(params: Props["params"]) {
  const { entityType, id } = await params;
  // A kind that keeps its history elsewhere (positions, beside the position) is sent there.
  const own = historyHref(entityType, id);
  if (own !== `/history/${entityType}/${encodeURIComponent(id)}`) redirect(own);
  return getHistory({ entityType, id, actor: await getActor() });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await load(params);
  return { title: history ? `History: ${history.title}` : "History not found", robots: { index: false } };
}

export default async function RecordHistoryPage({ params }: Props) {
  const history = await load(params);
  if (!history) notFound();
  return <HistoryView revert={revertAction} history={history} path={`/history/${history.entityType}/${encodeURIComponent(history.current.id)}`} />;
}
