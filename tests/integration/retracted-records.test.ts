// A retracted record is absent from every reader path: pages' loaders, API lists and
// items, search, feeds (the site's and the scoped ones), maps, the changes page and the
// exports, as functions and as HTTP routes (the positions CSV and the reader export leave it
// out; the full JSON archive marks it retracted). A retracted negotiation, party or issue
// hides its position on every path that position is read on. One small world is built through the domain
// functions — a negotiation with a seated party, an issue, a source, an event, a plan with a
// point on the issue, a position citing the source and the point, and a commitment — and each
// record is retracted in turn, checked everywhere
// readers look, then restored. Every path is first checked to show the record, so the
// test fails when a path stops hiding what it should (or stops showing anything). The world
// lives in an empty database of its own: each check reads every export and feed whole, some
// two hundred times, which on the shared database took a minute.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ApiResource } from "@/lib/api/resource";
import { asReader, listRevisionItems } from "@/lib/api/revisions-resource";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { getAreasPage } from "@/lib/areas/get-areas-page";
import { getComparison } from "@/lib/compare/get-comparison";
import { db } from "@/lib/db/client";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { getEvent } from "@/lib/events/get-event";
import { getSource } from "@/lib/sources/get-source";
import { listEvents } from "@/lib/events/list-events";
import { exportDataset } from "@/lib/export/export-dataset";
import { exportPositionsCsv } from "@/lib/export/export-positions-csv";
import { resolveFeedScope } from "@/lib/feeds/feed-scope";
import { listFeedEntries } from "@/lib/feeds/list-feed-entries";
import { getIssuePage } from "@/lib/issues/get-issue-page";
import { getMatrix } from "@/lib/negotiations/get-matrix";
import { listNegotiations } from "@/lib/negotiations/list-negotiations";
import { getPartyPage } from "@/lib/parties/get-party-page";
import { getNegotiationPlans } from "@/lib/plans/get-negotiation-plans";
import { getPlanPage } from "@/lib/plans/get-plan-page";
import { listIssuePlanPoints } from "@/lib/plans/list-issue-plan-points";
import { getPosition } from "@/lib/positions/get-position";
import { getHistory } from "@/lib/records/get-history";
import { historyHref } from "@/lib/records/history-href";
import { entityTypes, recordKind, type EntityType } from "@/lib/records/registry";
import { listSearchFilters } from "@/lib/search/list-search-filters";
import { search } from "@/lib/search/search";
import { searchInput } from "@/lib/search/search-input";
import * as siteFeedRoute from "@/app/changes.atom/route";
import * as negotiationFeedRoute from "@/app/negotiations/[slug]/changes.atom/route";
import * as partyFeedRoute from "@/app/parties/[slug]/changes.atom/route";
import * as issueFeedRoute from "@/app/negotiations/[slug]/issues/[issue]/changes.atom/route";
import * as exportJsonRoute from "@/app/api/v1/export.json/route";
import * as exportCsvRoute from "@/app/api/v1/export.csv/route";
import { compareForApi } from "@/lib/api/compare";
import { getStatementChanges } from "@/lib/compare/get-statement-changes";
import { getAreasGeoJson } from "@/lib/maps/areas-geojson";
import { listAreaShapes } from "@/lib/maps/negotiation-map";
import { editor, unique } from "../support/editing";
import { call, type RouteModule } from "./api-support";

const own = await vi.hoisted(async () => (await import("../support/own-database")).useOwnDatabase("retracted"));
afterAll(async () => {
  await db.$disconnect();
  await own.drop();
});

/** A word no other record holds, so search and the exports can be asked about this world alone. */
const word = `qz${randomBytes(5).toString("hex")}`;

type World = Record<EntityType, { id: string; version: number; slug?: string }>;
let world: World;
/** Where readers find each record: its page, or its history for a kind without one. */
const readerHref = {} as Record<EntityType, string>;

