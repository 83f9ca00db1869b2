import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const evaluated = (thirdParty: boolean) =>
  exampleProposal({ project: "  kind: 社工站", extra: `management:\n  self_evaluation: true\n  third_party_evaluation: ${thirdParty}` });

/** DB3701/T 36 6.2.5 (需要): both a self-evaluation and a third party's evaluation. */
export default defineRule({
  meta: {
    id: "station-evaluation",
    ruleSet: "db3701-t36",
    severity: "error",
    source: { clause: "6.2.5", quote: "街道（镇）社工站需要进行自我评估，并接受第三方进行的评估。" },
    description: { zh: "社工站需要进行自我评估，并接受第三方评估", en: "A station evaluates itself and accepts a third party's evaluation" },
    messages: {
      missing: {
        zh: "方案写明不进行{what}（management.{field}: false），社工站需要进行自我评估并接受第三方评估",
        en: "the proposal rules out {what} (management.{field}: false); a station evaluates itself and accepts a third party's evaluation",
      },
      unstated: {
        zh: "方案没有写明是否进行{what}（management.{field}），无法核对",
        en: "the proposal does not say whether there is {what} (management.{field}), so this cannot be checked",
        severity: "info",
      },
    },
    examples: { pass: evaluated(true), fail: evaluated(false), reports: [{ messageId: "missing", line: 12, column: 27 }] },
  },
  check({ proposal }, report) {
    const management = proposal.management;
    const parts = [
      { field: "self_evaluation", what: "自我评估", value: management?.selfEvaluation },
      { field: "third_party_evaluation", what: "第三方评估", value: management?.thirdPartyEvaluation },
    ];
    for (const { field, what, value } of parts) {
      if (value === false) report({ messageId: "missing", path: ["management", field], data: { what, field } });
      else if (value === undefined) report({ messageId: "unstated", path: management ? ["management"] : ["project"], at: "key", data: { what, field } });
    }
  },
});
