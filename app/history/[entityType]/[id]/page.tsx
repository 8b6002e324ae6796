import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { HistoryView } from "@/components/history/history-view";
import { getActor } from "@/lib/auth/get-actor";
import { getHistory } from "@/lib/revisions/get-history";
import { entityTypes } from "@/lib/revisions/record-revision";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ entityType: string; id: string }> };

async function load(params: Props["params"]) {
  const { entityType, id } = await params;
  const type = entityTypes.find((t) => t === entityType);
  if (!type) return null;
  // A position's history has its own address, beside the position.
  if (type === "position") redirect(`/positions/${encodeURIComponent(id)}/history`);
  return getHistory({ entityType: type, id, actor: await getActor() });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await load(params);
  return { title: history ? `History: ${history.title}` : "History not found", robots: { index: false } };
}

export default async function RecordHistoryPage({ params }: Props) {
  const history = await load(params);
  if (!history) notFound();
  return <HistoryView history={history} path={`/history/${history.entityType}/${encodeURIComponent(history.current.id)}`} />;
}
