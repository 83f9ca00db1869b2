import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const MAX_PER_SUPERVISOR = 5;

const withSupervisees = (supervisees: number) =>
  exampleProposal({
    project: "  kind: 社会救助",
    extra: exampleSupervision({}, `\n  supervisees: ${supervisees}`),
  });

export default defineRule({
  meta: {
    id: "supervision-ratio",
    ruleSet: "db51",
    severity: "warning",
    source: {
      clause: "8.3.2",
      quote: "应结合服务实际和专业建设需求，为每名督导者的同期督导对象数量设置上限，督导者和督导对象的配置比例一般应不低于1:5。",
    },
    description: { zh: "督导者与督导对象的比例一般不低于 1:5", en: "Supervisors to supervisees generally no lower than 1:5" },
    messages: {
      low: {
        zh: "{supervisors} 名督导者对 {supervisees} 名督导对象，比例 1:{ratio}，低于 1:{max}{estimated}",
        en: "{supervisors} supervisors for {supervisees} supervisees is 1:{ratio}, below 1:{max}{estimated}",
      },
    },
    examples: { pass: withSupervisees(5), fail: withSupervisees(6), reports: [{ messageId: "low", line: 17, column: 16 }] },
  },
  check({ proposal }, report) {
    const supervision = proposal.supervision;
    if (!supervision || supervision.supervisors.length === 0) return;
    const { supervisees, supervisors } = { supervisees: supervision.supervisees, supervisors: supervision.supervisors.length };
    if (supervisees <= supervisors * MAX_PER_SUPERVISOR) return;
    report({
      messageId: "low",
      path: supervision.superviseesGiven ? ["supervision", "supervisees"] : ["supervision", "supervisors"],
      at: supervision.superviseesGiven ? "value" : "key",
      data: {
        supervisors,
        supervisees,
        ratio: Number((supervisees / supervisors).toFixed(1)),
        max: MAX_PER_SUPERVISOR,
        estimated: supervision.superviseesGiven ? "" : "（督导对象数按人员名单计）",
      },
    });
  },
});
