import { tableJson } from "../../report/table/json.js";
import { renderTableText } from "../../report/table/text.js";
import { loadStandard } from "../../standard/load.js";
import { EXIT, outView, writeJson, type CommandIO } from "../io.js";
import { runCommand } from "../run.js";

/** `gongshi table`: load the standard, render it. */
export function runTable(options: { standard: string; format: "text" | "json" }, io: CommandIO): Promise<number> {
  return runCommand(io, () => {
    const standard = loadStandard(options.standard);
    if (options.format === "json") writeJson(io, tableJson(standard));
    else io.stdout.write(renderTableText(standard, outView(io)));
    return EXIT.ok;
  });
}
