import { DEFAULT_DEBOUNCE_MS, startLanguageServer } from "../../lsp/server.js";
import type { CommandIO } from "../io.js";
import { REPOSITORY, VERSION } from "../version.js";

export interface LspOptions {
  standard?: string;
  holidays?: number;
  config?: string;
  debounce?: number;
}

/** `gongshi lsp`: serves until the editor says exit (the protocol library ends the process then). */
export function runLsp(options: LspOptions, io: CommandIO): Promise<number> {
  startLanguageServer({
    lang: io.lang,
    version: VERSION,
    repository: REPOSITORY,
    standard: options.standard,
    holidays: options.holidays,
    config: options.config,
    debounceMs: options.debounce ?? DEFAULT_DEBOUNCE_MS,
  });
  return new Promise<number>(() => {});
}
