import { exampleProposal } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/** MZ/T 071—2016 社区社会工作服务指南: switched on by kind 社区 or 社工站. */

const community = (urban: number, rural: number) =>
  exampleProposal({
    project: `  kind: 社区\n  communities:\n    urban: ${urban}\n    rural: ${rural}`,
    staff: "  fte: 1\n  members:\n    - name: 甲\n      fte: 0.5\n      qualification: 社会工作师\n    - name: 乙\n      fte: 0.5\n      qualification: 无",
  });

testRuleSet("mzt-071", {
  "community-workers-urban": {
    valid: [{ name: "one urban community, one qualified worker", code: community(1, 0) }],
    invalid: [{ name: "two urban communities, one qualified worker", code: community(2, 0), errors: [{ messageId: "few", at: "urban: |2" }] }],
  },
  "community-workers-rural": {
    valid: [{ name: "no rural community", code: community(1, 0) }],
    invalid: [{ name: "a rural community left without a worker", code: community(1, 1), errors: [{ messageId: "few", at: "rural: |1" }] }],
  },
});
