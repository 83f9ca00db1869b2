/**
 * The service-content rules (DB51 3.1 and 6, DB3701/T 36 4, MZ/T 071 5): which of a document's listed
 * contents no service entry is tagged with. The lists are open ("等", "包括但不限于"), so what is left out
 * is information; a proposal that tags nothing cannot be checked, and says so.
 */
import type { RuleContext, RuleMessage, RuleReport } from "../engine/rule.js";

export const COVERAGE_MESSAGES = {
  missing: {
    zh: "没有服务条目标注以下服务内容：{missing}（在服务条目上用 service 标注）",
    en: "no service entry is tagged with: {missing} (tag entries with service)",
    severity: "info",
  },
  untagged: {
    zh: "服务条目都没有用 service 标注所属服务内容，无法核对是否涉及：{names}",
    en: "no service entry says which service content it delivers (service), so coverage of these cannot be checked: {names}",
    severity: "info",
  },
} satisfies Record<string, RuleMessage>;

/** Reports the listed contents no entry (with a count) is tagged with, or that nothing is tagged at all. */
export function checkCoverage(names: readonly string[]) {
  return ({ proposal }: RuleContext, report: (finding: RuleReport) => void) => {
    const covered = new Set(proposal.entries.filter((e) => e.count > 0).flatMap((e) => e.services));
    if (!names.some((name) => covered.has(name))) {
      report({ messageId: "untagged", path: ["services"], at: "key", data: { names: names.join("、") } });
      return;
    }
    const missing = names.filter((name) => !covered.has(name));
    if (missing.length > 0) report({ messageId: "missing", path: ["services"], at: "key", data: { missing: missing.join("、") } });
  };
}
