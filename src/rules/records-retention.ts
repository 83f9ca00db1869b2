import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const MIN_YEARS = 5;

const kept = (years: number) => exampleProposal({ project: "  kind: 社工站", extra: `management:\n  records_years: ${years}` });

/** DB3701/T 36 6.2.1 (需): records that bear on evaluation are kept 5 years or more. */
export default defineRule({
  meta: {
    id: "records-retention",
    ruleSet: "db3701-t36",
    severity: "error",
    source: { clause: "6.2.1", quote: "街道（镇）社工站对服务记录、财务资料服务档案需妥善保管，与评估相关的服务及财务资料需保存 5 年以上。" },
    description: { zh: "与评估相关的服务及财务资料需保存 5 年以上", en: "Service and financial records that bear on evaluation are kept 5 years or more" },
    messages: {
      short: {
        zh: "服务与财务资料保存 {years} 年，需保存 {min} 年以上",
        en: "service and financial records kept {years} years; they must be kept {min} years or more",
      },
      unstated: {
        zh: "方案没有写明服务与财务资料的保存年限（management.records_years），无法核对是否 {min} 年以上",
        en: "the proposal does not say how long records are kept (management.records_years), so the {min}-year minimum cannot be checked",
        severity: "info",
      },
    },
    examples: { pass: kept(5), fail: kept(3), reports: [{ messageId: "short", line: 11, column: 18 }] },
  },
  check({ proposal }, report) {
    const years = proposal.management?.recordsYears;
    if (years === undefined) report({ messageId: "unstated", path: proposal.management ? ["management"] : ["project"], at: "key", data: { min: MIN_YEARS } });
    else if (years < MIN_YEARS) report({ messageId: "short", path: ["management", "records_years"], data: { years, min: MIN_YEARS } });
  },
});
