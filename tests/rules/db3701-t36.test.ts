import { exampleProposal } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/** DB3701/T 36—2023 街道（镇）社工站服务指南: switched on by kind 社工站. */

const station = (n: number) =>
  exampleProposal({
    project: "  kind: 社工站",
    staff: "  fte: 1\n  members:\n" + Array.from({ length: n }, (_, i) => `    - name: 社工${i + 1}\n      fte: 0.25\n      qualification: 社会工作师`).join("\n"),
  });

testRuleSet("db3701-t36", {
  "station-staffing": {
    valid: [{ name: "3 social workers", code: station(3) }],
    invalid: [{ name: "2 social workers", code: station(2), errors: [{ messageId: "few", at: "  |members:" }] }],
  },
});
