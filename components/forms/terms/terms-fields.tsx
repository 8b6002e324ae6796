"use client";
import type { IssueKind } from "@/lib/vocab";
import { CeasefireTermsFields } from "./ceasefire-terms-fields";
import { MilitaryLimitsTermsFields } from "./military-limits-terms-fields";
import { NeutralityTermsFields } from "./neutrality-terms-fields";
import { ReparationsTermsFields } from "./reparations-terms-fields";
import { TerritoryTermsFields } from "./territory-terms-fields";

/** The structured-terms form of an issue's kind; general issues have none. */
export function TermsFields({ kind }: { kind: IssueKind }) {
  switch (kind) {
    case "ceasefire":
      return <CeasefireTermsFields />;
    case "territory":
      return <TerritoryTermsFields />;
    case "neutrality":
      return <NeutralityTermsFields />;
    case "reparations":
      return <ReparationsTermsFields />;
    case "military-limits":
      return <MilitaryLimitsTermsFields />;
    case "general":
      return <p className="text-sm text-muted">General issues have no structured terms: the summary carries the position.</p>;
  }
}
