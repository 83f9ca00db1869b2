import { SEVERITY_LABEL } from "../../engine/wording.js";
import { displayWidth as stringWidth } from "../../i18n/width.js";
import type { FileResult, LintTotals } from "../../lint/lint-files.js";
import { fitText, wrapLine } from "../fit.js";
import type { View } from "../paint.js";
import { displayFile, lintMessages, messageText } from "./messages.js";
import { wordsIn } from "../../i18n/lang.js";

const WORDS = {
  waived: { zh: "已豁免", en: "waived" },
  reason: { zh: (reason: string) => `（${reason}）`, en: (reason: string) => ` (${reason})` },
  inputError: { zh: "输入错误", en: "input-error" },
  infos: { zh: (n: number) => `${n} 个提示`, en: (n: number) => `${n} info` },
  waivedCount: { zh: (n: number) => `${n} 个已豁免`, en: (n: number) => `${n} waived` },
  files: { zh: (n: number) => `共检查 ${n} 个文件`, en: (n: number) => `${n} file${n === 1 ? "" : "s"} checked` },
  clean: {
    zh: (extras: string[], files: string) => `✔ 没有错误或警告${extras.length ? `（${extras.join("，")}）` : ""}，${files}`,
    en: (extras: string[], files: string) => `✔ no errors or warnings${extras.length ? ` (${extras.join(", ")})` : ""}, ${files}`,
  },
  problems: {
    zh: (problems: number, errors: number, warnings: number, extras: string[], files: string) =>
      `✖ ${problems} 个问题（${errors} 个错误，${warnings} 个警告）${extras.length ? `，另有 ${extras.join("，")}` : ""}，${files}`,
    en: (problems: number, errors: number, warnings: number, extras: string[], files: string) =>
      `✖ ${problems} problem${problems === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})${extras.length ? `, plus ${extras.join(", ")}` : ""}, ${files}`,
  },
};

/**
 * ESLint's "stylish" layout: a heading per file with problems, then `line:col  severity  message  rule-id`
 * aligned in columns, then one summary line.
 */
export function renderStylish(results: readonly FileResult[], totals: LintTotals, options: View & { quiet: boolean }): string {
  const { lang, paint, quiet, width } = options;
  const t = wordsIn(WORDS, lang);
  const colour = { error: paint.red, warning: paint.yellow, info: paint.cyan } as const;
  const out: string[] = [];
  for (const result of results) {
    const messages = lintMessages(result, lang, quiet);
    if (messages.length === 0) continue;
    const rows = messages.map((m) => [
      `${m.line}:${m.column}`,
      m.waived ? t.waived : SEVERITY_LABEL[lang][m.severity],
      messageText(m, lang) + (m.waived ? t.reason(m.waived.reason) : ""),
      m.ruleId ?? t.inputError,
      m,
    ] as const);
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => stringWidth(r[i] as string))));
    out.push(paint.underline(displayFile(result.file)));
    for (const [position, label, message, rule, m] of rows) {
      const painted = m.waived ? paint.dim(label) : colour[m.severity](label);
      const line = `  ${paint.dim(pad(position, widths[0]!))}  ${painted}${" ".repeat(widths[1]! - stringWidth(label))}  ${message}  ${paint.dim(rule)}`;
      // On a narrow terminal a long message continues under itself.
      const hanging = Math.min(2 + widths[0]! + 2 + widths[1]! + 2, Math.floor((width ?? 0) / 3));
      out.push(...(width === undefined ? [line] : wrapLine(line, width, " ".repeat(hanging))));
    }
    out.push("");
  }
  const problems = totals.errors + totals.warnings;
  const extras = [quiet || !totals.infos ? "" : t.infos(totals.infos), totals.waived ? t.waivedCount(totals.waived) : ""].filter(Boolean);
  const files = t.files(results.length);
  const summary = problems === 0 ? t.clean(extras, files) : t.problems(problems, totals.errors, totals.warnings, extras, files);
  out.push((totals.errors > 0 ? paint.red.bold : totals.warnings > 0 ? paint.yellow.bold : paint.green.bold)(summary));
  return fitText(out.join("\n"), width) + "\n";
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}
