import { exampleProposal } from "./examples.js";
import { entriesOf } from "./support.js";
import { defineRule } from "../engine/rule.js";

/** 三 1: 一般社区活动服务人数通常少于 20 人 — at 20 or more it is what the guideline calls a 中小型活动. */
const SMALL_ACTIVITY_MIN = 20;

export default defineRule({
  meta: {
    id: "general-activity-size",
    ruleSet: "suzhou-2016",
    severity: "info",
    source: { clause: "三 1", quote: "一般社区活动服务人数通常少于 20 人。" },
    description: {
      zh: "一般社区活动达到 20 人时，按指引可计为社区中小型活动（20 小时/次）",
      en: "A general community activity of 20 or more people counts as a small or medium community activity under the guideline",
    },
    messages: {
      large: {
        zh: "一般社区活动每次 {participants} 人，已达中小型活动的 {min} 人，可考虑按社区中小型活动计（需有明确目标和计划）",
        en: "a general activity for {participants} people reaches the {min} of a community activity; consider counting it as one (with goals and a plan)",
      },
    },
    examples: {
      pass: exampleProposal({ services: "  - item: 专业咨询\n    count: 1368\n  - item: 一般社区活动\n    count: 1\n    participants: 19" }),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: 1368\n  - item: 一般社区活动\n    count: 1\n    participants: 20" }),
      reports: [{ messageId: "large", line: 11, column: 19 }],
    },
  },
  check({ proposal }, report) {
    for (const entry of entriesOf(proposal, "general-community-activity")) {
      if (entry.count > 0 && entry.participants !== undefined && entry.participants >= SMALL_ACTIVITY_MIN)
        report({ messageId: "large", path: [...entry.path, "participants"], data: { participants: entry.participants, min: SMALL_ACTIVITY_MIN } });
    }
  },
});
