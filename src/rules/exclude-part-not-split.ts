import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const survey = (exclude: string) => exampleProposal({ services: `  - item: 专业咨询\n    count: 1322\n  - item: 社区资源调查\n    count: 1\n    exclude: [${exclude}]` });

/**
 * Excluding work the table names only inside a sub-step (地图绘制 in 报告撰写（含地图绘制）, 30 h)
 * removes only what is named: the step stays, at its full hours, because the table does not say how
 * much of it the part is. The evaluator is told, rather than the step silently dropped.
 */
export default defineRule({
  meta: {
    id: "exclude-part-not-split",
    ruleSet: "suzhou-2016",
    severity: "info",
    source: { clause: "四（二）16；二 2", quote: "社区资源调查报告撰写（含地图绘制）30小时/社区；……社区资源调查（不含地图绘制、文献查阅）" },
    description: {
      zh: "排除的工作含在某个环节之中，表中没有单列其工时：只排除它本身，该环节仍按全部工时计",
      en: "An excluded piece of work lies inside a sub-step the table does not split: the step stays at its full hours",
    },
    messages: {
      kept: {
        zh: "{part} 含在“{step}”的 {hours} 小时中，参考工时表没有单列其工时：该环节仍按 {hours} 小时计；如实际更少，请改用其他服务（custom）写明工时与依据",
        en: "{part} lies inside “{step}” ({hours} h) and the table gives it no hours of its own: the step stays at {hours} h; if it takes less, write it as a custom service with hours and a justification",
      },
    },
    examples: { pass: survey("文献查阅"), fail: survey("地图绘制, 文献查阅"), reports: [{ messageId: "kept", line: 11, column: 15 }] },
  },
  check({ proposal }, report) {
    for (const entry of proposal.entries) {
      if (entry.kind !== "table" || entry.count === 0) continue;
      for (const { step, part, path } of entry.excludedParts) report({ messageId: "kept", path, data: { part, step: step.fullName, hours: step.hours.toExactString() } });
    }
  },
});
