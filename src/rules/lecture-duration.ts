import { exampleProposal } from "./examples.js";
import { entriesOf } from "./support.js";
import { defineRule } from "../engine/rule.js";

const MIN_MINUTES = 60;

export default defineRule({
  meta: {
    id: "lecture-duration",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: { clause: "第五节 5(1)", quote: "每场讲座参与服务对象人数一般不少于 30 人，时间不少于 60 分钟。" },
    description: { zh: "专题培训/讲座每场时间不少于 60 分钟", en: "Each lecture or training lasts at least 60 minutes" },
    messages: {
      short: {
        zh: "专题培训/讲座每场 {minutes} 分钟，少于 {min} 分钟",
        en: "a lecture of {minutes} minutes is shorter than {min} minutes",
      },
    },
    examples: {
      pass: exampleProposal({
        services: "  - item: 专业咨询\n    count: 1352\n  - item: 专题培训/讲座\n    count: 1\n    delivery: 自行组织\n    participants: 30\n    minutes: 60",
      }),
      fail: exampleProposal({
        services: "  - item: 专业咨询\n    count: 1352\n  - item: 专题培训/讲座\n    count: 1\n    delivery: 自行组织\n    participants: 30\n    minutes: 45",
      }),
      reports: [{ messageId: "short", line: 13, column: 14 }],
    },
  },
  check({ proposal }, report) {
    for (const entry of entriesOf(proposal, "training-lecture")) {
      if (entry.count > 0 && entry.minutes !== undefined && entry.minutes < MIN_MINUTES)
        report({ messageId: "short", path: [...entry.path, "minutes"], data: { minutes: entry.minutes, min: MIN_MINUTES } });
    }
  },
});
