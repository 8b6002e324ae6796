import type { PartyIssue } from "@/lib/parties/get-party-page";
import { PartialDate } from "./partial-date";
import { StanceBadge } from "./stance-badge";

/**
 * One line per issue: the party's current stance and when it was stated, linking to the
 * details below, whose sections have the id `sectionIdPrefix` + the issue's slug (two
 * negotiations on one page may each have an issue of the same slug).
 */
export function PartyOverview({ issues, caption, sectionIdPrefix }: { issues: PartyIssue[]; caption: string; sectionIdPrefix: string }) {
  // Narrower gutters on a phone: with the widest badge and issue name, three columns then fit 375px.
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1.5 pr-2 sm:pr-4 font-semibold">
              Issue
            </th>
            <th scope="col" className="py-1.5 pr-2 sm:pr-4 font-semibold">
              Current stance
            </th>
            <th scope="col" className="py-1.5 font-semibold">
              Stated
            </th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.id} className="border-b border-line">
              <th scope="row" className="py-1.5 pr-2 sm:pr-4 text-left font-normal">
                {issue.current || issue.earlier.length > 0 ? <a href={`#${sectionIdPrefix}${issue.slug}`}>{issue.name}</a> : issue.name}
              </th>
              <td className="py-1.5 pr-2 sm:pr-4">
                {issue.current ? (
                  <StanceBadge stance={issue.current.stance} size="sm" />
                ) : (
                  <span className="text-muted">No stated position</span>
                )}
              </td>
              <td className="py-1.5 text-muted sm:whitespace-nowrap">
                {issue.current && <PartialDate date={issue.current.statedOn} precision={issue.current.statedOnPrecision} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
