import { basename, dirname, extname, join } from "node:path";
import { analyseFile, type AnalysisOptions } from "../../analysis/analyse-file.js";
import { countBySeverity } from "../../engine/finding.js";
import { buildWorkbook } from "../../export/workbook.js";
import { writeFailure, writeFileAtomic } from "../../files/safe-write.js";
import { EXIT, reportError, type CommandIO } from "../io.js";
import { runCommand } from "../run.js";
import { loadRunConfig } from "../run-config.js";

export interface ExportOptions extends AnalysisOptions {
  output?: string;
  force: boolean;
}

/**
 * Writes the budget workbook. This module is the only one that loads exceljs, and it is imported
 * only when `export` runs. Exit 0 when the file is written (its findings are in the workbook and on
 * stderr), 2 when the proposal cannot be used or the file cannot be written.
 */
export function runExport(file: string, options: ExportOptions, io: CommandIO): Promise<number> {
  const output = options.output ?? join(dirname(file), `${basename(file, extname(file))}.xlsx`);
  // The analysis (and the parsed YAML under it) is let go before the file is put together: a workbook of
  // 20,000 lines is written at a third less memory.
  const build = async () => {
    const analysis = analyseFile(file, options, loadRunConfig(options, io, [file]));
    return { workbook: await buildWorkbook(analysis), counts: countBySeverity(analysis.findings) };
  };
  return runCommand(io, async () => {
    const { workbook, counts: c } = await build();
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    if (output === "-") {
      // -o - is standard output, as everywhere: the workbook's bytes as they are, and nothing else on it.
      io.stdout.write(buffer);
      return EXIT.ok;
    }
    try {
      writeFileAtomic(output, buffer, { force: options.force });
    } catch (error) {
      reportError(io, writeFailure(error, output)[io.lang]);
      return EXIT.unusable;
    }
    io.stdout.write(
      io.lang === "zh"
        ? `已写入 ${output}（${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示，详见“检查结果”工作表）\n`
        : `wrote ${output} (${c.error} errors, ${c.warning} warnings, ${c.info} infos; see the 检查结果 sheet)\n`,
    );
    return EXIT.ok;
  });
}
