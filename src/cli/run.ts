import { problemsJson, renderProblems } from "../report/problems.js";
import { InputError } from "../source/problem.js";
import type { Localized } from "../i18n/lang.js";
import { errView, EXIT, reportError, writeJson, type CommandIO } from "./io.js";

/** A command line that cannot be used although commander accepted it (a --rule naming no rule): exit 2. */
export class UsageError extends Error {
  constructor(readonly words: Localized) {
    super(words.en);
    this.name = "UsageError";
  }
}

/**
 * The one wrapper every command's body runs in: load → compute → render → exit code, where input that
 * cannot be used (an InputError from any step) is reported at its file:line:column — as text on
 * standard error, or as JSON on standard output when the command was asked for JSON — and exits 2, as
 * does a UsageError (on standard error).
 * Anything else is a bug and goes on up to the launcher.
 */
export async function runCommand(io: CommandIO, body: () => number | Promise<number>, options: { json?: boolean } = {}): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      reportError(io, error.words[io.lang]);
      return EXIT.unusable;
    }
    if (!(error instanceof InputError)) throw error;
    if (options.json) writeJson(io, problemsJson(error.problems, io.lang));
    else io.stderr.write(renderProblems(error.problems, errView(io)));
    return EXIT.unusable;
  }
}
