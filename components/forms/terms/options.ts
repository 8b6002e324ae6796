// Choices for the term forms: the terms' values (lib/terms), in readers' words (lib/terms/labels.ts).
import {
  ceasefireScopeLabel,
  ceasefireTypeLabel,
  foreignTroopsLabel,
  frozenAssetsLabel,
  natoLabel,
  recognitionLabel,
  reparationsLabel,
  territoryOutcomeLabel,
  sanctionsReliefLabel,
  sanctionsTimingLabel,
  exchangeFormulaLabel,
  exchangeCategoryLabel,
  meetingStanceLabel,
  meetingLevelLabel,
  membershipStanceLabel,
  electionTimingLabel,
  guaranteeTypeLabel,
  forceTimingLabel,
  aidAccessLevelLabel,
  deploymentMandateLabel,
  deploymentRoleLabel,
  deploymentTaskLabel,
  disarmamentMethodLabel,
  disarmamentScopeLabel,
  disarmamentTimingLabel,
  administratorKindLabel,
  recognitionSupportLabel,
  enforcementFormLabel,
  violationResponseLabel,
} from "@/lib/terms/labels";
import type { Option } from "@/lib/forms/fields";

const from = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const ceasefireTypeOptions = from(ceasefireTypeLabel);
export const ceasefireScopeOptions = from(ceasefireScopeLabel);
export const outcomeOptions = from(territoryOutcomeLabel);
export const recognitionOptions = from(recognitionLabel);
export const natoOptions = from(natoLabel);
export const foreignTroopsOptions = from(foreignTroopsLabel);
export const reparationsOptions = from(reparationsLabel);
export const frozenAssetsOptions = from(frozenAssetsLabel);
export const sanctionsReliefOptions = from(sanctionsReliefLabel);
export const sanctionsTimingOptions = from(sanctionsTimingLabel);
export const exchangeFormulaOptions = from(exchangeFormulaLabel);
export const exchangeCategoryOptions = from(exchangeCategoryLabel);
export const meetingStanceOptions = from(meetingStanceLabel);
export const meetingLevelOptions = from(meetingLevelLabel);
export const membershipStanceOptions = from(membershipStanceLabel);
export const electionTimingOptions = from(electionTimingLabel);
export const guaranteeTypeOptions = from(guaranteeTypeLabel);
export const forceTimingOptions = from(forceTimingLabel);
export const aidAccessLevelOptions = from(aidAccessLevelLabel);
export const deploymentRoleOptions = from(deploymentRoleLabel);
export const deploymentTaskOptions = from(deploymentTaskLabel);
export const deploymentMandateOptions = from(deploymentMandateLabel);
export const disarmamentScopeOptions = from(disarmamentScopeLabel);
export const disarmamentMethodOptions = from(disarmamentMethodLabel);
export const disarmamentTimingOptions = from(disarmamentTimingLabel);
export const administratorKindOptions = from(administratorKindLabel);
export const recognitionSupportOptions = from(recognitionSupportLabel);
export const enforcementFormOptions = from(enforcementFormLabel);
export const violationResponseOptions = from(violationResponseLabel);
export const yesNoOptions: Option[] = [
  { value: "true", label: "Yes" },
  { value: "false", label: "No" },
];
export const NOT_STATED = "Not stated";
