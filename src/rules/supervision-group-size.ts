import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const groupOf = (supervisees: number) =>
  exampleProposal({
    extra: exampleSupervision({}, `\n  sessions:\n    - type: 团体\n      count: 12\n      hours: 3\n      supervisees: ${supervisees}`),
  });

export default defineRule({
  meta: {
    id: "supervision-group-size",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: { clause: "第七节 3(2)", quote: "小组督导每次不高于 4 小时，被督导者一般为 2-8 人。" },
    description: { zh: "团体督导的被督导者一般为 2–8 人", en: "Group supervision generally has 2 to 8 supervisees" },
    messages: {
      outside: {
        zh: "团体督导每次 {supervisees} 名被督导者，一般为 {min}–{max} 人",
        en: "group supervision of {supervisees} supervisees; generally {min} to {max}",
      },
    },
    examples: { pass: groupOf(8), fail: groupOf(9), reports: [{ messageId: "outside", line: 20, column: 20 }] },
  },
  check({ proposal }, report) {
    const limits = proposal.standard.supervision;
    const supervision = proposal.supervision;
    if (!limits || !supervision) return;
    const { minSupervisees: min, maxSupervisees: max } = limits.group;
    for (const session of supervision.sessions) {
      if (session.type !== "group") continue;
      const supervisees = session.supervisees ?? supervision.supervisees;
      if (supervisees >= min && supervisees <= max) continue;
      const path = session.supervisees !== undefined ? [...session.path, "supervisees"] : session.path;
      report({ messageId: "outside", path, at: session.supervisees !== undefined ? "value" : "key", data: { supervisees, min, max } });
    }
  },
});