beforeAll(async () => {
  const k = (type: EntityType) => recordKind(type).commands;
  const party = await k("party").create({
    input: { slug: unique("party"), name: `Ruritania ${word}`, shortName: `Ruritania ${word}`.slice(0, 40), kind: "state", colour: "#336699" },
    actor: editor,
  });
  const negotiation = await k("negotiation").create({
    input: { slug: unique("talks"), title: `Ruritanian talks ${word}`, summary: "Test talks.", status: "active", parties: [{ partyId: party.id, role: null }] },
    actor: editor,
  });
  const issue = await k("issue").create({
    input: { negotiationId: negotiation.id, slug: unique("issue"), name: `North Province ${word}`, description: "Who holds it.", kind: "general", order: 1 },
    actor: editor,
  });
  const source = await k("source").create({ input: { outlet: "Ruritanian Gazette", title: `Talks resume ${word}`, url: null, publishedOn: "2025-05-16" }, actor: editor });
  const event = await k("event").create({
    input: {
      negotiationId: negotiation.id, slug: unique("round"), name: `First round ${word}`, date: "2025-05-16", location: null,
      summary: `Delegations met ${word}.`, participantIds: [party.id], sourceIds: [source.id],
    },
    actor: editor,
  });
  const plan = await k("plan").create({
    input: {
      negotiationId: negotiation.id, title: `Ruritanian ten-point plan ${word}`, date: "2025-05", status: "proposed",
      summary: `A framework ${word}.`, authorIds: [party.id], sourceIds: [source.id],
    },
    actor: editor,
  });
  const planPoint = await k("planPoint").create({
    input: { planId: plan.id, number: "1", summary: `North Province demilitarised ${word}`, issueIds: [issue.id] },
    actor: editor,
  });
  const position = await k("position").create({
    input: {
      partyId: party.id, issueId: issue.id, eventId: event.id, stance: "demands", summary: `Wants North Province back ${word}`,
      terms: null, statedOn: "2025-05-16", citations: [{ sourceId: source.id, attribution: "official-statement", quote: null, speaker: null }],
      pointIds: [planPoint.id],
    },
    actor: editor,
  });
  const commitment = await k("commitment").create({
    input: { negotiationId: negotiation.id, eventId: event.id, summary: `Swap detainee lists ${word}`, status: "promised", evidence: null, partyIds: [party.id], sourceIds: [source.id] },
    actor: editor,
  });
  const area = await k("area").create({
    input: { negotiationId: negotiation.id, slug: unique("area"), name: `North Province ${word}`, kind: "province", heldById: party.id, notes: `Held in part ${word}` },
    actor: editor,
  });
  const slugged = async (type: EntityType, row: { id: string; version: number }) =>
    ({ ...row, slug: ((await recordKind(type).writer.load(db, row.id)) as { slug?: string }).slug });
  world = {
    negotiation: await slugged("negotiation", negotiation),
    party: await slugged("party", party),
    issue: await slugged("issue", issue),
    source,
    event: await slugged("event", event),
    position,
    commitment,
    plan,
    planPoint,
    area: await slugged("area", area),
  };
  for (const [type, { id }] of Object.entries(world) as [EntityType, { id: string }][]) {
    const [ref] = await recordKind(type).refs(db, [id]);
    readerHref[type] = ref!.href ?? historyHref(type, id);
  }
}, 60_000);

/** Every id an API list gives, page by page. */
async function listedIds(resource: ApiResource) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await resource.list(resource.listQuery.parse({ limit: "200", ...(cursor ? { cursor } : {}) }));
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

const site = { id: "urn:parley:changes", title: "", subtitle: "", pagePath: "/changes", feedPath: "/changes.atom", records: null };

/** The body of a GET on a route handler, or "" when it answers with an error. */
async function bodyOf(route: object, path: string, params: Record<string, string> = {}) {
  // Route modules type their own params; `call` hands each the ones given here.
  const response = await call(route as RouteModule, "GET", path, { params });
  return response.ok ? response.text() : "";
}

