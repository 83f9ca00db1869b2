import { exampleProposal } from "./examples.js";
import { certificateOrDiploma, checkMembers, MEMBER_MESSAGES } from "./support.js";
import { defineRule } from "../engine/rule.js";

const station = (third: string) =>
  exampleProposal({
    project: "  kind: 社工站",
    staff: ["  fte: 3", "  members:", "    - name: 社工甲", "      qualification: 社会工作师", "    - name: 社工乙", "      qualification: 社会工作专业大专及以上学历", "    - name: 社工丙", `      qualification: ${third}`].join("\n"),
    services: "  - item: 专业咨询\n    count: 4116",
  });

/** DB3701/T 36 7.1.2, per person: every station social worker counted by 7.1.1 should hold one of the two. */
export default defineRule({
  meta: {
    id: "station-worker-qualification",
    ruleSet: "db3701-t36",
    severity: "warning",
    source: { clause: "7.1.2", quote: "街道（镇）社工站社会工作者宜持有全国社会工作职业资格证书或具有社会工作专业大专及以上学历。" },
    description: {
      zh: "社工站社会工作者宜持证或有社会工作专业大专及以上学历（逐人核对）",
      en: "Each station social worker should hold a certificate or a social-work diploma of 大专 or above (per person)",
    },
    messages: {
      unqualified: {
        zh: "{name} 没有社会工作职业资格证书或社会工作专业大专及以上学历，宜具备其一",
        en: "{name} has neither a social-work certificate nor a social-work diploma (大专 or above); one of them is recommended",
      },
      ...MEMBER_MESSAGES,
    },
    examples: { pass: station("助理社会工作师"), fail: station("无"), reports: [{ messageId: "unqualified", line: 13, column: 22 }] },
  },
  check({ proposal }, report) {
    checkMembers(proposal, report, certificateOrDiploma);
  },
});
