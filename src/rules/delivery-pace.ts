/**
 * Delivered work in reference hours against the bounds prorated to the months elapsed, both sides. 五 1
 * says the reference hours serve only to estimate workload when applying for a project, and that the
 * work itself is judged by what it does for the people served: so this is an estimate, for the
 * evaluator's information, never a verdict.
 */
import { exampleProposal } from "./examples.js";
import { hoursText, pastThreshold } from "./format.js";
import { defineRule, type RuleContext } from "../engine/rule.js";

const SOURCE = {
  clause: "四（一）3；五 1",
  quote:
    "项目服务工作量不得低于项目要求配备的全职工作人员 * 1372 小时/年，不得高于项目要求配备的全职工作人员 * 1960 小时/年。……（五 1）本指引中的参考工时只作为服务提供者申请项目时测算服务工作量的依据，实际工作中应以服务对象的需要和利益为根本，以达成项目服务目标为标准衡量服务的成效。",
};

const delivered = (count: number) => exampleProposal({ extra: `delivery:\n  months_elapsed: 6\n  counts:\n    专业咨询: ${count}` });

/** Where a finding about delivery stands: the months elapsed, in the file the delivery was written in. */
function at({ proposal }: RuleContext) {
  return { path: [...proposal.delivery!.path, "months_elapsed"], source: proposal.delivery!.source };
}

export const deliveryBehindSchedule = defineRule({
  meta: {
    id: "delivery-behind-schedule",
    ruleSet: "suzhou-2016",
    severity: "info",
    source: SOURCE,
    description: {
      zh: "按参考工时估算，已完成的服务量低于按已执行月数折算的下限（估算，供评估方参考）",
      en: "Estimated in reference hours, the work delivered so far is below the floor prorated to the months elapsed (an estimate, for the evaluator)",
    },
    messages: {
      behind: {
        zh: "按参考工时估算，执行 {elapsed} 个月已完成约 {delivered} 小时，低于按 {elapsed}/{months} 折算的下限 {floor} 小时（参考工时只作申请时测算之用，五 1）",
        en: "estimated in reference hours, about {delivered} h delivered after {elapsed} months, below the floor prorated to {elapsed}/{months}: {floor} h (reference hours are for estimating when applying, 五 1)",
      },
    },
    examples: { pass: delivered(686), fail: delivered(685), reports: [{ messageId: "behind", line: 10, column: 19 }] },
  },
  check(context, report) {
    const { delivery } = context;
    if (!delivery || !context.proposal.delivery || delivery.position !== "below") return;
    report({
      messageId: "behind",
      ...at(context),
      data: { elapsed: delivery.monthsElapsed, months: delivery.months, delivered: pastThreshold(delivery.deliveredHours, delivery.floor, 0), floor: hoursText(delivery.floor) },
    });
  },
});

export const deliveryAboveCeiling = defineRule({
  meta: {
    id: "delivery-above-ceiling",
    ruleSet: "suzhou-2016",
    severity: "info",
    source: SOURCE,
    description: {
      zh: "按参考工时估算，已完成的服务量高于按已执行月数折算的上限（估算，供评估方参考）",
      en: "Estimated in reference hours, the work delivered so far is above the ceiling prorated to the months elapsed (an estimate, for the evaluator)",
    },
    messages: {
      ahead: {
        zh: "按参考工时估算，执行 {elapsed} 个月已完成约 {delivered} 小时，高于按 {elapsed}/{months} 折算的上限 {ceiling} 小时，超出项目人员的工作时数（参考工时只作申请时测算之用，五 1）",
        en: "estimated in reference hours, about {delivered} h delivered after {elapsed} months, above the ceiling prorated to {elapsed}/{months}: {ceiling} h, more than the staff's working hours (reference hours are for estimating when applying, 五 1)",
      },
    },
    examples: { pass: delivered(980), fail: delivered(981), reports: [{ messageId: "ahead", line: 10, column: 19 }] },
  },
  check(context, report) {
    const { delivery } = context;
    if (!delivery || !context.proposal.delivery || delivery.position !== "above") return;
    report({
      messageId: "ahead",
      ...at(context),
      data: { elapsed: delivery.monthsElapsed, months: delivery.months, delivered: pastThreshold(delivery.deliveredHours, delivery.ceiling, 0), ceiling: hoursText(delivery.ceiling) },
    });
  },
});
