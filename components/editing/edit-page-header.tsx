import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";

/** Heading of an editing page, with where it sits and links to the record's other views. */
export function EditPageHeader({
  trail,
  current,
  title,
  links = [],
  children,
}: {
  trail: { href: string; label: string }[];
  current: string;
  title: string;
  links?: { href: string; label: string }[];
  children?: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs trail={trail} current={current} />
      <h1>{title}</h1>
      {links.length > 0 && (
        <ul aria-label="This record" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      )}
      {children && <div className="mt-2 max-w-prose text-muted">{children}</div>}
      <div className="mt-6" />
    </>
  );
}
