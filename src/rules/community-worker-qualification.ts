import { exampleProposal } from "./examples.js";
import { certificateOrDiploma, checkMembers, fullTime, MEMBER_MESSAGES } from "./support.js";
import { defineRule } from "../engine/rule.js";

const community = (second: string) =>
  exampleProposal({
    project: "  kind: 社区",
    staff: ["  members:", "    - name: 社工甲", "      qualification: 社会工作师", "    - name: 社工乙", `      qualification: ${second}`].join("\n"),
    services: "  - item: 专业咨询\n    count: 2744",
  });

/**
 * MZ/T 071 8.1.1, per person. A community social worker is 专职 (3.2), so the clause speaks of the
 * full-time members; part-time helpers are not what it defines.
 */
export default defineRule({
  meta: {
    id: "community-worker-qualification",
    ruleSet: "mzt-071",
    severity: "error",
    source: {
      clause: "8.1.1；3.2",
      quote: "社区社会工作者应具备以下资质之一：——获得国家颁发的社会工作者职业水平证书；——具备国家承认的社会工作专业专科及以上学历。（3.2）社区社会工作者 community social worker 专职从事社区社会工作服务的专业人员。",
    },
    description: {
      zh: "社区社会工作者（专职人员）应持社会工作者职业水平证书或有社会工作专业专科及以上学历（逐人核对）",
      en: "Each community social worker (full-time member) holds a social-work certificate or a social-work diploma of 专科 or above (per person)",
    },
    messages: {
      unqualified: {
        zh: "专职人员 {name} 没有社会工作者职业水平证书或社会工作专业专科及以上学历",
        en: "full-time member {name} has neither a social-work certificate nor a social-work diploma (专科 or above)",
      },
      unstated: {
        zh: "专职人员 {names} 未写资格（qualification），无法核对",
        en: "full-time members {names} state no qualification, so this cannot be checked",
        severity: "info",
      },
      unlisted: MEMBER_MESSAGES.unlisted,
    },
    examples: { pass: community("社会工作专业大专及以上学历"), fail: community("无"), reports: [{ messageId: "unqualified", line: 10, column: 22 }] },
  },
  check({ proposal }, report) {
    checkMembers(proposal, report, certificateOrDiploma, fullTime);
  },
});
