/**
 * MZ/T 071 8.1.3, one sentence, two rules: every urban community has at least one community social
 * worker (应 → error), every rural one should (宜 → warning). A community social worker is 专职 (3.2)
 * and qualified (8.1.1), so only full-time members with a certificate or diploma count; part-time
 * people are named in the finding as not counted, and members who do not state a qualification make
 * the check impossible rather than failed.
 */
import type { Proposal } from "../proposal/model.js";
import { exampleProposal } from "./examples.js";
import { fullTime, namesText, qualified } from "./support.js";
import { defineRule, type Rule, type RuleReport } from "../engine/rule.js";

const SOURCE = {
  clause: "8.1.3；3.2",
  quote: "每个城市社区至少配备一名社区社会工作者，每个农村社区宜配备一名社区社会工作者。（3.2）社区社会工作者 community social worker 专职从事社区社会工作服务的专业人员。",
};

const STAFF = [
  "  members:",
  "    - name: 社工甲",
  "      qualification: 社会工作师",
  "    - name: 社工乙",
  "      qualification: 社会工作专业大专及以上学历",
  "    - name: 社工丙",
  "      fte: 0.5",
  "      qualification: 助理社会工作师",
].join("\n");

const served = (urban: number, rural: number) =>
  exampleProposal({ project: `  kind: 社区\n  communities:\n    urban: ${urban}\n    rural: ${rural}`, staff: `  fte: 1\n${STAFF}` });

/** Full-time members who count, full-time members who do not say whether they would, and part-time people (who do not). */
function communityWorkers(proposal: Proposal) {
  const full = proposal.staff.members.filter(fullTime);
  return {
    listed: proposal.staff.members.length > 0,
    workers: full.filter((m) => qualified(m) === true).length,
    unstated: full.filter((m) => qualified(m) === undefined),
    partTime: proposal.staff.members.length - full.length,
  };
}

const UNLISTED = {
  zh: "服务 {communities} 个社区，方案没有人员名单（staff.members），无法核对是否每个社区配备专职社区社会工作者",
  en: "{communities} communities served but no list of staff (staff.members): whether each has a full-time community social worker cannot be checked",
  severity: "info",
} as const;
const UNSTATED = {
  zh: "服务 {communities} 个社区，专职且持证或有社会工作专业学历的有 {workers} 名；{names} 未写资格（qualification），无法核对",
  en: "{communities} communities served, {workers} full-time qualified workers; {names} state no qualification, so this cannot be checked",
  severity: "info",
} as const;

/** What both rules say when the staff list cannot settle the question; true when it said something. */
function unsettled(proposal: Proposal, needed: number, path: RuleReport["path"], report: (finding: RuleReport) => void): boolean {
  const { listed, workers, unstated } = communityWorkers(proposal);
  if (!listed) report({ messageId: "unlisted", path, data: { communities: needed } });
  else if (workers < needed && workers + unstated.length >= needed) report({ messageId: "unstated", path, data: { communities: needed, workers, names: namesText(unstated) } });
  else return false;
  return true;
}

export const communityWorkersUrban: Rule = defineRule({
  meta: {
    id: "community-workers-urban",
    ruleSet: "mzt-071",
    severity: "error",
    source: SOURCE,
    description: {
      zh: "每个城市社区至少配备一名社区社会工作者（专职，且持证或有社会工作专业大专及以上学历）",
      en: "Every urban community served has at least one community social worker (full time, with a certificate or a social-work diploma)",
    },
    messages: {
      few: {
        zh: "服务 {urban} 个城市社区，专职且持证或有社会工作专业学历的社区社会工作者只有 {workers} 名（兼职 {partTime} 人不计：社区社会工作者为专职）",
        en: "{urban} urban communities served but {workers} full-time qualified community social workers ({partTime} part-time people not counted: a community social worker is full time)",
      },
      unlisted: UNLISTED,
      unstated: UNSTATED,
    },
    examples: { pass: served(2, 0), fail: served(3, 0), reports: [{ messageId: "few", line: 6, column: 12 }] },
  },
  check({ proposal }, report) {
    const urban = proposal.project.communities?.urban ?? 0;
    const path = ["project", "communities", "urban"];
    if (urban === 0 || unsettled(proposal, urban, path, report)) return;
    const { workers, partTime } = communityWorkers(proposal);
    if (workers < urban) report({ messageId: "few", path, data: { urban, workers, partTime } });
  },
});

export const communityWorkersRural: Rule = defineRule({
  meta: {
    id: "community-workers-rural",
    ruleSet: "mzt-071",
    severity: "warning",
    source: SOURCE,
    description: {
      zh: "每个农村社区宜配备一名社区社会工作者（专职，且持证或有社会工作专业大专及以上学历）",
      en: "Each rural community served should have a community social worker (full time, qualified)",
    },
    messages: {
      few: {
        zh: "服务 {urban} 个城市社区、{rural} 个农村社区，专职且持证或有社会工作专业学历的社区社会工作者只有 {workers} 名（兼职 {partTime} 人不计），农村社区宜各配一名",
        en: "{urban} urban and {rural} rural communities but {workers} full-time qualified community social workers ({partTime} part-time not counted); one per rural community recommended",
      },
      unlisted: UNLISTED,
      unstated: UNSTATED,
    },
    examples: { pass: served(1, 1), fail: served(1, 2), reports: [{ messageId: "few", line: 7, column: 12 }] },
  },
  check({ proposal }, report) {
    const { urban = 0, rural = 0 } = proposal.project.communities ?? {};
    const { workers, partTime } = communityWorkers(proposal);
    // Urban communities come first (they are required, and their rule speaks for them); only what is left serves rural ones.
    if (rural === 0 || (urban > 0 && workers < urban)) return;
    const path = ["project", "communities", "rural"];
    if (unsettled(proposal, urban + rural, path, report)) return;
    if (workers < urban + rural) report({ messageId: "few", path, data: { urban, rural, workers, partTime } });
  },
});
