import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

export default defineRule({
  meta: {
    id: "supervisor-required",
    ruleSet: "db51",
    severity: "error",
    source: { clause: "8.3.2", quote: "所有社会救助社会工作服务开展都应配置督导者。" },
    description: { zh: "社会救助社会工作服务应配置督导者", en: "Social-assistance social work must have a supervisor" },
    messages: {
      none: { zh: "方案没有配置督导者（supervision.supervisors）", en: "the proposal has no supervisor (supervision.supervisors)" },
    },
    examples: {
      pass: exampleProposal({
        project: "  kind: 社会救助\n  follows: [DB51]",
        extra: exampleSupervision(),
      }),
      fail: exampleProposal({ project: "  kind: 社会救助\n  follows: [DB51]" }),
      reports: [{ messageId: "none", line: 1, column: 1 }],
    },
  },
  check({ proposal }, report) {
    if (proposal.supervision && proposal.supervision.supervisors.length > 0) return;
    report({ messageId: "none", path: proposal.supervision ? ["supervision", "supervisors"] : ["project"], at: "key" });
  },
});
