import { exampleProposal } from "./examples.js";
import { headcount } from "./support.js";
import { defineRule } from "../engine/rule.js";

const MIN_WORKERS = 3;

const station = (workers: number) =>
  exampleProposal({
    project: "  kind: 社工站",
    staff: "  fte: 1\n  members:\n" + Array.from({ length: workers }, (_, i) => `    - name: 社工${i + 1}\n      fte: 0.25`).join("\n"),
  });

/**
 * DB3701/T 36 7.1.1 counts people: 3.1 defines a social worker as anyone doing professional social
 * service with social-work methods, without a qualification (that is 7.1.2's rule). Without a list,
 * FTE rounded up is the fewest people it can be; fewer than 3 of those leaves the count unknown.
 */
export default defineRule({
  meta: {
    id: "station-staffing",
    ruleSet: "db3701-t36",
    severity: "warning",
    source: {
      clause: "7.1.1；3.1",
      quote: "街道（镇）社工站宜配备不少于 3 名社会工作者。（3.1）社会工作者 social worker 秉持社会工作价值观，运用社会工作专业方法从事职业性社会服务的人员。",
    },
    description: { zh: "社工站宜配备不少于 3 名社会工作者（按人数计，不论资格）", en: "A social-work station should have at least 3 social workers (counted by head, whatever their qualification)" },
    messages: {
      few: {
        zh: "社工站人员名单共 {workers} 人，宜不少于 {min} 名社会工作者",
        en: "the station lists {workers} people; at least {min} social workers recommended",
      },
      unlisted: {
        zh: "方案没有人员名单（staff.members），FTE {fte} 至少对应 {workers} 人，无法核对是否不少于 {min} 名社会工作者",
        en: "no list of staff (staff.members): FTE {fte} is at least {workers} people, so whether there are {min} social workers cannot be checked",
        severity: "info",
      },
    },
    examples: { pass: station(3), fail: station(2), reports: [{ messageId: "few", line: 7, column: 3 }] },
  },
  check({ proposal }, report) {
    const { people, listed } = headcount(proposal);
    if (people >= MIN_WORKERS) return;
    if (listed) report({ messageId: "few", path: ["staff", "members"], at: "key", data: { workers: people, min: MIN_WORKERS } });
    else report({ messageId: "unlisted", path: ["staff"], at: "key", data: { fte: proposal.staff.fte.toExactString(), workers: people, min: MIN_WORKERS } });
  },
});
