import { exampleProposal } from "./examples.js";
import { defineRule } from "../engine/rule.js";
import { nameKey } from "../standard/names.js";

const fund = (disclosure: string) =>
  exampleProposal({ services: "  - item: 专业咨询\n    count: 1372\n    note: 社区公益金申请咨询", extra: `management:\n  community_fund:\n    oversight: true\n    disclosure: ${disclosure}` });

/**
 * 二 2: a 社区公益金 needs rules for its use and oversight, and its use published regularly (需). A
 * proposal says so under management.community_fund; one that mentions a 社区公益金 anywhere in its
 * services without that section cannot be checked, and is told so.
 */
export default defineRule({
  meta: {
    id: "community-fund-oversight",
    ruleSet: "suzhou-2016",
    severity: "error",
    source: { clause: "二 2", quote: "社区公益金需建立规范的使用和监管制度，并将使用情况定期向社会公开。" },
    description: {
      zh: "社区公益金需建立规范的使用和监管制度，并定期向社会公开使用情况（management.community_fund）",
      en: "A community fund has rules for its use and oversight, and its use is published regularly (management.community_fund)",
    },
    messages: {
      noOversight: {
        zh: "社区公益金没有规范的使用和监管制度（oversight: false），需建立",
        en: "the community fund has no rules for its use and oversight (oversight: false); they are required",
      },
      notPublished: {
        zh: "社区公益金的使用情况不向社会公开（disclosure: 不公开），需定期公开",
        en: "the community fund's use is not published (disclosure: 不公开); it must be published regularly",
      },
      unstated: {
        zh: "方案涉及社区公益金，但没有写明{what}（management.community_fund.{field}），无法核对",
        en: "the proposal has a community fund but does not state {what} (management.community_fund.{field}), so this cannot be checked",
        severity: "info",
      },
    },
    examples: { pass: fund("每季度"), fail: fund("不公开"), reports: [{ messageId: "notPublished", line: 13, column: 17 }] },
  },
  check({ proposal }, report) {
    const fund = proposal.management?.communityFund;
    const mentioned = proposal.entries.some((e) => [e.kind === "custom" ? e.name : "", e.note ?? "", e.kind !== "bundle" ? (e.justification ?? "") : ""].some((t) => nameKey(t).includes("公益金")));
    if (!fund && !mentioned) return;
    const path = fund ? ["management", "community_fund"] : ["services"];
    if (fund?.oversight === false) report({ messageId: "noOversight", path: [...path, "oversight"] });
    else if (fund?.oversight === undefined) report({ messageId: "unstated", path, at: "key", data: { what: "使用和监管制度", field: "oversight" } });
    if (fund?.disclosure === "不公开") report({ messageId: "notPublished", path: [...path, "disclosure"] });
    else if (fund?.disclosure === undefined) report({ messageId: "unstated", path, at: "key", data: { what: "使用情况的公开频次", field: "disclosure" } });
  },
});
