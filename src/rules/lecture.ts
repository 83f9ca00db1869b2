/**
 * 第五节 5(1), one sentence with two requirements: a lecture lasts at least 60 minutes (不少于 → error)
 * and generally has at least 30 participants (一般 → warning).
 */
import { defineRule, type RuleContext, type RuleReport } from "../engine/rule.js";
import { exampleProposal } from "./examples.js";
import { entriesOf } from "./support.js";

const SOURCE = { clause: "第五节 5(1)", quote: "每场讲座参与服务对象人数一般不少于 30 人，时间不少于 60 分钟。" };
const MIN_MINUTES = 60;
const MIN_PARTICIPANTS = 30;

const lecture = (delivery: string, participants: number, minutes: number) =>
  exampleProposal({
    services: `  - item: 专业咨询\n    count: ${delivery === "自行组织" ? 1352 : 1364}\n  - item: 专题培训/讲座\n    count: 1\n    delivery: ${delivery}\n    participants: ${participants}\n    minutes: ${minutes}`,
  });

/** Reports each lecture whose stated `field` is under `minimum`. */
function checkLectures(field: "minutes" | "participants", minimum: number, messageId: string) {
  return ({ proposal }: RuleContext, report: (finding: RuleReport) => void) => {
    for (const entry of entriesOf(proposal, "training-lecture")) {
      const value = entry[field];
      if (entry.count > 0 && value !== undefined && value < minimum) report({ messageId, path: [...entry.path, field], data: { [field]: value, min: minimum } });
    }
  };
}

export const lectureDuration = defineRule({
  meta: {
    id: "lecture-duration",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: SOURCE,
    description: { zh: "专题培训/讲座每场时间不少于 60 分钟", en: "Each lecture or training lasts at least 60 minutes" },
    messages: {
      short: { zh: "专题培训/讲座每场 {minutes} 分钟，少于 {min} 分钟", en: "a lecture of {minutes} minutes is shorter than {min} minutes" },
    },
    examples: { pass: lecture("自行组织", 30, 60), fail: lecture("自行组织", 30, 45), reports: [{ messageId: "short", line: 13, column: 14 }] },
  },
  check: checkLectures("minutes", MIN_MINUTES, "short"),
});

export const lectureParticipants = defineRule({
  meta: {
    id: "lecture-participants",
    ruleSet: "suzhou-2016",
    severity: "warning",
    source: SOURCE,
    description: { zh: "专题培训/讲座每场参与人数一般不少于 30 人", en: "A lecture generally has at least 30 participants" },
    messages: {
      few: { zh: "专题培训/讲座每场 {participants} 人，一般不少于 {min} 人", en: "a lecture for {participants} people; generally at least {min}" },
    },
    examples: { pass: lecture("外聘专家", 30, 90), fail: lecture("外聘专家", 29, 90), reports: [{ messageId: "few", line: 12, column: 19 }] },
  },
  check: checkLectures("participants", MIN_PARTICIPANTS, "few"),
});
