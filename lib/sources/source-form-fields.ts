// A source's form fields ⇄ its input, for the client form and the server actions alike.
import { type Assembled, type FieldValues } from "@/lib/forms/fields";
import { pick, toFields } from "@/lib/forms/record-fields";
import type { SourceSnapshot } from "./source-snapshot";

export const SOURCE_FIELDS = ["outlet", "title", "url", "publishedOn"] as const;
export function sourceFromFields(fields: FieldValues): Assembled {
  return { input: pick(fields, SOURCE_FIELDS), renames: {} };
}
export function sourceToFields(s: SourceSnapshot): FieldValues {
  return toFields(s, SOURCE_FIELDS);
}
