import { problemsJson, renderProblems } from "../report/problems.js";
import { InputError } from "../source/problem.js";
import { EXIT, writeJson, type CommandIO } from "./io.js";

/**
 * The one wrapper every command's body runs in: load → compute → render → exit code, where input that
 * cannot be used (an InputError from any step) is reported at its file:line:column — as text on
 * standard error, or as JSON on standard output when the command was asked for JSON — and exits 2.
 * Anything else is a bug and goes on up to the launcher.
 */
export async function runCommand(io: CommandIO, body: () => number | Promise<number>, options: { json?: boolean } = {}): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (options.json) writeJson(io, problemsJson(error.problems, io.lang));
    else io.stderr.write(renderProblems(error.problems, { lang: io.lang, paint: io.err }));
    return EXIT.unusable;
  }
}
