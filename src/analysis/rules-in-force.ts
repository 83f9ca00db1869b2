import type { LintConfig } from "../config/config.js";
import type { RuleSetting } from "../engine/rule.js";
import { ENGINE_RULES } from "../engine/engine-rules.js";
import { atMost } from "../engine/severity.js";
import type { Proposal } from "../proposal/model.js";
import { ALL_RULES } from "../rules/registry.js";
import { activeRuleSets } from "../standard/rule-sets.js";

/**
 * What `lint --print-config FILE` shows: for the run's config and that proposal, each rule whose rule
 * set applies, with the setting in force (the config's and --rule's, else its own severity, lowered for a
 * draft that only the project's kind brings in). A file
 * that cannot be read as a proposal gets every rule, and no rule sets.
 */
export function rulesInForce(config: LintConfig, proposal: Proposal | undefined): { ruleSets: string[] | null; rules: Record<string, RuleSetting> } {
  const sets = proposal ? activeRuleSets(proposal.project.kind, proposal.project.follows) : undefined;
  const engine = new Set(ENGINE_RULES);
  const rules: Record<string, RuleSetting> = {};
  for (const rule of ALL_RULES) {
    if (sets && !engine.has(rule) && !sets.has(rule.meta.ruleSet)) continue;
    rules[rule.meta.id] = config.rules.get(rule.meta.id) ?? atMost(rule.meta.severity, sets?.get(rule.meta.ruleSet)?.maxSeverity);
  }
  return { ruleSets: sets ? [...sets.keys()] : null, rules };
}
