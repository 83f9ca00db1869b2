import { exampleProposal } from "./examples.js";
import { hoursText } from "./format.js";
import { defineRule } from "../engine/rule.js";

/** Hours the table does not fix are the evaluator's call: point each one out. */
export default defineRule({
  meta: {
    id: "hours-by-proposal",
    ruleSet: "suzhou-2016",
    severity: "info",
    source: {
      clause: "四（二）21、23；三 2",
      quote: "（21、23）根据实际情况计算……（三 2）工时参考类似服务类型，或根据实际情况测算。",
    },
    description: {
      zh: "由方案自定工时的项目，提请评估方审阅其测算依据",
      en: "Hours set by the proposal itself, pointed out for the evaluator to review",
    },
    messages: {
      given: {
        zh: "“{name}”的工时由方案自定：{unitHours} 小时/{unit} × {count} = {hours} 小时；依据：{basis}",
        en: "“{name}” hours are set by the proposal: {unitHours} h/{unit} × {count} = {hours} h; basis: {basis}",
      },
    },
    examples: {
      pass: exampleProposal(),
      fail: exampleProposal({
        services: "  - item: 专业咨询\n    count: 1352\n  - custom: 长者生日会\n    count: 1\n    hours: 20\n    justification: 筹备 12 小时 + 现场 8 小时",
      }),
      reports: [{ messageId: "given", line: 9, column: 5 }],
    },
  },
  check({ workload }, report) {
    for (const line of workload.lines) {
      if (line.hoursSource !== "proposal" && line.hoursSource !== "like") continue;
      const { justification, like } = line.basis ?? {};
      const basis = [justification, like && `参照“${like}”`].filter(Boolean).join("；") || "—";
      report({
        messageId: "given",
        path: line.path,
        at: "key",
        data: {
          name: line.name,
          unitHours: hoursText(line.unitHours),
          unit: line.unit,
          count: line.count,
          hours: hoursText(line.hours),
          basis,
        },
      });
    }
  },
});
