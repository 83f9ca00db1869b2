import { RULES } from "../rules/registry.js";
import type { Rule } from "../rules/types.js";
import { CORE_RULES } from "./core-rules.js";

/** Every rule a finding may name: the registry's and the engine's own. */
export const ALL_RULES: readonly Rule[] = [...RULES, ...CORE_RULES];

const BY_ID = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function isKnownRuleId(id: string): boolean {
  return BY_ID.has(id);
}
