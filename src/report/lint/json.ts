import { isAbsolute, resolve } from "node:path";
import type { Lang } from "../../i18n/lang.js";
import type { FileResult } from "../../lint/lint-files.js";
import { lintMessages, messageText, STDIN_NAME, type LintMessage } from "./messages.js";

/**
 * ESLint's JSON formatter shape, so tools that read ESLint results read ours: severity 2 = error,
 * 1 = warning. Infos are messages of severity 1 marked `gongshiSeverity: "info"`, and counted in
 * warningCount as their severity says; waived findings go to suppressedMessages, as ESLint puts
 * disabled ones. A waiver the run does not honour leaves its message active, saying so.
 */
export function lintJsonResults(results: readonly FileResult[], options: { lang: Lang; quiet: boolean }) {
  return results.map((result) => {
    const all = lintMessages(result, options.lang, options.quiet);
    const active = all.filter((m) => !m.waived);
    const waived = all.filter((m) => m.waived);
    return {
      filePath: result.file === STDIN_NAME || isAbsolute(result.file) ? result.file : resolve(result.file),
      messages: active.map((m) => eslintMessage(m, options.lang)),
      suppressedMessages: waived.map((m) => ({ ...eslintMessage(m, options.lang), suppressions: [{ kind: "directive", justification: m.waived!.reason }] })),
      errorCount: active.filter((m) => m.severity === "error").length,
      fatalErrorCount: active.filter((m) => m.fatal).length,
      warningCount: active.filter((m) => m.severity !== "error").length,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
}

export function renderLintJson(results: readonly FileResult[], options: { lang: Lang; quiet: boolean }): string {
  return JSON.stringify(lintJsonResults(results, options), null, 2) + "\n";
}

function eslintMessage(m: LintMessage, lang: Lang) {
  return {
    ruleId: m.ruleId,
    severity: m.severity === "error" ? 2 : 1,
    message: messageText(m, lang),
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fatal ? { fatal: true } : {}),
    messageId: m.messageId,
    gongshiSeverity: m.severity,
    clause: m.clause || null,
    path: m.path,
    ...(m.waiverNotHonoured ? { waiverNotHonoured: m.waiverNotHonoured } : {}),
  };
}
