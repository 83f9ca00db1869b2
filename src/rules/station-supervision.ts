import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const supervised = (records: boolean) =>
  exampleProposal({
    project: "  kind: 社工站",
    extra: exampleSupervision({}, `\n  sessions:\n    - type: 个别\n      count: 12\n      hours: 1.5\n  records: ${records}`),
  });

/** DB3701/T 36 7.1.4: regular supervision (a schedule of sessions), with records kept. */
export default defineRule({
  meta: {
    id: "station-supervision",
    ruleSet: "db3701-t36",
    severity: "warning",
    source: { clause: "7.1.4", quote: "街道（镇）社工站社会工作者宜接受定期督导，并做好督导记录，督导按照 MZ/T 166 的要求执行。" },
    description: {
      zh: "社工站社会工作者宜接受定期督导（supervision.sessions），并做好督导记录（supervision.records）",
      en: "Station social workers should receive regular supervision (supervision.sessions) with records kept (supervision.records)",
    },
    messages: {
      none: {
        zh: "方案没有定期督导的安排（supervision.sessions），社工站社会工作者宜接受定期督导",
        en: "no schedule of supervision (supervision.sessions): station social workers should be supervised regularly",
      },
      noRecords: {
        zh: "督导不做记录（records: false），宜做好督导记录",
        en: "supervision is not recorded (records: false); records are recommended",
      },
      unstated: {
        zh: "方案没有写明是否做好督导记录（supervision.records），无法核对",
        en: "the proposal does not say whether supervision is recorded (supervision.records), so this cannot be checked",
        severity: "info",
      },
    },
    examples: { pass: supervised(true), fail: supervised(false), reports: [{ messageId: "noRecords", line: 21, column: 12 }] },
  },
  check({ proposal }, report) {
    const supervision = proposal.supervision;
    if (!supervision || supervision.sessions.length === 0) {
      report({ messageId: "none", path: supervision ? ["supervision"] : ["project"], at: "key" });
      return;
    }
    if (supervision.records === false) report({ messageId: "noRecords", path: ["supervision", "records"] });
    else if (supervision.records === undefined) report({ messageId: "unstated", path: ["supervision"], at: "key" });
  },
});
