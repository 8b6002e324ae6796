// Terms name some things as sets: the categories an exchange releases, the parties that
// guarantee, the areas a zone covers. A form sends such a list in the order of its options,
// which need not be the order stored (a seed's, an API client's), so an edit of other
// fields would record the set as "reordered". Lists of slugs holding the same members as
// the stored list keep the stored order; free text (a ceasefire's preconditions) keeps the
// order given. Pure.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isSlugList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string" && SLUG.test(item));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** `given` with each list of slugs that holds the same members as its counterpart in `stored` put back in the stored order. */
export function keepSetOrder<T>(given: T, stored: unknown): T {
  if (isSlugList(given) && isSlugList(stored)) {
    const same = given.length === stored.length && new Set(given).size === given.length && stored.every((slug) => given.includes(slug));
    return (same ? [...stored] : given) as T;
  }
  if (isObject(given) && isObject(stored)) {
    return Object.fromEntries(Object.entries(given).map(([key, value]) => [key, keepSetOrder(value, stored[key])])) as T;
  }
  if (Array.isArray(given) && Array.isArray(stored) && given.length === stored.length) {
    return given.map((item, i) => keepSetOrder(item, stored[i])) as T;
  }
  return given;
}
