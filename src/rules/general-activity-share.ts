import { Rational } from "../exact/rational.js";
import { exampleProposal } from "./examples.js";
import { hoursText, pastThreshold } from "./format.js";
import { linesAs } from "../workload/counts.js";
import { defineRule } from "../engine/rule.js";

const MAX_PERCENT = Rational.of(10);

export default defineRule({
  meta: {
    id: "general-activity-share",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: { clause: "三 1", quote: "专业社会工作服务项目中，“一般社区活动”通常不超过项目总服务量的 10%。" },
    description: { zh: "一般社区活动通常不超过总服务量的 10%", en: "General community activities usually make up no more than 10% of the workload" },
    messages: {
      over: {
        zh: "一般社区活动 {hours} 小时，占总服务量 {total} 小时的 {share}，通常不超过 10%",
        en: "general community activities take {hours} h, {share} of the {total} h workload; usually at most 10%",
      },
    },
    examples: {
      // 343 × 4 = 1372 is exactly 10% of 13720 h.
      pass: exampleProposal({ staff: "  fte: 7", services: "  - item: 专业咨询\n    count: 12348\n  - item: 一般社区活动\n    count: 343\n    participants: 10" }),
      fail: exampleProposal({ staff: "  fte: 7", services: "  - item: 专业咨询\n    count: 12344\n  - item: 一般社区活动\n    count: 344\n    participants: 10" }),
      reports: [{ messageId: "over", line: 9, column: 5 }],
    },
  },
  check({ workload }, report) {
    const lines = linesAs(workload, "general-community-activity");
    const hours = Rational.sum(lines.map((l) => l.hours));
    if (lines.length === 0 || workload.total.isZero()) return;
    const percent = hours.mul(100).div(workload.total);
    if (!percent.gt(MAX_PERCENT)) return;
    report({
      messageId: "over",
      path: lines[0]!.path,
      at: "key",
      data: { hours: hoursText(hours), total: hoursText(workload.total), share: `${pastThreshold(percent, MAX_PERCENT)}%` },
    });
  },
});
