// How a form's messages read: several on one field as separate sentences, and the form's
// summary in the order its fields come in, so its "First:" is the field focus moves to.
// Client-safe: the edit forms use it as they render.
import type { FieldErrors } from "@/lib/errors/app-error";

/** A field's messages as one text, each a sentence of its own ("Enter a slug. Use lowercase letters…"). */
export function joinMessages(messages: readonly string[]): string {
  return messages.map((message) => (/[.!?…:]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`)).join(" ");
}

/**
 * The errors in the order of `names`, the form's fields as submitted; a message keyed by an
 * item of a field ("partyIds.0", "terms.claims.2.area") goes with the field it is part of.
 * Messages for fields not named come last, as they were.
 */
export function inFormOrder(errors: FieldErrors, names: readonly string[]): [string, string[]][] {
  const position = (key: string) => {
    const at = names.findIndex((name) => key === name || key.startsWith(`${name}.`) || name.startsWith(`${key}.`));
    return at === -1 ? names.length : at;
  };
  return Object.entries(errors)
    .map((entry, i) => ({ entry, at: position(entry[0]), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ entry }) => entry);
}

/** A field's messages with those about each of its values ("partyIds.1"), which have no control of their own. */
export function messagesWithItems(errors: FieldErrors, name: string): string[] | undefined {
  const item = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.\\d+$`);
  const all = [...(errors[name] ?? []), ...Object.entries(errors).flatMap(([key, messages]) => (item.test(key) ? messages : []))];
  return all.length ? [...new Set(all)] : undefined;
}
