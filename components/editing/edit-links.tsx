import Link from "next/link";
import { canEdit } from "@/lib/forms/require-editor";

export type EditLink = { href: string; label: string; /** Read after the label by screen readers: "Edit" → "Edit Ruritania". */ context?: string };

/**
 * Small editing links for signed-in editors on a reading page; nothing at all for readers.
 * The actor is the one the header's account menu already looked up for this request.
 */
export async function EditLinks({ links, label = "Editing" }: { links: EditLink[]; label?: string }) {
  if (!(await canEdit())) return null;
  return (
    <nav aria-label={label} className="no-print my-3 text-sm">
      <ul className="flex flex-wrap gap-x-2 gap-y-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="inline-block rounded border border-line bg-surface px-2.5 py-1 hover:bg-paper">
              {link.label}
              {link.context && <span className="sr-only"> {link.context}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
