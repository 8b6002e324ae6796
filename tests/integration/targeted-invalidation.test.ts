// Targeted invalidation (lib/cache): a committed change drops, in every process, only the
// cached answers that depend on what it touched. Two change signals and two response caches
// on one database stand for two Parley instances; the answers are keyed and their
// dependencies resolved from real addresses of the seeded records.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Scope } from "@/lib/cache/change-scope";
import { watchChanges, type ChangeSignal } from "@/lib/cache/change-signal";
import { dependenciesOf } from "@/lib/cache/dependencies";
import { ResponseCache } from "@/lib/cache/response-cache";
import { storeResponse } from "@/lib/cache/stored-response";
import { db } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/engine";
import { toPositionInput } from "@/lib/positions/position-input";
import { updatePosition } from "@/lib/positions/update-position";
import { getRecordSnapshot } from "@/lib/records/get-record-snapshot";
import type { PositionSnapshot } from "@/lib/positions/position-snapshot";
import { toIssueInput } from "@/lib/issues/issue-input";
import type { IssueSnapshot } from "@/lib/issues/issue-snapshot";
import { updateIssue } from "@/lib/issues/update-issue";
import { createPosition } from "@/lib/positions/create-position";
import { toPartyInput } from "@/lib/parties/party-input";
import type { PartySnapshot } from "@/lib/parties/party-snapshot";
import { updateParty } from "@/lib/parties/update-party";
import type { SourceSnapshot } from "@/lib/sources/source-snapshot";
import { toSourceInput } from "@/lib/sources/source-input";
import { updateSource } from "@/lib/sources/update-source";
import { editor, newSource, positionFields } from "../support/editing";

type Instance = { cache: ResponseCache; signal: ChangeSignal; scopes: Scope[] };
let instances: Instance[] = [];

async function startInstance({ staleMs = 0 }: { staleMs?: number } = {}): Promise<Instance> {
  const cache = new ResponseCache({ staleMs });
  const scopes: Scope[] = [];
  const signal = await watchChanges(databaseUrl(), (scope) => (scopes.push(scope), cache.invalidate(scope)), { pollMs: 50 });
  return { cache, signal, scopes };
}

const page = (path: string) => async () => ({ response: storeResponse(200, { "content-type": "text/html" }, Buffer.from(path)), store: true });

/** Renders and keeps every address in both caches. */
async function fillBoth(paths: string[]) {
  for (const { cache } of instances) for (const path of paths) await cache.get(path, page(path), () => dependenciesOf(path));
}

/** Whether `cache` still holds the answer at `path` (asking does not keep it again). */
async function isCached(cache: ResponseCache, path: string) {
  const rendering = async () => ({ ...(await page(path)()), store: false });
  return (await cache.get(path, rendering, () => dependenciesOf(path))).hit;
}

