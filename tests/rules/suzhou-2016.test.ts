import { exampleProposal, exampleSupervision } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/** 苏政民社〔2016〕2号: each rule at its boundary, on small proposals of 1 FTE × 12 months (floor 1372 h). */

const services = (text: string, staff?: string) => exampleProposal({ services: text, ...(staff ? { staff } : {}) });
const activity = (item: string, participants: number) => services(`  - item: 专业咨询\n    count: 1300\n  - item: ${item}\n    count: 1\n    participants: ${participants}`);
const lecture = (participants: number, minutes: number) =>
  services(`  - item: 专业咨询\n    count: 1352\n  - item: 专题培训/讲座\n    count: 1\n    delivery: 自行组织\n    participants: ${participants}\n    minutes: ${minutes}`);
const share = (count: number) => services(`  - item: 专业咨询\n    count: ${13720 - count * 4}\n  - item: 一般社区活动\n    count: ${count}`, "  fte: 7");
const general = (participants: number) => services(`  - item: 专业咨询\n    count: 1368\n  - item: 一般社区活动\n    count: 1\n    participants: ${participants}`);
const consult = (subjects: number) => services(`  - item: 专业咨询\n    count: 1372\n    subjects: ${subjects}`);
const SUPERVISOR = (years: number, rate: number, origin = "本土") => exampleSupervision({ years, rate, origin });
const sessions = (type: string, hours: number, supervisees?: number) =>
  exampleProposal({ extra: `${SUPERVISOR(8, 200)}\n  sessions:\n    - type: ${type}\n      count: 12\n      hours: ${hours}${supervisees ? `\n      supervisees: ${supervisees}` : ""}` });
const rate = (years: number, yuan: number, origin = "本土") => exampleProposal({ extra: SUPERVISOR(years, yuan, origin) });
const delivered = (months: number, count: number) => `${services("  - item: 专业咨询\n    count: 1372")}delivery:\n  months_elapsed: ${months}\n  counts:\n    专业咨询: ${count}\n`;

