import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "tender-indicator",
    ruleSet: "funder",
    severity: "error",
    source: {
      document: "招标文件（tender.indicators）",
      clause: "采购需求",
      quote: "服务方案须满足采购需求中的各项最低（或最高）指标。",
    },
    description: { zh: "方案满足招标文件的每一项指标", en: "The plan meets every indicator of the tender" },
    messages: {
      unmet: {
        zh: "未满足招标指标“{clause}”：方案中{measure}为 {planned}（计入行：{lines}）",
        en: "the tender's “{clause}” is not met: the plan's {measure} is {planned} (lines counted: {lines})",
      },
      unstated: {
        zh: "无法核对招标指标“{clause}”：方案没有写明{measure}（计入行：{lines}）",
        en: "cannot check the tender's “{clause}”: the plan does not state {measure} (lines {lines})",
      },
    },
    examples: {
      pass: exampleProposal({
        services: "  - item: 专业咨询\n    count: 1292\n  - bundle: 个案\n    count: 1\n    sessions: 6\n  - item: 探访\n    count: 6",
        extra: "tender:\n  indicators:\n    - 个案不少于 1 个，每个个案不少于 6 节",
      }),
      fail: exampleProposal({
        services: "  - item: 专业咨询\n    count: 1292\n  - bundle: 个案\n    count: 1\n    sessions: 6\n  - item: 探访\n    count: 6",
        extra: "tender:\n  indicators:\n    - 个案不少于 2 个",
      }),
      reports: [{ messageId: "unmet", line: 16, column: 7 }],
    },
  },
  check({ tender }, report) {
    for (const result of tender ?? []) {
      if (result.verdict !== "unmet" && result.verdict !== "unstated") continue;
      const { indicator } = result;
      const lines = result.counted === null ? "全部" : result.counted.map((c) => c.line).join("、") || "无";
      report({
        messageId: result.verdict,
        path: result.path,
        data: { clause: indicator.clause, measure: indicator.label.zh, planned: result.planned === null ? "—" : Number(result.planned.toFixed(2)), lines },
      });
    }
  },
});
