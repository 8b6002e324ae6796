// Atom feeds of changes: well-formed RFC 4287 with every required element, newest first,
// at most 50 entries, and a scoped feed (negotiation, party, issue) holding only the
// revisions of records in its scope. The route handlers are called directly.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as siteRoute from "@/app/changes.atom/route";
import * as legacyRoute from "@/app/changes/feed.xml/route";
import * as issueRoute from "@/app/negotiations/[slug]/issues/[issue]/changes.atom/route";
import * as negotiationRoute from "@/app/negotiations/[slug]/changes.atom/route";
import * as partyRoute from "@/app/parties/[slug]/changes.atom/route";
import { db } from "@/lib/db/client";
import { createIssue } from "@/lib/issues/create-issue";
import { createNegotiation } from "@/lib/negotiations/create-negotiation";
import { createParty } from "@/lib/parties/create-party";
import { createPlanPoint } from "@/lib/plan-points/create-plan-point";
import { createPosition } from "@/lib/positions/create-position";
import { toPositionInput } from "@/lib/positions/position-input";
import { retractPosition } from "@/lib/positions/retract-position";
import { updatePosition } from "@/lib/positions/update-position";
import { editor, positionFields, seeded, unique } from "../support/editing";

afterAll(() => db.$disconnect());

type Link = { rel: string; href: string; type?: string; title?: string };
type Entry = { id: string; title: { "#text": string }; updated: string; author: { name: string }; link: Link[]; summary: { "#text": string } };
type Feed = { id: string; title: { "#text": string }; updated: string; author: { name: string }; link: Link[]; entry?: Entry[] };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  isArray: (name) => name === "entry" || name === "link",
});

async function fetchFeed(response: Response | Promise<Response>) {
  const res = await response;
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml) as { feed: Feed & { xmlns: string } };
  expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
  for (const required of [feed.id, feed.title?.["#text"], feed.updated, feed.author?.name]) expect(required).toBeTruthy();
  expect(feed.link.some((l) => l.rel === "self")).toBe(true);
  const entries = feed.entry ?? [];
  for (const e of entries) {
    expect(e.id).toMatch(/^urn:parley:revision:.+/);
    expect(e.title["#text"]).toBeTruthy();
    expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(e.author.name).toBeTruthy();
    expect(e.link.find((l) => l.rel === "alternate")?.href).toMatch(/^http:\/\/localhost\//);
  }
  const times = entries.map((e) => Date.parse(e.updated));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  if (entries.length > 0) expect(feed.updated).toBe(entries[0]!.updated);
  return { feed, entries, xml };
}

const request = (path: string) => new Request(`http://localhost${path}`);
const revisionIds = (entries: Entry[]) => entries.map((e) => e.id.replace("urn:parley:revision:", ""));
const site = () => siteRoute.GET(request("/changes.atom"));
const negotiationFeed = (slug: string) => negotiationRoute.GET(request(`/negotiations/${slug}/changes.atom`), { params: Promise.resolve({ slug }) });
const partyFeed = (slug: string) => partyRoute.GET(request(`/parties/${slug}/changes.atom`), { params: Promise.resolve({ slug }) });
const issueFeed = (slug: string, issue: string) =>
  issueRoute.GET(request(`/negotiations/${slug}/issues/${issue}/changes.atom`), { params: Promise.resolve({ slug, issue }) });

