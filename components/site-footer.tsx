import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-line bg-surface text-sm text-muted">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:px-6">
        <p>
          Parley records what each party to a peace negotiation has said it wants or offers, dated by when it was
          said, with the sources for every claim.
        </p>
        <nav aria-label="Footer" className="no-print">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/">Negotiations</Link>
            </li>
            <li>
              <Link href="/events">Events</Link>
            </li>
            <li>
              <Link href="/commitments">Commitments</Link>
            </li>
            <li>
              <Link href="/changes">Recent changes</Link>
            </li>
            <li>
              <Link href="/data">Download the data</Link>
            </li>
            <li>
              <Link href="/api">API reference</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