/** Whether an Atom feed's body links to `href` as a record's page (not "since retracted"). */
const feedLinks = (xml: string, href: string) => xml.includes(`href="http://parley.test${href}"`);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The paths on which the world's position is visible now: its own, and those of its parents' pages. */
async function positionSeenOn(): Promise<string[]> {
  const { id } = world.position;
  const n = world.negotiation.slug!;
  const seen: string[] = [];
  const check = (path: string, shown: boolean) => shown && seen.push(path);
  const positions = recordKind("position").api;
  check("api item", (await positions.get(id)) !== null);
  check("api list by text", (await positions.list(positions.listQuery.parse({ q: word }))).items.some((p) => p.id === id));
  check("api list as of", (await positions.list(positions.listQuery.parse({ q: word, asOf: "2025-12-31" }))).items.some((p) => p.id === id));
  check("position page", (await getPosition({ id })) !== null);
  check("history page", (await getHistory({ entityType: "position", id, actor: null })) !== null);
  check("api revisions", (await listRevisionItems({ entityType: "position", entityId: id, limit: 50 } as never, asReader)).items.length > 0);
  check("api revisions list", (await listRevisionItems({ entityType: "position", limit: 200 } as never, asReader)).items.some((r) => r.entityId === id));
  check("matrix cell", [...((await getMatrix({ slug: n }))?.cells.values() ?? [])].some((c) => c.id === id));
  check("matrix cell as of", [...((await getMatrix({ slug: n, asOf: day("2025-12-31") }))?.cells.values() ?? [])].some((c) => c.id === id));
  const cells = (data: Awaited<ReturnType<typeof getComparison>>) => data?.rows.flatMap((r) => r.cells.map((c) => c.position?.id)) ?? [];
  check("compare page", cells(await getComparison({ negotiation: n })).includes(id));
  check("compare page as of", cells(await getComparison({ negotiation: n, asOf: day("2025-12-31") })).includes(id));
  const api = await compareForApi({ negotiation: n, asOf: "2025-12-31" } as never);
  check("compare api", !!api?.rows.some((r) => r.positions.some((p) => p.position?.id === id)));
  check("event page", !!(await getEvent({ slug: world.event.slug! }))?.positions.some((p) => p.id === id));
  check("source page statements", !!(await getSource(world.source.id))?.citations.some((c) => c.position.id === id));
  check("plan page citations", !!(await getPlanPage({ id: world.plan.id }))?.points.some((p) => p.citedBy.some((c) => c.id === id)));
  const issuePage = await getIssuePage({ negotiationSlug: n, issueSlug: world.issue.slug! });
  check("issue page statements", !!issuePage?.parties.some((p) => p.timeline.some((s) => s.id === id)));
  const issuePageThen = await getIssuePage({ negotiationSlug: n, issueSlug: world.issue.slug!, asOf: day("2025-12-31") });
  check("issue page statements as of", !!issuePageThen?.parties.some((p) => p.timeline.some((s) => s.id === id)));
  const partyPage = await getPartyPage({ slug: world.party.slug! });
  check("party page statements", !!partyPage?.negotiations.some((x) => x.issues.some((i) => i.current?.id === id || i.earlier.some((e) => e.id === id))));
  const changes = await getStatementChanges({ negotiationSlug: n, from: day("2025-01-01"), to: day("2025-12-31") });
  check("changes page statements", !!changes?.statements.some((s) => s.id === id));
  check("changes page moves", !!changes?.moves.some((m) => m.after?.id === id));
  check("search", (await search(searchInput.parse({ q: word }))).hits.some((h) => h.id === id));
  const href = readerHref.position;
  check("negotiation feed", feedLinks(await bodyOf(negotiationFeedRoute, `/negotiations/${n}/changes.atom`, { slug: n }), href));
  check("party feed", feedLinks(await bodyOf(partyFeedRoute, `/parties/${world.party.slug}/changes.atom`, { slug: world.party.slug! }), href));
  check("issue feed", feedLinks(await bodyOf(issueFeedRoute, `/negotiations/${n}/issues/${world.issue.slug}/changes.atom`, { slug: n, issue: world.issue.slug! }), href));
  check("site feed", feedLinks(await bodyOf(siteFeedRoute, "/changes.atom"), href));
  const exported = JSON.parse((await bodyOf(exportJsonRoute, "/api/v1/export.json")) || "{}") as { positions?: { id: string }[] };
  check("export.json route", !!exported.positions?.some((p) => p.id === id));
  check("export.csv route", (await bodyOf(exportCsvRoute, "/api/v1/export.csv")).includes(`Wants North Province back ${word}`));
  return seen;
}

