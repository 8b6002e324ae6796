// Whole numbers as forms, query strings and JSON bodies give them: a number, or a string of
// decimal digits. `z.coerce.number()` reads whatever `Number()` does — "0x10" as 16, "1e3" as
// 1000, `true` as 1, "" as 0 — so a mistyped value would pass as a different one instead of
// being refused with the field's message.
import { z } from "zod";

const DIGITS = /^\s*[+-]?\d+\s*$/;

/** A number as given, decimal digits as their number, a blank string as nothing; anything else unchanged, for the schema to refuse. */
export function readWholeNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (value.trim() === "") return undefined;
  return DIGITS.test(value) ? Number(value) : value;
}

/** `schema`, a `z.number()` with its own messages, fed only by what `readWholeNumber` reads as a number. */
export function wholeNumberFrom<T extends z.ZodType>(schema: T) {
  return z.preprocess(readWholeNumber, schema);
}
