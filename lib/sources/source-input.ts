import { z } from "zod";
import { optionalPartialDateField } from "@/lib/validation/date-field";
import type { SourceSnapshot } from "@/lib/sources/source-snapshot";
import { knownFieldsOnly, requiredText } from "@/lib/validation/text-field";

const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/**
 * The address with its scheme and site in lower case, which they mean whatever their case
 * (RFC 3986), so that one report typed "HTTPS://Outlet.example/Story" is found as the same
 * address as "https://outlet.example/Story" (same-address.ts). The path keeps its case, which
 * a site may read.
 */
function withSiteInLowerCase(address: string): string {
  return address.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, (site) => site.toLowerCase());
}

/** An absolute http(s) address; empty means the source is known only through another outlet. */
export const sourceUrl = z.preprocess(
  (value) => {
    const text = typeof value === "string" ? value.trim() : value;
    return text === "" || text === undefined ? null : text;
  },
  z
    .string({ error: "Enter the web address as text" })
    .max(2000, "The web address is too long: the limit is 2,000 characters")
    .superRefine((text, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: "custom", message });
      if (/\s/u.test(text)) return fail("The web address cannot contain spaces or line breaks");
      if (INVISIBLE.test(text)) return fail("The web address contains invisible characters; retype it");
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
      if (scheme && scheme !== "http" && scheme !== "https") {
        return fail(`Only web addresses starting with http:// or https:// can be recorded (this one starts with “${scheme}:”)`);
      }
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return fail("Enter the full web address, starting with https:// (or http://)");
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        return fail("Only web addresses starting with http:// or https:// can be recorded");
      }
      if (!url.hostname) return fail("Enter the full web address, including the site's name");
      if (url.username || url.password) return fail("The web address must not contain a user name or password");
    })
    .transform(withSiteInLowerCase)
    .meta({ format: "uri", description: "An absolute http:// or https:// address" })
    .nullable(),
);

export const sourceInput = z.strictObject({
  outlet: requiredText({ label: "the outlet", max: 200 }),
  title: requiredText({ label: "the title", max: 500 }),
  url: sourceUrl,
  publishedOn: optionalPartialDateField("the publication date", { past: true }),
}, knownFieldsOnly);
export type SourceInput = z.infer<typeof sourceInput>;

/** The form's values for a stored source. */
export function toSourceInput(s: SourceSnapshot) {
  return { outlet: s.outlet, title: s.title, url: s.url, publishedOn: s.publishedOn };
}
