// The compare feature's pure logic: rules per issue kind (docs/comparison-rules.md).
export { compareTerms } from "./compare-terms";
export { compareParties, type PairComparison, type PartiesComparison, type Side } from "./compare-parties";
export { listNumericSeries, type NumericPoint, type NumericSeries } from "./numeric-series";
export { claimPhrase, claimsOnAreas, compareTerritoryByArea, type AreaComparison } from "./territory";
export {
  compareClasses,
  compareClassLabel,
  type CompareClass,
  type CompareContext,
  type Comparison,
  type Part,
  type PartClass,
  type SideLabels,
} from "./types";
