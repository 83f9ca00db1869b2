/**
 * 四（一）3, both sides: the workload may be no less than FTE × 1372 and no more than FTE × 1960 hours
 * a year (scaled by months / 12). Two rules, because a repository may treat the two sides apart.
 */
import type { RuleContext } from "../engine/rule.js";
import { defineRule } from "../engine/rule.js";
import { exampleProposal } from "./examples.js";
import { Rational } from "../exact/rational.js";
import { hoursText, pastThreshold } from "./format.js";

const consultations = (count: number) => exampleProposal({ services: `  - item: 专业咨询\n    count: ${count}` });

/** What both messages say about the bounds; the total with as many decimals as it takes to see it is past `bound`. */
function boundsData({ workload }: RuleContext, bound: Rational) {
  const { total, bounds } = workload;
  const gap = total.sub(bound);
  return {
    total: pastThreshold(total, bound, 0),
    fte: bounds.fte.toExactString(),
    months: bounds.months,
    gap: pastThreshold(gap.lt(Rational.ZERO) ? Rational.ZERO.sub(gap) : gap, Rational.ZERO, 0),
  };
}

export const workloadBelowFloor = defineRule({
  meta: {
    id: "workload-below-floor",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: { clause: "四（一）3", quote: "项目服务工作量不得低于项目要求配备的全职工作人员 * 1372 小时/年" },
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
    examples: { pass: consultations(1372), fail: consultations(1371), reports: [{ messageId: "below", line: 6, column: 1 }] },
  },
  check(context, report) {
    const { total, bounds } = context.workload;
    if (context.workload.position !== "below") return;
    const data = { ...boundsData(context, bounds.floor), floor: hoursText(bounds.floor), direct: hoursText(bounds.annual.direct) };
    report({ messageId: "below", path: ["services"], at: "key", data });
  },
});

export const workloadAboveCeiling = defineRule({
  meta: {
    id: "workload-above-ceiling",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: { clause: "四（一）3", quote: "项目服务工作量……不得高于项目要求配备的全职工作人员 * 1960 小时/年" },
    description: {
      zh: "服务工作量不得高于 FTE × 年均工作时数（按项目月数折算）",
      en: "The workload must not exceed FTE × annual working hours (scaled by the project's months)",
    },
    messages: {
      above: {
        zh: "服务工作量 {total} 小时高于上限 {ceiling} 小时（{fte} FTE × {annual} 小时 × {months}/12），超出 {gap} 小时",
        en: "workload of {total} h is above the ceiling of {ceiling} h ({fte} FTE × {annual} h × {months}/12), over by {gap} h",
      },
    },
    examples: { pass: consultations(1960), fail: consultations(1961), reports: [{ messageId: "above", line: 6, column: 1 }] },
  },
  check(context, report) {
    const { total, bounds } = context.workload;
    if (context.workload.position !== "above") return;
    const data = { ...boundsData(context, bounds.ceiling), ceiling: hoursText(bounds.ceiling), annual: hoursText(bounds.annual.annual) };
    report({ messageId: "above", path: ["services"], at: "key", data });
  },
});
