// The compare feature's pure logic: rules per issue kind (docs/domain-rules.md, "Comparison rules").
export { compareTerms } from "./compare-terms";
export { compareParties, type PairComparison, type PartiesComparison, type Side } from "./compare-parties";
export { listNumericSeries, type NumericPoint, type NumericSeries } from "./numeric-series";
export { claimPhrase, regionLabel } from "./territory-labels";
export {
  compareClasses,
  compareClassLabel,
  type CompareClass,
  type Comparison,
  type Part,
  type PartClass,
  type SideLabels,
} from "./types";
