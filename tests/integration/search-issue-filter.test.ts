// The search's issue filter. Issues belong to a negotiation, and two negotiations may give one
// slug different names: the seeded Russia–Ukraine talks' `ceasefire` is "Ceasefire terms" (to
// which another test file on this database may add " (renamed)" meanwhile), and the
// Ruritanian talks made here name theirs "Ceasefire". The page's Issue list offers
// each negotiation's issues under their own names, and a choice finds what it names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createIssue } from "@/lib/issues/create-issue";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { listSearchFilters } from "@/lib/search/list-search-filters";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";
import { editor, newParty, newPosition, seeded, unique } from "../support/editing";

afterAll(() => db.$disconnect());

const seededCeasefireName = expect.stringMatching(/^Ceasefire terms( \(renamed\))*$/);

const find = (params: Record<string, unknown>) => search(searchInput.parse(params));
const hitIds = async (params: Record<string, unknown>) => (await find(params)).hits.map((h) => h.id).sort();
const refusal = (params: Record<string, unknown>) =>
  find(params).then(
    () => null,
    (error: { code?: string; details?: { fieldErrors?: object } }) => ({ code: error.code, fieldErrors: error.details?.fieldErrors }),
  );

// A word no seeded record holds, so each search finds the statements made here alone.
const word = `zyxw${Date.now().toString(36)}`;
const made = {} as { negotiation: string; title: string; ceasefire: string; other: string; ours: string; theirs: string };

beforeAll(async () => {
  const [{ ceasefire: seededCeasefire }, party] = await Promise.all([seeded(), newParty()]);
  const title = `Ruritanian talks ${unique()}`;
  const negotiation = await createNegotiation({
    input: { slug: unique("ruritania"), title, summary: "Talks made by a search test.", status: "active", parties: [{ partyId: party.id, role: null }] },
    actor: editor,
  });
  const issue = (slug: string, name: string, order: number) =>
    createIssue({ input: { negotiationId: negotiation.id, slug, name, description: "An issue of the test's talks.", kind: "ceasefire", order }, actor: editor });
  const ceasefire = await issue("ceasefire", "Ceasefire", 0);
  const other = await issue(unique("pause"), "Holiday pause", 1);
  const [ours, theirs] = await Promise.all([
    newPosition({ partyId: party.id, issueId: ceasefire.id, summary: `Ruritania wants a pause ${word}.` }),
    newPosition({ issueId: seededCeasefire.id, summary: `Freedonia wants a pause too ${word}.` }),
  ]);
  Object.assign(made, { negotiation: negotiation.slug, title, ceasefire: ceasefire.id, other: other.slug, ours: ours.id, theirs: theirs.id });
}, 60_000);

describe("the search page's Issue list", () => {
  it("holds the chosen negotiation's issues alone, under their own names", async () => {
    const { issues } = await listSearchFilters({ negotiation: made.negotiation });
    expect(issues).toEqual([
      {
        label: null,
        options: [
          { value: "ceasefire", label: "Ceasefire" },
          { value: made.other, label: "Holiday pause" },
        ],
      },
    ]);
    const seededOnes = (await listSearchFilters({ negotiation: "russia-ukraine" })).issues.flatMap((g) => g.options);
    expect(seededOnes).toContainEqual({ value: "ceasefire", label: seededCeasefireName });
    expect(seededOnes.map((o) => o.label)).not.toContain("Ceasefire");
  });

  it("without a negotiation, holds every negotiation's issues under its title, each once, and first each slug they share", async () => {
    const { issues, negotiations } = await listSearchFilters();
    const group = (label: string) => issues.find((g) => g.label === label)?.options ?? [];
    const ruritanian = group(made.title);
    // A shared slug names an issue in every negotiation that has it: the one chosen is named by its id.
    expect(ruritanian).toEqual([
      { value: made.ceasefire, label: "Ceasefire" },
      { value: made.other, label: "Holiday pause" },
    ]);
    const russiaUkraine = negotiations.find((n) => n.slug === "russia-ukraine")!.title;
    const seededCeasefire = (await seeded()).ceasefire;
    expect(group(russiaUkraine)).toContainEqual({ value: seededCeasefire.id, label: seededCeasefireName });
    const across = group("Across negotiations").find((o) => o.value === "ceasefire");
    expect(across?.label.split(" / ")).toEqual(expect.arrayContaining([seededCeasefireName, "Ceasefire"]));

    // Every value is distinct. (How many issues there are is not checked: other test files
    // add and retract issues on this database while this one runs.)
    const values = issues.flatMap((g) => g.options.map((o) => o.value));
    expect(new Set(values).size).toBe(values.length);
  });
});

describe("the issue filter", () => {
  it("by a slug, finds that issue in every negotiation that has it, or in the one chosen", async () => {
    expect(await hitIds({ q: word, issue: "ceasefire" })).toEqual([made.ours, made.theirs].sort());
    expect(await hitIds({ q: word, issue: "ceasefire", negotiation: made.negotiation })).toEqual([made.ours]);
    expect(await hitIds({ q: word, issue: "ceasefire", negotiation: "russia-ukraine" })).toEqual([made.theirs]);
  });

  it("by an id, finds that one issue", async () => {
    expect(await hitIds({ q: word, issue: made.ceasefire })).toEqual([made.ours]);
    expect(await hitIds({ q: word, issue: made.ceasefire, negotiation: made.negotiation })).toEqual([made.ours]);
    expect(await hitIds({ q: word, issue: (await seeded()).ceasefire.id })).toEqual([made.theirs]);
  });

  it("refuses an issue the negotiation chosen does not have, rather than find nothing", async () => {
    expect(await refusal({ q: word, issue: made.ceasefire, negotiation: "russia-ukraine" })).toEqual({
      code: "validation",
      fieldErrors: { issue: [`The negotiation “russia-ukraine” has no issue “${made.ceasefire}”`] },
    });
    expect(await refusal({ q: word, issue: "army-limits", negotiation: made.negotiation })).toEqual({
      code: "validation",
      fieldErrors: { issue: [`The negotiation “${made.negotiation}” has no issue “army-limits”`] },
    });
  });
});
