import Link from "next/link";
import { AccountMenu } from "./auth/account-menu";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="quiet-link text-xl font-semibold tracking-tight">
          Parley
          <span className="sr-only"> — home</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <SiteNav />
          <div className="no-print">
            <AccountMenu />
          </div>
        </div>
      </div>
    </header>
  );
}