/** The reader paths on which `type`'s record of this world is visible now. */
async function seenOn(type: EntityType): Promise<string[]> {
  const { id, slug } = world[type];
  const n = world.negotiation.slug!;
  const seen: string[] = [];
  const check = (path: string, shown: boolean) => shown && seen.push(path);
  const kind = recordKind(type);

  // The API: its item, its list, its history.
  check("api item", (await kind.api.get(id)) !== null);
  check("api list", (await listedIds(kind.api)).includes(id));
  check("api revisions", (await listRevisionItems({ entityType: type, entityId: id, limit: 50 } as never, asReader)).items.length > 0);
  // The history page, as a reader opens it.
  check("history page", (await getHistory({ entityType: type, id, actor: null })) !== null);
  // The site's feed links to it (a retracted record's entries say only "since retracted").
  const entries = await listFeedEntries(site as never, "http://parley.test", 500);
  const page = `http://parley.test${readerHref[type]}`;
  check("site feed", entries.some((e) => !e.title.includes("since retracted") && e.links.some((l) => l.href === page)));
  // Search: the records it indexes, and the filters it offers.
  const hits = await search(searchInput.parse({ q: word }));
  check("search", hits.hits.some((h) => h.id === id));
  const filters = await listSearchFilters();
  const offered = [...filters.negotiations, ...filters.parties].map((f) => f.slug).concat(filters.issues.flatMap((g) => g.options.map((o) => o.value)));
  check("search filters", slug !== undefined && offered.includes(slug));
  // The positions CSV, by the position's summary (and, for the source, its title), and the full archive.
  const csv = await exportPositionsCsv();
  const summary = `Wants North Province back ${word}`;
  const inCsv = { negotiation: summary, party: summary, issue: summary, position: summary, source: `Talks resume ${word}` }[type as string];
  if (inCsv) check("positions csv", csv.includes(inCsv));
  const rowIn = (file: Record<string, unknown>) =>
    Object.entries(file).flatMap(([key, v]): unknown[] => (Array.isArray(v) && key !== "revisions" ? v : [])).find((r) => (r as { id?: string }).id === id) as
      | { retractedAt?: string | null }
      | undefined;
  const archive = await exportDataset();
  check("json export unretracted", rowIn(archive)?.retractedAt === null);
  const reader = await exportDataset({ scope: "reader" });
  check("reader export", rowIn(reader) !== undefined);
  check("reader export revisions", reader.revisions.some((r) => r.entityId === id));

  // The scoped feeds of the world's negotiation, party and issue list its changes as its own.
  const scoped = [
    bodyOf(negotiationFeedRoute, `/negotiations/${n}/changes.atom`, { slug: n }),
    bodyOf(partyFeedRoute, `/parties/${world.party.slug}/changes.atom`, { slug: world.party.slug! }),
    bodyOf(issueFeedRoute, `/negotiations/${n}/issues/${world.issue.slug}/changes.atom`, { slug: n, issue: world.issue.slug! }),
  ];
  check("scoped feeds", (await Promise.all(scoped)).some((xml) => feedLinks(xml, readerHref[type])));
  // The export routes as readers download them.
  const routed = JSON.parse((await bodyOf(exportJsonRoute, "/api/v1/export.json")) || "{}") as { revisions?: { entityId: string }[] };
  check("export.json route", rowIn(routed) !== undefined);
  check("export.json route revisions", !!routed.revisions?.some((r) => r.entityId === id));
  if (inCsv) check("export.csv route", (await bodyOf(exportCsvRoute, "/api/v1/export.csv")).includes(inCsv));
  // A retracted negotiation, party or issue hides its position wherever positions are read.
  if (type === "negotiation" || type === "party" || type === "issue") seen.push(...(await positionSeenOn()).map((path) => `its position: ${path}`));

  // The reading pages' loaders.
  switch (type) {
    case "negotiation":
      check("negotiation page", (await getMatrix({ slug: n })) !== null);
      check("negotiations list", (await listNegotiations()).some((x) => x.slug === n));
      check("compare page", (await getComparison({ negotiation: n })) !== null);
      check("negotiation feed", (await resolveFeedScope({ kind: "negotiation", slug: n })) !== null);
      check("changes page", (await getStatementChanges({ negotiationSlug: n, from: day("2025-01-01"), to: day("2025-12-31") })) !== null);
      check("areas geojson", await getAreasGeoJson(n, {} as never).then(() => true, () => false));
      break;
    case "party":
      check("party page", (await getPartyPage({ slug: slug! })) !== null);
      check("matrix seat", !!(await getMatrix({ slug: n }))?.parties.some((p) => p.id === id));
      check("commitment page parties", !!(await getCommitment(world.commitment.id))?.parties.some((p) => p.slug === slug));
      check("party feed", (await resolveFeedScope({ kind: "party", slug: slug! })) !== null);
      check("changes page parties", !!(await getStatementChanges({ negotiationSlug: n, from: day("2025-01-01"), to: day("2025-12-31") }))?.parties.some((p) => p.id === id));
      check("areas geojson holder", !!(await getAreasGeoJson(n, {} as never).catch(() => null))?.features.some((f) => f.properties.heldBy === slug));
      break;
    case "issue":
      check("issue page", (await getIssuePage({ negotiationSlug: n, issueSlug: slug! })) !== null);
      check("matrix row", !!(await getMatrix({ slug: n }))?.issues.some((i) => i.id === id));
      check("issue feed", (await resolveFeedScope({ kind: "issue", negotiationSlug: n, issueSlug: slug! })) !== null);
      check("changes page issues", !!(await getStatementChanges({ negotiationSlug: n, from: day("2025-01-01"), to: day("2025-12-31") }))?.issues.some((i) => i.id === id));
      break;
    case "position":
      seen.push(...(await positionSeenOn()));
      break;
    case "source":
      check("position page citations", JSON.stringify(await getPosition({ id: world.position.id })).includes(id));
      check("event page sources", JSON.stringify(await getEvent({ slug: world.event.slug! })).includes(id));
      check("plan page sources", !!(await getPlanPage({ id: world.plan.id }))?.plan.sources.some((x) => x.id === id));
      check("commitment page sources", !!(await getCommitment(world.commitment.id))?.sources.some((x) => x.id === id));
      check("source page", (await getSource(id)) !== null);
      break;
    case "event":
      check("event page", (await getEvent({ slug: slug! })) !== null);
      check("events list", (await listEvents({ negotiationSlug: n })).some((e) => e.slug === slug));
      check("source page events", !!(await getSource(world.source.id))?.events.some((e) => e.slug === slug));
      check("commitment page event", (await getCommitment(world.commitment.id))?.event?.slug === slug);
      break;
    case "area":
      check("areas page", !!(await getAreasPage({ negotiationSlug: n }))?.areas.some((a) => a.id === id));
      check("areas geojson", (await getAreasGeoJson(n, {} as never)).features.some((f) => f.id === slug));
      check("map shapes", (await listAreaShapes(world.negotiation.id)).some((a) => JSON.stringify(a).includes(slug!)));
      break;
    case "commitment":
      check("commitments list", (await listCommitments({ negotiationSlug: n })).some((c) => c.id === id));
      check("commitment page", (await getCommitment(id)) !== null);
      check("source page commitments", !!(await getSource(world.source.id))?.commitments.some((c) => c.id === id));
      break;
    case "plan":
      check("plan page", (await getPlanPage({ id })) !== null);
      check("negotiation plans", !!(await getNegotiationPlans({ slug: n }))?.plans.some((p) => p.id === id));
      check("issue page plans", (await listIssuePlanPoints({ issueId: world.issue.id })).some((p) => p.id === id));
      check("source page plans", !!(await getSource(world.source.id))?.plans.some((p) => p.id === id));
      break;
    case "planPoint":
      check("plan page point", !!(await getPlanPage({ id: world.plan.id }))?.points.some((p) => p.id === id));
      check("issue page plan points", (await listIssuePlanPoints({ issueId: world.issue.id })).some((p) => p.points.some((x) => x.id === id)));
      check("position page points", !!(await getPosition({ id: world.position.id }))?.points.some((p) => p.id === id));
      break;
  }
  return seen;
}

// Every kind in the registry: a kind added there fails here until this world holds one of its records.
describe.each(entityTypes)("a retracted %s", (type) => {
  it("is absent from every reader path, and back on each when restored", async () => {
    expect(world[type], `the world of this test has no ${type}: add one in beforeAll`).toBeDefined();
    const before = await seenOn(type);
    expect(before, "the paths every record is on while it stands").toEqual(
      expect.arrayContaining(["api item", "api list", "api revisions", "history page", "site feed", "json export unretracted", "reader export", "reader export revisions"]),
    );
    const { commands, writer } = recordKind(type);
    const current = (await writer.load(db, world[type].id))!;
    const retracted = await commands.retract({ id: current.id, version: current.version, actor: editor });
    expect(await seenOn(type)).toEqual([]);
    await commands.restore({ id: retracted.id, version: retracted.version, actor: editor });
    expect(await seenOn(type)).toEqual(before);
  }, 60_000);
});
