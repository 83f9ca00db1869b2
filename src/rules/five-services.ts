import { FIVE_SERVICES } from "../proposal/schema.js";
import { exampleProposal, exampleSupervision } from "./examples.js";
import { defineRule } from "../engine/rule.js";

const tagged = (services: readonly string[]) =>
  exampleProposal({
    project: "  kind: 社会救助",
    services: services.map((s, i) => `  - item: 专业咨询\n    count: ${i === 0 ? 1372 - (services.length - 1) : 1}\n    service: ${s}`).join("\n"),
    extra: exampleSupervision(),
  });

export default defineRule({
  meta: {
    id: "five-services",
    ruleSet: "db51",
    severity: "warning",
    source: {
      document: "民政部 财政部《关于加快推进社会救助领域社会工作发展的意见》；DB51 社会救助社会工作服务指南 6",
      clause: "五项服务内容；DB51 6.1–6.5",
      quote: "开展社会融入服务……开展能力提升服务……开展心理疏导服务……开展资源链接服务……开展宣传倡导服务。",
    },
    description: {
      zh: "社会救助项目宜覆盖五项服务：社会融入、能力提升、心理疏导、资源链接、宣传倡导（服务条目用 service 标注）",
      en: "A social-assistance project covers the five services (tag entries with service)",
    },
    messages: {
      missing: {
        zh: "社会救助项目缺少以下服务：{missing}（在服务条目上用 service 标注所属服务）",
        en: "the social-assistance project lacks: {missing} (tag service entries with service)",
      },
    },
    examples: { pass: tagged(FIVE_SERVICES), fail: tagged(FIVE_SERVICES.slice(0, 4)), reports: [{ messageId: "missing", line: 7, column: 1 }] },
  },
  check({ proposal }, report) {
    if (proposal.project.kind !== "social-assistance") return;
    const covered = new Set(proposal.entries.filter((e) => e.count > 0).flatMap((e) => e.services));
    const missing = FIVE_SERVICES.filter((s) => !covered.has(s));
    if (missing.length > 0) report({ messageId: "missing", path: ["services"], at: "key", data: { missing: missing.join("、") } });
  },
});
