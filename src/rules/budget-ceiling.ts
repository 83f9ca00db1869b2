import { formatYuan } from "../exact/money.js";
import { exampleBudget, exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "budget-ceiling",
    ruleSet: "funder",
    severity: "error",
    source: { document: "资助方要求（budget.limits.ceiling）", clause: "项目总额上限", quote: "项目预算总额不得超过招标文件或资助方规定的上限。" },
    description: { zh: "预算总额不超过资助方规定的上限", en: "The budget total stays within the funder's ceiling" },
    messages: {
      over: { zh: "预算总额 {total} 元，超过上限 {ceiling} 元 {excess} 元", en: "budget total of {total} yuan exceeds the ceiling of {ceiling} yuan by {excess} yuan" },
    },
    examples: {
      pass: exampleProposal({ extra: exampleBudget({ limits: "    ceiling: 90000" }) }),
      fail: exampleProposal({ extra: exampleBudget({ limits: "    ceiling: 89999.99" }) }),
      reports: [{ messageId: "over", line: 11, column: 14 }],
    },
  },
  check({ budget }, report) {
    const check = budget?.limitChecks.ceiling;
    if (!budget || !check || check.ok) return;
    report({
      messageId: "over",
      path: ["budget", "limits", "ceiling"],
      data: { total: formatYuan(budget.total, { group: true }), ceiling: formatYuan(check.limit, { group: true }), excess: formatYuan(check.excess, { group: true }) },
    });
  },
});
