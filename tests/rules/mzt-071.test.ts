import { exampleProposal, exampleSupervision } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/** MZ/T 071—2016 社区社会工作服务指南: switched on by kind 社区 or 社工站, or by project.follows. */

const COMMUNITY = "  kind: 社区";
const member = (name: string, fields: string) => `    - name: ${name}\n${fields}`;
const communities = (urban: number, rural: number, ...members: string[]) =>
  exampleProposal({ project: `${COMMUNITY}\n  communities:\n    urban: ${urban}\n    rural: ${rural}`, staff: `  fte: 1\n  members:\n${members.join("\n")}` });
const QUALIFIED = member("甲", "      qualification: 社会工作师");
const QUARTER = (name: string) => member(name, "      fte: 0.25\n      qualification: 社会工作师");
const supervised = (supervisees: number) =>
  exampleProposal({ project: COMMUNITY, staff: `  fte: 1\n  members:\n${["甲", "乙", "丙"].map((n) => member(n, "      fte: 0.3")).join("\n")}`, extra: exampleSupervision({}, `\n  supervisees: ${supervisees}`) });
const managed = (body: string) => exampleProposal({ project: COMMUNITY, extra: `management:\n${body}` });
const tagged = (areas: string) => exampleProposal({ project: COMMUNITY, services: `  - item: 专业咨询\n    count: 1372\n    service: [${areas}]` });

testRuleSet("mzt-071", {
  "community-workers-urban": {
    valid: [{ name: "one urban community, one full-time qualified worker", code: communities(1, 0, QUALIFIED, member("乙", "      fte: 0.5\n      qualification: 无")) }],
    invalid: [
      { name: "two urban communities, one full-time qualified worker", code: communities(2, 0, QUALIFIED), errors: [{ messageId: "few", at: "urban: |2" }] },
      // 3.2: a community social worker is 专职. Four quarter-time people are not four workers.
      {
        name: "four urban communities and four quarter-time certified people",
        code: communities(4, 0, QUARTER("甲"), QUARTER("乙"), QUARTER("丙"), QUARTER("丁")),
        errors: [{ messageId: "few", at: "urban: |4", data: { workers: 0, partTime: 4 } }],
      },
      { name: "a full-time worker who states no qualification", code: communities(1, 0, member("甲", "      role: 社工")), errors: [{ messageId: "unstated", at: "urban: |1", data: { names: "甲" } }] },
      { name: "no staff list", code: exampleProposal({ project: `${COMMUNITY}\n  communities:\n    urban: 2` }), errors: [{ messageId: "unlisted", at: "urban: |2" }] },
    ],
  },
  "community-workers-rural": {
    valid: [{ name: "no rural community", code: communities(1, 0, QUALIFIED) }],
    invalid: [
      { name: "a rural community left without a worker", code: communities(1, 1, QUALIFIED), errors: [{ messageId: "few", at: "rural: |1" }] },
      { name: "a rural community and a worker who states no qualification", code: communities(0, 1, member("甲", "      role: 社工")), errors: [{ messageId: "unstated", at: "rural: |1" }] },
      { name: "no staff list", code: exampleProposal({ project: `${COMMUNITY}\n  communities:\n    rural: 1` }), errors: [{ messageId: "unlisted", at: "rural: |1" }] },
    ],
  },
  "community-worker-qualification": {
    valid: [{ name: "a part-time helper without a diploma is not what 8.1.1 speaks of", code: communities(0, 0, QUALIFIED, member("乙", "      fte: 0.5\n      qualification: 无")) }],
    invalid: [
      { name: "a full-time worker without either", code: communities(0, 0, member("甲", "      qualification: 无")), errors: [{ messageId: "unqualified", at: "qualification: |无" }] },
      { name: "a full-time worker who states nothing", code: communities(0, 0, member("甲", "      role: 社工")), errors: [{ messageId: "unstated", at: "    - |name: 甲" }] },
      { name: "no staff list", code: exampleProposal({ project: COMMUNITY }), errors: [{ messageId: "unlisted", at: "|staff:" }] },
    ],
  },
  "supervision-coverage": {
    valid: [
      { name: "everyone supervised", code: supervised(3) },
      { name: "interns and volunteers supervised as well", code: supervised(8) },
    ],
    invalid: [
      { name: "no supervision", code: exampleProposal({ project: COMMUNITY }), errors: [{ messageId: "none", at: "|project:" }] },
      { name: "two of three supervised", code: supervised(2), errors: [{ messageId: "partial", at: "supervisees: |2" }] },
      { name: "a station, which MZ/T 071 also covers", code: exampleProposal({ project: "  kind: 社工站" }), errors: [{ messageId: "none", at: "|project:" }] },
    ],
  },
  "service-rooms": {
    valid: [{ name: "the three rooms, in the organisation's words", code: managed("  rooms: [个案辅导室, 小组活动室, 多功能厅]") }],
    invalid: [
      { name: "no group room", code: managed("  rooms: [个案工作室, 多功能活动室, 办公室]"), errors: [{ messageId: "missing", at: "  |rooms:", data: { missing: "小组工作室" } }] },
      { name: "not stated", code: exampleProposal({ project: COMMUNITY }), errors: [{ messageId: "unstated", at: "|project:" }] },
    ],
  },
  "service-equipment": {
    valid: [{ name: "computer, recorder, camera, speakers", code: managed("  equipment: [台式电脑, 录音笔, 摄像机, 音箱]") }],
    invalid: [
      { name: "no recording equipment", code: managed("  equipment: [电脑, 音响]"), errors: [{ messageId: "missing", at: "  |equipment:", data: { missing: "录音、录像" } }] },
      { name: "not stated", code: managed("  rooms: [个案工作室]"), errors: [{ messageId: "unstated", at: "|management:" }] },
    ],
  },
  "community-service-areas": {
    valid: [{ name: "all seven", code: tagged("统筹社区照顾, 扩大社区参与, 促进社区融合, 推动社区发展, 参与社区矫正, 参与社区戒毒社区康复, 提供其他服务") }],
    invalid: [
      { name: "corrections and drug rehabilitation left out", code: tagged("统筹社区照顾, 扩大社区参与, 促进社区融合, 推动社区发展, 提供其他服务"), errors: [{ messageId: "missing", at: "|services:", data: { missing: "参与社区矫正、参与社区戒毒社区康复" } }] },
      { name: "nothing tagged", code: exampleProposal({ project: COMMUNITY }), errors: [{ messageId: "untagged", at: "|services:" }] },
    ],
  },
});
