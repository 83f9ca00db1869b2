import type { Waiver } from "../proposal/model.js";
import type { RuleSetActivation } from "../standard/rule-sets.js";
import { unusedWaiver } from "./engine-rules.js";
import { DEFAULT_WAIVER_POLICY, type Finding, type WaiverPolicy } from "./finding.js";
import type { Rule, RuleContext, RuleSetting, Severity } from "./rule.js";
import { severityOf, withNote } from "./severity.js";
import { clauseOf, waiverNotHonouredNote, wordReport } from "./wording.js";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface EngineOptions {
  /** Rule sets in force for this proposal, each with why (see standard/rule-sets.ts). */
  activeRuleSets: ReadonlyMap<string, RuleSetActivation>;
  /** The repository's settings by rule id (a config file); a rule not named keeps its own severity. */
  settings: ReadonlyMap<string, RuleSetting>;
  knownRule: (id: string) => boolean;
  /** Which findings a proposal's waivers may waive; the default lets it waive warnings and infos only. */
  waivers?: WaiverPolicy;
}

/**
 * Runs each rule in force over the context, places every report at its YAML line and column, words it,
 * applies the repository's severities, and marks the findings the proposal waives (they stay in the report;
 * a waiver the repository's policy does not honour is shown as such, and its finding still counts).
 */
export function runRules(rules: readonly Rule[], context: RuleContext, options: EngineOptions): Finding[] {
  const { source } = context.proposal;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const activation = options.activeRuleSets.get(rule.meta.ruleSet);
    if (!activation) continue;
    const setting = options.settings.get(rule.meta.id);
    if (setting === "off") continue;
    rule.check(context, (report) => {
      const where = report.source ?? source;
      const data = report.data ?? {};
      findings.push({
        file: where.file,
        ruleId: rule.meta.id,
        severity: severityOf(rule, report.messageId, activation, setting),
        messageId: report.messageId,
        data,
        message: withNote(wordReport(rule, report.messageId, data), activation.note),
        clause: clauseOf(rule),
        path: report.path,
        ...(report.position ?? where.locate(report.path, report.at ?? "value")),
      });
    });
  }
  findings.push(...applyWaivers(findings, context.proposal.waivers, context, options));
  return findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line || a.column - b.column,
  );
}

/** Marks waived findings in place; returns findings about waivers that match nothing. */
function applyWaivers(findings: Finding[], waivers: readonly Waiver[], context: RuleContext, options: EngineOptions): Finding[] {
  const extra: Finding[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const same = byRule.get(finding.ruleId);
    if (same) same.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  for (const waiver of waivers) {
    const matched = byRule.get(waiver.rule) ?? [];
    for (const finding of matched) markWaived(finding, waiver.reason, options.waivers ?? DEFAULT_WAIVER_POLICY);
    if (matched.length > 0) continue;
    const setting = options.settings.get(unusedWaiver.meta.id) ?? unusedWaiver.meta.severity;
    if (setting === "off") continue;
    const path = [...waiver.path, "rule"];
    const messageId = options.knownRule(waiver.rule) ? "unused" : "unknownRule";
    const data = { rule: waiver.rule };
    extra.push({
      file: context.proposal.source.file,
      ruleId: unusedWaiver.meta.id,
      severity: setting,
      messageId,
      data,
      message: wordReport(unusedWaiver, messageId, data),
      clause: clauseOf(unusedWaiver),
      path,
      ...context.proposal.source.locate(path),
    });
  }
  return extra;
}

/** A waived finding stops counting only when the policy honours a waiver of its severity; else it says it was not honoured. */
function markWaived(finding: Finding, reason: string, policy: WaiverPolicy): void {
  if (honoursWaiver(policy, finding.severity)) finding.waived = { reason };
  else finding.waiverNotHonoured = { reason, policy, note: waiverNotHonouredNote(reason, policy) };
}

export function honoursWaiver(policy: WaiverPolicy, severity: Severity): boolean {
  return policy.allow === "all" || (policy.allow === "warnings" && severity !== "error");
}