/** A position, the addresses that depend on its negotiation, and addresses of another negotiation that do not. */
async function seededAddresses() {
  // The two seeded negotiations (other tests add negotiations of their own).
  const [changed, other] = await Promise.all([
    db.negotiation.findUniqueOrThrow({ where: { slug: "russia-ukraine" } }),
    db.negotiation.findUniqueOrThrow({ where: { slug: "israel-hamas-gaza" } }),
  ]);
  const positionIn = (negotiationId: string) =>
    db.position.findFirstOrThrow({ where: { retractedAt: null, issue: { negotiationId } }, orderBy: { id: "asc" } });
  const [position, untouchedPosition] = await Promise.all([positionIn(changed.id), positionIn(other.id)]);
  const issue = await db.issue.findUniqueOrThrow({ where: { id: position.issueId } });
  const changedParty = await db.party.findUniqueOrThrow({ where: { id: position.partyId } });
  // In the same negotiation: another issue, another seated party, a statement of another cell.
  const otherIssue = await db.issue.findFirstOrThrow({ where: { negotiationId: changed.id, id: { not: issue.id } }, orderBy: { slug: "asc" } });
  const otherSeated = await db.party.findFirstOrThrow({ where: { negotiations: { some: { negotiationId: changed.id } }, id: { not: changedParty.id } }, orderBy: { slug: "asc" } });
  const otherCell = await db.position.findFirstOrThrow({
    where: { retractedAt: null, issueId: otherIssue.id, partyId: { not: changedParty.id } },
    orderBy: { id: "asc" },
  });
  const commitmentIn = (negotiationId: string) => db.commitment.findFirstOrThrow({ where: { retractedAt: null, negotiationId }, orderBy: { id: "asc" } });
  const [commitment, untouchedCommitment] = await Promise.all([commitmentIn(changed.id), commitmentIn(other.id)]);
  // A party with no seat at the changed negotiation.
  const otherParty = await db.party.findFirstOrThrow({
    where: { negotiations: { some: { negotiationId: other.id }, none: { negotiationId: changed.id } } },
  });
  return {
    position,
    issue,
    // What a statement's save leaves cached in its own negotiation; any other change there drops it.
    sameNegotiation: [
      `/negotiations/${changed.slug}/issues/${otherIssue.slug}`,
      `/parties/${otherSeated.slug}`,
      `/positions/${otherCell.id}`,
      `/api/v1/issues/${otherIssue.id}`,
      `/api/v1/positions/${otherCell.id}`,
      // A commitment's page shows no statements.
      `/commitments/${commitment.id}`,
    ],
    dependent: [
      `/negotiations/${changed.slug}`,
      `/negotiations/${changed.slug}/issues/${issue.slug}`,
      `/negotiations/${changed.slug}/compare?a=x&b=y`,
      `/negotiations/${changed.slug}/changes`,
      `/api/v1/issues/${issue.id}`,
      `/positions/${position.id}`,
      `/parties/${changedParty.slug}`,
      `/api/v1/negotiations/${changed.id}`,
      `/api/v1/positions/${position.id}`,
    ],
    crossNegotiation: ["/", "/search?q=ceasefire", "/changes", "/changes.atom", "/api/v1/positions", "/api/v1/revisions"],
    independent: [
      `/negotiations/${other.slug}`,
      `/negotiations/${other.slug}/compare`,
      `/positions/${untouchedPosition.id}`,
      `/parties/${otherParty.slug}`,
      `/api/v1/negotiations/${other.slug}`,
      `/api/v1/positions/${untouchedPosition.id}`,
      `/commitments/${untouchedCommitment.id}`,
    ],
  };
}

beforeEach(async () => {
  instances = [await startInstance(), await startInstance()];
  // PostgreSQL reports "everything" on connecting, as it cannot know what it missed.
  await new Promise((resolve) => setTimeout(resolve, 200));
});
afterEach(async () => {
  await Promise.all(instances.map(({ signal }) => signal.close()));
});
afterAll(() => db.$disconnect());

