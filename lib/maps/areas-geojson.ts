import "server-only";
// GET /api/v1/negotiations/{id}/areas.geojson: a negotiation's areas as a GeoJSON
// FeatureCollection (RFC 7946), each with the shape maps draw (the drawn outline, else the
// admin-1 outline its code names; null when it has neither) and, when a party is named,
// that party's claim on it in its position current today or on `asOf`, read as the maps
// and comparisons read it (lib/compare/territory.ts).
import { claimsOnAreas } from "@/lib/compare/territory";
import { parsePartialDate, toPartialDateText } from "@/lib/dates/partial-date";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { idOrSlug } from "@/lib/api/list-query";
import { visibleNegotiation } from "@/lib/negotiations/negotiation-visibility";
import { visibleParty } from "@/lib/parties/party-visibility";
import { listCurrentPositions } from "@/lib/positions/list-current-positions";
import { notRetracted } from "@/lib/records/visible";
import { loadTermsContext } from "@/lib/terms/load-terms-context";
import { territoryTerms } from "@/lib/terms/territory";
import { findAdmin1Outline } from "./area-shapes";
import { windRfc7946 } from "./geometry";
import { storedOutline } from "./stored-outline";
import type { AreasGeoJson, AreasGeoJsonQuery, ClaimProperties } from "./areas-geojson-schema";

export async function getAreasGeoJson(negotiationRef: string, query: AreasGeoJsonQuery): Promise<AreasGeoJson> {
  const negotiation = await db.negotiation.findFirst({ where: { ...idOrSlug(negotiationRef), ...visibleNegotiation }, select: { id: true, slug: true, title: true } });
  if (!negotiation) throw new AppError("not-found", `There is no negotiation “${negotiationRef}”`);
  const party = query.party ? await db.party.findFirst({ where: { ...idOrSlug(query.party), ...visibleParty }, select: { id: true, slug: true, shortName: true } }) : null;
  if (query.party && !party) throw new AppError("validation", "Some query parameters need attention", { fieldErrors: { party: [`There is no party “${query.party}”`] } });

  const areas = await db.area.findMany({
    where: { negotiationId: negotiation.id, ...notRetracted },
    orderBy: [{ order: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, kind: true, code: true, outline: true, heldSince: true, heldInPart: true, parent: { select: { slug: true, retractedAt: true } }, heldBy: { select: { slug: true, retractedAt: true } } },
  });
  const claims = party ? await listClaims(negotiation.id, party.id, query.asOf) : null;

  return {
    type: "FeatureCollection",
    negotiation,
    party,
    asOf: query.asOf ?? null,
    features: areas.map((area) => {
      const drawn = storedOutline(area.outline);
      const coded = !drawn && area.code ? findAdmin1Outline(area.code) : null;
      const heldBy = area.heldBy && area.heldBy.retractedAt === null ? area.heldBy.slug : null;
      return {
        type: "Feature",
        id: area.slug,
        geometry: drawn ?? (coded ? windRfc7946(coded) : null),
        properties: {
          slug: area.slug,
          name: area.name,
          kind: area.kind,
          code: area.code,
          shape: drawn ? "drawn" : coded ? "admin-1" : null,
          parent: area.parent && area.parent.retractedAt === null ? area.parent.slug : null,
          heldBy,
          heldSince: heldBy ? area.heldSince : null,
          heldInPart: heldBy !== null && area.heldInPart,
          ...(claims ? { claims: claims.get(area.slug) ?? [] } : {}),
        },
      };
    }),
  };
}

/** The party's claims by area slug, from its current position on each territory issue. */
async function listClaims(negotiationId: string, partyId: string, asOfText: string | undefined): Promise<Map<string, ClaimProperties[]>> {
  const issues = await db.issue.findMany({ where: { negotiationId, kind: "territory", ...notRetracted }, orderBy: { order: "asc" }, select: { id: true, slug: true } });
  const asOf = asOfText ? parsePartialDate(asOfText)!.date : undefined;
  const positions = await listCurrentPositions({ issueIds: issues.map((i) => i.id), partyIds: [partyId], asOf });
  const context = await loadTermsContext(db, negotiationId);
  const out = new Map<string, ClaimProperties[]>();
  for (const issue of issues) {
    const position = positions.findLast((p) => p.issueId === issue.id);
    const terms = territoryTerms.safeParse(position?.terms);
    if (!position || !terms.success) continue;
    for (const [area, { claim, on }] of claimsOnAreas(terms.data, context)) {
      const { area: _area, ...rest } = claim;
      const list = out.get(area) ?? [];
      list.push({ issue: issue.slug, ...rest, claimedOn: on, position: position.id, statedOn: toPartialDateText(position.statedOn, position.statedOnPrecision) });
      out.set(area, list);
    }
  }
  return out;
}
