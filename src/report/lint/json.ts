import { resolve } from "node:path";
import type { Lang } from "../../i18n/lang.js";
import type { FileResult } from "../../lint/lint-files.js";
import { lintMessages, type LintMessage } from "./messages.js";

/**
 * ESLint's JSON formatter shape, so tools that read ESLint results read ours: severity 2 = error,
 * 1 = warning. Infos are messages of severity 1 marked `gongshiSeverity: "info"` and not counted as
 * warnings; waived findings go to suppressedMessages, as ESLint puts disabled ones.
 */
export function renderLintJson(results: readonly FileResult[], options: { lang: Lang; quiet: boolean }): string {
  const out = results.map((result) => {
    const all = lintMessages(result, options.lang, options.quiet);
    const active = all.filter((m) => !m.waived);
    const waived = all.filter((m) => m.waived);
    return {
      filePath: resolve(result.file),
      messages: active.map(eslintMessage),
      suppressedMessages: waived.map((m) => ({ ...eslintMessage(m), suppressions: [{ kind: "directive", justification: m.waived!.reason }] })),
      errorCount: active.filter((m) => m.severity === "error").length,
      fatalErrorCount: active.filter((m) => m.fatal).length,
      warningCount: active.filter((m) => m.severity === "warning").length,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
  return JSON.stringify(out, null, 2) + "\n";
}

function eslintMessage(m: LintMessage) {
  return {
    ruleId: m.ruleId,
    severity: m.severity === "error" ? 2 : 1,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fatal ? { fatal: true } : {}),
    messageId: m.messageId,
    gongshiSeverity: m.severity,
    clause: m.clause || null,
    path: m.path,
  };
}
