// A term field has one name: a statement's page (the reading view) calls it what the history,
// the forms and their messages call it (termFieldLabel), so a reader can match a change in the
// history to the row it changed.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExchangeTermsView } from "@/components/terms/exchange-terms";
import { MilitaryLimitsTermsView } from "@/components/terms/military-limits-terms";
import { NeutralityTermsView } from "@/components/terms/neutrality-terms";
import { SanctionsTermsView } from "@/components/terms/sanctions-terms";
import { termFieldLabel } from "@/lib/terms/labels";
import type { TermsContext } from "@/lib/terms/terms-context";

const context: TermsContext = { areas: [], parties: { ruritania: "Ruritania", freedonia: "Freedonia" } };

/** The view's row names, in order. */
function rowNames(html: string): string[] {
  return [...html.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((m) => m[1]!.replaceAll("&#x27;", "'"));
}

describe("term fields are named alike on a statement's page and in its history", () => {
  it("names military limits' caps as the history does", () => {
    const html = renderToStaticMarkup(<MilitaryLimitsTermsView terms={{ maxTroops: 85000, maxTanks: 800, maxArtillery: 1200, capsAccepted: false }} />);
    expect(rowNames(html)).toEqual([termFieldLabel.maxTroops, termFieldLabel.maxTanks, termFieldLabel.maxArtillery, termFieldLabel.capsAccepted]);
    expect(html).toContain("85,000");
  });

  it("names an exchange's sides as the history does", () => {
    const html = renderToStaticMarkup(
      <ExchangeTermsView terms={{ sideA: { party: "ruritania", count: 20 }, sideB: { party: "freedonia", all: true } }} context={context} />,
    );
    expect(rowNames(html)).toEqual([termFieldLabel.sideA, termFieldLabel.sideB]);
    expect(html).toContain("Ruritania: 20");
    expect(html).toContain("Freedonia: all it holds");
  });

  it("names sanctions relief and its restoring as the history does", () => {
    const html = renderToStaticMarkup(<SanctionsTermsView terms={{ relief: "phased", snapback: true }} context={context} />);
    expect(rowNames(html)).toEqual([termFieldLabel.relief, termFieldLabel.snapback]);
  });

  it("names the security guarantees a neutral party wants as the history does", () => {
    const html = renderToStaticMarkup(<NeutralityTermsView terms={{ guaranteesRequired: true }} />);
    expect(rowNames(html)).toEqual([termFieldLabel.guaranteesRequired]);
    expect(termFieldLabel.guaranteesRequired).toBe("Security guarantees required");
  });
});
