import { renderProblems } from "../../report/problems-text.js";
import { InputError } from "../../source/problem.js";
import { checkWorkbook } from "../../workbook-check/check-workbook.js";
import { EXIT, type CommandIO } from "../io.js";

/** `gongshi check OUT.xlsx`: exit 0 when every number in the returned workbook still holds, 1 when some do not. */
export async function runCheckWorkbook(file: string, options: { format: "text" | "json" }, io: CommandIO): Promise<number> {
  let result;
  try {
    result = await checkWorkbook(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(renderProblems(error.problems, io.lang, io.err));
    return EXIT.unusable;
  }
  const { issues } = result;
  if (options.format === "json") {
    io.stdout.write(JSON.stringify({ file, issues: issues.map((i) => ({ sheet: i.sheet, address: i.address, kind: i.kind, message: i.message[io.lang] })) }, null, 2) + "\n");
  } else {
    const zh = io.lang === "zh";
    const p = io.out;
    const lines = issues.map((i) => `  ${p.bold(`${i.sheet}!${i.address}`)}  ${p.red(i.kind)}  ${i.message[io.lang]}`);
    const head = zh
      ? issues.length === 0
        ? p.green(`${file}：工作簿中的公式、输入与存储结果均与 gongshi 导出时一致`)
        : p.red(`${file}：${issues.length} 处与导出时不一致`)
      : issues.length === 0
        ? p.green(`${file}: every formula, input and stored result is as gongshi exported it`)
        : p.red(`${file}: ${issues.length} cells differ from the export`);
    io.stdout.write([head, ...lines].join("\n") + "\n");
  }
  return issues.length === 0 ? EXIT.ok : EXIT.findings;
}
