import { formatPartialDateText } from "@/lib/dates/partial-date";

/** How editing forms name a source: "Outlet: Title (16 May 2025)". */
export function sourceLabel(s: { outlet: string; title: string; publishedOn: string | null }) {
  const date = formatPartialDateText(s.publishedOn);
  return `${s.outlet}: ${s.title}${date ? ` (${date})` : ""}`;
}
