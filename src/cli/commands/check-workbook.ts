import { configOfRun, type AnalysisOptions } from "../../analysis/analyse-file.js";
import { renderWorkbookCheck } from "../../report/workbook-check/text.js";
import { workbookCheckJson } from "../../report/workbook-check/json.js";
import { checkWorkbook } from "../../workbook-check/check-workbook.js";
import { EXIT, outView, writeJson, type CommandIO } from "../io.js";
import { checkRuleIds } from "../run-config.js";
import { runCommand } from "../run.js";

/**
 * `gongshi check OUT.xlsx`: exit 0 when every cell gongshi wrote still holds, 1 when some do not, 2 when
 * the workbook cannot be checked (said in JSON too with --format json). The workbook is checked with the
 * standard and settings it was exported with; --standard, --holidays, -c, --rule and --no-waivers, when
 * given, are honoured over them.
 */
export function runCheckWorkbook(file: string, options: AnalysisOptions & { format: "text" | "json" }, io: CommandIO): Promise<number> {
  const json = options.format === "json";
  return runCommand(
    io,
    async () => {
      checkRuleIds(options);
      const { issues, basis } = await checkWorkbook(file, {
        standard: options.standard,
        holidays: options.holidays,
        // -c FILE when given; a config merely found nearby is not the one the workbook was made under.
        config: options.config !== undefined ? configOfRun({ config: options.config }) : undefined,
        rules: options.rule,
        waivers: options.waivers,
      });
      if (json) writeJson(io, workbookCheckJson(file, issues, basis, io.lang));
      else io.stdout.write(renderWorkbookCheck(file, issues, basis, outView(io)));
      return issues.length === 0 ? EXIT.ok : EXIT.findings;
    },
    { json },
  );
}
