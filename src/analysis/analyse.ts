/**
 * The pipeline every command shares: validated proposal → computed workload, supervision cost,
 * budget, tender indicators and delivery → findings. Commands then render what this returns.
 */
import { calculateBudget, priceSupervision } from "../budget/calculate.js";
import { EMPTY_CONFIG, type LintConfig } from "../config/config.js";
import { compareDelivery } from "../delivery/compute.js";
import type { Finding } from "../engine/finding.js";
import type { RuleContext } from "../engine/rule.js";
import { runRules } from "../engine/run-rules.js";
import type { Proposal } from "../proposal/model.js";
import { ALL_RULES, isKnownRuleId } from "../rules/registry.js";
import { activeRuleSets } from "../standard/rule-sets.js";
import { countsFromDelivery, countsFromPlan, evaluateIndicator } from "../tender/measure.js";
import { calculateWorkload } from "../workload/calculate.js";

/** Everything the rules saw (the proposal and what was computed from it), and what they found. */
export interface Analysis extends RuleContext {
  findings: Finding[];
  ruleSets: string[];
  /** The settings the findings were made under (a workbook records them, so it can be checked under them). */
  config: LintConfig;
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
  const findings = runRules(ALL_RULES, context, { activeRuleSets: sets, settings: config.rules, knownRule: isKnownRuleId, waivers: config.waivers });
  return { ...context, findings, ruleSets: [...sets.keys()], config };
}
