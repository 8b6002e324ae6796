import Link from "next/link";

const pages = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/tokens", label: "API tokens" },
  { href: "/admin/security", label: "Security events" },
];

export function AdminNav({ current }: { current: string }) {
  return (
    <nav aria-label="Administration" className="mb-4">
      <ul className="flex gap-4 text-sm">
        {pages.map((p) => (
          <li key={p.href}>
            <Link href={p.href} aria-current={p.href === current ? "page" : undefined} className="aria-[current=page]:font-semibold">
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