describe("targeted invalidation across instances", () => {
  it("drops on both instances what depends on a saved position, and keeps the other negotiation's pages and its own other issues', parties' and cells' pages", async () => {
    const { position, dependent, crossNegotiation, independent, sameNegotiation } = await seededAddresses();
    await fillBoth([...dependent, ...crossNegotiation, ...independent, ...sameNegotiation]);

    const before = (await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id: position.id }))!;
    await updatePosition({
      id: position.id,
      version: before.version,
      input: { ...toPositionInput(before), summary: `${before.summary} (revised ${Date.now()})` },
      actor: editor,
    });

    // Fresh within 1 s on both instances (the change reaches them by NOTIFY or a 50 ms poll).
    for (const { cache } of instances) {
      await vi.waitFor(async () => expect(await isCached(cache, dependent[0]!)).toBe(false), { timeout: 1_000, interval: 10 });
    }
    for (const { cache, scopes } of instances) {
      expect(scopes.at(-1)?.everything).toBe(false);
      for (const path of [...dependent, ...crossNegotiation]) expect(await isCached(cache, path), path).toBe(false);
      for (const path of [...independent, ...sameNegotiation]) expect(await isCached(cache, path), path).toBe(true);
    }
  });

  it("drops every page of a negotiation when one of its records other than a statement changes, and keeps the other negotiation's", async () => {
    const { issue, dependent, sameNegotiation, independent } = await seededAddresses();
    await fillBoth([...dependent, ...sameNegotiation, ...independent]);
    const before = (await getRecordSnapshot<IssueSnapshot>({ entityType: "issue", id: issue.id }))!;
    await updateIssue({ id: issue.id, version: before.version, input: { ...toIssueInput(before), description: `${before.description.replace(/ \(revised \d+\)$/, "")} (revised ${Date.now()})` }, actor: editor });
    for (const { cache } of instances) {
      await vi.waitFor(async () => expect(await isCached(cache, dependent[0]!)).toBe(false), { timeout: 1_000, interval: 10 });
    }
    for (const { cache } of instances) {
      for (const path of [...dependent, ...sameNegotiation]) expect(await isCached(cache, path), path).toBe(false);
      for (const path of independent) expect(await isCached(cache, path), path).toBe(true);
    }
  });

  it("keeps every negotiation's pages for a new source, which nothing cites yet, and drops the lists", async () => {
    const { dependent, crossNegotiation, independent } = await seededAddresses();
    await fillBoth([...dependent, ...crossNegotiation, ...independent]);
    await newSource();
    for (const { cache } of instances) {
      await vi.waitFor(async () => expect(await isCached(cache, crossNegotiation[0]!)).toBe(false), { timeout: 1_000, interval: 10 });
      for (const path of crossNegotiation) expect(await isCached(cache, path), path).toBe(false);
      for (const path of [...dependent, ...independent]) expect(await isCached(cache, path), path).toBe(true);
    }
  });

  it("drops everything when a change does not say what it touched", async () => {
    const { crossNegotiation, independent } = await seededAddresses();
    await fillBoth([...crossNegotiation, ...independent]);
    // A write made outside the write path (a script, say) leaves no scope.
    const party = await db.party.findFirstOrThrow();
    await db.party.update({ where: { id: party.id }, data: { name: party.name } });

    for (const { cache } of instances) {
      await vi.waitFor(async () => expect(await isCached(cache, independent[0]!)).toBe(false), { timeout: 1_000, interval: 10 });
      for (const path of [...crossNegotiation, ...independent]) expect(await isCached(cache, path), path).toBe(false);
    }
  });

  it("reaches the page of a party that spoke on a negotiation where it has no seat, and that negotiation's pages from the party", async () => {
    const position = await createPosition({ input: await positionFields(), actor: editor });
    const [party, issue] = await Promise.all([
      db.party.findUniqueOrThrow({ where: { id: position.partyId } }),
      db.issue.findUniqueOrThrow({ where: { id: position.issueId }, include: { negotiation: true } }),
    ]);
    expect(await db.negotiationParty.count({ where: { partyId: party.id } })).toBe(0);
    // The statement's own save drops both pages; only what follows it is under test.
    for (const { scopes } of instances) {
      await vi.waitFor(() => expect(scopes.some((scope) => !scope.everything && scope.records.has(`position:${position.id}`))).toBe(true), { timeout: 1_000, interval: 10 });
    }
    const partyPage = `/parties/${party.slug}`;
    const issuePage = `/negotiations/${issue.negotiation.slug}/issues/${issue.slug}`;

    // The issue's name is on the party's page.
    await fillBoth([partyPage]);
    const issueBefore = (await getRecordSnapshot<IssueSnapshot>({ entityType: "issue", id: issue.id }))!;
    await updateIssue({ id: issue.id, version: issueBefore.version, input: { ...toIssueInput(issueBefore), name: `${issueBefore.name} (renamed)` }, actor: editor });
    for (const { cache } of instances) await vi.waitFor(async () => expect(await isCached(cache, partyPage)).toBe(false), { timeout: 1_000, interval: 10 });

    // The party's name is on the issue's page, beside its statement.
    await fillBoth([issuePage]);
    const partyBefore = (await getRecordSnapshot<PartySnapshot>({ entityType: "party", id: party.id }))!;
    await updateParty({ id: party.id, version: partyBefore.version, input: { ...toPartyInput(partyBefore), name: `${partyBefore.name} (renamed)` }, actor: editor });
    for (const { cache } of instances) await vi.waitFor(async () => expect(await isCached(cache, issuePage)).toBe(false), { timeout: 1_000, interval: 10 });
  });

  it("says nothing changed for a save that writes nothing", async () => {
    const { position } = await seededAddresses();
    const current = (await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id: position.id }))!;
    const counts = instances.map(({ scopes }) => scopes.length);
    await updatePosition({ id: position.id, version: current.version, input: toPositionInput(current), actor: editor });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(instances.map(({ scopes }) => scopes.length)).toEqual(counts);
  });
});

