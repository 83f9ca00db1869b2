import { exampleProposal } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/** The engine's own findings. input-error is lint's (a file that cannot be read), tested in lint.test.ts. */

testRuleSet(
  "gongshi",
  {
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
  { exempt: ["input-error"] },
);