async function expectedEntries(entityIds: string[]) {
  const rows = await db.revision.findMany({
    where: { entityId: { in: entityIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

const SHORT_NAME = `R&D <"Q"> 'co'`;
let s: {
  partyId: string;
  partySlug: string;
  edited: string;
  onTerritory: string;
  retracted: string;
  elsewhere: { negotiationId: string; slug: string; issueId: string; issueSlug: string; positionId: string };
};
let base: Awaited<ReturnType<typeof seeded>>;

/** A new negotiation with the party seated, and one issue in it. */
async function talksWithIssue(partyId: string, slug: string, name: string) {
  const negotiation = await createNegotiation({
    input: { slug: unique(`${slug}-talks`), title: `${name} talks`, summary: "Elsewhere.", status: "active", parties: [{ partyId, role: null }] },
    actor: editor,
  });
  const issue = await createIssue({
    input: { negotiationId: negotiation.id, slug: unique(`${slug}-issue`), name: `${name} issue`, description: "Elsewhere.", kind: "general", order: 0 },
    actor: editor,
  });
  return { negotiation, issue };
}

beforeAll(async () => {
  base = await seeded();
  const party = await createParty({
    input: { slug: unique("feed-party"), name: "Feed test party", shortName: SHORT_NAME, kind: "state", colour: "#224466" },
    actor: editor,
  });
  const edited = await createPosition({ input: await positionFields({ partyId: party.id }), actor: editor });
  await updatePosition({ id: edited.id, version: 1, input: { ...toPositionInput(edited), summary: "Edited for the feed test" }, actor: editor, note: "Feed test note" });
  const onTerritory = await createPosition({ input: await positionFields({ partyId: party.id, issueId: base.territory.id, terms: null }), actor: editor });
  const retracted = await createPosition({ input: await positionFields({ partyId: party.id, summary: "A secret summary since retracted" }), actor: editor });
  await retractPosition({ id: retracted.id, version: 1, actor: editor });

  const { negotiation, issue } = await talksWithIssue(party.id, "feed", "Feed test");
  const elsewhere = await createPosition({ input: await positionFields({ partyId: party.id, issueId: issue.id, terms: null }), actor: editor });
  s = {
    partyId: party.id,
    partySlug: party.slug,
    edited: edited.id,
    onTerritory: onTerritory.id,
    retracted: retracted.id,
    elsewhere: { negotiationId: negotiation.id, slug: negotiation.slug, issueId: issue.id, issueSlug: issue.slug, positionId: elsewhere.id },
  };
});

describe("/changes.atom", () => {
  it("names the kind of record changed in words, as a reader says it (a plan point, not planPoint)", async () => {
    const plan = await db.plan.findFirstOrThrow({ where: { retractedAt: null, negotiationId: base.negotiation.id }, select: { id: true } });
    const point = await createPlanPoint({
      input: { planId: plan.id, number: String(Date.now() % 1_000_000), numberPrinted: true, order: 98, summary: "A point for the feed test.", issueIds: [base.ceasefire.id], revisesId: null, change: null, changeNote: null },
      actor: editor,
    });
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "planPoint", entityId: point.id } });
    const { entries } = await fetchFeed(site());
    expect(entries.find((e) => e.id === `urn:parley:revision:${revision.id}`)?.title["#text"]).toMatch(/^New plan point: /);
  });

  it("lists the 50 newest changes of every kind, newest first", async () => {
    const { feed, entries } = await fetchFeed(site());
    expect(feed.id).toBe("urn:parley:changes");
    expect(feed.link.find((l) => l.rel === "self")!.href).toBe("http://localhost/changes.atom");
    expect(feed.link.find((l) => l.rel === "alternate")!.href).toBe("http://localhost/changes");
    expect(revisionIds(entries)).toEqual((await db.revision.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 50 })).map((r) => r.id));
    expect(entries).toHaveLength(50);
  });

  it("titles an entry by what changed, links the record and its history, and summarises the fields", async () => {
    const { entries } = await fetchFeed(site());
    const [update] = await db.revision.findMany({ where: { entityId: s.edited, action: "update" } });
    const entry = entries.find((e) => e.id === `urn:parley:revision:${update!.id}`)!;
    expect(entry.title["#text"]).toBe(`Updated position: ${SHORT_NAME} on ${base.ceasefire.name}`);
    expect(entry.author.name).toBe(editor.label);
    expect(entry.updated).toBe(update!.createdAt.toISOString());
    expect(entry.summary["#text"]).toBe("Changed: Summary. Note: Feed test note");
    expect(entry.link).toEqual([
      { rel: "alternate", type: "text/html", href: `http://localhost/positions/${s.edited}` },
      { rel: "version-history", type: "text/html", title: "History of this record", href: `http://localhost/positions/${s.edited}/history` },
    ]);
  });

  it("names a retracted record only as such", async () => {
    const { entries, xml } = await fetchFeed(site());
    expect(xml).not.toContain("A secret summary since retracted");
    const ids = new Set(await expectedEntries([s.retracted]));
    const hidden = entries.filter((e) => ids.has(e.id.replace("urn:parley:revision:", "")));
    expect(hidden.map((e) => e.title["#text"]).sort()).toEqual(["New position (since retracted)", "Retracted position (since retracted)"]);
    for (const e of hidden) expect(e.link).toEqual([{ rel: "alternate", href: "http://localhost/changes" }]);
  });

  it("is also served at its first address, /changes/feed.xml", async () => {
    const [a, b] = await Promise.all([site().then((r) => r.text()), legacyRoute.GET(request("/changes.atom")).then((r) => r.text())]);
    expect(b).toBe(a);
  });
});

