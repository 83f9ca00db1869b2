import { formatYuan } from "../exact/money.js";
import { exampleBudget, exampleProposal } from "./examples.js";
import { pastThreshold } from "./format.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "personnel-share-minimum",
    ruleSet: "funder",
    severity: "error",
    source: {
      document: "资助方要求（budget.limits.min_personnel_percent）",
      clause: "人员经费最低比例",
      quote: "人员经费占项目总额的比例不得低于招标文件或资助方规定的下限。",
    },
    description: { zh: "人员经费占预算总额的比例不低于资助方规定的下限", en: "Personnel costs make up at least the funder's minimum share of the total" },
    messages: {
      low: {
        zh: "人员经费 {personnel} 元占预算总额 {total} 元的 {share}，低于下限 {min}%",
        en: "personnel costs of {personnel} yuan are {share} of the {total} yuan total, below the {min}% minimum",
      },
    },
    examples: {
      // 60,000 of 100,000 is exactly 60%.
      pass: exampleProposal({ extra: exampleBudget({ personnel: 60000, activities: 40000, limits: "    min_personnel_percent: 60" }) }),
      fail: exampleProposal({ extra: exampleBudget({ personnel: 59999.99, activities: 40000.01, limits: "    min_personnel_percent: 60" }) }),
      reports: [{ messageId: "low", line: 11, column: 28 }],
    },
  },
  check({ budget }, report) {
    const check = budget?.limitChecks.personnel;
    if (!budget || !check || check.ok || check.share === null) return;
    report({
      messageId: "low",
      path: ["budget", "limits", "min_personnel_percent"],
      data: { personnel: formatYuan(budget.personnel, { group: true }), total: formatYuan(budget.total, { group: true }), share: `${pastThreshold(check.share, check.min, 2)}%`, min: check.min.toExactString() },
    });
  },
});
