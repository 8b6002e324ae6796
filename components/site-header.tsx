import Link from "next/link";
import { AccountMenu } from "./auth/account-menu";
import { HeaderSearch } from "./search/header-search";
import { SiteNav } from "./site-nav";

// On a phone: name and account on the first line, the sections beneath, then search; wide, one line.
/** `signOut`: the server action behind the account corner's "Sign out". */
export function SiteHeader({ signOut }: { signOut: () => Promise<void> }) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
        <Link href="/" className="quiet-link text-xl font-semibold tracking-tight">
          Parley
          <span className="sr-only"> — home</span>
        </Link>
        <div className="w-full -ml-2.5 sm:order-none sm:ml-auto sm:w-auto order-last">
          <SiteNav />
        </div>
        <div className="order-last w-full lg:order-none lg:w-auto">
          <HeaderSearch />
        </div>
        <div className="no-print ml-auto sm:ml-0">
          <AccountMenu signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
