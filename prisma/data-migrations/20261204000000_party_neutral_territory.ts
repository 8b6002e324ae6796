// Territorial claims in party-neutral words (docs/comparison-rules.md, "territory").
//
// Before, a claim named a region from a list written into the code and one of seven words
// that took one holder and its opponent for granted ("recognised-russian-de-jure",
// "ukrainian-withdrawal"…). Now a claim names an area, a record of its negotiation, and an
// outcome that names its party. This rewrites every stored claim in the old words, word
// for word by the table below, and gives each negotiation whose claims named a region an
// area for it, held by the party the old words took as holder. Claims read the same
// afterwards: every comparison class stays what it was. Each position and area changed gets
// a revision, so the history says what happened and when.
//
// The region and party names below are the old vocabulary's own, kept here because this
// migration is what reads it; nothing in lib/ or components/ knows them any longer.
import type { DataMigration } from "@/lib/data-migrations/data-migration";
import { areaInput } from "@/lib/areas/area-input";
import { areaWriter } from "@/lib/areas/area-writer";
import type { Prisma } from "@/lib/db/client";
import { positionWriter } from "@/lib/positions/position-writer";
import { changeRecord, createRecord } from "@/lib/revisions/write-record";
import type { Actor } from "@/lib/auth/actor";

/** The party the old words called "Russian" (the holder of every region) and "Ukrainian". */
const HOLDER = "russia";
const OPPONENT = "ukraine";

const outcomes: Record<string, Record<string, string>> = {
  "recognised-russian-de-jure": { outcome: "held-by", party: HOLDER, recognition: "de-jure" },
  "recognised-russian-de-facto": { outcome: "held-by", party: HOLDER, recognition: "de-facto" },
  "ukrainian-withdrawal": { outcome: "withdrawal", party: OPPONENT },
  "freeze-at-line": { outcome: "frozen-line" },
  "demilitarised-zone": { outcome: "demilitarised" },
  "russian-withdrawal": { outcome: "withdrawal", party: HOLDER },
  "return-to-ukraine": { outcome: "held-by", party: OPPONENT, recognition: "de-jure" },
  undecided: { outcome: "undecided" },
};

/** The old list of regions, as areas. */
const regions: Record<string, { name: string; kind: string; code: string | null; order: number }> = {
  crimea: { name: "Crimea", kind: "province", code: "UA-43", order: 0 },
  sevastopol: { name: "Sevastopol", kind: "city", code: "UA-40", order: 1 },
  donetsk: { name: "Donetsk region", kind: "province", code: "UA-14", order: 2 },
  luhansk: { name: "Luhansk region", kind: "province", code: "UA-09", order: 3 },
  zaporizhzhia: { name: "Zaporizhzhia region", kind: "province", code: "UA-23", order: 4 },
  kherson: { name: "Kherson region", kind: "province", code: "UA-65", order: 5 },
  kharkiv: { name: "Kharkiv region", kind: "province", code: "UA-63", order: 6 },
  sumy: { name: "Sumy region", kind: "province", code: "UA-59", order: 7 },
  dnipropetrovsk: { name: "Dnipropetrovsk region", kind: "province", code: "UA-12", order: 8 },
  mykolaiv: { name: "Mykolaiv region", kind: "province", code: "UA-48", order: 9 },
  other: { name: "Other areas", kind: "other", code: null, order: 100 },
};

type OldClaim = { region: string; claim: string };

function oldClaims(terms: unknown): OldClaim[] | null {
  const claims = (terms as { claims?: unknown } | null)?.claims;
  if (!Array.isArray(claims) || claims.length === 0) return null;
  return claims.every((c) => c && typeof c === "object" && "region" in c && "claim" in c && !("area" in c)) ? (claims as OldClaim[]) : null;
}

function rewrite(claims: OldClaim[]) {
  return { claims: claims.map(({ region, claim }) => ({ area: region, ...(outcomes[claim] ?? { outcome: "undecided" }) })) };
}

const note =
  "Territorial claims rewritten in party-neutral words: the region is now an area of the negotiation, and the claim an outcome naming its party. What the claims say, and how they compare, is unchanged.";

async function ensureAreas(tx: Prisma.TransactionClient, negotiationId: string, slugs: Set<string>, actor: Actor) {
  const holder = await tx.negotiationParty.findFirst({ where: { negotiationId, party: { slug: HOLDER } }, select: { partyId: true } });
  let created = 0;
  for (const slug of slugs) {
    if (await tx.area.findUnique({ where: { negotiationId_slug: { negotiationId, slug } } })) continue;
    const region = regions[slug] ?? { name: slug, kind: "other", code: null, order: 200 };
    const input = areaInput.parse({
      negotiationId,
      slug,
      ...region,
      heldById: slug === "other" ? null : (holder?.partyId ?? null),
      notes: "Named by territorial claims before areas were records; the earlier words took the whole region as held by one party.",
    });
    await createRecord(tx, areaWriter, input, { actor, note });
    created++;
  }
  return created;
}

export const partyNeutralTerritory: DataMigration = {
  name: "20261204000000_party_neutral_territory",
  description: "Territorial claims in party-neutral words, on areas of their negotiation",
  async run(tx, actor) {
    const issues = await tx.issue.findMany({ where: { kind: "territory" }, select: { id: true, negotiationId: true } });
    const negotiationOf = new Map(issues.map((i) => [i.id, i.negotiationId]));
    const positions = (
      await tx.position.findMany({ where: { issueId: { in: [...negotiationOf.keys()] } }, select: { id: true, version: true, issueId: true, terms: true } })
    ).flatMap((p) => {
      const claims = oldClaims(p.terms);
      return claims ? [{ ...p, claims }] : [];
    });

    const slugsBy = new Map<string, Set<string>>();
    for (const p of positions) {
      const slugs = slugsBy.get(negotiationOf.get(p.issueId)!) ?? new Set<string>();
      for (const c of p.claims) if (c.region !== "all") slugs.add(c.region);
      slugsBy.set(negotiationOf.get(p.issueId)!, slugs);
    }
    let changed = 0;
    for (const [negotiationId, slugs] of slugsBy) changed += await ensureAreas(tx, negotiationId, slugs, actor);

    for (const p of positions) {
      // The write path's own conditional update and revision; the terms' other checks are
      // not asked again, so a position whose other fields an older Parley let through is
      // still brought up to date.
      await changeRecord(tx, positionWriter, { id: p.id, version: p.version, action: "update", actor, note }, () => ({
        columns: { terms: rewrite(p.claims) },
      }));
      changed++;
    }
    return { changed };
  },
};
