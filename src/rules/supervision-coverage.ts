import { exampleProposal, exampleSupervision } from "./examples.js";
import { headcount } from "./support.js";
import { defineRule } from "../engine/rule.js";

const supervised = (supervisees: number) =>
  exampleProposal({
    project: "  kind: 社区",
    staff: "  members:\n    - name: 社工甲\n    - name: 社工乙\n    - name: 社工丙",
    services: "  - item: 专业咨询\n    count: 4116",
    extra: exampleSupervision({}, `\n  supervisees: ${supervisees}`),
  });

/**
 * MZ/T 071 7.3: a supervision system that reaches every member of staff. What a proposal can show is
 * that there is supervision, and that it is for at least as many people as the staff (supervisees may
 * also be interns and volunteers, so that is necessary, not sufficient).
 */
export default defineRule({
  meta: {
    id: "supervision-coverage",
    ruleSet: "mzt-071",
    severity: "error",
    source: {
      clause: "7.3",
      quote: "社区社会工作服务中，应建立与质量管理体系相适应的督导制度……保障督导的覆盖面，服务/项目实施机构应确保为全体员工提供充分、恰当督导。",
    },
    description: {
      zh: "应建立督导制度，为全体员工提供督导：方案须有督导者，且被督导人数不少于项目人员数",
      en: "A supervision system reaches all staff: the proposal has a supervisor, and supervises at least as many people as its staff",
    },
    messages: {
      none: {
        zh: "方案没有督导者（supervision.supervisors），应建立督导制度，为全体员工提供督导",
        en: "no supervisor (supervision.supervisors): a supervision system must reach all staff",
      },
      partial: {
        zh: "被督导 {supervisees} 人，少于项目人员 {staff} 人：应为全体员工提供督导",
        en: "{supervisees} people supervised, fewer than the {staff} staff: supervision must reach all staff",
      },
    },
    examples: { pass: supervised(3), fail: supervised(2), reports: [{ messageId: "partial", line: 20, column: 16 }] },
  },
  check({ proposal }, report) {
    const supervision = proposal.supervision;
    if (!supervision || supervision.supervisors.length === 0) {
      report({ messageId: "none", path: supervision ? ["supervision", "supervisors"] : ["project"], at: "key" });
      return;
    }
    const staff = headcount(proposal).people;
    if (supervision.superviseesGiven && supervision.supervisees < staff)
      report({ messageId: "partial", path: ["supervision", "supervisees"], data: { supervisees: supervision.supervisees, staff } });
  },
});
