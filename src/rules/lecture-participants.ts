import { exampleProposal } from "./examples.js";
import { entriesOf } from "./support.js";
import { defineRule } from "../engine/rule.js";

const MIN_PARTICIPANTS = 30;

export default defineRule({
  meta: {
    id: "lecture-participants",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: { clause: "第五节 5(1)", quote: "每场讲座参与服务对象人数一般不少于 30 人，时间不少于 60 分钟。" },
    description: { zh: "专题培训/讲座每场参与人数一般不少于 30 人", en: "A lecture generally has at least 30 participants" },
    messages: {
      few: {
        zh: "专题培训/讲座每场 {participants} 人，一般不少于 {min} 人",
        en: "a lecture for {participants} people; generally at least {min}",
      },
    },
    examples: {
      pass: exampleProposal({
        services: "  - item: 专业咨询\n    count: 1364\n  - item: 讲座\n    count: 1\n    delivery: 外聘专家\n    participants: 30\n    minutes: 90",
      }),
      fail: exampleProposal({
        services: "  - item: 专业咨询\n    count: 1364\n  - item: 讲座\n    count: 1\n    delivery: 外聘专家\n    participants: 29\n    minutes: 90",
      }),
      reports: [{ messageId: "few", line: 12, column: 19 }],
    },
  },
  check({ proposal }, report) {
    for (const entry of entriesOf(proposal, "training-lecture")) {
      if (entry.count > 0 && entry.participants !== undefined && entry.participants < MIN_PARTICIPANTS)
        report({ messageId: "few", path: [...entry.path, "participants"], data: { participants: entry.participants, min: MIN_PARTICIPANTS } });
    }
  },
});
