import { z } from "zod";
import "@/lib/validation/plain-messages";

/**
 * A calendar date, YYYY-MM-DD, that exists. The message names both demands: "2026-02-30" has
 * the form and is still refused. It aborts, so a check added after it (a range) does not
 * repeat the complaint about a value that is no date at all.
 */
export const isoDate = z.iso.date({ error: "Use a real date, as YYYY-MM-DD", abort: true });

/**
 * A party named by its slug. Whether it takes part in the position's negotiation is checked
 * when the position is saved (lib/terms/term-references.ts), since the shape cannot know.
 */
export const partySlug = z
  .string({ error: "Choose a party" })
  .min(1, "Choose a party")
  .max(80, "That is not the slug of a party")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "That is not the slug of a party");

/** Parties named by slug, each once. */
export const partyList = z
  .array(partySlug)
  .max(50)
  .refine((list) => new Set(list).size === list.length, "Name each party once");

/**
 * Areas of the position's negotiation named by slug, each once; checked on saving like
 * parties (lib/terms/term-references.ts).
 */
export const areaList = z
  .array(
    z
      .string({ error: "Choose an area" })
      .min(1, "Choose an area")
      .max(80, "That is not the slug of an area")
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "That is not the slug of an area"),
  )
  .max(50)
  .refine((list) => new Set(list).size === list.length, "Name each area once");

/** Short items of free text, one per line in forms (preconditions, targets). */
export const textList = z.array(z.string().trim().min(1).max(500)).max(50);

export const shortText = z.string().trim().min(1).max(500);
