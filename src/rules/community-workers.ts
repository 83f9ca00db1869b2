import { exampleProposal } from "./examples.js";
import { socialWorkers } from "./support.js";
import { defineRule, type Rule } from "../engine/rule.js";

const SOURCE = {
  clause: "8.1.3",
  quote: "每个城市社区至少配备一名社区社会工作者，每个农村社区宜配备一名社区社会工作者。",
};

const served = (urban: number, rural: number) =>
  exampleProposal({
    project: `  kind: 社区\n  communities:\n    urban: ${urban}\n    rural: ${rural}`,
    staff: "  fte: 1\n  members:\n    - name: 社工甲\n      fte: 0.5\n      qualification: 社会工作师\n    - name: 社工乙\n      fte: 0.5\n      qualification: 社会工作专业学历",
  });

/** 应 for urban communities (an error), 宜 for rural ones (a warning): two rules from one sentence. */
export const communityWorkersUrban: Rule = defineRule({
  meta: {
    id: "community-workers-urban",
    ruleSet: "mzt-071",
    severity: "error",
    source: SOURCE,
    description: { zh: "每个城市社区至少配备一名社区社会工作者", en: "Every urban community served has at least one community social worker" },
    messages: {
      few: {
        zh: "服务 {urban} 个城市社区，只有 {workers} 名社区社会工作者{estimated}",
        en: "{urban} urban communities served but {workers} community social workers{estimated}",
      },
    },
    examples: { pass: served(2, 0), fail: served(3, 0), reports: [{ messageId: "few", line: 6, column: 12 }] },
  },
  check({ proposal }, report) {
    const urban = proposal.project.communities?.urban ?? 0;
    const { count, estimated } = socialWorkers(proposal);
    if (count >= urban) return;
    report({ messageId: "few", path: ["project", "communities", "urban"], data: { urban, workers: count, estimated: estimated ? "（按 FTE 估计）" : "" } });
  },
});

export const communityWorkersRural: Rule = defineRule({
  meta: {
    id: "community-workers-rural",
    ruleSet: "mzt-071",
    severity: "warning",
    source: SOURCE,
    description: { zh: "每个农村社区宜配备一名社区社会工作者", en: "Each rural community served should have a community social worker" },
    messages: {
      few: {
        zh: "服务 {urban} 个城市社区、{rural} 个农村社区，只有 {workers} 名社区社会工作者{estimated}，农村社区宜各配一名",
        en: "{urban} urban and {rural} rural communities but {workers} community social workers{estimated}; one per rural community recommended",
      },
    },
    examples: { pass: served(1, 1), fail: served(1, 2), reports: [{ messageId: "few", line: 7, column: 12 }] },
  },
  check({ proposal }, report) {
    const { urban = 0, rural = 0 } = proposal.project.communities ?? {};
    const { count, estimated } = socialWorkers(proposal);
    // Urban communities come first (they are required); only what is left over serves rural ones.
    if (rural === 0 || count < urban || count >= urban + rural) return;
    report({ messageId: "few", path: ["project", "communities", "rural"], data: { urban, rural, workers: count, estimated: estimated ? "（按 FTE 估计）" : "" } });
  },
});
