import { exampleBudget, exampleProposal } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/** The funder's limits (budget.limits) and the tender's indicators (tender.indicators). */

const CASES = "  - item: 专业咨询\n    count: 1292\n  - bundle: 个案\n    count: 1\n    sessions: 6\n  - item: 探访\n    count: 6";
const GROUPS = "  - item: 专业咨询\n    count: 1272\n  - bundle: 小组\n    count: 1\n    sessions: 5";
const tender = (services: string, ...indicators: string[]) =>
  exampleProposal({ services, extra: `tender:\n  indicators:\n${indicators.map((i) => `    - ${i}`).join("\n")}` });
const budget = (parts: Parameters<typeof exampleBudget>[0]) => exampleProposal({ extra: exampleBudget(parts) });

testRuleSet("funder", {
  "tender-indicator": {
    valid: [{ name: "a sessions-per-case requirement the plan meets", code: tender(CASES, "个案不少于 1 个，每个个案不少于 6 节") }],
    invalid: [
      {
        name: "a per-group size the plan does not state",
        code: tender(GROUPS, "小组不少于 1 个，每个小组不少于 5 人"),
        errors: [{ messageId: "unstated", at: "    - |小组不少于 1 个" }],
      },
    ],
  },
  "budget-ceiling": {
    valid: [{ name: "exactly the ceiling", code: budget({ limits: "    ceiling: 90000" }) }],
    invalid: [{ name: "a fen over", code: budget({ limits: "    ceiling: 89999.99" }), errors: [{ messageId: "over", at: "ceiling: |89999.99", data: { excess: "0.01" } }] }],
  },
  "management-fee-cap": {
    valid: [{ name: "no budget total at all (no share to speak of)", code: budget({ personnel: 0, activities: 0, fee: 12, limits: "    max_management_fee_percent: 10" }) }],
    invalid: [{ name: "12 % of direct costs against a 10 % maximum", code: budget({ fee: 12, limits: "    max_management_fee_percent: 10" }), errors: [{ messageId: "over", at: "management_fee_percent: |12" }] }],
  },
  "personnel-share-minimum": {
    valid: [{ name: "exactly 60 %", code: budget({ personnel: 60000, activities: 40000, limits: "    min_personnel_percent: 60" }) }],
    invalid: [
      {
        name: "a fen under 60 %",
        code: budget({ personnel: 59999.99, activities: 40000.01, limits: "    min_personnel_percent: 60" }),
        errors: [{ messageId: "low", at: "min_personnel_percent: |60", data: { share: "60.00%" } }],
      },
    ],
  },
});
