import { z } from "zod";

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z.iso.date({ error: "Use a date in the form YYYY-MM-DD" });
