import type { Lang } from "../i18n/lang.js";
import type { Finding } from "../engine/finding.js";

/** A finding in the field names every JSON output shares (check, lint's ESLint JSON, the diff). */
export function findingJson(finding: Finding, lang: Lang) {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message[lang],
    clause: finding.clause,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine ?? finding.line,
    endColumn: finding.endColumn ?? finding.column,
    path: finding.path,
    waived: finding.waived,
    /** The proposal waives it, but the run does not honour the waiver: the finding counts, and says why. */
    waiverNotHonoured: finding.waiverNotHonoured && {
      reason: finding.waiverNotHonoured.reason,
      allow: finding.waiverNotHonoured.policy.allow,
      by: finding.waiverNotHonoured.policy.by,
      note: finding.waiverNotHonoured.note[lang],
    },
  };
}
