import { Rational } from "../exact/rational.js";
import { exampleProposal } from "./examples.js";
import { pastThreshold } from "./format.js";
import { entriesOf } from "./support.js";
import { defineRule } from "../engine/rule.js";

const MAX_PER_SUBJECT = 3;

export default defineRule({
  meta: {
    id: "consultations-per-subject",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: { clause: "第一节（一）1", quote: "同一服务对象就同一主题的咨询服务一般不超过3次完成。" },
    description: { zh: "同一服务对象就同一主题的咨询一般不超过 3 次", en: "Consultations on one subject for one client generally take no more than 3 sessions" },
    messages: {
      many: {
        zh: "专业咨询 {count} 次 / {subjects} 个主题，平均每个主题 {average} 次，一般不超过 {max} 次",
        en: "{count} consultations over {subjects} subjects, {average} per subject; generally at most {max}",
      },
    },
    examples: {
      pass: exampleProposal({ services: "  - item: 专业咨询\n    count: 1372\n    subjects: 458" }),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: 1372\n    subjects: 457" }),
      reports: [{ messageId: "many", line: 9, column: 15 }],
    },
  },
  check({ proposal }, report) {
    for (const entry of entriesOf(proposal, "consultation")) {
      if (entry.subjects === undefined || entry.count <= entry.subjects * MAX_PER_SUBJECT) continue;
      report({
        messageId: "many",
        path: [...entry.path, "subjects"],
        data: { count: entry.count, subjects: entry.subjects, average: pastThreshold(Rational.of(entry.count, entry.subjects), Rational.of(MAX_PER_SUBJECT)), max: MAX_PER_SUBJECT },
      });
    }
  },
});
