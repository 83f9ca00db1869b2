import { exampleProposal, exampleSupervision } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/** DB51 社会救助社会工作服务指南（征求意见稿）: switched on by kind 社会救助 or by project.follows. */

const assistance = (extra: string) => exampleProposal({ project: "  kind: 社会救助", extra });
const supervisor = (years: number, qualification: string) => exampleSupervision({ years, rate: years >= 10 ? 250 : 200, qualification });
const tagged = (...services: string[]) =>
  exampleProposal({ project: "  kind: 社会救助", services: services.map((s) => `  - item: 专业咨询\n    count: 1\n    service: ${s}`).join("\n") + `\n  - item: 专业咨询\n    count: ${1372 - services.length}` });

testRuleSet("db51", {
  "supervisor-required": {
    valid: [{ name: "a community project (DB51 is off)", code: exampleProposal({ project: "  kind: 社区" }) }],
    invalid: [{ name: "a community project that follows DB51", code: exampleProposal({ project: "  kind: 社区\n  follows: [DB51]" }), errors: [{ messageId: "none", at: "|project:" }] }],
  },
  "supervision-ratio": {
    valid: [{ name: "1:5", code: assistance(`${supervisor(8, "社会工作师")}\n  supervisees: 5`) }],
    invalid: [{ name: "1:6", code: assistance(`${supervisor(8, "社会工作师")}\n  supervisees: 6`), errors: [{ messageId: "low", at: "supervisees: |6" }] }],
  },
  "supervisor-qualification": {
    valid: [
      { name: "5 years and 社会工作师", code: assistance(supervisor(5, "社会工作师")) },
      { name: "7 years and 助理社会工作师", code: assistance(supervisor(7, "助理社会工作师")) },
      { name: "12 years and 高级社会工作师", code: assistance(supervisor(12, "高级社会工作师")) },
    ],
    invalid: [
      { name: "4 years and 社会工作师", code: assistance(supervisor(4, "社会工作师")), errors: [{ messageId: "unqualified", at: "qualification: |社会工作师" }] },
      { name: "6 years and 助理社会工作师", code: assistance(supervisor(6, "助理社会工作师")), errors: [{ messageId: "unqualified", at: "qualification: |助理社会工作师" }] },
    ],
  },
  "five-services": {
    valid: [{ name: "all five tagged", code: tagged("社会融入", "能力提升", "心理疏导", "资源链接", "宣传倡导") }],
    invalid: [{ name: "two missing, named", code: tagged("社会融入", "能力提升", "心理疏导"), errors: [{ messageId: "missing", at: "|services:", data: { missing: "资源链接、宣传倡导" } }] }],
  },
});
