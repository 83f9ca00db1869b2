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
  "tender-indicator-unread": {
    valid: [
      { name: "1,000 read as one thousand, not 1", code: tender(CASES, "专业咨询不少于 1,000 次") },
      { name: "every part read: a count, its units, a second subject after 、", code: tender(GROUPS, "小组不少于1个（每个小组不少于5节）、小组活动不少于5节") },
    ],
    invalid: [
      { name: "a report, not a requirement", code: tender(CASES, "项目调研报告2篇"), errors: [{ messageId: "noRequirement", at: "    - |项目调研报告" }] },
      { name: "a number written 1e3", code: tender(CASES, "个案不少于 1e3 个"), errors: [{ messageId: "number", at: "    - |个案不少于 1e3" }] },
      { name: "a subject no line of a plan counts", code: tender(CASES, "志愿者不少于20名"), errors: [{ messageId: "unknownSubject", at: "    - |志愿者" }] },
      { name: "publicity is not a community activity", code: tender(CASES, "开展救助宣传活动不少于3次"), errors: [{ messageId: "notActivity", at: "    - |开展救助宣传" }] },
      { name: "hours asked in 人次", code: tender(CASES, "服务时数不少于1000人次"), errors: [{ messageId: "unitMismatch", at: "    - |服务时数", data: { unit: "人次" } }] },
      { name: "小组服务 with no unit: sessions or people?", code: tender(GROUPS, "小组≥1个、小组服务≥5"), errors: [{ messageId: "ambiguous", at: "    - |小组≥1个" }] },
      { name: "每次 with nothing counted before it", code: tender(CASES, "每次不少于8人"), errors: [{ messageId: "noUnitOwner", at: "    - |每次" }] },
      { name: "a requirement per quarter", code: tender(CASES, "每季度组织培训不少于2次"), errors: [{ messageId: "perPeriod", at: "    - |每季度" }] },
      { name: "a satisfaction rate, never compared with a count", code: tender(CASES, "服务对象满意度不低于90%"), errors: [{ messageId: "uncheckable", at: "    - |服务对象满意度" }] },
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
        // 59,999.99 of 100,000 is 59.99999 %: "60.00%，低于下限 60%" would contradict itself.
        name: "a fen under 60 %, shown with the precision that shows it",
        code: budget({ personnel: 59999.99, activities: 40000.01, limits: "    min_personnel_percent: 60" }),
        errors: [{ messageId: "low", at: "min_personnel_percent: |60", data: { share: "59.99999%" } }],
      },
    ],
  },
});
