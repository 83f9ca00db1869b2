import { renderWorkbookCheck } from "../../report/workbook-check/text.js";
import { workbookCheckJson } from "../../report/workbook-check/json.js";
import { checkWorkbook } from "../../workbook-check/check-workbook.js";
import { EXIT, outView, writeJson, type CommandIO } from "../io.js";
import { runCommand } from "../run.js";

/** `gongshi check OUT.xlsx`: exit 0 when every number in the returned workbook still holds, 1 when some do not. */
export function runCheckWorkbook(file: string, options: { format: "text" | "json" }, io: CommandIO): Promise<number> {
  return runCommand(io, async () => {
    const { issues } = await checkWorkbook(file);
    if (options.format === "json") writeJson(io, workbookCheckJson(file, issues, io.lang));
    else io.stdout.write(renderWorkbookCheck(file, issues, outView(io)));
    return issues.length === 0 ? EXIT.ok : EXIT.findings;
  });
}
