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
const resourceSurvey = (exclude: string) => services(`  - item: 专业咨询\n    count: 1322\n  - item: 社区资源调查\n    count: 1\n    exclude: [${exclude}]`);
const customService = (name: string) => services(`  - item: 专业咨询\n    count: 1340\n  - custom: ${name}\n    count: 2\n    hours: 16\n    justification: 每次 16 小时`);
const fund = (body: string, note = "社区公益金申请咨询") => exampleProposal({ services: `  - item: 专业咨询\n    count: 1372\n    note: ${note}`, extra: body });

testRuleSet("suzhou-2016", {
  "workload-below-floor": {
    valid: [{ name: "exactly the floor", code: services("  - item: 专业咨询\n    count: 1372") }],
    invalid: [
      { name: "one hour under, with 13 holidays (floor 1360.8)", code: exampleProposal({ project: "  public_holidays: 13", services: "  - item: 专业咨询\n    count: 1360" }), errors: [{ messageId: "below", at: "|services:" }] },
      {
        name: "a fraction of an hour under: the total shows as much as it takes to see it is under",
        code: services("  - item: 专业咨询\n    count: 1292\n  - item: 社区资源调查\n    count: 1\n    households: 2999"),
        errors: [{ messageId: "below", at: "|services:", data: { total: "1371.98", gap: "0.02" } }],
      },
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
    invalid: [
      { name: "59 minutes, at the minutes", code: lecture(30, 59), errors: [{ messageId: "short", at: "minutes: |59" }] },
      {
        name: "a 30-minute 健康讲座 like 专题培训/讲座 goes through the lecture's rules",
        code: services("  - item: 专业咨询\n    count: 1352\n  - custom: 健康讲座\n    count: 1\n    like: 专题培训/讲座\n    delivery: 自行组织\n    participants: 40\n    minutes: 30"),
        errors: [{ messageId: "short", at: "minutes: |30" }],
      },
    ],
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
      {
        name: "a custom service like 社区中小型活动 for 12 people",
        code: services("  - item: 专业咨询\n    count: 1352\n  - custom: 长者生日会\n    count: 1\n    like: 社区中小型活动\n    participants: 12"),
        errors: [{ messageId: "small", at: "participants: |12" }],
      },
    ],
  },
  "general-activity-share": {
    valid: [{ name: "exactly 10 % of the workload", code: share(343) }],
    invalid: [
      // 1376 of 13720 h is 10.029 %: "10.0%" would read as the threshold itself.
      { name: "above 10 %, shown with the precision that shows it", code: share(344), errors: [{ messageId: "over", at: "  - |item: 一般社区活动", data: { share: "10.02%" } }] },
      {
        name: "custom services like 一般社区活动 count toward the share",
        code: services("  - item: 专业咨询\n    count: 12344\n  - custom: 长者兴趣活动\n    count: 344\n    like: 一般社区活动", "  fte: 7"),
        errors: [{ messageId: "over", at: "  - |custom: 长者兴趣活动" }],
      },
    ],
  },
  "general-activity-size": {
    valid: [{ name: "19 people", code: general(19) }],
    invalid: [{ name: "20 people", code: general(20), errors: [{ messageId: "large", at: "participants: |20" }] }],
  },
  "consultations-per-subject": {
    valid: [{ name: "3 per subject", code: consult(458) }],
    // 1372 / 457 = 3.0022: "3.0 次，一般不超过 3 次" would read as no excess at all.
    invalid: [{ name: "more than 3 per subject, shown with the precision that shows it", code: consult(457), errors: [{ messageId: "many", at: "subjects: |457", data: { average: "3.002" } }] }],
  },
  "group-process": {
    valid: [{ name: "a whole group", code: services("  - item: 专业咨询\n    count: 1300\n  - bundle: 小组\n    count: 1\n    sessions: 4") }],
    invalid: [
      {
        name: "a final evaluation more than the groups",
        code: services("  - item: 专业咨询\n    count: 1300\n  - bundle: 小组\n    count: 1\n    sessions: 4\n  - item: 小组结案评估\n    count: 1"),
        errors: [{ messageId: "extraEvaluations", at: "  - |bundle: 小组", data: { evaluations: 2, groups: 1 } }],
      },
      {
        name: "a custom service like 小组活动, without preparation",
        code: services("  - item: 专业咨询\n    count: 1348\n  - custom: 亲子小组活动\n    count: 2\n    like: 小组活动"),
        errors: [{ messageId: "noPreparation", at: "  - |custom: 亲子小组活动" }],
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
      // 第七节 5 is a 参考 standard with no tier under 5 years: it forbids nothing, so a warning, not an error.
      { name: "a local supervisor under 5 years, who has no tier", code: rate(4.5, 150), errors: [{ messageId: "noTier", at: "years: |4.5", severity: "warning" }] },
    ],
  },
  // 五 1: reference hours estimate workload when applying; judging delivery by them is an estimate (info).
  "delivery-behind-schedule": {
    valid: [{ name: "half the floor after 6 months", code: delivered(6, 686) }],
    invalid: [{ name: "one hour short after 6 months", code: delivered(6, 685), errors: [{ messageId: "behind", at: "months_elapsed: |6", severity: "info" }] }],
  },
  "delivery-above-ceiling": {
    valid: [{ name: "half the ceiling after 6 months", code: delivered(6, 980) }],
    invalid: [{ name: "one hour over the prorated ceiling after 6 months", code: delivered(6, 981), errors: [{ messageId: "ahead", at: "months_elapsed: |6", severity: "info" }] }],
  },
  "exclude-part-not-split": {
    valid: [{ name: "a whole sub-step excluded", code: resourceSurvey("社区资源调查报告撰写") }],
    invalid: [{ name: "地图绘制, which lies inside the 30 h report step", code: resourceSurvey("文献查阅, 地图绘制"), errors: [{ messageId: "kept", at: "exclude: [文献查阅, |地图绘制" }] }],
  },
  "indirect-work": {
    valid: [
      { name: "policy explained to clients at home", code: customService("救助政策入户讲解") },
      { name: "skills training for clients", code: customService("困难家庭就业技能培训") },
    ],
    invalid: [
      { name: "printing a policy booklet (宣传推广)", code: customService("救助政策宣传手册编印"), errors: [{ messageId: "indirect", at: "custom: |救助政策宣传手册编印", data: { kind: "宣传推广" } }] },
      { name: "the team's own supervision", code: customService("社工团队督导"), errors: [{ messageId: "indirect", at: "custom: |社工团队督导", data: { kind: "督导" } }] },
      { name: "a project evaluation", code: customService("项目中期评估"), errors: [{ messageId: "indirect", at: "custom: |项目中期评估", data: { kind: "项目评估" } }] },
    ],
  },
  "community-fund-oversight": {
    valid: [
      { name: "rules and quarterly publication", code: fund("management:\n  community_fund:\n    oversight: true\n    disclosure: 每季度") },
      { name: "no community fund at all", code: fund("", "政策咨询") },
    ],
    invalid: [
      { name: "no rules for its use", code: fund("management:\n  community_fund:\n    oversight: false\n    disclosure: 每年"), errors: [{ messageId: "noOversight", at: "oversight: |false" }] },
      { name: "not published", code: fund("management:\n  community_fund:\n    oversight: true\n    disclosure: 不公开"), errors: [{ messageId: "notPublished", at: "disclosure: |不公开" }] },
      {
        name: "a fund named in the services, with nothing said of it",
        code: fund(""),
        errors: [
          { messageId: "unstated", at: "|services:", data: { field: "oversight" } },
          { messageId: "unstated", at: "|services:", data: { field: "disclosure" } },
        ],
      },
    ],
  },
});
