import { Rational } from "../exact/rational.js";
import { exampleProposal, exampleSupervision } from "./examples.js";
import { pastThreshold } from "./format.js";
import { defineRule } from "../engine/rule.js";

const MAX_PER_SUPERVISOR = 5;

const withSupervisees = (supervisees: number) =>
  exampleProposal({
    project: "  kind: 社会救助\n  follows: [DB51]",
    extra: exampleSupervision({}, `\n  supervisees: ${supervisees}`),
  });

export default defineRule({
  meta: {
    id: "supervision-ratio",
    ruleSet: "db51",
    severity: "warning",
    source: {
      clause: "8.3.2；8.3.1",
      quote:
        "应结合服务实际和专业建设需求，为每名督导者的同期督导对象数量设置上限，督导者和督导对象的配置比例一般应不低于1:5。（8.3.1）督导对象包括但不限于：……社会救助社会工作领域的实习生；……社会救助领域的志愿者。",
    },
    description: {
      zh: "督导者与督导对象的比例一般不低于 1:5（督导对象可含实习生与志愿者）",
      en: "Supervisors to supervisees generally no lower than 1:5 (supervisees may include interns and volunteers)",
    },
    messages: {
      low: {
        zh: "{supervisors} 名督导者对 {supervisees} 名督导对象，比例 1:{ratio}，低于 1:{max}",
        en: "{supervisors} supervisors for {supervisees} supervisees is 1:{ratio}, below 1:{max}",
      },
      lowByStaff: {
        zh: "{supervisors} 名督导者对人员名单上的 {supervisees} 人，比例 1:{ratio}，已低于 1:{max}；实习生、志愿者也是督导对象，请在 supervision.supervisees 中写明全部督导对象人数",
        en: "{supervisors} supervisors for the {supervisees} people on the staff list is 1:{ratio}, already below 1:{max}; interns and volunteers are supervisees too: give them all in supervision.supervisees",
      },
    },
    examples: { pass: withSupervisees(5), fail: withSupervisees(6), reports: [{ messageId: "low", line: 18, column: 16 }] },
  },
  check({ proposal }, report) {
    const supervision = proposal.supervision;
    if (!supervision || supervision.supervisors.length === 0) return;
    const { supervisees, supervisors } = { supervisees: supervision.supervisees, supervisors: supervision.supervisors.length };
    if (supervisees <= supervisors * MAX_PER_SUPERVISOR) return;
    report({
      messageId: supervision.superviseesGiven ? "low" : "lowByStaff",
      path: supervision.superviseesGiven ? ["supervision", "supervisees"] : ["supervision", "supervisors"],
      at: supervision.superviseesGiven ? "value" : "key",
      data: { supervisors, supervisees, ratio: pastThreshold(Rational.of(supervisees, supervisors), Rational.of(MAX_PER_SUPERVISOR)), max: MAX_PER_SUPERVISOR },
    });
  },
});
