// The reference data's free-form `details` reach a position as lines of "Key: value", the
// key spelled out from the data's field name ("maxTroops" → "Max troops"). Spelled out by
// rule alone, a name loses what its capitals said ("osceRole" → "Osce role"),
// a unit reads as a word ("Loan eur"), and a value stays as the data holds it: a figure
// with no separators ("85000"), a party as its slug. These put a line in readers' words.
// Acronyms and names come from a table the caller gives (prisma/seed/detail-words.json),
// since they are a negotiation's own words and not the code's.

/** Words a field name's parts are written as: whole names first, then single parts. */
export type DetailWords = {
  /** A whole key as spelled out by rule (lower case) → the key in readers' words. */
  keys: Readonly<Record<string, string>>;
  /** One part of a key (lower case) → how it is written: "osce" → "OSCE". */
  parts: Readonly<Record<string, string>>;
};

// A key ending in a unit names what its figure counts: "Loan eur: 90000" reads "Loan (euros)".
const units: Readonly<Record<string, string>> = {
  days: "days",
  hours: "hours",
  weeks: "weeks",
  years: "years",
  km: "km",
  km2: "km²",
  usd: "US dollars",
  eur: "euros",
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A key in readers' words: "Frozen assets eur" → "Frozen assets (euros)". */
export function readableDetailKey(key: string, words: DetailWords): string {
  const whole = key.trim().toLowerCase();
  if (Object.hasOwn(words.keys, whole)) return words.keys[whole]!;
  const parts = whole.split(/\s+/);
  const last = parts.at(-1)!;
  const unit = parts.length > 1 && Object.hasOwn(units, last) ? units[last] : undefined;
  const named = (unit ? parts.slice(0, -1) : parts).map((part) => (Object.hasOwn(words.parts, part) ? words.parts[part]! : part));
  return capitalised([...named, ...(unit ? [`(${unit})`] : [])].join(" "));
}

const figure = /^\d{5,}$/;

/**
 * A value in readers' words: a bare figure of five digits or more grouped ("85,000"), and a
 * party's slug, alone or in a list ("a; b"), given as the party's short name.
 */
export function readableDetailValue(value: string, partyNames: ReadonlyMap<string, string>): string {
  const trimmed = value.trim();
  if (figure.test(trimmed)) return Number(trimmed).toLocaleString("en-GB");
  const items = trimmed.split("; ");
  if (items.every((item) => partyNames.has(item))) return items.map((item) => partyNames.get(item)!).join("; ");
  return value;
}

/** Each "Key: value" line of a details text in readers' words; other lines as they are. */
export function readableDetails(text: string, words: DetailWords, partyNames: ReadonlyMap<string, string>): string {
  return text
    .split("\n")
    .map((line) => {
      const colon = line.indexOf(": ");
      if (colon <= 0) return line;
      return `${readableDetailKey(line.slice(0, colon), words)}: ${readableDetailValue(line.slice(colon + 2), partyNames)}`;
    })
    .join("\n");
}
