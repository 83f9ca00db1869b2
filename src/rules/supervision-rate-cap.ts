import { formatYuan } from "../exact/money.js";
import { feeTierFor } from "../standard/model.js";
import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const supervisorAt = (years: number, rate: number) =>
  exampleProposal({
    extra: exampleSupervision({ years, rate }),
  });

/**
 * 第七节 5: the cap of the supervisor's tier (不高于 → error). A local supervisor under 5 years has no
 * tier: the section is a 参考 standard and forbids nothing, so that is a warning for the evaluator to
 * look at (the guideline's supervisors are 资深, 第七节 1), not a fault.
 */
export default defineRule({
  meta: {
    id: "supervision-rate-cap",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: {
      clause: "第七节 5",
      quote: "督导费参考标准：本土督导：专业服务年限 5-10 年的，每小时不高于 200 元；专业服务年限 10 年以上的，每小时不高于 250 元；境外督导：每小时不高于 300 元。",
    },
    description: {
      zh: "督导费不高于督导者所在档次的上限（本土 5–10 年 200 元/小时，10 年以上 250 元/小时，境外 300 元/小时）",
      en: "The supervision fee stays within the cap of the supervisor's tier (local 5–10 years 200 yuan/h, 10 years or more 250, overseas 300)",
    },
    messages: {
      over: {
        zh: "督导 {name} 每小时 {rate} 元，高于{tier}的上限 {cap} 元",
        en: "supervisor {name} asks {rate} yuan/h, above the {cap} yuan/h cap of their tier ({tier})",
      },
      noTier: {
        zh: "本土督导 {name} 专业服务年限 {years} 年，不足 5 年：第七节 5 没有对应的参考上限；指引所说的督导是“资深的社会工作者”（第七节 1），请评估方留意",
        en: "local supervisor {name} has {years} years of practice, under 5: 第七节 5 gives no reference cap for them, and the guideline's supervisors are senior (资深, 第七节 1); for the evaluator to look at",
        severity: "warning",
      },
    },
    examples: { pass: supervisorAt(8, 200), fail: supervisorAt(8, 201), reports: [{ messageId: "over", line: 15, column: 13 }] },
  },
  check({ proposal }, report) {
    const limits = proposal.standard.supervision;
    if (!limits || !proposal.supervision) return;
    for (const supervisor of proposal.supervision.supervisors) {
      const tier = feeTierFor(limits, supervisor.origin, supervisor.years);
      if (!tier) {
        report({ messageId: "noTier", path: [...supervisor.path, "years"], data: { name: supervisor.name, years: supervisor.years } });
      } else if (supervisor.rate > tier.maxRate) {
        report({
          messageId: "over",
          path: [...supervisor.path, "rate"],
          data: { name: supervisor.name, rate: formatYuan(supervisor.rate), cap: formatYuan(tier.maxRate), tier: tier.label },
        });
      }
    }
  },
});
