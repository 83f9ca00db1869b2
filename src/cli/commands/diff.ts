import { analyse } from "../../lint/analyse.js";
import { diffProposals } from "../../diff/diff.js";
import { loadProposal } from "../../proposal/load.js";
import { diffJson, renderDiff } from "../../report/diff-text.js";
import { PLAIN } from "../../report/paint.js";
import { renderProblems } from "../../report/problems-text.js";
import { InputError } from "../../source/problem.js";
import { EXIT, type CommandIO } from "../io.js";
import { configFor } from "./check.js";

export function runDiff(oldFile: string, newFile: string, options: { format: "text" | "markdown" | "json"; config?: string }, io: CommandIO): number {
  let older, newer;
  try {
    older = analyse(loadProposal(oldFile), configFor(oldFile, options.config));
    newer = analyse(loadProposal(newFile), configFor(newFile, options.config));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(renderProblems(error.problems, io.lang, io.err));
    return EXIT.unusable;
  }
  const diff = diffProposals(older, newer);
  if (options.format === "json") io.stdout.write(JSON.stringify(diffJson(diff), null, 2) + "\n");
  else {
    // Markdown goes into a pull-request comment: never colour codes.
    const markdown = options.format === "markdown";
    io.stdout.write(renderDiff(diff, { lang: io.lang, paint: markdown ? PLAIN : io.out, markdown, oldName: oldFile, newName: newFile }));
  }
  return EXIT.ok;
}
