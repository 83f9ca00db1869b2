import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";
import { hoursText } from "./format.js";

export default defineRule({
  meta: {
    id: "workload-below-floor",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: {
      clause: "四（一）3",
      quote: "项目服务工作量不得低于项目要求配备的全职工作人员 * 1372 小时/年",
    },
    description: {
      zh: "服务工作量不得低于 FTE × 直接服务时数（按项目月数折算）",
      en: "The workload must not fall below FTE × direct-service hours (scaled by the project's months)",
    },
    messages: {
      below: {
        zh: "服务工作量 {total} 小时低于下限 {floor} 小时（{fte} FTE × {direct} 小时 × {months}/12），差 {gap} 小时",
        en: "workload of {total} h is below the floor of {floor} h ({fte} FTE × {direct} h × {months}/12), short by {gap} h",
      },
    },
    examples: {
      pass: exampleProposal({ services: "  - item: 专业咨询\n    count: 1372" }),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: 1371" }),
      reports: [{ messageId: "below", line: 6, column: 1 }],
    },
  },
  check({ workload }, report) {
    const { total, bounds } = workload;
    if (!total.lt(bounds.floor)) return;
    report({
      messageId: "below",
      path: ["services"],
      at: "key",
      data: {
        total: hoursText(total),
        floor: hoursText(bounds.floor),
        fte: bounds.fte.toExactString(),
        direct: hoursText(bounds.annual.direct),
        months: bounds.months,
        gap: hoursText(bounds.floor.sub(total)),
      },
    });
  },
});
