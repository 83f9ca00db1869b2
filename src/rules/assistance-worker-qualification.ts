import { exampleProposal } from "./examples.js";
import { checkMembers, MEMBER_MESSAGES, qualified } from "./support.js";
import { defineRule } from "../engine/rule.js";

/** DB51 8.1.1: 80 hours and more of social-assistance social-work training, passed, stand for a certificate or diploma. */
const MIN_TRAINING_HOURS = 80;

const assistance = (third: string) =>
  exampleProposal({
    project: "  kind: 社会救助\n  follows: [DB51]",
    staff: [
      "  members:",
      "    - name: 张敏",
      "      qualification: 社会工作师",
      "    - name: 赵婷",
      "      fte: 0.5",
      "      qualification: 无",
      `      assistance_training_hours: ${third}`,
    ].join("\n"),
    services: "  - item: 专业咨询\n    count: 2058",
    extra: "supervision:\n  supervisors:\n    - name: 王督导\n      origin: 本土\n      years: 8\n      rate: 200",
  });

export default defineRule({
  meta: {
    id: "assistance-worker-qualification",
    ruleSet: "db51",
    severity: "error",
    source: {
      clause: "8.1.1",
      quote: "获得社会工作者职业资格证书，或具备国家承认的社会工作专业大专及以上学历，或接受社会救助社会工作专业培训达到 80 小时以上并考核合格。",
    },
    description: {
      zh: "社会救助社会工作者应持证、或有社会工作专业大专及以上学历、或接受社会救助社会工作专业培训 80 小时以上并考核合格（逐人核对）",
      en: "Each social-assistance social worker holds a certificate, a social-work diploma (大专 or above), or 80 h or more of social-assistance social-work training passed (per person)",
    },
    messages: {
      unqualified: {
        zh: "{name} 没有社会工作者职业资格证书或社会工作专业大专及以上学历，社会救助社会工作专业培训 {hours} 小时，不足 {min} 小时",
        en: "{name} has neither a certificate nor a social-work diploma, and {hours} h of social-assistance social-work training, under {min} h",
      },
      unstated: {
        zh: "{names} 未写资格（qualification）或社会救助社会工作专业培训学时（assistance_training_hours），无法核对",
        en: "{names} state no qualification and no social-assistance training hours (assistance_training_hours), so this cannot be checked",
        severity: "info",
      },
      unlisted: MEMBER_MESSAGES.unlisted,
    },
    examples: { pass: assistance("80"), fail: assistance("48"), reports: [{ messageId: "unqualified", line: 13, column: 34 }] },
  },
  check({ proposal }, report) {
    checkMembers(proposal, report, (member) => {
      const training = member.assistanceTrainingHours;
      if (qualified(member) === true || (training !== undefined && training >= MIN_TRAINING_HOURS)) return "ok";
      if (qualified(member) === undefined && training === undefined) return "unknown";
      const path = training !== undefined ? [...member.path, "assistance_training_hours"] : [...member.path, "qualification"];
      return { messageId: "unqualified", path, data: { name: member.name, hours: training ?? 0, min: MIN_TRAINING_HOURS } };
    });
  },
});
