import { interpolate, type Lang, type Localized } from "../i18n/lang.js";
import type { Rule, Severity } from "./rule.js";

/** The words for a severity, in each language. */
export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** A rule's message template filled in with a report's data, in both languages. */
export function wordReport(rule: Rule, messageId: string, data: Readonly<Record<string, string | number>>): Localized {
  const template = rule.meta.messages[messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message ${messageId}`);
  return { zh: interpolate(template.zh, data), en: interpolate(template.en, data) };
}

/** "苏政民社〔2016〕2号 四（一）3" */
export function clauseOf(rule: Rule): string {
  return `${rule.meta.source.document} ${rule.meta.source.clause}`;
}
