import Link from "next/link";

/** Where the page sits: each ancestor a link, the page itself last and unlinked. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {trail.map((crumb) => (
          // Inline, so that a long name wrapped over two lines ends with its separator.
          <li key={crumb.href}>
            <Link href={crumb.href} className="py-1">
              {crumb.label}
            </Link>
            <span aria-hidden="true" className="ms-1.5">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="py-1">{current}</li>
      </ol>
    </nav>
  );
}
