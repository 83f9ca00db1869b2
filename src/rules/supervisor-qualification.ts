import type { Qualification } from "../proposal/model.js";
import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

/**
 * DB51 8.1.2: 5 years of social-assistance social-work practice and 社会工作师, or 7 years and
 * 助理社会工作师 (a higher certificate serves for a lower one). The years are of social-assistance
 * practice (assistance_years), not the years of professional service that set the Suzhou fee tier;
 * the latter only bound the former from above, so they can fail a supervisor but never pass one.
 */
const RANK: Partial<Record<Qualification, number>> = { 助理社会工作师: 1, 社会工作师: 2, 高级社会工作师: 3 };
const PATHS = [
  { years: 5, rank: 2 },
  { years: 7, rank: 1 },
];

const supervisor = (assistanceYears: number | undefined, qualification: string) =>
  exampleProposal({
    project: "  kind: 社会救助\n  follows: [DB51]",
    extra: exampleSupervision({ years: 9, qualification }, assistanceYears === undefined ? "" : `\n      assistance_years: ${assistanceYears}`),
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
      zh: "督导者应有 5 年以上社会救助社会工作实务经验并持社会工作师证书，或 7 年以上并持助理社会工作师证书",
      en: "A supervisor has 5 years of social-assistance social-work practice and the 社会工作师 certificate, or 7 years and the 助理社会工作师 certificate",
    },
    messages: {
      unqualified: {
        zh: "督导 {name}（社会救助实务 {years} 年，{qualification}）不符合：须 5 年以上且为社会工作师，或 7 年以上且为助理社会工作师",
        en: "supervisor {name} ({years} years of social-assistance practice, {qualification}) does not qualify: 5 years with 社会工作师, or 7 years with 助理社会工作师",
      },
      unverifiable: {
        zh: "督导 {name} 未写社会救助社会工作实务年限（assistance_years），无法核对；years（{years} 年）是专业服务年限，不能代替",
        en: "supervisor {name} gives no years of social-assistance practice (assistance_years), so this cannot be checked; years ({years}) counts all professional service",
        severity: "info",
      },
    },
    examples: { pass: supervisor(7, "助理社会工作师"), fail: supervisor(6, "助理社会工作师"), reports: [{ messageId: "unqualified", line: 18, column: 25 }] },
  },
  check({ proposal }, report) {
    for (const s of proposal.supervision?.supervisors ?? []) {
      const rank = (s.qualification && RANK[s.qualification]) ?? 0;
      // Social-assistance practice is part of professional service: its years are at most these.
      const years = s.assistanceYears ?? s.years;
      const paths = PATHS.filter((p) => rank >= p.rank);
      if (s.assistanceYears !== undefined && paths.some((p) => years >= p.years)) continue;
      if (s.assistanceYears === undefined && paths.some((p) => years >= p.years)) {
        report({ messageId: "unverifiable", path: s.path, at: "key", data: { name: s.name, years: s.years } });
        continue;
      }
      const at = s.assistanceYears !== undefined ? "assistance_years" : s.qualification ? "qualification" : undefined;
      report({
        messageId: "unqualified",
        path: at ? [...s.path, at] : s.path,
        at: at ? "value" : "key",
        data: { name: s.name, years, qualification: s.qualification ?? "未写证书" },
      });
    }
  },
});
