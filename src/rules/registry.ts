import hoursByProposal from "./hours-by-proposal.js";
import itemHoursBasis from "./item-hours-basis.js";
import type { Rule } from "./types.js";
import workloadAboveCeiling from "./workload-above-ceiling.js";
import workloadBelowFloor from "./workload-below-floor.js";

/** Every rule gongshi knows. Adding a rule = one module + one line here; the engine knows none by name. */
export const RULES: readonly Rule[] = [workloadBelowFloor, workloadAboveCeiling, itemHoursBasis, hoursByProposal];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
