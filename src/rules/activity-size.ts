import { exampleProposal } from "./examples.js";
import { entriesOf } from "./support.js";
import { defineRule } from "../engine/rule.js";

/** 第五节 4(1): 大型活动一般不少于 60 人，中小型活动一般不少于 20 人. */
const MINIMUMS = [
  { code: "large-community-event", min: 60, messageId: "large" },
  { code: "community-activity", min: 20, messageId: "small" },
] as const;

export default defineRule({
  meta: {
    id: "activity-size",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: {
      clause: "第五节 4(1)",
      quote: "本指引中，社区大型活动服务人数一般不少于 60 人，社区中小型活动服务人数一般不少于 20 人。",
    },
    description: { zh: "社区大型活动一般不少于 60 人，中小型活动一般不少于 20 人", en: "A large community event generally serves at least 60 people, a small or medium one at least 20" },
    messages: {
      large: { zh: "社区大型活动每次 {participants} 人，一般不少于 {min} 人", en: "a large community event for {participants} people; generally at least {min}" },
      small: { zh: "社区中小型活动每次 {participants} 人，一般不少于 {min} 人", en: "a community activity for {participants} people; generally at least {min}" },
    },
    examples: {
      pass: exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 60" }),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: 1312\n  - item: 社区大型活动\n    count: 1\n    participants: 59" }),
      reports: [{ messageId: "large", line: 11, column: 19 }],
    },
  },
  check({ proposal }, report) {
    for (const { code, min, messageId } of MINIMUMS) {
      for (const entry of entriesOf(proposal, code)) {
        if (entry.count > 0 && entry.participants !== undefined && entry.participants < min)
          report({ messageId, path: [...entry.path, "participants"], data: { participants: entry.participants, min } });
      }
    }
  },
});
