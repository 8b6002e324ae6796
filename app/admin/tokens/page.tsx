import type { Metadata } from "next";
import { AdminNav } from "@/components/auth/admin/admin-nav";
import { IssueTokenForm } from "@/components/auth/admin/issue-token-form";
import { RevokeTokenButton } from "@/components/auth/admin/revoke-token-button";
import { listApiTokens, type TokenStatus } from "@/lib/auth/api-tokens";
import { requireAdminPage } from "@/lib/auth/get-actor";
import { issueTokenAction, revokeTokenAction } from "./actions";
import { formatMoment } from "@/lib/dates/format-date";

export const metadata: Metadata = { title: "API tokens", robots: { index: false } };

export default async function TokensPage() {
  const actor = await requireAdminPage("/admin/tokens");
  const tokens = await listApiTokens({ actor });
  return (
    <>
      <AdminNav current="/admin/tokens" />
      <h1>API tokens</h1>
      <p className="mt-2 max-w-prose text-muted">
        Programs use a token to read or write through the API. A token acts as the admin who issued it, within its scope;
        it stops working when it expires, when it is revoked, or when that admin is disabled or no longer an admin.
      </p>

      <section className="mt-6" aria-labelledby="issue-token-heading">
        <h2 id="issue-token-heading" className="mb-4 text-xl font-semibold">Issue a token</h2>
        <IssueTokenForm issueToken={issueTokenAction} />
      </section>

      {/* Focusable, so a keyboard can scroll the columns a phone cuts off. */}
      <div role="region" aria-label="API tokens" tabIndex={0} className="relative mt-10 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-left font-semibold">
            {tokens.length === 0 ? "No tokens issued yet" : `${tokens.length} token${tokens.length === 1 ? "" : "s"}`}
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Starts with</th>
              <th scope="col" className="py-2 pr-4">Scope</th>
              <th scope="col" className="py-2 pr-4">Issued by</th>
              <th scope="col" className="py-2 pr-4">Issued (UTC)</th>
              <th scope="col" className="py-2 pr-4">Last used (UTC)</th>
              <th scope="col" className="py-2 pr-4">Expires (UTC)</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Actions</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 text-left font-medium">{t.name}</th>
                <td className="py-2 pr-4 font-mono">{t.prefix}…</td>
                <td className="py-2 pr-4">{t.scope}</td>
                <td className="py-2 pr-4">{t.createdBy.name}</td>
                <td className="py-2 pr-4">{formatMoment(t.createdAt)}</td>
                <td className="py-2 pr-4">{t.lastUsedAt ? formatMoment(t.lastUsedAt) : "Never"}</td>
                <td className="py-2 pr-4">{t.expiresAt ? formatMoment(t.expiresAt) : "When revoked"}</td>
                <td className="py-2 pr-4">{statusText(t)}</td>
                <td className="py-2">{!t.revokedAt && <RevokeTokenButton revokeToken={revokeTokenAction} token={{ id: t.id, name: t.name }} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function statusText(token: { status: TokenStatus; revokedAt: Date | null }) {
  switch (token.status) {
    case "revoked":
      return `Revoked ${formatMoment(token.revokedAt!)}`;
    case "expired":
      return "Expired";
    case "issuer-not-admin":
      return "Not working: its issuer is no longer an enabled admin";
    default:
      return "Active";
  }
}
