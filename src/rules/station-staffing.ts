import { exampleProposal } from "./examples.js";
import { socialWorkers } from "./support.js";
import { defineRule } from "../engine/rule.js";

const MIN_WORKERS = 3;

const station = (workers: number) =>
  exampleProposal({
    project: "  kind: 社工站",
    staff: "  fte: 1\n  members:\n" + Array.from({ length: workers }, (_, i) => `    - name: 社工${i + 1}\n      fte: 0.25\n      qualification: 助理社会工作师`).join("\n"),
  });

export default defineRule({
  meta: {
    id: "station-staffing",
    ruleSet: "db3701-t36",
    severity: "warning",
    source: { clause: "7.1.1", quote: "街道（镇）社工站宜配备不少于 3 名社会工作者。" },
    description: { zh: "社工站宜配备不少于 3 名社会工作者", en: "A social-work station should have at least 3 social workers" },
    messages: {
      few: {
        zh: "社工站配备 {workers} 名社会工作者{estimated}，宜不少于 {min} 名",
        en: "the station has {workers} social workers{estimated}; at least {min} recommended",
      },
    },
    examples: { pass: station(3), fail: station(2), reports: [{ messageId: "few", line: 7, column: 3 }] },
  },
  check({ proposal }, report) {
    if (proposal.project.kind !== "station") return;
    const { count, estimated } = socialWorkers(proposal);
    if (count >= MIN_WORKERS) return;
    report({
      messageId: "few",
      path: proposal.staff.members.length ? ["staff", "members"] : ["staff"],
      at: "key",
      data: { workers: count, min: MIN_WORKERS, estimated: estimated ? "（按 FTE 估计）" : "（持证或有社会工作专业学历者）" },
    });
  },
});
