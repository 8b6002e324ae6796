"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/", label: "Negotiations", matches: (path: string) => path === "/" || path.startsWith("/negotiations") },
  { href: "/events", label: "Events", matches: (path: string) => path.startsWith("/events") },
  { href: "/commitments", label: "Commitments", matches: (path: string) => path.startsWith("/commitments") },
];

/** The site's sections; the one being read is marked for assistive technology as well as by eye. */
export function SiteNav() {
  const path = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className="no-print">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 text-[0.95rem]">
        {sections.map((s) => {
          const current = s.matches(path);
          return (
            <li key={s.href}>
              <Link
                href={s.href}
                aria-current={current ? "page" : undefined}
                className={`quiet-link block rounded px-2.5 py-1.5 hover:bg-paper ${current ? "font-semibold underline decoration-2 underline-offset-[0.4em]" : ""}`}
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