describe("scoped feeds", () => {
  it("a party's feed holds exactly the changes to it and to its positions, in every negotiation", async () => {
    const { feed, entries } = await fetchFeed(partyFeed(s.partySlug));
    expect(feed.id).toBe(`urn:parley:changes:party:${s.partyId}`);
    expect(feed.link.find((l) => l.rel === "self")!.href).toBe(`http://localhost/parties/${s.partySlug}/changes.atom`);
    expect(revisionIds(entries)).toEqual(await expectedEntries([s.partyId, s.edited, s.onTerritory, s.retracted, s.elsewhere.positionId]));
  });

  it("a negotiation's feed holds exactly the changes to it and to the records in it", async () => {
    const { entries } = await fetchFeed(negotiationFeed(s.elsewhere.slug));
    const { negotiationId, issueId, positionId } = s.elsewhere;
    expect(revisionIds(entries)).toEqual(await expectedEntries([negotiationId, issueId, positionId]));
    expect(entries.map((e) => e.title["#text"])).toContain(`New position: ${SHORT_NAME} on Feed test issue`);
  });

  it("the seeded negotiation's feed holds only records of that negotiation", async () => {
    const { entries } = await fetchFeed(negotiationFeed(base.negotiation.slug));
    expect(entries).toHaveLength(50);
    const ids = revisionIds(entries);
    expect(ids).toEqual(expect.arrayContaining(await expectedEntries([s.edited, s.onTerritory])));
    expect(ids).not.toEqual(expect.arrayContaining(await expectedEntries([s.elsewhere.positionId])));
    const revisions = await db.revision.findMany({ where: { id: { in: ids } } });
    for (const r of revisions) {
      const negotiationId = await negotiationOf(r.entityType, r.entityId);
      expect(negotiationId, `${r.entityType} ${r.entityId}`).toBe(base.negotiation.id);
    }
  });

  it("a negotiation with more records than one statement may name has its feed all the same", async () => {
    // SQLite takes at most 999 values in one statement (as Prisma counts): the feed's records
    // are asked for in parts, and the newest of all parts kept.
    const party = await createParty({ input: { slug: unique("bulk-party"), name: "Bulk party", shortName: "Bulk", kind: "state", colour: "#446622" }, actor: editor });
    const { negotiation, issue } = await talksWithIssue(party.id, "bulk", "Bulk");
    const first = await createPosition({ input: await positionFields({ partyId: party.id, issueId: issue.id, terms: null }), actor: editor });
    // Earlier statements, each superseded by the next and the last of them by `first`, as
    // saving them one by one would leave them (without their revisions); written latest
    // first, so that each one's successor is there before it.
    const bulkIds = Array.from({ length: 1_200 }, () => unique("bulk-statement"));
    await db.position.createMany({
      data: bulkIds.map((id, i) => ({
        id,
        partyId: party.id,
        issueId: issue.id,
        stance: "demands",
        summary: `Bulk statement ${i}`,
        statedOn: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
        statedOnPrecision: "day",
        status: "superseded",
        supersededById: bulkIds[i + 1] ?? first.id,
      })).reverse(),
    });
    const last = await createPosition({ input: await positionFields({ partyId: party.id, issueId: issue.id, terms: null }), actor: editor });

    const { entries } = await fetchFeed(negotiationFeed(negotiation.slug));
    expect(revisionIds(entries)).toEqual(await expectedEntries([negotiation.id, issue.id, first.id, last.id]));
    // The negotiation's and the issue's creation, `first`'s and its supersession by `last`, `last`'s.
    expect(entries).toHaveLength(5);
  });

  it("an issue's feed holds exactly the changes to it, to the positions on it and to the plan points touching it", async () => {
    const { entries } = await fetchFeed(issueFeed(base.negotiation.slug, base.territory.slug));
    const ids = revisionIds(entries);
    expect(ids).toEqual(expect.arrayContaining(await expectedEntries([s.onTerritory])));
    const revisions = await db.revision.findMany({ where: { id: { in: ids } } });
    for (const r of revisions) {
      const issueIds =
        r.entityType === "issue"
          ? [r.entityId]
          : r.entityType === "position"
            ? [(await db.position.findUnique({ where: { id: r.entityId } }))?.issueId]
            : r.entityType === "planPoint"
              ? (await db.planPointIssue.findMany({ where: { pointId: r.entityId } })).map((i) => i.issueId)
              : [];
      expect(issueIds, `${r.entityType} ${r.entityId}`).toContain(base.territory.id);
    }
    const other = await fetchFeed(issueFeed(s.elsewhere.slug, s.elsewhere.issueSlug));
    expect(revisionIds(other.entries)).toEqual(await expectedEntries([s.elsewhere.issueId, s.elsewhere.positionId]));
  });

  it("answers 404 for a negotiation, party or issue that does not exist", async () => {
    expect((await negotiationFeed("no-such-talks")).status).toBe(404);
    expect((await partyFeed("no-such-party")).status).toBe(404);
    expect((await issueFeed(base.negotiation.slug, "no-such-issue")).status).toBe(404);
    expect((await issueFeed(s.elsewhere.slug, base.territory.slug)).status).toBe(404);
  });
});

async function negotiationOf(entityType: string, id: string): Promise<string | null | undefined> {
  switch (entityType) {
    case "negotiation":
      return id;
    case "issue":
      return (await db.issue.findUnique({ where: { id } }))?.negotiationId;
    case "position":
      return (await db.position.findUnique({ where: { id }, include: { issue: true } }))?.issue.negotiationId;
    case "event":
      return (await db.event.findUnique({ where: { id } }))?.negotiationId;
    case "commitment":
      return (await db.commitment.findUnique({ where: { id } }))?.negotiationId;
    case "plan":
      return (await db.plan.findUnique({ where: { id } }))?.negotiationId;
    case "planPoint":
      return (await db.planPoint.findUnique({ where: { id }, include: { plan: true } }))?.plan.negotiationId;
    case "area":
      return (await db.area.findUnique({ where: { id } }))?.negotiationId;
    default:
      return null;
  }
}
