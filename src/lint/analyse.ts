import { EMPTY_CONFIG, type LintConfig } from "../config/config.js";
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
  findings: Finding[];
  ruleSets: string[];
}

/** validated model → computed workload → findings. */
export function analyse(proposal: Proposal, config: LintConfig = EMPTY_CONFIG): Analysis {
  const workload = calculateWorkload(proposal);
  const sets = activeRuleSets(proposal.project.kind, proposal.project.follows);
  const findings = runRules(ALL_RULES, { proposal, workload }, { activeRuleSets: sets, config, knownRule: isKnownRuleId });
  return { proposal, workload, findings, ruleSets: [...sets] };
}

/** 0 when no finding that still counts is an error, 1 when one is (2 is for unusable input and is decided before analysis). */
export function exitCodeOf(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === "error" && !f.waived) ? 1 : 0;
}
