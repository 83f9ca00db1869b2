import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import { EMPTY_CONFIG, type LintConfig } from "../../src/config/config.js";
import { parseProposal } from "../../src/proposal/load.js";
import { exampleProposal, exampleSupervision } from "../../src/rules/examples.js";
import { RULES } from "../../src/rules/registry.js";
import { testRuleSet } from "../rule-tester.js";

/**
 * DB51 社会救助社会工作服务指南（征求意见稿）: switched on by kind 社会救助 or by project.follows. It is a
 * draft for comments: its 应 rules are errors when the proposal names it in project.follows, warnings
 * when only the kind switches it on, and every finding says the source is a draft.
 */

const FOLLOWS = "  kind: 社会救助\n  follows: [DB51]";
const assistance = (extra: string, project = FOLLOWS) => exampleProposal({ project, extra });
const supervisor = (years: number, qualification: string, more = "") => exampleSupervision({ years, rate: years >= 10 ? 250 : 200, qualification }, more);
const assisted = (assistanceYears: number, qualification: string, years = 12) => assistance(supervisor(years, qualification, `\n      assistance_years: ${assistanceYears}`));
const tagged = (...services: string[]) =>
  exampleProposal({ project: FOLLOWS, services: services.map((s) => `  - item: 专业咨询\n    count: 1\n    service: ${s}`).join("\n") + `\n  - item: 专业咨询\n    count: ${1372 - services.length}` });
const member = (fields: string) => exampleProposal({ project: FOLLOWS, staff: `  fte: 1\n  members:\n    - name: 赵婷\n${fields}` });

