import { SEVERITY_LABEL } from "../../engine/wording.js";
import { displayWidth as stringWidth } from "../../i18n/width.js";
import type { FileResult, LintTotals } from "../../lint/lint-files.js";
import type { View } from "../paint.js";
import { displayFile, lintMessages } from "./messages.js";

/**
 * ESLint's "stylish" layout: a heading per file with problems, then `line:col  severity  message  rule-id`
 * aligned in columns, then one summary line.
 */
export function renderStylish(results: readonly FileResult[], totals: LintTotals, options: View & { quiet: boolean }): string {
  const { lang, paint, quiet } = options;
  const colour = { error: paint.red, warning: paint.yellow, info: paint.cyan } as const;
  const out: string[] = [];
  for (const result of results) {
    const messages = lintMessages(result, lang, quiet);
    if (messages.length === 0) continue;
    const rows = messages.map((m) => [
      `${m.line}:${m.column}`,
      m.waived ? (lang === "zh" ? "已豁免" : "waived") : SEVERITY_LABEL[lang][m.severity],
      m.message + (m.waived ? (lang === "zh" ? `（${m.waived.reason}）` : ` (${m.waived.reason})`) : ""),
      m.ruleId ?? (lang === "zh" ? "输入错误" : "input-error"),
      m,
    ] as const);
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => stringWidth(r[i] as string))));
    out.push(paint.underline(displayFile(result.file)));
    for (const [position, label, message, rule, m] of rows) {
      const painted = m.waived ? paint.dim(label) : colour[m.severity](label);
      out.push(`  ${paint.dim(pad(position, widths[0]!))}  ${painted}${" ".repeat(widths[1]! - stringWidth(label))}  ${message}  ${paint.dim(rule)}`);
    }
    out.push("");
  }
  const problems = totals.errors + totals.warnings;
  const extras = [quiet || !totals.infos ? "" : lang === "zh" ? `${totals.infos} 个提示` : `${totals.infos} info`, totals.waived ? (lang === "zh" ? `${totals.waived} 个已豁免` : `${totals.waived} waived`) : ""].filter(Boolean);
  const files = lang === "zh" ? `共检查 ${results.length} 个文件` : `${results.length} file${results.length === 1 ? "" : "s"} checked`;
  const summary =
    problems === 0
      ? lang === "zh"
        ? `✔ 没有错误或警告${extras.length ? `（${extras.join("，")}）` : ""}，${files}`
        : `✔ no errors or warnings${extras.length ? ` (${extras.join(", ")})` : ""}, ${files}`
      : lang === "zh"
        ? `✖ ${problems} 个问题（${totals.errors} 个错误，${totals.warnings} 个警告）${extras.length ? `，另有 ${extras.join("，")}` : ""}，${files}`
        : `✖ ${problems} problem${problems === 1 ? "" : "s"} (${totals.errors} error${totals.errors === 1 ? "" : "s"}, ${totals.warnings} warning${totals.warnings === 1 ? "" : "s"})${extras.length ? `, plus ${extras.join(", ")}` : ""}, ${files}`;
  out.push((totals.errors > 0 ? paint.red.bold : totals.warnings > 0 ? paint.yellow.bold : paint.green.bold)(summary));
  return out.join("\n") + "\n";
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}
