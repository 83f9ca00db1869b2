import type { WorkbookBasis, WorkbookIssue } from "../../workbook-check/check-workbook.js";
import { fitText } from "../fit.js";
import type { View } from "../paint.js";
import { wordsIn } from "../../i18n/lang.js";

const WORDS = {
  clean: {
    zh: (file: string) => `${file}：gongshi 写的每个单元格（公式、输入、文字、检查结果）与存储的结果均与 gongshi 导出时一致`,
    en: (file: string) => `${file}: every cell gongshi wrote (formulas, inputs, texts, findings) and every stored result is as exported`,
  },
  changed: {
    zh: (file: string, n: number) => `${file}：${n} 处与导出时不一致`,
    en: (file: string, n: number) => `${file}: ${n} cells differ from the export`,
  },
  standard: {
    zh: (b: WorkbookBasis["standard"]) =>
      b.given === "flag"
        ? `按 --standard 指定的参考工时标准 ${b.name}（${b.id}）核对`
        : b.bundled
          ? ""
          : `按工作簿携带的参考工时标准 ${b.name}（${b.id}，不是内置标准，SHA-256 ${b.sha256.slice(0, 12)}…）核对；加 --standard suzhou-2016 可按内置标准核对单位工时`,
    en: (b: WorkbookBasis["standard"]) =>
      b.given === "flag"
        ? `checked against the standard given with --standard: ${b.name} (${b.id})`
        : b.bundled
          ? ""
          : `checked against the standard the workbook carries: ${b.name} (${b.id}, not a bundled one, SHA-256 ${b.sha256.slice(0, 12)}…); --standard suzhou-2016 checks its unit hours against the bundled table`,
  },
};

/** `gongshi check OUT.xlsx`: a verdict line, what it was checked by when that is not a bundled table, then each cell that no longer holds as sheet!cell, kind, what changed. */
export function renderWorkbookCheck(file: string, issues: readonly WorkbookIssue[], basis: WorkbookBasis, { lang, paint, width }: View): string {
  const t = wordsIn(WORDS, lang);
  const head = issues.length === 0 ? paint.green(t.clean(file)) : paint.red(t.changed(file, issues.length));
  const standard = t.standard(basis.standard);
  const lines = issues.map((i) => `  ${paint.bold(`${i.sheet}!${i.address}`)}  ${paint.red(i.kind)}  ${i.message[lang]}`);
  return fitText([head, ...(standard ? [paint.dim(standard)] : []), ...lines].join("\n"), width, 4) + "\n";
}
