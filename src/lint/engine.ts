import type { Rule, RuleContext } from "../rules/types.js";
import type { Finding } from "./finding.js";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs each rule over the context and places every report at its YAML line and column. */
export function runRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  const { source } = context.proposal;
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(context, (report) => {
      if (!(report.messageId in rule.meta.messages)) {
        throw new Error(`rule ${rule.meta.id} reported unknown message ${report.messageId}`);
      }
      findings.push({
        file: source.file,
        ruleId: rule.meta.id,
        severity: rule.meta.severity,
        messageId: report.messageId,
        data: report.data ?? {},
        path: report.path,
        ...source.locate(report.path, report.at ?? "value"),
      });
    });
  }
  return findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line || a.column - b.column,
  );
}
