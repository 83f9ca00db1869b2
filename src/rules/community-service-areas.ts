import { COMMUNITY_SERVICE_AREAS } from "../standard/service-areas.js";
import { checkCoverage, COVERAGE_MESSAGES } from "./coverage.js";
import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const tagged = (areas: readonly string[]) =>
  exampleProposal({
    project: "  kind: 社区",
    services: `  - item: 专业咨询\n    count: 1372\n    service: [${areas.join(", ")}]`,
  });

/** MZ/T 071 5: seven service contents: which ones the plan leaves out, for the evaluator. */
export default defineRule({
  meta: {
    id: "community-service-areas",
    ruleSet: "mzt-071",
    severity: "info",
    source: {
      clause: "5.1–5.7",
      quote: "5 服务内容与要求 5.1 统筹社区照顾……5.2 扩大社区参与……5.3 促进社区融合……5.4 推动社区发展……5.5 参与社区矫正……5.6 参与社区戒毒社区康复……5.7 提供其他服务……",
    },
    description: {
      zh: "社区社会工作服务内容（5.1–5.7 共 7 项）中，方案没有涉及哪些（服务条目用 service 标注）",
      en: "Which of the seven community social-work service contents (5.1–5.7) the proposal leaves out (tag entries with service)",
    },
    messages: COVERAGE_MESSAGES,
    examples: { pass: tagged(COMMUNITY_SERVICE_AREAS), fail: tagged(COMMUNITY_SERVICE_AREAS.slice(0, 4)), reports: [{ messageId: "missing", line: 7, column: 1 }] },
  },
  check: checkCoverage(COMMUNITY_SERVICE_AREAS),
});