describe("a source's page", () => {
  const citing = (sourceId: string) => [{ sourceId, attribution: "media-report", quote: null, speaker: null }];
  const dropped = async (path: string) => {
    for (const { cache } of instances) await vi.waitFor(async () => expect(await isCached(cache, path), path).toBe(false), { timeout: 1_000, interval: 10 });
  };
  const kept = async (paths: string[]) => {
    for (const { cache } of instances) for (const path of paths) expect(await isCached(cache, path), path).toBe(true);
  };

  it("is dropped by what cites it and by the source, and kept by changes elsewhere", async () => {
    const [cited, other] = await Promise.all([newSource(), newSource()]);
    const position = await createPosition({ input: { ...(await positionFields()), citations: citing(cited.id) }, actor: editor });
    for (const { scopes } of instances) {
      await vi.waitFor(() => expect(scopes.some((scope) => !scope.everything && scope.records.has(`position:${position.id}`))).toBe(true), { timeout: 1_000, interval: 10 });
    }
    const page = `/sources/${cited.id}`;
    const item = `/api/v1/sources/${cited.id}`;
    const otherPage = `/sources/${other.id}`;
    const { issue } = await seededAddresses();
    const elsewhere = await db.issue.findFirstOrThrow({ where: { negotiation: { slug: "israel-hamas-gaza" } }, include: { negotiation: true } });
    const elsewherePage = `/negotiations/${elsewhere.negotiation.slug}/issues/${elsewhere.slug}`;
    await fillBoth([page, item, otherPage, elsewherePage]);

    // Another negotiation's issue: the source is cited in neither.
    const elsewhereBefore = (await getRecordSnapshot<IssueSnapshot>({ entityType: "issue", id: elsewhere.id }))!;
    await updateIssue({ id: elsewhere.id, version: elsewhereBefore.version, input: { ...toIssueInput(elsewhereBefore), description: `${elsewhereBefore.description.replace(/ \(revised \d+\)$/, "")} (revised ${Date.now()})` }, actor: editor });
    await dropped(elsewherePage);
    await kept([page, item, otherPage]);

    // The words of the statement citing it: its page, not the source's own answer.
    const before = (await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id: position.id }))!;
    await updatePosition({ id: position.id, version: before.version, input: { ...toPositionInput(before), summary: `${before.summary} (revised)` }, actor: editor });
    await dropped(page);
    await kept([item, otherPage]);

    // A statement that comes to cite the other source, in the negotiation of an issue already cached.
    await fillBoth([page]);
    await createPosition({ input: { ...(await positionFields()), citations: citing(other.id) }, actor: editor });
    await dropped(otherPage);
    await kept([page, item]);

    // The source itself: the pages of what cites it show its name, so its negotiation's pages
    // go too (the other source's page among them); the other negotiation's stay.
    await fillBoth([elsewherePage]);
    const source = (await getRecordSnapshot<SourceSnapshot>({ entityType: "source", id: cited.id }))!;
    await updateSource({ id: cited.id, version: source.version, input: { ...toSourceInput(source), title: `${source.title} (corrected)` }, actor: editor });
    await dropped(item);
    await dropped(page);
    await kept([elsewherePage]);
    expect(issue.negotiationId).not.toBe(elsewhere.negotiationId);
  });

  it("depends on the negotiations and statements of what cites any record of its address, retracted or not", async () => {
    const source = await newSource();
    const position = await createPosition({ input: { ...(await positionFields()), citations: citing(source.id) }, actor: editor });
    const issue = await db.issue.findUniqueOrThrow({ where: { id: position.issueId } });
    // A record of the same address made before an address could be recorded once, cited nowhere.
    const twin = await db.source.create({ data: { outlet: "Twin", title: "The same report", url: source.url, retractedAt: new Date() }, select: { id: true } });
    expect(await dependenciesOf(`/sources/${source.id}`)).toEqual({
      everything: false,
      negotiations: new Set([issue.negotiationId]),
      records: new Set([
        `source:${source.id}`,
        `citations-of:${source.id}`,
        `source:${twin.id}`,
        `citations-of:${twin.id}`,
        `position:${position.id}`,
        `party:${position.partyId}`,
        `statements-in:${position.partyId}:${position.issueId}`,
      ]),
    });
    expect(await dependenciesOf(`/api/v1/sources/${source.id}`)).toEqual({ everything: false, negotiations: new Set(), records: new Set([`source:${source.id}`]) });
    for (const path of ["/sources/no-such-source", "/sources/new", "/api/v1/sources/no-such-source"]) expect((await dependenciesOf(path)).everything, path).toBe(true);
  });
});

