import { defineRule, type Rule } from "./rule.js";

/** A proposal 1 h under its floor that waives the finding (the engine sits below rules/examples.ts, so it is spelt out). */
const WAIVED = [
  "project:",
  "  name: 示例项目",
  "  months: 12",
  "staff:",
  "  fte: 1",
  "services:",
  "  - item: 专业咨询",
  "    count: 1371",
  "waivers:",
  "  - rule: workload-below-floor",
  "    reason: 评估方同意按 11 个月测算",
  "",
].join("\n");

/**
 * Findings the engine itself makes, with metadata like any rule's so renderers treat them alike:
 * a waiver that matches nothing, and (for lint) a file that could not be read at all.
 */
export const unusedWaiver: Rule = defineRule({
  meta: {
    id: "unused-waiver",
    ruleSet: "gongshi",
    severity: "warning",
    source: { document: "gongshi", clause: "waivers", quote: "豁免须对应一条实际出现的检查结果。" },
    description: { zh: "豁免没有对应任何检查结果（规则编号写错，或问题已经解决）", en: "A waiver that matches no finding (a misspelt rule id, or the problem is gone)" },
    messages: {
      unknownRule: { zh: "豁免的规则 {rule} 不存在", en: "the waived rule {rule} does not exist" },
      unused: { zh: "豁免的规则 {rule} 在本方案中没有检查结果，可删去这条豁免", en: "the waived rule {rule} reports nothing here; the waiver can go" },
    },
    examples: {
      pass: WAIVED,
      fail: WAIVED.replace("workload-below-floor", "activity-size"),
      reports: [{ messageId: "unused", line: 10, column: 11 }],
    },
  },
  check() {},
});

export const inputError: Rule = defineRule({
  meta: {
    id: "input-error",
    ruleSet: "gongshi",
    severity: "error",
    source: { document: "gongshi", clause: "输入", quote: "方案须为合法的 YAML，并符合方案格式。" },
    description: { zh: "文件无法作为方案读取（YAML 语法、类型或未知项目）", en: "The file cannot be read as a proposal (YAML syntax, types or unknown items)" },
    messages: { problem: { zh: "{message}", en: "{message}" } },
    examples: { pass: "", fail: "", reports: [] },
  },
  check() {},
});

export const ENGINE_RULES: readonly Rule[] = [unusedWaiver, inputError];
