import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const MIN_HOURS = 90;

const educated = (hours: number) =>
  exampleProposal({
    project: "  kind: 社会救助\n  follows: [DB51]",
    extra: exampleSupervision({}, `\n      continuing_education_hours: ${hours}`),
  });

export default defineRule({
  meta: {
    id: "supervisor-continuing-education",
    ruleSet: "db51",
    severity: "error",
    source: { clause: "8.1.2", quote: "社会救助社会工作督导者应符合以下要求：……每年接受不少于 90 学时的继续教育。" },
    description: {
      zh: "社会救助社会工作督导者每年接受不少于 90 学时的继续教育",
      en: "A social-assistance supervisor receives at least 90 hours of continuing education a year",
    },
    messages: {
      few: {
        zh: "督导 {name} 每年接受继续教育 {hours} 学时，少于 {min} 学时",
        en: "supervisor {name} receives {hours} hours of continuing education a year, under {min}",
      },
      unstated: {
        zh: "督导 {name} 未写每年接受的继续教育学时（continuing_education_hours），无法核对是否不少于 {min} 学时",
        en: "supervisor {name} gives no yearly continuing-education hours (continuing_education_hours), so the {min}-hour minimum cannot be checked",
        severity: "info",
      },
    },
    examples: { pass: educated(90), fail: educated(60), reports: [{ messageId: "few", line: 18, column: 35 }] },
  },
  check({ proposal }, report) {
    for (const s of proposal.supervision?.supervisors ?? []) {
      const hours = s.continuingEducationHours;
      if (hours === undefined) report({ messageId: "unstated", path: s.path, at: "key", data: { name: s.name, min: MIN_HOURS } });
      else if (hours < MIN_HOURS) report({ messageId: "few", path: [...s.path, "continuing_education_hours"], data: { name: s.name, hours, min: MIN_HOURS } });
    }
  },
});
