/**
 * What a rule is, as the engine sees it: metadata (id, rule set, severity, quoted clause, messages,
 * examples) beside a check over the computed proposal. Rules live one per module in src/rules/; the
 * engine runs whatever list it is given and knows none of them by name.
 */
import type { Budget, SupervisionCost } from "../budget/model.js";
import type { DeliveryReport } from "../delivery/model.js";
import type { Localized } from "../i18n/lang.js";
import type { Proposal } from "../proposal/model.js";
import type { Position } from "../source/problem.js";
import type { YamlPath, YamlSource } from "../source/yaml-source.js";
import { RULE_SETS } from "../standard/rule-sets.js";
import type { IndicatorResult } from "../tender/measure.js";
import type { Workload } from "../workload/model.js";

export type Severity = "error" | "warning" | "info";

/** A severity, or off: what a repository's config may set a rule to. */
export type RuleSetting = Severity | "off";

/**
 * A message template with {placeholders}. A message may weigh less than its rule, whatever the rule is
 * set to: a clause the proposal gives too little to check is information ("cannot verify"), never a
 * pass and never a verdict; a case the clause does not forbid is at most a warning.
 */
export interface RuleMessage extends Localized {
  severity?: Severity;
}

/** The clause a rule enforces, quoted, so a finding can always say why. */
export interface RuleSource {
  document: string;
  clause: string;
  quote: string;
}

/** Where a rule's failing example is reported, as ESLint's RuleTester states an expected error. */
export interface ExpectedReport {
  messageId: string;
  line: number;
  column: number;
}

export interface RuleMeta {
  /** Stable kebab-case id: configs, waivers and SARIF refer to it. */
  id: string;
  /** The rule set (source document) this rule belongs to: see standard/rule-sets.ts. */
  ruleSet: string;
  /** Follows the source's own wording: 不得/应/不高于 → error; 一般/通常/宜 → warning; advice → info. */
  severity: Severity;
  source: RuleSource;
  description: Localized;
  /** Message templates with {placeholders}; findings carry the id, the data and the filled-in wording. */
  messages: Record<string, RuleMessage>;
  /**
   * Two small proposals for `gongshi explain`: one the rule accepts, one it reports, with what it
   * reports where. The rule tests run both.
   */
  examples: { pass: string; fail: string; reports: ExpectedReport[] };
}

/** A rule as its module writes it: the document may be left out when it is the rule set's own. */
export interface RuleDefinition {
  meta: Omit<RuleMeta, "source"> & { source: Omit<RuleSource, "document"> & { document?: string } };
  check: Rule["check"];
}

/** What a rule sees: the resolved proposal and everything computed from it. */
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
  /** A place that is no node's (the file as a whole: line 1, column 1); wins over `path`. */
  position?: Position;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext, report: (finding: RuleReport) => void): void;
}

/** Completes a rule's metadata: the cited document defaults to its rule set's. */
export function defineRule(definition: RuleDefinition): Rule {
  const { meta } = definition;
  for (const id of Object.keys(meta.messages)) if (!id) throw new Error(`rule ${meta.id}: empty message id`);
  const document = meta.source.document ?? RULE_SETS.find((set) => set.id === meta.ruleSet)?.document;
  if (document === undefined) throw new Error(`rule ${meta.id}: no document, and no rule set ${meta.ruleSet} to take it from`);
  return { meta: { ...meta, source: { ...meta.source, document } }, check: definition.check };
}
