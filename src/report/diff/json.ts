import type { ProposalDiff } from "../../diff/diff.js";
import type { Rational } from "../../exact/rational.js";
import type { Lang } from "../../i18n/lang.js";

/** `gongshi diff -f json`: what changed, with hours rounded to 0.01, money in fen, findings in the reader's language. */
export function diffJson(diff: ProposalDiff, lang: Lang) {
  const hours = (r: Rational) => r.toNumber(2);
  return {
    items: diff.items.filter((i) => i.change !== "same").map((i) => ({ item: i.key, name: i.name, change: i.change, oldCount: i.oldCount, newCount: i.newCount, oldHours: hours(i.oldHours), newHours: hours(i.newHours), deltaHours: hours(i.newHours.sub(i.oldHours)) })),
    hours: { old: hours(diff.oldHours), new: hours(diff.newHours), delta: hours(diff.newHours.sub(diff.oldHours)) },
    budget: diff.budget.filter((b) => b.change !== "same").map((b) => ({ category: b.category, item: b.item, change: b.change, oldFen: b.oldTotal, newFen: b.newTotal, deltaFen: b.newTotal - b.oldTotal })),
    budgetTotal: { oldFen: diff.oldBudget, newFen: diff.newBudget, deltaFen: (diff.newBudget ?? 0) - (diff.oldBudget ?? 0) },
    tender: diff.tender,
    findings: {
      appeared: diff.appeared.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message[lang], line: f.line, column: f.column })),
      resolved: diff.resolved.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message[lang] })),
    },
  };
}
