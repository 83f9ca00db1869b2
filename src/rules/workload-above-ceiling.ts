import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";
import { hoursText } from "./format.js";

export default defineRule({
  meta: {
    id: "workload-above-ceiling",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: {
      clause: "四（一）3",
      quote: "项目服务工作量……不得高于项目要求配备的全职工作人员 * 1960 小时/年",
    },
    description: {
      zh: "服务工作量不得高于 FTE × 年均工作时数（按项目月数折算）",
      en: "The workload must not exceed FTE × annual working hours (scaled by the project's months)",
    },
    messages: {
      above: {
        zh: "服务工作量 {total} 小时高于上限 {ceiling} 小时（{fte} FTE × {annual} 小时 × {months}/12），超出 {excess} 小时",
        en: "workload of {total} h is above the ceiling of {ceiling} h ({fte} FTE × {annual} h × {months}/12), over by {excess} h",
      },
    },
    examples: {
      pass: exampleProposal({ services: "  - item: 专业咨询\n    count: 1960" }),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: 1961" }),
      reports: [{ messageId: "above", line: 6, column: 1 }],
    },
  },
  check({ workload }, report) {
    const { total, bounds } = workload;
    if (!total.gt(bounds.ceiling)) return;
    report({
      messageId: "above",
      path: ["services"],
      at: "key",
      data: {
        total: hoursText(total),
        ceiling: hoursText(bounds.ceiling),
        fte: bounds.fte.toExactString(),
        annual: hoursText(bounds.annual.annual),
        months: bounds.months,
        excess: hoursText(total.sub(bounds.ceiling)),
      },
    });
  },
});
