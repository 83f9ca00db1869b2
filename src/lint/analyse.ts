import { calculateBudget, priceSupervision } from "../budget/calculate.js";
import type { Budget, SupervisionCost } from "../budget/model.js";
import { EMPTY_CONFIG, type LintConfig } from "../config/config.js";
import { compareDelivery, deliveredCounts } from "../delivery/compute.js";
import type { DeliveryReport } from "../delivery/model.js";
import { evaluateIndicator, planCounts, type IndicatorResult } from "../tender/measure.js";
import type { Proposal } from "../proposal/model.js";
import { activeRuleSets } from "../standard/rule-sets.js";
import { calculateWorkload } from "../workload/calculate.js";
import type { Workload } from "../workload/model.js";
import { runRules } from "./engine.js";
import type { Finding } from "./finding.js";
import { ALL_RULES, isKnownRuleId } from "./rule-catalog.js";

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

/** validated model → computed workload, supervision cost and budget → findings. */
export function analyse(proposal: Proposal, config: LintConfig = EMPTY_CONFIG): Analysis {
  const workload = calculateWorkload(proposal);
  const supervisionCost = proposal.supervision && priceSupervision(proposal.supervision, proposal.standard.supervision);
  const budget = proposal.budget && calculateBudget(proposal.budget, supervisionCost, workload);
  const delivery = proposal.delivery && compareDelivery(proposal, workload, proposal.delivery);
  const delivered = delivery && deliveredCounts(delivery);
  const planned = proposal.tender && planCounts(proposal, workload);
  const tender = proposal.tender?.indicators.map(({ indicator, path }) => evaluateIndicator(indicator, [...path], proposal, planned!, delivered));
  const sets = activeRuleSets(proposal.project.kind, proposal.project.follows);
  const context = { proposal, workload, supervisionCost, budget, tender, delivery };
  const findings = runRules(ALL_RULES, context, { activeRuleSets: sets, config, knownRule: isKnownRuleId });
  return { ...context, findings, ruleSets: [...sets] };
}

/** 0 when no finding that still counts is an error, 1 when one is (2 is for unusable input and is decided before analysis). */
export function exitCodeOf(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === "error" && !f.waived) ? 1 : 0;
}
