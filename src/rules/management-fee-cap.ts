import { formatYuan } from "../exact/money.js";
import { exampleBudget, exampleProposal } from "./examples.js";
import { pastThreshold } from "./format.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "management-fee-cap",
    ruleSet: "funder",
    severity: "error",
    source: {
      document: "资助方要求（budget.limits.max_management_fee_percent）",
      clause: "管理费比例上限",
      quote: "管理费占项目总额的比例不得超过招标文件或资助方规定的上限。",
    },
    description: { zh: "管理费占预算总额的比例不超过资助方规定的上限", en: "The management fee's share of the total stays within the funder's maximum" },
    messages: {
      over: {
        zh: "管理费 {fee} 元占预算总额 {total} 元的 {share}，高于上限 {max}%",
        en: "the management fee of {fee} yuan is {share} of the {total} yuan total, above the {max}% maximum",
      },
    },
    examples: {
      // fee 10% of 90,000 = 9,000 of a 99,000 total: 9.09% ≤ 10%.
      pass: exampleProposal({ extra: exampleBudget({ fee: 10, limits: "    max_management_fee_percent: 10" }) }),
      fail: exampleProposal({ extra: exampleBudget({ fee: 12, limits: "    max_management_fee_percent: 10" }) }),
      reports: [{ messageId: "over", line: 10, column: 27 }],
    },
  },
  check({ budget }, report) {
    const check = budget?.limitChecks.managementFee;
    if (!budget || !check || check.ok || check.share === null) return;
    report({
      messageId: "over",
      path: ["budget", "management_fee_percent"],
      data: { fee: formatYuan(budget.managementFee, { group: true }), total: formatYuan(budget.total, { group: true }), share: `${pastThreshold(check.share, check.max, 2)}%`, max: check.max.toExactString() },
    });
  },
});
