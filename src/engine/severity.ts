/**
 * How much a finding weighs: the rule's own severity, lowered when its rule set is in force only in part
 * (a draft switched on by the project's kind), replaced by the repository's setting when it names the
 * rule, and never more than its message allows (a check that cannot be made is information).
 */
import type { Localized } from "../i18n/lang.js";
import type { RuleSetActivation } from "../standard/rule-sets.js";
import type { Rule, Severity } from "./rule.js";

const WEIGHT: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** The lighter of a severity and a cap. */
export function atMost(severity: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && WEIGHT[cap] < WEIGHT[severity] ? cap : severity;
}

export function severityOf(rule: Rule, messageId: string, activation: RuleSetActivation, setting: Severity | undefined): Severity {
  const base = setting ?? atMost(rule.meta.severity, activation.maxSeverity);
  return atMost(base, rule.meta.messages[messageId]?.severity);
}

/** A finding's wording with its rule set's note appended (a draft's status), in both languages. */
export function withNote(message: Localized, note: Localized | undefined): Localized {
  return note ? { zh: `${message.zh}（${note.zh}）`, en: `${message.en} (${note.en})` } : message;
}
