import { exampleProposal } from "./examples.js";
import { countAs, linesAs } from "../workload/counts.js";
import { defineRule } from "../engine/rule.js";

/** The group work process of 第四节 2: preparation, sessions, a mid-term and a final evaluation per group. */
export default defineRule({
  meta: {
    id: "group-process",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: {
      clause: "第四节 2、4",
      quote: "（1）准备阶段：小组计划/方案书、组员招募……（4）结束阶段：回顾小组历程、检视组员目标达成情况、处理离别情绪、结案评估。",
    },
    description: {
      zh: "小组活动应有小组准备；中期评估、结案评估不多于小组数",
      en: "Group sessions come with group preparation; no more mid-term or final evaluations than groups",
    },
    messages: {
      noPreparation: {
        zh: "有 {sessions} 节小组活动，却没有小组准备工作（小组策划、组员招募）",
        en: "{sessions} group sessions but no group preparation (planning, recruiting members)",
      },
      extraEvaluations: {
        zh: "{evaluation} {evaluations} 次，多于小组数 {groups}（以小组准备工作计）",
        en: "{evaluations} × {evaluation}, more than the {groups} groups (counted by group preparation)",
      },
    },
    examples: {
      pass: exampleProposal({ services: "  - item: 专业咨询\n    count: 1240\n  - bundle: 小组\n    count: 1\n    sessions: 9" }),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: 1264\n  - item: 小组活动\n    count: 9" }),
      reports: [{ messageId: "noPreparation", line: 9, column: 5 }],
    },
  },
  check({ workload }, report) {
    const groups = countAs(workload, "group-preparation");
    const sessions = countAs(workload, "group-session");
    if (sessions > 0 && groups === 0) {
      report({ messageId: "noPreparation", path: linesAs(workload, "group-session")[0]!.path, at: "key", data: { sessions } });
    }
    for (const code of ["group-midterm-evaluation", "group-final-evaluation"]) {
      const lines = linesAs(workload, code);
      const evaluations = countAs(workload, code);
      if (evaluations > groups) {
        report({ messageId: "extraEvaluations", path: lines[0]!.path, at: "key", data: { evaluation: lines[0]!.name, evaluations, groups } });
      }
    }
  },
});
