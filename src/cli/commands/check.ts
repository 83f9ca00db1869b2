import { analyseFile, type AnalysisOptions } from "../../analysis/analyse-file.js";
import { exitCodeOf } from "../../engine/finding.js";
import { checkReportJson } from "../../report/check/json.js";
import { renderCheckText } from "../../report/check/text.js";
import { outView, writeJson, type CommandIO } from "../io.js";
import { runCommand } from "../run.js";
import { loadRunConfig } from "../run-config.js";

export interface CheckOptions extends AnalysisOptions {
  format: "text" | "json";
}

/** `gongshi check FILE`: analyse, render as text or JSON, exit 0 or 1 by the findings (2 for unusable input). */
export function runCheck(file: string, options: CheckOptions, io: CommandIO): Promise<number> {
  const json = options.format === "json";
  return runCommand(
    io,
    () => {
      const analysis = analyseFile(file, options, loadRunConfig(options, io, [file]));
      if (json) writeJson(io, checkReportJson(analysis, io.lang));
      else io.stdout.write(renderCheckText(analysis, outView(io)));
      return exitCodeOf(analysis.findings);
    },
    { json },
  );
}
