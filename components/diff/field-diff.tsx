import type { FieldChange } from "@/lib/revisions/diff-snapshots";
import { fieldLabel, referenceFields } from "@/lib/words/field-labels";
import { formatValue, nameOf, termSlugName, type Names } from "@/lib/words/format-value";

// Lists whose items a diff addresses by key: the key after the list's field names an item.
const LIST_FIELDS = new Set(["citations", "claims", "participantIds", "sourceIds", "partyIds", "parties", "preconditions"]);
const HIDDEN = new Set(["id", "createdAt"]);

const changeWord: Record<FieldChange["kind"], string> = {
  changed: "changed",
  added: "added",
  removed: "removed",
  reordered: "reordered",
};

/** "Sources cited › Reuters: Talks resume › Quote", and the field whose value is shown. */
function describePath(path: string[], names: Names): { label: string; field: string } {
  const parts: string[] = [];
  let field = path[0] ?? "";
  path.forEach((segment, i) => {
    const parent = path[i - 1];
    if (parent !== undefined && LIST_FIELDS.has(parent)) {
      // A whole item added or removed describes itself in its value; a change inside
      // an item names the item.
      if (i < path.length - 1) parts.push(itemName(parent, segment, names));
      field = parent;
    } else {
      parts.push(fieldLabel(segment));
      field = segment;
    }
  });
  return { label: parts.join(" › "), field };
}

/** An item of a list by name: a record an id points at, a claim's area, else its key. */
function itemName(list: string, key: string, names: Names): string {
  if (referenceFields[list]) return nameOf(list, key, names);
  return list === "claims" ? termSlugName("area", key, names) : key;
}

function Value({ field, value, names, as: Tag }: { field: string; value: unknown; names: Names; as: "del" | "ins" | "span" }) {
  const text = formatValue(field, value, names);
  if (text === "none") return <span className="text-muted">(none)</span>;
  const style = Tag === "del" ? "line-through decoration-1" : Tag === "ins" ? "no-underline font-medium" : "";
  return <Tag className={`whitespace-pre-line break-words ${style}`}>{text}</Tag>;
}

/**
 * The field-level changes of one revision, as a table: each row says in words what
 * happened to a field (changed, added, removed, reordered) and shows it before → after.
 * Removed text is also struck through and added text bold, never colour alone.
 */
export function FieldDiff({ changes, names, caption }: { changes: FieldChange[]; names: Names; caption: string }) {
  const rows = changes.filter((c) => !HIDDEN.has(c.path[0] ?? ""));
  if (rows.length === 0) return <p className="text-sm text-muted">No field changed in this revision.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1.5 pr-3 font-semibold">Field</th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">Change</th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">Before</th>
            <th scope="col" className="py-1.5 font-semibold">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((change) => {
            const { label, field } = describePath(change.path, names);
            return (
              <tr key={`${change.kind}:${change.path.join("\u0000")}`} className="border-b border-line align-top last:border-b-0">
                <th scope="row" className="py-1.5 pr-3 font-medium">{label}</th>
                <td className="py-1.5 pr-3">{changeWord[change.kind]}</td>
                <td className="max-w-[24rem] py-1.5 pr-3">
                  {change.kind === "added" ? (
                    <span className="text-muted">(none)</span>
                  ) : (
                    <Value field={field} value={change.before} names={names} as="del" />
                  )}
                </td>
                <td className="max-w-[24rem] py-1.5">
                  {change.kind === "removed" ? (
                    <span className="text-muted">(removed)</span>
                  ) : (
                    <Value field={field} value={change.after} names={names} as="ins" />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A new record's values, for a "create" revision: there is no before to compare with. */
export function FieldValues({ changes, names }: { changes: FieldChange[]; names: Names }) {
  const rows = changes.filter((c): c is Extract<FieldChange, { kind: "added" }> => c.kind === "added" && !HIDDEN.has(c.path[0] ?? ""));
  if (rows.length === 0) return null;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map((c) => {
        const { label, field } = describePath(c.path, names);
        return (
          <div key={c.path.join("\u0000")} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="whitespace-pre-line break-words">{formatValue(field, c.after, names)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
