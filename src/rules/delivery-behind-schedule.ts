import { exampleProposal } from "./examples.js";
import { hoursText } from "./format.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "delivery-behind-schedule",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: {
      clause: "四（一）3",
      quote: "项目服务工作量不得低于项目要求配备的全职工作人员 * 1372 小时/年。",
    },
    description: {
      zh: "已完成的服务时数不低于按已执行月数折算的下限",
      en: "Hours delivered so far are at least the floor prorated to the months elapsed",
    },
    messages: {
      behind: {
        zh: "执行 {elapsed} 个月已完成 {delivered} 小时，低于按 {elapsed}/{months} 折算的下限 {floor} 小时",
        en: "{delivered} h delivered after {elapsed} months, below the floor prorated to {elapsed}/{months}: {floor} h",
      },
    },
    examples: {
      pass: exampleProposal({ extra: "delivery:\n  months_elapsed: 6\n  counts:\n    专业咨询: 686" }),
      fail: exampleProposal({ extra: "delivery:\n  months_elapsed: 6\n  counts:\n    专业咨询: 685" }),
      reports: [{ messageId: "behind", line: 10, column: 19 }],
    },
  },
  check({ delivery, proposal }, report) {
    if (!delivery || !proposal.delivery || delivery.position !== "below") return;
    report({
      messageId: "behind",
      path: [...proposal.delivery.path, "months_elapsed"],
      source: proposal.delivery.source,
      data: { elapsed: delivery.monthsElapsed, months: delivery.months, delivered: hoursText(delivery.deliveredHours), floor: hoursText(delivery.floor) },
    });
  },
});
