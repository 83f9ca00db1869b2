import { exampleProposal, exampleSupervision } from "../../src/rules/examples.js";
import { testRuleSet } from "../rule-tester.js";

/** DB3701/T 36—2023 街道（镇）社工站服务指南: switched on by kind 社工站 or by project.follows. */

const STATION = "  kind: 社工站";
/** n people, none of whom states a qualification unless `qualification` is given. */
const station = (n: number, qualification?: string) =>
  exampleProposal({
    project: STATION,
    staff: "  fte: 1\n  members:\n" + Array.from({ length: n }, (_, i) => `    - name: 社工${i + 1}\n      fte: 0.25${qualification ? `\n      qualification: ${qualification}` : ""}`).join("\n"),
  });
const managed = (body: string, project = STATION) => exampleProposal({ project, extra: `management:\n${body}` });
const supervised = (more: string) => exampleProposal({ project: STATION, extra: exampleSupervision({}, more) });
const SESSIONS = "\n  sessions:\n    - type: 个别\n      count: 12\n      hours: 1.5";
const tagged = (areas: string) => exampleProposal({ project: STATION, services: `  - item: 专业咨询\n    count: 1372\n    service: [${areas}]` });

testRuleSet("db3701-t36", {
  "station-staffing": {
    valid: [
      { name: "3 people", code: station(3) },
      { name: "no list, but FTE 2.5 is at least 3 people", code: exampleProposal({ project: STATION, staff: "  fte: 2.5", services: "  - item: 专业咨询\n    count: 3430" }) },
    ],
    invalid: [
      { name: "2 people", code: station(2), errors: [{ messageId: "few", at: "  |members:" }] },
      // 3.1 defines a social worker without a qualification: three uncertified workers are three, not "0 名".
      { name: "3 full-time workers without a certificate are counted", code: station(2, "无"), errors: [{ messageId: "few", at: "  |members:", data: { workers: 2 } }] },
      { name: "no list and FTE 1: cannot verify", code: exampleProposal({ project: STATION }), errors: [{ messageId: "unlisted", at: "|staff:" }] },
      // follows switches the set on completely, whatever the kind.
      { name: "a community project that follows DB3701/T 36", code: exampleProposal({ project: "  kind: 社区\n  follows: [DB3701/T 36]" }), errors: [{ messageId: "unlisted", at: "|staff:" }] },
    ],
  },
  "station-worker-qualification": {
    valid: [{ name: "everyone holds a certificate", code: station(3, "助理社会工作师") }],
    invalid: [
      { name: "no certificate or diploma", code: station(1, "无"), errors: [{ messageId: "unqualified", at: "qualification: |无" }] },
      { name: "nothing stated", code: station(2), errors: [{ messageId: "unstated", at: "    - |name: 社工1", data: { names: "社工1、社工2" } }] },
      { name: "no staff list", code: exampleProposal({ project: STATION }), errors: [{ messageId: "unlisted", at: "|staff:" }] },
    ],
  },
  "station-supervision": {
    valid: [{ name: "regular sessions, recorded", code: supervised(`${SESSIONS}\n  records: true`) }],
    invalid: [
      { name: "no supervision at all", code: exampleProposal({ project: STATION }), errors: [{ messageId: "none", at: "|project:" }] },
      { name: "a supervisor but no sessions", code: supervised(""), errors: [{ messageId: "none", at: "|supervision:" }] },
      { name: "not recorded", code: supervised(`${SESSIONS}\n  records: false`), errors: [{ messageId: "noRecords", at: "records: |false" }] },
      { name: "records not stated", code: supervised(SESSIONS), errors: [{ messageId: "unstated", at: "|supervision:" }] },
    ],
  },
  "records-retention": {
    valid: [{ name: "5 years", code: managed("  records_years: 5") }],
    invalid: [
      { name: "4 years", code: managed("  records_years: 4"), errors: [{ messageId: "short", at: "records_years: |4" }] },
      { name: "not stated", code: managed("  self_evaluation: true"), errors: [{ messageId: "unstated", at: "|management:" }] },
    ],
  },
  "station-evaluation": {
    valid: [{ name: "both", code: managed("  self_evaluation: true\n  third_party_evaluation: true") }],
    invalid: [
      { name: "no self-evaluation", code: managed("  self_evaluation: false\n  third_party_evaluation: true"), errors: [{ messageId: "missing", at: "self_evaluation: |false" }] },
      {
        name: "neither stated",
        code: managed("  records_years: 5"),
        errors: [
          { messageId: "unstated", at: "|management:", data: { field: "self_evaluation" } },
          { messageId: "unstated", at: "|management:", data: { field: "third_party_evaluation" } },
        ],
      },
    ],
  },
  "station-service-areas": {
    valid: [{ name: "all eleven", code: tagged("政策宣传咨询, 社会救助, 精神慰藉, 能力提升, 社会支持, 危机干预, 权益维护, 社会融入, 社区参与, 文体健康, 环境保护") }],
    invalid: [
      { name: "two left out", code: tagged("政策宣传咨询, 社会救助, 精神慰藉, 能力提升, 社会支持, 危机干预, 权益维护, 社会融入, 社区参与"), errors: [{ messageId: "missing", at: "|services:", data: { missing: "文体健康、环境保护" } }] },
      { name: "nothing tagged", code: exampleProposal({ project: STATION }), errors: [{ messageId: "untagged", at: "|services:" }] },
    ],
  },
});