testRuleSet("suzhou-2016", {
  "workload-below-floor": {
    valid: [{ name: "exactly the floor", code: services("  - item: 专业咨询\n    count: 1372") }],
    invalid: [
      { name: "one hour under, with 13 holidays (floor 1360.8)", code: exampleProposal({ project: "  public_holidays: 13", services: "  - item: 专业咨询\n    count: 1360" }), errors: [{ messageId: "below", at: "|services:" }] },
    ],
  },
  "workload-above-ceiling": {
    valid: [{ name: "exactly the ceiling", code: services("  - item: 专业咨询\n    count: 1960") }],
    invalid: [{ name: "one hour over", code: services("  - item: 专业咨询\n    count: 1961"), errors: [{ messageId: "above", at: "|services:" }] }],
  },
  "item-hours-basis": {
    valid: [{ name: "a custom service that follows a table item", code: services("  - item: 专业咨询\n    count: 1352\n  - custom: 长者生日会\n    count: 1\n    like: 社区中小型活动") }],
    invalid: [
      {
        name: "hours without a justification",
        code: services("  - item: 专业咨询\n    count: 1352\n  - custom: 长者生日会\n    count: 1\n    hours: 20"),
        errors: [{ messageId: "missingJustification", at: "hours: |20" }],
      },
    ],
  },
  "hours-by-proposal": {
    invalid: [
      {
        name: "hours borrowed from a table item, with the item named as the basis",
        code: services("  - item: 专业咨询\n    count: 1352\n  - custom: 长者生日会\n    count: 1\n    like: 社区中小型活动"),
        errors: [{ messageId: "given", at: "  - |custom: 长者生日会", data: { basis: "参照“社区中小型活动”" } }],
      },
    ],
  },
  "lecture-duration": {
    valid: [{ name: "60 minutes", code: lecture(30, 60) }],
    invalid: [{ name: "59 minutes, at the minutes", code: lecture(30, 59), errors: [{ messageId: "short", at: "minutes: |59" }] }],
  },
  "lecture-participants": {
    valid: [{ name: "30 people", code: lecture(30, 60) }],
    invalid: [{ name: "29 people", code: lecture(29, 60), errors: [{ messageId: "few", at: "participants: |29" }] }],
  },
  "activity-size": {
    valid: [
      { name: "a 社区大型活动 of 60", code: activity("社区大型活动", 60) },
      { name: "a 社区中小型活动 of 20", code: activity("社区中小型活动", 20) },
    ],
    invalid: [
      { name: "a 社区大型活动 of 59", code: activity("社区大型活动", 59), errors: [{ messageId: "large", at: "participants: |59" }] },
      { name: "a 社区中小型活动 of 19", code: activity("社区中小型活动", 19), errors: [{ messageId: "small", at: "participants: |19" }] },
    ],
  },
  "general-activity-share": {
    valid: [{ name: "exactly 10 % of the workload", code: share(343) }],
    invalid: [{ name: "above 10 %", code: share(344), errors: [{ messageId: "over", at: "  - |item: 一般社区活动", data: { share: "10.0%" } }] }],
  },
  "general-activity-size": {
    valid: [{ name: "19 people", code: general(19) }],
    invalid: [{ name: "20 people", code: general(20), errors: [{ messageId: "large", at: "participants: |20" }] }],
  },
  "consultations-per-subject": {
    valid: [{ name: "3 per subject", code: consult(458) }],
    invalid: [{ name: "more than 3 per subject", code: consult(457), errors: [{ messageId: "many", at: "subjects: |457" }] }],
  },
  "group-process": {
    valid: [{ name: "a whole group", code: services("  - item: 专业咨询\n    count: 1300\n  - bundle: 小组\n    count: 1\n    sessions: 4") }],
    invalid: [
      {
        name: "a final evaluation more than the groups",
        code: services("  - item: 专业咨询\n    count: 1300\n  - bundle: 小组\n    count: 1\n    sessions: 4\n  - item: 小组结案评估\n    count: 1"),
        errors: [{ messageId: "extraEvaluations", at: "  - |bundle: 小组", data: { evaluations: 2, groups: 1 } }],
      },
    ],
  },
  "case-process": {
    valid: [{ name: "a whole case", code: services("  - item: 专业咨询\n    count: 1300\n  - bundle: 个案\n    count: 1\n    sessions: 6\n  - item: 探访\n    count: 2") }],
    invalid: [
      {
        name: "more closings than intakes",
        code: services("  - item: 专业咨询\n    count: 1340\n  - item: 接案\n    count: 1\n  - item: 结案/转介评估\n    count: 4"),
        errors: [{ messageId: "extraClosings", at: "  - |item: 结案/转介评估" }],
      },
    ],
  },
  "supervision-session-hours": {
    valid: [
      { name: "individual supervision of 2 h", code: sessions("个别", 2) },
      { name: "group supervision of 4 h", code: sessions("团体", 4, 4) },
    ],
    invalid: [
      { name: "individual supervision of 2.5 h", code: sessions("个别", 2.5), errors: [{ messageId: "individual", at: "hours: |2.5" }] },
      { name: "group supervision of 4.5 h", code: sessions("团体", 4.5, 4), errors: [{ messageId: "group", at: "hours: |4.5" }] },
    ],
  },
  "supervision-group-size": {
    valid: [
      { name: "2 supervisees", code: sessions("团体", 3, 2) },
      { name: "8 supervisees", code: sessions("团体", 3, 8) },
    ],
    invalid: [
      { name: "9 supervisees", code: sessions("团体", 3, 9), errors: [{ messageId: "outside", at: "supervisees: |9" }] },
      { name: "1 supervisee", code: sessions("团体", 3, 1), errors: [{ messageId: "outside", at: "supervisees: |1" }] },
    ],
  },
  "supervision-rate-cap": {
    valid: [
      { name: "250 元 at exactly 10 years (10 counts as 10年以上)", code: rate(10, 250) },
      { name: "overseas at 300 元", code: rate(3, 300, "境外") },
      { name: "a local supervisor of 5 years at 150 元", code: rate(5, 150) },
    ],
    invalid: [
      { name: "251 元 at 10 years", code: rate(10, 251), errors: [{ messageId: "over", at: "rate: |251" }] },
      { name: "250 元 at 9.5 years", code: rate(9.5, 250), errors: [{ messageId: "over", at: "rate: |250", data: { rate: "250.00", cap: "200.00" } }] },
      { name: "overseas at 300.01 元", code: rate(3, 300.01, "境外"), errors: [{ messageId: "over", at: "rate: |300.01" }] },
      { name: "a local supervisor under 5 years, who has no tier", code: rate(4.5, 150), errors: [{ messageId: "noTier", at: "years: |4.5" }] },
    ],
  },
  "delivery-behind-schedule": {
    valid: [{ name: "half the floor after 6 months", code: delivered(6, 686) }],
    invalid: [{ name: "one hour short after 6 months", code: delivered(6, 685), errors: [{ messageId: "behind", at: "months_elapsed: |6" }] }],
  },
});