describe("with a stale window (PARLEY_CACHE_STALE_MS)", () => {
  it("shows a saved position on both instances within 1 s, answering its readers meanwhile without waiting", async () => {
    await Promise.all(instances.map(({ signal }) => signal.close()));
    instances = [await startInstance({ staleMs: 500 }), await startInstance({ staleMs: 500 })];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { position, sameNegotiation } = await seededAddresses();
    const path = `/positions/${position.id}`;
    // Each rendering reads the summary as stored now, as a page would.
    const renderNow = async () => {
      const row = await db.position.findUniqueOrThrow({ where: { id: position.id }, select: { summary: true } });
      return { response: storeResponse(200, { "content-type": "text/html" }, Buffer.from(row.summary)), store: true };
    };
    const read = ({ cache }: Instance) => cache.get(path, renderNow, () => dependenciesOf(path));
    for (const instance of instances) await read(instance);
    await fillBoth(sameNegotiation);

    const before = (await getRecordSnapshot<PositionSnapshot>({ entityType: "position", id: position.id }))!;
    const summary = `${before.summary.replace(/ \(revised \d+\)$/, "")} (revised ${Date.now()})`;
    const savedAt = Date.now();
    await updatePosition({ id: position.id, version: before.version, input: { ...toPositionInput(before), summary }, actor: editor });
    for (const instance of instances) {
      await vi.waitFor(
        async () => {
          const lookup = await read(instance);
          // Never a wait for a rendering: the stale answer or the fresh one, both from memory.
          expect(lookup.hit).toBe(true);
          expect(lookup.response.body.toString()).toBe(summary);
        },
        { timeout: 1_000, interval: 10 },
      );
    }
    expect(Date.now() - savedAt).toBeLessThan(1_000);
    for (const { cache } of instances) for (const other of sameNegotiation) expect(await isCached(cache, other), other).toBe(true);
  });
});

describe("what an address depends on", () => {
  it("is its record's negotiation for record pages, and everything for lists and unknown records", async () => {
    const { position } = await seededAddresses();
    const issue = await db.issue.findUniqueOrThrow({ where: { id: position.issueId } });
    const scope = await dependenciesOf(`/positions/${position.id}/history`);
    expect(scope).toEqual({
      everything: false,
      negotiations: new Set([issue.negotiationId]),
      records: new Set([`position:${position.id}`, `statements-in:${position.partyId}:${position.issueId}`]),
    });
    const negotiation = await db.negotiation.findUniqueOrThrow({ where: { id: issue.negotiationId } });
    expect(await dependenciesOf(`/negotiations/${negotiation.slug}/issues/${issue.slug}?asOf=2025-01-01`)).toEqual({
      everything: false,
      negotiations: new Set([negotiation.id]),
      records: new Set([`negotiation:${negotiation.id}`, `issue:${issue.id}`]),
    });
    for (const path of [`/negotiations/${negotiation.slug}`, `/negotiations/${negotiation.slug}/compare`, `/negotiations/${negotiation.slug}/issues/no-such-issue`]) {
      expect(await dependenciesOf(path), path).toEqual({
        everything: false,
        negotiations: new Set([negotiation.id]),
        records: new Set([`negotiation:${negotiation.id}`, `statements-of:${negotiation.id}`]),
      });
    }
    for (const path of ["/", "/negotiations", "/negotiations/new", "/positions/no-such-id", "/history/position/x", "/api/v1/sources/x", "/sources/x", "/%E0%A4%A"]) {
      expect((await dependenciesOf(path)).everything, path).toBe(true);
    }
  });
});
