import type { Budget, SupervisionCost } from "../budget/model.js";
import type { DeliveryReport } from "../delivery/model.js";
import type { IndicatorResult } from "../tender/measure.js";
import type { Localized } from "../i18n/lang.js";
import type { Proposal } from "../proposal/model.js";
import type { YamlPath, YamlSource } from "../source/yaml-source.js";
import type { Workload } from "../workload/model.js";

export type Severity = "error" | "warning" | "info";

/** The clause a rule enforces, quoted, so a finding can always say why. */
export interface RuleSource {
  document: string;
  clause: string;
  quote: string;
}

export interface RuleMeta {
  /** Stable kebab-case id: configs, waivers and SARIF refer to it. */
  id: string;
  /** The rule set (source document) this rule belongs to: see rule-sets.ts. */
  ruleSet: string;
  /** Follows the source's own wording: 不得/应/不高于 → error; 一般/通常/宜 → warning; advice → info. */
  severity: Severity;
  source: RuleSource;
  description: Localized;
  /** Message templates with {placeholders}; findings carry only the id and the data. */
  messages: Record<string, Localized>;
  /** Two small proposals for `gongshi explain`: one the rule accepts, one it reports. Tests run both. */
  examples: { pass: string; fail: string };
}

/** What a rule sees: the resolved proposal and its computed workload. */
export interface RuleContext {
  proposal: Proposal;
  workload: Workload;
  /** Present when the proposal has a supervision section. */
  supervisionCost?: SupervisionCost;
  /** Present when the proposal has a budget section. */
  budget?: Budget;
  /** Present when the proposal carries tender indicators. */
  tender?: IndicatorResult[];
  /** Present when what was delivered is known (a delivery section or file). */
  delivery?: DeliveryReport;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number>;
  /** The YAML node concerned; [] for the document as a whole. */
  path: YamlPath;
  /** Point at the key rather than the value (e.g. a whole entry or section). */
  at?: "key" | "value";
  /** The file the path is in, when not the proposal itself (a delivery file). */
  source?: YamlSource;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext, report: (finding: RuleReport) => void): void;
}

export function defineRule(rule: Rule): Rule {
  for (const id of Object.keys(rule.meta.messages)) if (!id) throw new Error(`rule ${rule.meta.id}: empty message id`);
  return rule;
}
