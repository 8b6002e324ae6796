import Link from "next/link";

/** Where the page sits: each ancestor a link, the page itself last and unlinked. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-x-1.5">
            <Link href={crumb.href} className="inline-block py-1">
              {crumb.label}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
