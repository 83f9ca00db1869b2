import { exampleProposal } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/**
 * The engine's own findings, and how a file was read. input-error is lint's (a file that cannot be read),
 * tested in lint.test.ts; file-encoding needs bytes, not text, and is tested in windows.test.ts.
 */

testRuleSet(
  "gongshi",
  {
    "full-width-digits": {
      valid: [
        { name: "half-width digits", code: exampleProposal({ staff: "  fte: 0.5", services: "  - item: 专业咨询\n    count: 686" }) },
        { name: "full-width digits inside text", code: exampleProposal({ project: "  organisation: 第１社工中心", extra: "tender:\n  indicators:\n    - 服务时数不少于１０００小时" }) },
        { name: "full-width digits in quotes (text on purpose) where text belongs", code: exampleProposal({ project: "  region: '１２３'" }) },
      ],
      invalid: [
        {
          name: "full-width digits, a full-width decimal point, inline and in a flow map",
          code: exampleProposal({ staff: "  fte: ０．５", services: "  - item: 专业咨询\n    count: ６８６\n  - {item: 探访, count: ０}" }),
          errors: [
            { messageId: "read", at: "fte: |０．５", data: { written: "０．５", value: "0.5" } },
            { messageId: "read", at: "count: |６８６", data: { written: "６８６", value: "686" } },
            { messageId: "read", at: "count: |０}", data: { value: "0" } },
          ],
        },
      ],
    },
    "unused-waiver": {
      valid: [{ name: "a waiver that matches a finding", code: exampleProposal({ services: "  - item: 专业咨询\n    count: 1371", extra: "waivers:\n  - rule: workload-below-floor\n    reason: 评估方同意" }) }],
      invalid: [
        {
          name: "a waiver that matches nothing, and one that names no rule",
          code: exampleProposal({ extra: "waivers:\n  - rule: activity-size\n    reason: 无\n  - rule: no-such-rule\n    reason: 无" }),
          errors: [
            { messageId: "unused", at: "rule: |activity-size" },
            { messageId: "unknownRule", at: "rule: |no-such-rule" },
          ],
        },
      ],
    },
  },
  { exempt: ["input-error", "file-encoding"] },
);
