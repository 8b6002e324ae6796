// How two territorial claims on one area compare (docs/comparison-rules.md, "territory").
// Each claim is read as who would hold the area: held by P → P; the withdrawal of P's
// forces → anyone but P; a frozen line → whoever holds it now; demilitarised or under an
// international administration or force → no side's forces. Pure: the area's current
// holder, and whether it holds all of the area or only part, are given, never looked up.
import type { TerritorialClaim } from "@/lib/terms/territory";
import type { PartClass } from "./types";

export type DecidedClaim = TerritorialClaim & { outcome: Exclude<TerritorialClaim["outcome"], "undecided"> };

/** The class, and whether it turned on who holds the area now (so the reason says who does). */
export type ClaimComparison = { class: PartClass; turnsOnHolder: boolean };

const statusQuo = new Set<TerritorialClaim["outcome"]>(["frozen-line", "demilitarised", "international"]);

/** Two claims say the same: same outcome and party, and no recognition stated differently. */
function sameClaim(x: DecidedClaim, y: DecidedClaim): boolean {
  return x.outcome === y.outcome && x.party === y.party && (x.recognition === undefined || y.recognition === undefined || x.recognition === y.recognition);
}

/** `heldInPart`: the holder holds only part of the area, so a frozen line runs through it. */
export function classifyClaims(x: DecidedClaim, y: DecidedClaim, holder: string | null, heldInPart = false): ClaimComparison {
  const plain = (c: PartClass): ClaimComparison => ({ class: c, turnsOnHolder: false });
  if (sameClaim(x, y)) return plain("aligned");
  if (x.outcome === "held-by" && y.outcome === "held-by") {
    // Same holder with a different recognition; a different holder.
    return plain(x.party === y.party ? "partly-aligned" : "opposed");
  }
  if (x.outcome === "withdrawal" && y.outcome === "withdrawal") return plain("opposed");
  if (x.outcome === "withdrawal" || y.outcome === "withdrawal") {
    const [withdrawal, other] = x.outcome === "withdrawal" ? [x, y] : [y, x];
    if (other.outcome === "held-by") {
      // P holds it vs P leaves: opposed. Q holds it vs P leaves: the same end by another claim.
      return plain(other.party === withdrawal.party ? "opposed" : "partly-aligned");
    }
  }
  if (statusQuo.has(x.outcome) && statusQuo.has(y.outcome)) return plain("partly-aligned");
  const [kept, claim] = statusQuo.has(x.outcome) ? [x, y] : [y, x];
  return { class: statusQuoAgainstHolding(kept, claim, holder, heldInPart), turnsOnHolder: true };
}

/**
 * A status-quo claim (a frozen line, demilitarisation, an international presence) against
 * a claim that a party holds the area or that a party's forces leave: partly or opposed by
 * how much more the holding claim asks than today's line gives.
 */
function statusQuoAgainstHolding(kept: DecidedClaim, claim: DecidedClaim, holder: string | null, heldInPart: boolean): PartClass {
  // Without a recorded holder there is no line to measure the claim against.
  if (holder === null) return "partly-aligned";
  const takesFromHolder = claim.outcome === "held-by" ? claim.party !== holder : claim.party === holder;
  // Regaining the area against keeping it where it is: a freeze does not rule out a later return.
  if (takesFromHolder) return "partly-aligned";
  if (kept.outcome === "frozen-line") {
    // The holder's hold recognised de jure asks more than the line; a de facto hold does not,
    // unless the holder holds only part of the area: holding all of it then asks for the rest,
    // beyond the line. The holder's opponent withdrawing from what it still has asks more too.
    return claim.outcome === "held-by" && claim.recognition !== "de-jure" && !heldInPart ? "partly-aligned" : "opposed";
  }
  // Demilitarised or international: the holder keeping it is opposed; the holder's
  // opponent leaving is a step the same way.
  return claim.outcome === "withdrawal" ? "partly-aligned" : "opposed";
}
