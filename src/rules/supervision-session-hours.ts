import { exampleProposal, exampleSupervision } from "./examples.js";
import { hoursText } from "./format.js";
import { defineRule } from "../engine/rule.js";

const supervision = (type: string, hours: number, extra = "") =>
  exampleProposal({
    extra: exampleSupervision({}, `\n  sessions:\n    - type: ${type}\n      count: 12\n      hours: ${hours}${extra}`),
  });

/** 第七节 3: 个别督导每人每次不高于 2 小时；小组督导每次不高于 4 小时. Limits come from the standard file. */
export default defineRule({
  meta: {
    id: "supervision-session-hours",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: {
      clause: "第七节 3",
      quote: "个别督导每人每次督导时间不高于 2 小时。……小组督导每次不高于 4 小时，被督导者一般为 2-8 人。",
    },
    description: { zh: "个别督导每人每次不超过 2 小时，团体督导每次不超过 4 小时", en: "Individual supervision at most 2 h per person per session; group supervision at most 4 h per session" },
    messages: {
      individual: { zh: "个别督导每次 {hours} 小时，高于 {max} 小时", en: "individual supervision of {hours} h per session exceeds {max} h" },
      group: { zh: "团体督导每次 {hours} 小时，高于 {max} 小时", en: "group supervision of {hours} h per session exceeds {max} h" },
    },
    examples: { pass: supervision("个别", 2), fail: supervision("个别", 2.5), reports: [{ messageId: "individual", line: 19, column: 14 }] },
  },
  check({ proposal }, report) {
    const limits = proposal.standard.supervision;
    if (!limits || !proposal.supervision) return;
    for (const session of proposal.supervision.sessions) {
      const max = session.type === "individual" ? limits.individual.maxHours : limits.group.maxHours;
      if (session.hoursEach.gt(max))
        report({ messageId: session.type, path: [...session.path, "hours"], data: { hours: hoursText(session.hoursEach), max: hoursText(max) } });
    }
  },
});
