import { interpolate, type Lang } from "../i18n/lang.js";
import type { Finding } from "../lint/finding.js";
import { ruleById } from "../lint/rule-catalog.js";

/** The wording of a finding, in the reader's language, from its rule's message template. */
export function findingMessage(finding: Finding, lang: Lang): string {
  const rule = ruleById(finding.ruleId);
  const template = rule?.meta.messages[finding.messageId];
  if (!template) return `${finding.ruleId}/${finding.messageId}`;
  return interpolate(template[lang], finding.data);
}

/** "苏政民社〔2016〕2号 四（一）3" */
export function findingClause(finding: Finding): string {
  const rule = ruleById(finding.ruleId);
  return rule ? `${rule.meta.source.document} ${rule.meta.source.clause}` : "";
}

export const SEVERITY_LABEL: Record<Lang, Record<Finding["severity"], string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** A finding with its wording and clause, in the field names the JSON outputs share. */
export function wordedFinding(finding: Finding, lang: Lang) {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: findingMessage(finding, lang),
    clause: findingClause(finding),
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine ?? finding.line,
    endColumn: finding.endColumn ?? finding.column,
    path: finding.path,
    waived: finding.waived,
  };
}
