import type { Proposal } from "../proposal/model.js";
import { RULES } from "../rules/registry.js";
import { calculateWorkload } from "../workload/calculate.js";
import type { Workload } from "../workload/model.js";
import { runRules } from "./engine.js";
import type { Finding } from "./finding.js";

export interface Analysis {
  proposal: Proposal;
  workload: Workload;
  findings: Finding[];
}

/** validated model → computed workload → findings. */
export function analyse(proposal: Proposal): Analysis {
  const workload = calculateWorkload(proposal);
  const findings = runRules(RULES, { proposal, workload });
  return { proposal, workload, findings };
}

/** 0 when no finding is an error, 1 when one is (2 is for unusable input and is decided before analysis). */
export function exitCodeOf(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
