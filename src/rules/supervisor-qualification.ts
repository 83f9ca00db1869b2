import type { Qualification } from "../proposal/model.js";
import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

/** DB51 8.1.2: 5 years and 社会工作师, or 7 years and 助理社会工作师 (a higher certificate serves for a lower one). */
const RANK: Partial<Record<Qualification, number>> = { 助理社会工作师: 1, 社会工作师: 2, 高级社会工作师: 3 };
const PATHS = [
  { years: 5, rank: 2 },
  { years: 7, rank: 1 },
];

const supervisor = (years: number, qualification: string) =>
  exampleProposal({
    project: "  kind: 社会救助",
    extra: exampleSupervision({ years, qualification }),
  });

export default defineRule({
  meta: {
    id: "supervisor-qualification",
    ruleSet: "db51",
    severity: "error",
    source: {
      clause: "8.1.2",
      quote: "具有 5 年及以上社会救助社会工作实务经验并取得社会工作师职业水平证书，或具有 7 年及以上社会救助社会工作实务经验并取得助理社会工作师职业水平证书。",
    },
    description: {
      zh: "督导者应有 5 年以上经验并持社会工作师证书，或 7 年以上经验并持助理社会工作师证书",
      en: "A supervisor has 5 years and the 社会工作师 certificate, or 7 years and the 助理社会工作师 certificate",
    },
    messages: {
      unqualified: {
        zh: "督导 {name}（{years} 年，{qualification}）不符合：须 5 年以上且为社会工作师，或 7 年以上且为助理社会工作师",
        en: "supervisor {name} ({years} years, {qualification}) does not qualify: 5 years with 社会工作师, or 7 years with 助理社会工作师",
      },
    },
    examples: { pass: supervisor(7, "助理社会工作师"), fail: supervisor(6, "助理社会工作师"), reports: [{ messageId: "unqualified", line: 15, column: 22 }] },
  },
  check({ proposal }, report) {
    for (const s of proposal.supervision?.supervisors ?? []) {
      const rank = (s.qualification && RANK[s.qualification]) ?? 0;
      if (PATHS.some((p) => s.years >= p.years && rank >= p.rank)) continue;
      report({
        messageId: "unqualified",
        path: s.qualification ? [...s.path, "qualification"] : s.path,
        at: s.qualification ? "value" : "key",
        data: { name: s.name, years: s.years, qualification: s.qualification ?? "未写证书" },
      });
    }
  },
});
