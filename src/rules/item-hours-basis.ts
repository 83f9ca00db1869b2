import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

/** Items the table leaves to "actual circumstances" need hours and a reason, or a table item they follow. */
export default defineRule({
  meta: {
    id: "item-hours-basis",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: {
      clause: "四（二）21、23；三 2",
      quote: "（21）人员招募甄选 根据实际情况计算……（23）募款等其它活动 根据实际情况计算……（三 2）除上述类型外，根据服务对象需要提供的日常服务或特色服务。……工时参考类似服务类型，或根据实际情况测算。",
    },
    description: {
      zh: "表中无固定工时的项目和其他服务，须给出每单位工时及测算依据，或写明参照的表内项目",
      en: "Items without fixed table hours and other services must give hours per unit and a justification, or name the table item they follow",
    },
    messages: {
      missingHours: {
        zh: "“{name}”在参考工时表中没有固定工时，须给出 hours（每{unit}工时）与 justification（测算依据），或用 like 写明参照的表内项目",
        en: "“{name}” has no fixed table hours: give hours (per {unit}) and a justification, or name the table item it follows with like",
      },
      missingJustification: {
        zh: "“{name}”自定工时 {hours} 小时/{unit}，但没有写测算依据（justification），也没有写参照的表内项目（like）",
        en: "“{name}” gives {hours} h per {unit} but no justification and no table item it follows (like)",
      },
    },
    examples: {
      pass: exampleProposal({
        services: "  - item: 专业咨询\n    count: 1352\n  - item: 募款等其它活动\n    count: 1\n    hours: 20\n    justification: 义卖一次：筹备 12 小时 + 现场 8 小时",
      }),
      fail: exampleProposal({ services: "  - item: 专业咨询\n    count: 1372\n  - item: 募款等其它活动\n    count: 1" }),
      reports: [{ messageId: "missingHours", line: 9, column: 5 }],
    },
  },
  check({ proposal }, report) {
    for (const entry of proposal.entries) {
      if (entry.kind === "bundle") continue;
      if (entry.kind === "table" && entry.item.hours !== null) continue;
      if (entry.kind === "table" && entry.item.variants) continue;
      const name = entry.kind === "table" ? entry.item.name : entry.name;
      const unit = entry.kind === "table" ? entry.item.unit : entry.unit;
      const likeHasHours = entry.like && (entry.like.hours !== null || entry.like.variants);
      if (!entry.hours && !likeHasHours) {
        report({ messageId: "missingHours", path: entry.path, at: "key", data: { name, unit } });
      } else if (entry.hours && !entry.justification && !entry.like) {
        report({ messageId: "missingJustification", path: [...entry.path, "hours"], data: { name, unit, hours: entry.hours.toExactString() } });
      }
    }
  },
});
