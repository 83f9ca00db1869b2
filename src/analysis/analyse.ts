import { calculateBudget, priceSupervision } from "../budget/calculate.js";
import type { Budget, SupervisionCost } from "../budget/model.js";
import { EMPTY_CONFIG, type LintConfig } from "../config/config.js";
import { compareDelivery } from "../delivery/compute.js";
import type { DeliveryReport } from "../delivery/model.js";
import type { Finding } from "../engine/finding.js";
import { runRules } from "../engine/run-rules.js";
import type { Proposal } from "../proposal/model.js";
import { ALL_RULES, isKnownRuleId } from "../rules/registry.js";
import { activeRuleSets } from "../standard/rule-sets.js";
import { countsFromDelivery, countsFromPlan, evaluateIndicator, type IndicatorResult } from "../tender/measure.js";
import { calculateWorkload } from "../workload/calculate.js";
import type { Workload } from "../workload/model.js";

/**
 * The pipeline every command shares: validated proposal → computed workload, supervision cost,
 * budget, tender indicators and delivery → findings. Commands then render what this returns.
 */
export interface Analysis {
  proposal: Proposal;
  workload: Workload;
  supervisionCost?: SupervisionCost;
  budget?: Budget;
  /** Every tender indicator against the plan (and what was delivered, when known). */
  tender?: IndicatorResult[];
  delivery?: DeliveryReport;
  findings: Finding[];
  ruleSets: string[];
}

export function analyse(proposal: Proposal, config: LintConfig = EMPTY_CONFIG): Analysis {
  const workload = calculateWorkload(proposal);
  const supervisionCost = proposal.supervision && priceSupervision(proposal.supervision, proposal.standard.supervision);
  const budget = proposal.budget && calculateBudget(proposal.budget, supervisionCost, workload);
  const delivery = proposal.delivery && compareDelivery(proposal, workload, proposal.delivery);
  const planned = proposal.tender && countsFromPlan(proposal, workload);
  const delivered = delivery && countsFromDelivery(delivery);
  const tender = proposal.tender?.indicators.map(({ indicator, path }) => evaluateIndicator(indicator, [...path], proposal, workload, planned!, delivered));
  const sets = activeRuleSets(proposal.project.kind, proposal.project.follows);
  const context = { proposal, workload, supervisionCost, budget, tender, delivery };
  const findings = runRules(ALL_RULES, context, { activeRuleSets: sets, settings: config.rules, knownRule: isKnownRuleId });
  return { ...context, findings, ruleSets: [...sets] };
}
