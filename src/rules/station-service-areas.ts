import { STATION_SERVICE_AREAS } from "../standard/service-areas.js";
import { checkCoverage, COVERAGE_MESSAGES } from "./coverage.js";
import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const tagged = (areas: readonly string[]) =>
  exampleProposal({
    project: "  kind: 社工站",
    services: `  - item: 专业咨询\n    count: 1372\n    service: [${areas.join(", ")}]`,
  });

/** DB3701/T 36 4: eleven service contents, each "包括但不限于": which ones the station's plan leaves out, for the evaluator. */
export default defineRule({
  meta: {
    id: "station-service-areas",
    ruleSet: "db3701-t36",
    severity: "info",
    source: {
      clause: "4.1–4.11",
      quote: "4 服务内容 4.1 政策宣传咨询……4.2 社会救助……4.3 精神慰藉……4.4 能力提升……4.5 社会支持……4.6 危机干预……4.7 权益维护……4.8 社会融入……4.9 社区参与……4.10 文体健康……4.11 环境保护……",
    },
    description: {
      zh: "社工站服务内容（4.1–4.11 共 11 项）中，方案没有涉及哪些（服务条目用 service 标注）",
      en: "Which of the station's eleven service contents (4.1–4.11) the proposal leaves out (tag entries with service)",
    },
    messages: COVERAGE_MESSAGES,
    examples: { pass: tagged(STATION_SERVICE_AREAS), fail: tagged(STATION_SERVICE_AREAS.slice(0, 10)), reports: [{ messageId: "missing", line: 7, column: 1 }] },
  },
  check: checkCoverage(STATION_SERVICE_AREAS),
});
