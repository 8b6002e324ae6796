// What a schema refuses without a message of its own is said in plain words, the same for the
// API and the forms (lib/validation/plain-messages.ts); a schema's own message comes first.
import { describe, expect, it } from "vitest";
import { z } from "zod";
// Not imported here: the words are installed by the modules every parse goes through, as the
// term shapes (lib/terms/shared.ts) are.
import { parseTerms } from "@/lib/terms";

const messagesOf = (schema: z.ZodType, input: unknown) =>
  Object.fromEntries((schema.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join(".") || "(whole)", issue.message]));

// An invented shape with each kind of bound the term shapes use.
const harbourTerms = z.strictObject({
  berths: z.int().positive().max(36_500).optional(),
  tugs: z.int().nonnegative().max(10_000_000).optional(),
  tonnage: z.number().positive().max(1e13).optional(),
  regime: z.enum(["open", "closed", "pilots-only"]).optional(),
  inspected: z.boolean().optional(),
  conditions: z.array(z.string().trim().min(1).max(500)).max(2).optional(),
  flag: z.literal("civil").optional(),
  named: z.string().min(3).optional(),
});

describe("plain messages for what a schema refuses", () => {
  it("names the bound or the kind of value wanted, with figures as readers write them", () => {
    expect(messagesOf(harbourTerms, { berths: 36_501, tugs: -1, tonnage: 0, regime: "ajar", inspected: "yes", conditions: ["", "x"], flag: "navy", named: "ab" })).toEqual({
      berths: "Must be at most 36,500",
      tugs: "Must be 0 or more",
      tonnage: "Must be above 0",
      regime: 'Must be one of: "open", "closed", "pilots-only"',
      inspected: "Must be true or false",
      "conditions.0": "Must not be empty",
      flag: 'Must be "civil"',
      named: "Must be at least 3 characters",
    });
    expect(messagesOf(harbourTerms, { berths: 1.5, conditions: ["a", "b", "c"], tonnage: "lots" })).toEqual({
      berths: "Must be a whole number",
      conditions: "List at most 2",
      tonnage: "Must be a number",
    });
    expect(messagesOf(harbourTerms, { conditions: ["x".repeat(501)] })).toEqual({ "conditions.0": "Must be at most 500 characters" });
  });

  it("names fields a shape does not have, and says what is missing", () => {
    expect(messagesOf(harbourTerms, { berth: 3 })).toEqual({ "(whole)": 'Not a field here: "berth"' });
    expect(messagesOf(harbourTerms, { berth: 3, tug: 1 })).toEqual({ "(whole)": 'Not fields here: "berth", "tug"' });
    expect(messagesOf(z.strictObject({ port: z.string() }), {})).toEqual({ port: "Required: text" });
    expect(messagesOf(harbourTerms, [])).toEqual({ "(whole)": "Must be an object of named values" });
  });

  it("leaves a schema's own message first", () => {
    expect(messagesOf(z.int({ error: "Count the berths" }).max(10, "At most ten berths"), 11)).toEqual({ "(whole)": "At most ten berths" });
    expect(messagesOf(z.int({ error: "Count the berths" }), "many")).toEqual({ "(whole)": "Count the berths" });
  });

  it("words the term shapes' refusals so, as the API answers them", () => {
    const result = parseTerms("ceasefire", { durationDays: 999_999, scope: "everywhere" });
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      durationDays: "Must be at most 36,500",
      scope: expect.stringMatching(/^Must be one of: "/),
    });
  });
});