testRuleSet("db51", {
  "supervisor-required": {
    valid: [{ name: "a community project (DB51 is off)", code: exampleProposal({ project: "  kind: 社区" }) }],
    invalid: [
      { name: "a community project that follows DB51: an error", code: exampleProposal({ project: "  kind: 社区\n  follows: [DB51]" }), errors: [{ messageId: "none", at: "|project:", severity: "error" }] },
      // Switched on by the kind alone, a draft's 应 is a warning.
      { name: "a social-assistance project that does not name DB51: a warning", code: exampleProposal({ project: "  kind: 社会救助" }), errors: [{ messageId: "none", at: "|project:", severity: "warning" }] },
    ],
  },
  "supervision-ratio": {
    valid: [{ name: "1:5", code: assistance(`${supervisor(8, "社会工作师")}\n  supervisees: 5`) }],
    invalid: [
      { name: "1:6", code: assistance(`${supervisor(8, "社会工作师")}\n  supervisees: 6`), errors: [{ messageId: "low", at: "supervisees: |6" }] },
      {
        name: "1:6 by the staff list alone: interns and volunteers are supervisees too (8.3.1)",
        code: exampleProposal({ project: FOLLOWS, staff: "  fte: 1\n  members:\n" + ["甲", "乙", "丙", "丁", "戊", "己"].map((n) => `    - name: ${n}\n      fte: 0.1`).join("\n"), extra: supervisor(8, "社会工作师") }),
        errors: [{ messageId: "lowByStaff", at: "  |supervisors:" }],
      },
    ],
  },
  "supervisor-qualification": {
    valid: [
      { name: "5 years of social-assistance practice and 社会工作师", code: assisted(5, "社会工作师") },
      { name: "7 years and 助理社会工作师", code: assisted(7, "助理社会工作师") },
      { name: "12 years and 高级社会工作师", code: assisted(12, "高级社会工作师") },
    ],
    invalid: [
      { name: "4 years of professional service and 社会工作师: too few whatever the practice", code: assistance(supervisor(4, "社会工作师")), errors: [{ messageId: "unqualified", at: "qualification: |社会工作师" }] },
      { name: "6 years of social-assistance practice and 助理社会工作师", code: assisted(6, "助理社会工作师"), errors: [{ messageId: "unqualified", at: "assistance_years: |6" }] },
      // 12 years of professional service, of which the text counts only social-assistance practice.
      { name: "12 years of service but 3 in social assistance", code: assisted(3, "社会工作师"), errors: [{ messageId: "unqualified", at: "assistance_years: |3", data: { years: 3 } }] },
      { name: "years of service only: cannot verify, never a pass", code: assistance(supervisor(12, "社会工作师")), errors: [{ messageId: "unverifiable", at: "    - |name: 王督导", severity: "info" }] },
      { name: "kind alone: a warning, saying the source is a draft", code: assistance(supervisor(4, "社会工作师"), "  kind: 社会救助"), errors: [{ messageId: "unqualified", at: "qualification: |社会工作师", severity: "warning" }] },
    ],
  },
  "supervisor-continuing-education": {
    valid: [{ name: "90 hours a year", code: assistance(supervisor(8, "社会工作师", "\n      continuing_education_hours: 90")) }],
    invalid: [
      { name: "89 hours a year", code: assistance(supervisor(8, "社会工作师", "\n      continuing_education_hours: 89")), errors: [{ messageId: "few", at: "continuing_education_hours: |89" }] },
      { name: "not stated", code: assistance(supervisor(8, "社会工作师")), errors: [{ messageId: "unstated", at: "    - |name: 王督导" }] },
    ],
  },
  "assistance-worker-qualification": {
    valid: [
      { name: "a certificate", code: member("      qualification: 助理社会工作师") },
      { name: "a social-work diploma", code: member("      qualification: 社会工作专业大专及以上学历") },
      { name: "80 hours of training passed, without either", code: member("      qualification: 无\n      assistance_training_hours: 80") },
    ],
    invalid: [
      { name: "79 hours of training", code: member("      qualification: 无\n      assistance_training_hours: 79"), errors: [{ messageId: "unqualified", at: "assistance_training_hours: |79" }] },
      { name: "neither, and no training", code: member("      qualification: 无"), errors: [{ messageId: "unqualified", at: "qualification: |无", data: { hours: 0 } }] },
      { name: "nothing stated", code: member("      role: 社工"), errors: [{ messageId: "unstated", at: "    - |name: 赵婷" }] },
      { name: "no staff list", code: exampleProposal({ project: FOLLOWS }), errors: [{ messageId: "unlisted", at: "|staff:" }] },
    ],
  },
  "five-services": {
    valid: [{ name: "all five tagged", code: tagged("社会融入", "能力提升", "心理疏导", "资源链接", "宣传倡导") }],
    invalid: [
      // The 2015 opinion says social work 可以 provide them, DB51 3.1 lists them with 等: information.
      { name: "two missing, named", code: tagged("社会融入", "能力提升", "心理疏导"), errors: [{ messageId: "missing", at: "|services:", severity: "info", data: { missing: "资源链接、宣传倡导" } }] },
      { name: "nothing tagged: cannot verify", code: exampleProposal({ project: FOLLOWS }), errors: [{ messageId: "untagged", at: "|services:" }] },
      // follows switches the set on completely, whatever the kind.
      { name: "a community project that follows DB51", code: exampleProposal({ project: "  kind: 社区\n  follows: [DB51]" }), errors: [{ messageId: "untagged", at: "|services:" }] },
    ],
  },
});

describe("DB51 is a draft for comments (征求意见稿)", () => {
  const findings = (project: string, config?: LintConfig) =>
    analyse(parseProposal("p.yaml", exampleProposal({ project })), config).findings.filter((f) => RULES.find((r) => r.meta.id === f.ruleId)?.meta.ruleSet === "db51");

  it("every finding says so, in both languages", () => {
    const found = findings("  kind: 社会救助");
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.message.zh).toContain("征求意见稿");
      expect(f.message.en).toContain("draft for comments");
    }
  });

  it("its 应 is an error only when the proposal names it; a repository's setting still wins", () => {
    const required = (project: string, config?: LintConfig) => findings(project, config).find((f) => f.ruleId === "supervisor-required")!.severity;
    expect(required("  kind: 社会救助")).toBe("warning");
    expect(required("  kind: 社会救助\n  follows: [四川]")).toBe("error");
    expect(required("  kind: 社会救助", { ...EMPTY_CONFIG, rules: new Map([["supervisor-required", "error"]]) })).toBe("error");
  });
});
