import { FIVE_SERVICES } from "../standard/service-areas.js";
import { checkCoverage, COVERAGE_MESSAGES } from "./coverage.js";
import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const tagged = (services: readonly string[]) =>
  exampleProposal({
    project: "  kind: 社会救助",
    services: services.map((s, i) => `  - item: 专业咨询\n    count: ${i === 0 ? 1372 - (services.length - 1) : 1}\n    service: ${s}`).join("\n"),
    extra: exampleSupervision(),
  });

/** The 2015 opinion says social work 可以 provide these five; DB51 3.1 lists them with 等: information, not a fault. */
export default defineRule({
  meta: {
    id: "five-services",
    ruleSet: "db51",
    severity: "info",
    source: {
      document: "民政部 财政部《关于加快推进社会救助领域社会工作发展的意见》；DB51 社会救助社会工作服务指南（征求意见稿）",
      clause: "五项服务内容；DB51 3.1、6.1–6.5",
      quote:
        "对于社会工作在社会救助领域可以开展的服务，意见归纳为5项。……（DB51 3.1）以开展社会融入、能力提升、心理疏导、资源链接、宣传倡导等服务为主要任务的专业服务活动。",
    },
    description: {
      zh: "社会救助社会工作可以开展的五项服务（社会融入、能力提升、心理疏导、资源链接、宣传倡导）中，方案没有涉及哪些（服务条目用 service 标注）",
      en: "Which of the five services social-assistance social work may provide the proposal leaves out (tag entries with service)",
    },
    messages: COVERAGE_MESSAGES,
    examples: { pass: tagged(FIVE_SERVICES), fail: tagged(FIVE_SERVICES.slice(0, 4)), reports: [{ messageId: "missing", line: 7, column: 1 }] },
  },
  check: checkCoverage(FIVE_SERVICES),
});
