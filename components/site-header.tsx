import Link from "next/link";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="quiet-link text-xl font-semibold tracking-tight">
          Parley
          <span className="sr-only"> — home</span>
        </Link>
        <SiteNav />
      </div>
    </header>
  );
}
