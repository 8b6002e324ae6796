import { isEmptyTerms, parseTerms, type TermsByKind } from "@/lib/terms";
import { issueKind } from "@/lib/vocab";
import { CeasefireTermsView } from "./ceasefire-terms";
import { MilitaryLimitsTermsView } from "./military-limits-terms";
import { NeutralityTermsView } from "./neutrality-terms";
import { ReparationsTermsView } from "./reparations-terms";
import { TerritoryTermsView } from "./territory-terms";

/** Structured terms in readable form, by the issue's kind. */
export function TermsView({ kind, terms }: { kind: string; terms: unknown }) {
  const parsedKind = issueKind.safeParse(kind);
  if (!parsedKind.success || parsedKind.data === "general") {
    return <p className="text-muted">Issues of this kind carry no structured terms: the summary says it all.</p>;
  }
  if (isEmptyTerms(terms)) return <p className="text-muted">No structured terms have been coded for this statement.</p>;
  const parsed = parseTerms(parsedKind.data, terms);
  if (!parsed.success) return <p className="text-muted">The coded terms could not be read.</p>;

  switch (parsedKind.data) {
    case "ceasefire":
      return <CeasefireTermsView terms={parsed.data as TermsByKind["ceasefire"]} />;
    case "territory":
      return <TerritoryTermsView terms={parsed.data as TermsByKind["territory"]} />;
    case "neutrality":
      return <NeutralityTermsView terms={parsed.data as TermsByKind["neutrality"]} />;
    case "reparations":
      return <ReparationsTermsView terms={parsed.data as TermsByKind["reparations"]} />;
    case "military-limits":
      return <MilitaryLimitsTermsView terms={parsed.data as TermsByKind["military-limits"]} />;
  }
}
