// Loads a seed file into the database. Idempotent: records are matched by their natural
// keys (slugs, reference ids, source keys) and only missing ones are created, each with a
// "create" revision holding it as loaded (seed-revision.ts). Existing records are never
// overwritten — an editor may have changed them since — so a second run changes nothing.
import type { Db, Prisma } from "@/lib/db/client";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { seedActor } from "@/lib/auth/actor";
import { recomputePositionStatuses } from "@/lib/positions/recompute-statuses";
import type { EntityType } from "@/lib/records/registry";
import { rebuildSearchIndex } from "@/lib/search/sync-search-index";
import { parseTerms } from "@/lib/terms";
import { listTermReferences } from "@/lib/terms/term-references";
import type { IssueKind } from "@/lib/vocab";
import type { SeedFile } from "./seed-file";
import { recordSeededCreation, recordSeededSeats } from "./seed-revision";

export type SeedCounts = Record<
  "parties" | "issues" | "areas" | "sources" | "events" | "positions" | "citations" | "commitments",
  { created: number; existing: number }
>;

function date(text: string) {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`Bad date in seed file: ${text}`);
  return parsed;
}

export async function loadSeed(db: Db, file: SeedFile): Promise<SeedCounts> {
  const counts = Object.fromEntries(
    ["parties", "issues", "areas", "sources", "events", "positions", "citations", "commitments"].map((k) => [
      k,
      { created: 0, existing: 0 },
    ]),
  ) as SeedCounts;

  // One transaction: a seed either lands whole or not at all.
  await db.$transaction(
    async (tx) => {
      const createdNow = new Set<string>();
      async function ensure<T extends { id: string }>(
        kind: keyof SeedCounts,
        entityType: EntityType | null,
        find: () => Promise<T | null>,
        create: () => Promise<T>,
      ): Promise<T> {
        const found = await find();
        if (found) {
          counts[kind].existing++;
          return found;
        }
        const created = await create();
        counts[kind].created++;
        createdNow.add(created.id);
        if (entityType) await recordSeededCreation(tx, entityType, created.id);
        return created;
      }

      const n = file.negotiation;
      const existing = await tx.negotiation.findUnique({ where: { slug: n.slug } });
      const negotiation = existing ?? (await tx.negotiation.create({ data: n }));

      const partyIds = new Map<string, string>();
      const newSeats: { partyId: string; role: string | null }[] = [];
      for (const p of file.parties) {
        const { role, ...party } = p;
        const row = await ensure("parties", "party", () => tx.party.findUnique({ where: { slug: p.slug } }), () =>
          tx.party.create({ data: party }),
        );
        partyIds.set(p.slug, row.id);
        const seat = { negotiationId: negotiation.id, partyId: row.id };
        const seated =
          newSeats.some((s) => s.partyId === row.id) || (await tx.negotiationParty.findUnique({ where: { negotiationId_partyId: seat } }));
        if (!seated) newSeats.push({ partyId: row.id, role: role ?? null });
      }
      const party = (slug: string) => partyIds.get(slug) ?? fail(`unknown party ${slug}`);
      if (!existing) {
        await tx.negotiationParty.createMany({ data: newSeats.map((seat, order) => ({ ...seat, negotiationId: negotiation.id, order })) });
        // A new negotiation's revision holds its seats, written just above.
        await recordSeededCreation(tx, "negotiation", negotiation.id);
      } else if (newSeats.length > 0) await recordSeededSeats(tx, negotiation.id, newSeats);

      const issueIds = new Map<string, { id: string; kind: string }>();
      for (const [order, i] of file.issues.entries()) {
        const row = await ensure(
          "issues",
          "issue",
          () => tx.issue.findUnique({ where: { negotiationId_slug: { negotiationId: negotiation.id, slug: i.slug } } }),
          () => tx.issue.create({ data: { ...i, order, negotiationId: negotiation.id } }),
        );
        issueIds.set(i.slug, { id: row.id, kind: row.kind });
      }

      const areaIds = new Map<string, string>();
      for (const a of parentsFirst(file.areas)) {
        const { parent, heldBy, ...fields } = a;
        const order = file.areas.indexOf(a);
        const row = await ensure(
          "areas",
          "area",
          () => tx.area.findUnique({ where: { negotiationId_slug: { negotiationId: negotiation.id, slug: a.slug } } }),
          () =>
            tx.area.create({
              data: {
                ...fields,
                order,
                negotiationId: negotiation.id,
                parentId: parent ? (areaIds.get(parent) ?? fail(`area ${a.slug} lies in unknown area ${parent}`)) : null,
                heldById: heldBy ? party(heldBy) : null,
              },
            }),
        );
        areaIds.set(a.slug, row.id);
      }

      for (const s of file.sources) {
        const { key, ...source } = s;
        await ensure("sources", "source", () => tx.source.findUnique({ where: { id: key } }), () =>
          tx.source.create({ data: { id: key, ...source } }),
        );
      }

      const eventIds = new Map<string, string>();
      for (const e of file.events) {
        const { date: d, participants, sources, ...event } = e;
        const when = date(d);
        const row = await ensure("events", "event", () => tx.event.findUnique({ where: { slug: e.slug } }), () =>
          tx.event.create({
            data: {
              ...event,
              date: when.date,
              datePrecision: when.precision,
              negotiationId: negotiation.id,
              participants: { create: participants.map((slug) => ({ partyId: party(slug) })) },
              sources: { create: sources.map((sourceId, order) => ({ sourceId, order })) },
            },
          }),
        );
        eventIds.set(e.slug, row.id);
      }
      const event = (slug: string | null) => (slug ? (eventIds.get(slug) ?? fail(`unknown event ${slug}`)) : null);

      const chains = new Set<string>();
      for (const p of file.positions) {
        const issue = issueIds.get(p.issue) ?? fail(`unknown issue ${p.issue}`);
        if (p.terms && !parseTerms(issue.kind as never, p.terms).success) fail(`${p.id}: terms do not fit ${issue.kind}`);
        for (const ref of listTermReferences(issue.kind as IssueKind, p.terms)) {
          const known = ref.kind === "area" ? areaIds.has(ref.slug) : partyIds.has(ref.slug);
          if (!known) fail(`${p.id}: ${ref.row} names ${ref.kind} ${ref.slug}, which the file does not hold`);
        }
        const when = date(p.statedOn);
        const { citations, party: partySlug, issue: _issue, event: eventSlug, statedOn: _d, terms, ...fields } = p;
        const partyId = party(partySlug);
        // Its revision waits for its citations and its status, below.
        await ensure("positions", null, () => tx.position.findUnique({ where: { id: p.id } }), () =>
          tx.position.create({
            data: {
              ...fields,
              terms: (terms ?? undefined) as Prisma.InputJsonValue | undefined,
              partyId,
              issueId: issue.id,
              eventId: event(eventSlug),
              statedOn: when.date,
              statedOnPrecision: when.precision,
            },
          }),
        );
        chains.add(`${partyId}|${issue.id}`);
        for (const [order, c] of citations.entries()) {
          const key = { positionId: p.id, sourceId: c.source };
          await ensure(
            "citations",
            null,
            () => tx.citation.findUnique({ where: { positionId_sourceId: key } }),
            () => tx.citation.create({ data: { ...key, attribution: c.attribution, quote: c.quote, speaker: c.speaker, order } }),
          );
        }
      }
      // A statement already there whose standing the new ones move gets a revision saying so;
      // the new ones' creation revisions, written next, hold theirs.
      const recording = { actor: seedActor, changedId: null, recordedApart: [...createdNow] };
      for (const chain of chains) {
        const [partyId, issueId] = chain.split("|") as [string, string];
        await recomputePositionStatuses(tx, { partyId, issueId }, recording);
      }
      for (const p of file.positions) if (createdNow.has(p.id)) await recordSeededCreation(tx, "position", p.id);

      for (const c of file.commitments) {
        const { parties, sources, event: eventSlug, ...fields } = c;
        await ensure("commitments", "commitment", () => tx.commitment.findUnique({ where: { id: c.id } }), () =>
          tx.commitment.create({
            data: {
              ...fields,
              negotiationId: negotiation.id,
              eventId: event(eventSlug),
              parties: { create: parties.map((slug) => ({ partyId: party(slug) })) },
              sources: { create: sources.map((sourceId, order) => ({ sourceId, order })) },
            },
          }),
        );
      }

      // A source was indexed before the records citing it were written: index once more.
      if (Object.values(counts).some((c) => c.created > 0)) await rebuildSearchIndex(tx);
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return counts;
}

/** Areas in an order where each comes after the area it lies in. */
function parentsFirst(areas: SeedFile["areas"]): SeedFile["areas"] {
  const bySlug = new Map(areas.map((a) => [a.slug, a]));
  const out: SeedFile["areas"] = [];
  const visit = (a: SeedFile["areas"][number], path: string[]) => {
    if (out.includes(a)) return;
    if (path.includes(a.slug)) fail(`areas ${[...path, a.slug].join(" → ")} lie in each other`);
    const parent = a.parent ? bySlug.get(a.parent) : undefined;
    if (parent) visit(parent, [...path, a.slug]);
    out.push(a);
  };
  for (const a of areas) visit(a, []);
  return out;
}

function fail(message: string): never {
  throw new Error(`Seed file: ${message}`);
}
