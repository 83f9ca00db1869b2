import { exampleProposal } from "./examples.js";
import { countAs, linesAs } from "../workload/counts.js";
import { defineRule } from "../engine/rule.js";

/** The casework process of 第二节 2: intake first, one closing (or referral assessment) per case at most. */
export default defineRule({
  meta: {
    id: "case-process",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: {
      clause: "第二节 2",
      quote: "（1）接案。……（6）结案/转介。准备结束与服务对象的工作关系……",
    },
    description: { zh: "个案服务应有接案；结案/转介评估不多于接案数", en: "Case sessions come with intakes; no more closings than intakes" },
    messages: {
      noIntake: { zh: "有 {sessions} 节个案服务，却没有接案", en: "{sessions} case sessions but no intake" },
      extraClosings: { zh: "结案/转介评估 {closings} 案，多于接案 {intakes} 案", en: "{closings} closings, more than the {intakes} intakes" },
    },
    examples: {
      pass: exampleProposal({ services: "  - item: 专业咨询\n    count: 1300\n  - bundle: 个案\n    count: 1\n    sessions: 6\n  - item: 探访\n    count: 2" }),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: 1332\n  - item: 个案服务\n    count: 5" }),
      reports: [{ messageId: "noIntake", line: 9, column: 5 }],
    },
  },
  check({ workload }, report) {
    const intakes = countAs(workload, "case-intake");
    const sessions = countAs(workload, "case-session");
    const closings = countAs(workload, "case-closing");
    if (sessions > 0 && intakes === 0) report({ messageId: "noIntake", path: linesAs(workload, "case-session")[0]!.path, at: "key", data: { sessions } });
    if (closings > intakes) report({ messageId: "extraClosings", path: linesAs(workload, "case-closing")[0]!.path, at: "key", data: { closings, intakes } });
  },
});
