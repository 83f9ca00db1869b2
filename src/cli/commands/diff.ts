import { analyseFile, type AnalysisOptions } from "../../analysis/analyse-file.js";
import { diffProposals } from "../../diff/diff.js";
import { diffJson } from "../../report/diff/json.js";
import { renderDiff } from "../../report/diff/text.js";
import { PLAIN } from "../../report/paint.js";
import { EXIT, writeJson, type CommandIO } from "../io.js";
import { runCommand } from "../run.js";
import { loadRunConfig } from "../run-config.js";

/** `gongshi diff OLD NEW`: analyse both, compare, render as text, Markdown or JSON. */
export function runDiff(oldFile: string, newFile: string, options: AnalysisOptions & { format: "text" | "markdown" | "json" }, io: CommandIO): Promise<number> {
  return runCommand(io, () => {
    const config = loadRunConfig(options, io, [oldFile, newFile]);
    const diff = diffProposals(analyseFile(oldFile, options, config), analyseFile(newFile, options, config));
    if (options.format === "json") writeJson(io, diffJson(diff, io.lang));
    else {
      // Markdown goes into a pull-request comment: never colour codes.
      const markdown = options.format === "markdown";
      io.stdout.write(renderDiff(diff, { lang: io.lang, paint: markdown ? PLAIN : io.out, width: io.outWidth, markdown, oldName: oldFile, newName: newFile }));
    }
    return EXIT.ok;
  });
}
