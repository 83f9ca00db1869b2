import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import type { InputProblem } from "../source/problem.js";

/** file:line:column  错误  message — the form editors and terminals turn into links. */
export function renderProblems(problems: readonly InputProblem[], lang: Lang, paint: ChalkInstance): string {
  const label = lang === "zh" ? "错误" : "error";
  const lines = problems.map((p) => `${paint.bold(`${p.file}:${p.line}:${p.column}`)}  ${paint.red(label)}  ${p.message[lang]}  ${paint.dim(p.code)}`);
  const tail =
    lang === "zh"
      ? `${problems.length} 处输入错误，文件无法使用（退出码 2）`
      : `${problems.length} input problem${problems.length === 1 ? "" : "s"}: the file cannot be used (exit 2)`;
  return `${lines.join("\n")}\n${paint.dim(tail)}\n`;
}
