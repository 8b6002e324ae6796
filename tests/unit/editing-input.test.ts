import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { commitmentInput } from "@/lib/commitments/commitment-input";
import { fieldErrorsFrom } from "@/lib/errors/app-error";
import { eventInput } from "@/lib/events/event-input";
import { issueInput } from "@/lib/issues/issue-input";
import { negotiationInput } from "@/lib/negotiations/negotiation-input";
import { partyInput } from "@/lib/parties/party-input";
import { newStatementInput, positionInput, positionInputFor, withdrawalInput } from "@/lib/positions/position-input";
import { sourceInput } from "@/lib/sources/source-input";

function errors(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected errors, got ${JSON.stringify(result.data)}`);
  return fieldErrorsFrom(result.error);
}

const source = { outlet: "Reuters", title: "Talks resume in Harbour Town", url: "https://www.reuters.com/x", publishedOn: "2025-05-16" };
const position = {
  partyId: "ruritania",
  issueId: "ceasefire",
  eventId: "",
  stance: "demands",
  summary: "A ceasefire only after a settlement.",
  statedOn: "2025-05",
  citations: [{ sourceId: "src-1", attribution: "official-statement", quote: "", speaker: "" }],
};

describe("text fields", () => {
  it("trims, turns CRLF into newlines and stores blank optional fields as null", () => {
    const parsed = positionInput.parse({ ...position, summary: "  Line one\r\nLine two  ", details: "   " });
    expect(parsed.summary).toBe("Line one\nLine two");
    expect(parsed.details).toBeNull();
    expect(parsed.eventId).toBeNull();
    expect(parsed.citations[0]).toEqual({ sourceId: "src-1", attribution: "official-statement", quote: null, speaker: null });
  });

  it("names each missing required field", () => {
    const e = errors(positionInput, {});
    expect(Object.keys(e).sort()).toEqual(["citations", "issueId", "partyId", "stance", "statedOn", "summary"]);
    expect(e.summary).toEqual(["Enter the summary"]);
    expect(e.stance![0]).toMatch(/^Choose a stance: demands, proposes/);
  });

  it("refuses text that shows nothing, required or optional, but keeps emoji and words with joiners", () => {
    for (const blank of ["\u200b\u200b", "\u2060", "\u3164", "\u0301", "\u200d\u00a0\u2800"]) {
      const e = errors(positionInput, { ...position, summary: blank, details: blank });
      expect(e.summary, JSON.stringify(blank)).toEqual(["The summary holds only invisible characters: type some words"]);
      expect(e.details, JSON.stringify(blank)).toHaveLength(1);
    }
    expect(positionInput.parse({ ...position, summary: "👩\u200d👩\u200d👧 caf\u0065\u0301" }).summary).toBe("👩\u200d👩\u200d👧 café");
  });

  it("refuses 100,000-character text with the count and the limit", () => {
    expect(errors(positionInput, { ...position, summary: "x".repeat(100_000) }).summary).toEqual([
      "The summary is too long: 100,000 characters, the limit is 2,000",
    ]);
    const quote = errors(positionInput, { ...position, citations: [{ ...position.citations[0], quote: "q".repeat(501) }] });
    expect(quote["citations.0.quote"]).toEqual(["The quote is too long: 501 characters, the limit is 500"]);
  });

  it("counts characters as readers do: an emoji is one", () => {
    expect(sourceInput.safeParse({ ...source, title: "🕊️".repeat(200) }).success).toBe(true);
  });

  it("stores markup verbatim: pages escape it", () => {
    const parsed = sourceInput.parse({ ...source, title: "<script>alert(1)</script>", outlet: "<b>Wire</b> & Co" });
    expect(parsed.title).toBe("<script>alert(1)</script>");
    expect(parsed.outlet).toBe("<b>Wire</b> & Co");
  });

  it("refuses control characters other than newline and tab", () => {
    expect(errors(sourceInput, { ...source, title: "Bell\u0007" }).title).toEqual([
      "The title contains invisible control characters; remove them",
    ]);
    expect(errors(positionInput, { ...position, summary: "nul\u0000byte" }).summary![0]).toMatch(/control characters/);
    expect(positionInput.parse({ ...position, summary: "col\tumn\nrow" }).summary).toBe("col\tumn\nrow");
  });

  it("refuses bidirectional override characters that make text read differently", () => {
    for (const ch of ["\u202E", "\u202D", "\u2066", "\u2067", "\u2069"]) {
      expect(errors(sourceInput, { ...source, title: `Ruritania${ch}txt.exe` }).title![0]).toMatch(/text-direction override/);
    }
  });

  it("keeps the joiners and marks real scripts need, and right-to-left text itself", () => {
    const persian = "می\u200Cخواهم"; // zero-width non-joiner is part of Persian spelling
    const family = "👩\u200D👩\u200D👧";
    const hebrew = "\u200Fשלום";
    for (const title of [persian, family, hebrew, "Мирные переговоры", "محادثات السلام"]) {
      expect(sourceInput.parse({ ...source, title }).title).toBe(title.normalize("NFC"));
    }
  });

  it("stores text in composed Unicode form", () => {
    expect(sourceInput.parse({ ...source, outlet: "Cafe\u0301" }).outlet).toBe("Café");
  });

  it("refuses broken UTF-16 (a lone surrogate) rather than storing garbage", () => {
    expect(errors(sourceInput, { ...source, title: "bad \uD800 text" }).title![0]).toMatch(/broken characters/);
  });

  it("keeps one-line fields on one line", () => {
    expect(errors(sourceInput, { ...source, outlet: "Two\nlines" }).outlet).toEqual(["The outlet must fit on one line"]);
  });

  it("names unknown fields instead of ignoring them", () => {
    expect(errors(sourceInput, { ...source, sumary: "typo" })[""]).toEqual(["Parley does not know the field “sumary”"]);
  });
});

describe("source URLs", () => {
  it("accepts http and https addresses and an empty one as none", () => {
    expect(sourceInput.parse(source).url).toBe("https://www.reuters.com/x");
    expect(sourceInput.parse({ ...source, url: "http://example.org/a?b=c#d" }).url).toBe("http://example.org/a?b=c#d");
    expect(sourceInput.parse({ ...source, url: "  " }).url).toBeNull();
    expect(sourceInput.parse({ ...source, url: undefined }).url).toBeNull();
  });

  it.each([
    ["javascript:alert(1)", /starting with http:\/\/ or https:\/\/ .*“javascript:”/],
    ["JavaScript:alert(1)", /“javascript:”/],
    ["data:text/html,<script>alert(1)</script>", /“data:”/],
    ["ftp://example.org/file", /“ftp:”/],
    ["www.example.org", /full web address/],
    ["https://exa mple.org", /spaces/],
    ["https://user:secret@example.org", /user name or password/],
    ["https://example.org/\u200Bx", /invisible/],
  ])("refuses %s with a clear message", (url, message) => {
    expect(errors(sourceInput, { ...source, url }).url![0]).toMatch(message);
  });
});

describe("dates", () => {
  it("accepts a statement date to the day, month or year, and nothing else", () => {
    for (const statedOn of ["2025-05-16", "2025-05", "2025"]) expect(positionInput.safeParse({ ...position, statedOn }).success).toBe(true);
    for (const statedOn of ["16/05/2025", "2025-02-30", "2025-13", "tomorrow"]) {
      expect(errors(positionInput, { ...position, statedOn }).statedOn![0]).toMatch(/YYYY-MM-DD, YYYY-MM or YYYY/);
    }
  });

  it("wants a withdrawal date to the day, not before the statement", () => {
    expect(errors(positionInput, { ...position, withdrawnOn: "2025-06" }).withdrawnOn![0]).toMatch(/YYYY-MM-DD/);
    expect(errors(positionInput, { ...position, withdrawnOn: "2025-04-30" }).withdrawnOn).toEqual([
      "The withdrawal date cannot be before the statement date",
    ]);
    expect(positionInput.parse({ ...position, withdrawnOn: "2025-05-01" }).withdrawnOn).toBe("2025-05-01");
  });
});

describe("dates of what has happened", () => {
  // Relative to the real clock: Date.now() runs on in the test as in the app.
  const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

  it("refuses a statement, withdrawal or publication dated after today, saying so", () => {
    const later = day(3);
    expect(errors(positionInput, { ...position, statedOn: later }).statedOn).toEqual(["The statement date cannot be after today"]);
    expect(errors(positionInput, { ...position, statedOn: String(new Date().getUTCFullYear() + 1) }).statedOn).toEqual([
      "The statement date cannot be after today",
    ]);
    expect(errors(positionInput, { ...position, withdrawnOn: later }).withdrawnOn).toEqual(["The withdrawal date cannot be after today"]);
    expect(errors(withdrawalInput, { withdrawnOn: later }).withdrawnOn).toEqual(["The withdrawal date cannot be after today"]);
    expect(errors(sourceInput, { ...source, publishedOn: later }).publishedOn).toEqual(["The publication date cannot be after today"]);
  });

  it("accepts today, this month and this year, and tomorrow's date where it is already tomorrow somewhere", () => {
    for (const statedOn of [day(0), day(0).slice(0, 7), day(0).slice(0, 4), day(-400)]) {
      expect(positionInput.safeParse({ ...position, statedOn, withdrawnOn: day(0) }).success, statedOn).toBe(true);
    }
    expect(sourceInput.safeParse({ ...source, publishedOn: day(0) }).success).toBe(true);
    // UTC+14 is up to 14 hours ahead of UTC: its today may be UTC's tomorrow.
    const aheadSomewhere = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    expect(positionInput.safeParse({ ...position, statedOn: aheadSomewhere }).success).toBe(true);
  });

  it("leaves events and plans free to be dated ahead: a round of talks can be scheduled", () => {
    const event = { negotiationId: "n1", slug: "next-round", name: "Next round", date: day(30), summary: "Scheduled." };
    const result = eventInput.safeParse(event);
    expect(result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === "date")).toEqual([]);
  });
});

describe("positions", () => {
  it("needs at least one citation, each source once", () => {
    expect(errors(positionInput, { ...position, citations: [] }).citations).toEqual(["Cite at least one source"]);
    const twice = errors(positionInput, { ...position, citations: [position.citations[0], position.citations[0]] });
    expect(twice["citations.1.sourceId"]![0]).toMatch(/already cited/);
  });

  it("stores empty terms as none", () => {
    expect(positionInput.parse({ ...position, terms: {} }).terms).toBeNull();
    expect(positionInput.parse({ ...position, terms: { claims: [] } }).terms).toBeNull();
  });

  it("checks terms against an issue kind when a form knows it", () => {
    const territory = positionInputFor("territory");
    const e = errors(territory, { ...position, terms: { claims: [{ area: "North Province", outcome: "frozen-line" }] } });
    expect(e).toEqual({ "terms.claims.0.area": ["That is not the slug of an area"] });
  });

  it("asks a new statement for neither party nor issue", () => {
    const { partyId: _p, issueId: _i, ...statement } = position;
    expect(newStatementInput.safeParse(statement).success).toBe(true);
    expect(errors(newStatementInput, position)[""]![0]).toMatch(/“partyId”, “issueId”/);
  });
});

describe("the other records", () => {
  it("parties: slug rules, colour as hex (lower-cased), a kind from the list", () => {
    const party = { slug: "vatican", name: "Holy See", shortName: "Vatican", kind: "state", colour: "#FFCC00" };
    expect(partyInput.parse(party).colour).toBe("#ffcc00");
    const e = errors(partyInput, { ...party, slug: "Holy See", colour: "yellow", kind: "church" });
    expect(Object.keys(e).sort()).toEqual(["colour", "kind", "slug"]);
  });

  it("negotiations: each party seated once", () => {
    const n = { slug: "x", title: "X", summary: "Y", status: "active", parties: [{ partyId: "a" }, { partyId: "a", role: "host" }] };
    expect(errors(negotiationInput, n)["parties.1.partyId"]).toEqual(["This party is already listed"]);
  });

  it("issues: order is a whole number from 0", () => {
    const issue = { negotiationId: "n", slug: "prisoners", name: "Prisoners", description: "Exchanges.", kind: "general" };
    expect(issueInput.parse(issue).order).toBe(0);
    expect(issueInput.parse({ ...issue, order: "3" }).order).toBe(3);
    expect(errors(issueInput, { ...issue, order: -1 }).order).toEqual(["The order cannot be negative"]);
  });

  it("events: a partial date, participants kept sorted, each listed once", () => {
    const event = { negotiationId: "n", slug: "round-3", name: "Third round", date: "2025-07", summary: "Met.", participantIds: ["z", "a"], sourceIds: [] };
    expect(eventInput.parse(event).participantIds).toEqual(["a", "z"]);
    expect(errors(eventInput, { ...event, sourceIds: ["s", "s"] }).sourceIds).toEqual(["Each source may be listed only once"]);
  });

  it("commitments: at least one party and a status from the list", () => {
    const c = { negotiationId: "n", summary: "Exchange 1,000 prisoners each.", status: "promised", partyIds: ["a"], sourceIds: [] };
    expect(commitmentInput.parse(c).eventId).toBeNull();
    const e = errors(commitmentInput, { ...c, partyIds: [], status: "kept" });
    expect(e.partyIds).toEqual(["Choose at least one party"]);
    expect(e.status![0]).toMatch(/promised, in-progress, fulfilled, broken/);
  });
});

describe("field errors", () => {
  it("name a field whose path holds an input's key like any other, even one named like an object's member", async () => {
    const { z } = await import("zod");
    const counts = z.record(z.string(), z.number());
    const result = counts.safeParse({ toString: "many", constructor: "few" });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFrom(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["constructor", "toString"]);
  });
});
