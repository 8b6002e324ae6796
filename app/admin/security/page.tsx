import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/auth/admin/admin-nav";
import { requireAdminPage } from "@/lib/auth/get-actor";
import { listSecurityEvents, type SecurityEventKind } from "@/lib/auth/security-events";
import { formatMoment } from "@/lib/dates/format-date";

export const metadata: Metadata = { title: "Security events", robots: { index: false } };

const SHOWN = 200;

const eventLabels: Record<SecurityEventKind, string> = {
  "sign-in": "Sign-in",
  "password-change": "Password change",
  "password-reset-required": "New password required",
  "sessions-ended": "Signed out everywhere",
  "role-change": "Role change",
  "account-created": "Account created",
  "account-disabled": "Account disabled",
  "account-enabled": "Account enabled",
  "token-issued": "API token issued",
  "token-revoked": "API token revoked",
  "archive-downloaded": "Full archive downloaded",
};

export default async function SecurityEventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const failuresOnly = (await searchParams).outcome === "failure";
  const actor = await requireAdminPage("/admin/security");
  const events = await listSecurityEvents({ actor, limit: SHOWN, failuresOnly });
  return (
    <>
      <AdminNav current="/admin/security" />
      <h1>Security events</h1>
      <p className="mt-2 max-w-prose text-muted">
        Sign-ins, password changes, role changes and API tokens issued or revoked, newest first, with the address each came
        from. Parley also writes each one as a line of JSON to its log; this page keeps the last six months.
      </p>
      <p className="mt-4">
        {failuresOnly ? (
          <>
            Showing failures only. <Link href="/admin/security">Show every event</Link>
          </>
        ) : (
          <>
            Showing every event. <Link href="/admin/security?outcome=failure">Show failures only</Link>
          </>
        )}
      </p>

      {/* Focusable, so a keyboard can scroll the columns a phone cuts off. */}
      <div role="region" aria-label="Security events" tabIndex={0} className="relative mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left font-semibold">
            {events.length === 0
              ? "No events yet"
              : `The ${events.length === SHOWN ? `latest ${SHOWN}` : events.length} ${failuresOnly ? "failures" : `event${events.length === 1 ? "" : "s"}`}`}
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-2 pr-4">When (UTC)</th>
              <th scope="col" className="py-2 pr-4">Event</th>
              <th scope="col" className="py-2 pr-4">Outcome</th>
              <th scope="col" className="py-2 pr-4">By</th>
              <th scope="col" className="py-2 pr-4">Concerning</th>
              <th scope="col" className="py-2 pr-4">Address</th>
              <th scope="col" className="py-2">Detail</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-b border-line align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{formatMoment(e.createdAt, { seconds: true })}</td>
                <th scope="row" className="py-2 pr-4 text-left font-medium">{eventLabels[e.event as SecurityEventKind] ?? e.event}</th>
                <td className={`py-2 pr-4 ${e.outcome === "failure" ? "font-semibold text-red-800 dark:text-red-300" : ""}`}>
                  {e.outcome === "failure" ? "Failed" : "Done"}
                </td>
                <td className="py-2 pr-4">{e.actorLabel ?? "—"}</td>
                <td className="py-2 pr-4 break-all">{e.subject ?? "—"}</td>
                <td className="py-2 pr-4 font-mono">{e.address ?? "—"}</td>
                <td className="py-2">{e.detail ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
