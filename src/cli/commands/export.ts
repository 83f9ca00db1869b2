import { basename, dirname, extname, join } from "node:path";
import { buildWorkbook } from "../../export/workbook.js";
import { writeFailure, writeFileAtomic } from "../../files/safe-write.js";
import { analyse } from "../../lint/analyse.js";
import { countBySeverity } from "../../lint/finding.js";
import { loadProposal } from "../../proposal/load.js";
import { renderProblems } from "../../report/problems-text.js";
import { InputError } from "../../source/problem.js";
import { EXIT, reportError, type CommandIO } from "../io.js";
import { configFor } from "./check.js";

export interface ExportOptions {
  output?: string;
  force: boolean;
  standard?: string;
  holidays?: number;
  config?: string;
}

/**
 * Writes the budget workbook. This module is the only one that loads exceljs, and it is imported
 * only when `export` runs. Exit 0 when the file is written (its findings are in the workbook and on
 * stderr), 2 when the proposal cannot be used or the file cannot be written.
 */
export async function runExport(file: string, options: ExportOptions, io: CommandIO): Promise<number> {
  const zh = io.lang === "zh";
  const output = options.output ?? join(dirname(file), `${basename(file, extname(file))}.xlsx`);
  let analysis;
  try {
    analysis = analyse(loadProposal(file, { standard: options.standard, publicHolidays: options.holidays }), configFor(file, options.config));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(renderProblems(error.problems, io.lang, io.err));
    return EXIT.unusable;
  }
  const workbook = await buildWorkbook(analysis);
  const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
  try {
    writeFileAtomic(output, buffer, { force: options.force });
  } catch (error) {
    reportError(io, writeFailure(error, output)[io.lang]);
    return EXIT.unusable;
  }
  const c = countBySeverity(analysis.findings);
  io.stdout.write(
    zh
      ? `已写入 ${output}（${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示，详见“检查结果”工作表）\n`
      : `wrote ${output} (${c.error} errors, ${c.warning} warnings, ${c.info} infos; see the 检查结果 sheet)\n`,
  );
  return EXIT.ok;
}
