import { describeAction } from "@/lib/revisions/action-labels";
import { entityTypeLabel } from "@/lib/revisions/describe-record";
import { historyHref } from "@/lib/revisions/history-href";
import { listRecentChanges } from "@/lib/revisions/list-recent-changes";

export const dynamic = "force-dynamic";

const escape = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** The latest changes as an Atom feed; retracted records are named only as such. */
export async function GET(request: Request) {
  const origin = new URL(request.url).origin;
  const { items } = await listRecentChanges({ limit: 50 });
  const updated = (items[0]?.createdAt ?? new Date(0)).toISOString();
  const entries = items.map((c) => {
    const what = c.retracted ? "A record since retracted" : c.label;
    const title = `${describeAction(c.action)}: ${entityTypeLabel[c.entityType]} — ${what}`;
    const link = c.retracted ? `${origin}/changes` : `${origin}${historyHref(c.entityType, c.entityId)}`;
    const summary = [`${describeAction(c.action)} by ${c.actorLabel}.`, c.retracted ? null : c.note].filter(Boolean).join(" ");
    return `  <entry>
    <id>urn:parley:revision:${escape(c.id)}</id>
    <title>${escape(title)}</title>
    <link rel="alternate" href="${escape(link)}"/>
    <updated>${c.createdAt.toISOString()}</updated>
    <author><name>${escape(c.actorLabel)}</name></author>
    <summary>${escape(summary)}</summary>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(origin)}/changes</id>
  <title>Parley: recent changes</title>
  <subtitle>Every change to Parley's records, by the date it was recorded.</subtitle>
  <link rel="self" href="${escape(origin)}/changes/feed.xml"/>
  <link rel="alternate" href="${escape(origin)}/changes"/>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
  return new Response(body, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "no-store" } });
}
