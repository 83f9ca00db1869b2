/**
 * `gongshi lint --format ./my-formatter.js`: a formatter module as ESLint loads one — its default export
 * (or module.exports) is a function of the ESLint JSON results and a context, returning the text (or a
 * promise of it). The file is one the user named; it runs with the user's rights, as ESLint's would.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readRegularFile } from "../files/read.js";

/** No formatter module comes near this; a larger file (or a FIFO, a device) is not loaded. */
export const MAX_FORMATTER_BYTES = 5 * 1024 * 1024;

export type FormatterFunction = (results: unknown[], context: Record<string, unknown>) => string | Promise<string>;

/** A --format value that names a file rather than a built-in format. */
export function isFormatterPath(format: string): boolean {
  return /[\\/]/.test(format) || /\.[cm]?js$/i.test(format);
}

// The bundled CLI runs inside vm.Script, where import() needs a host hook: bin/cli-loader.js passes its own.
declare const __gongshiImport: ((specifier: string) => Promise<unknown>) | undefined;

export async function loadFormatter(path: string, cwd: string = process.cwd()): Promise<FormatterFunction | undefined> {
  // Node's loader would wait on a FIFO for ever: only a regular file of a sensible size is imported.
  readRegularFile(resolve(cwd, path), MAX_FORMATTER_BYTES);
  const url = pathToFileURL(resolve(cwd, path)).href;
  const load = typeof __gongshiImport === "function" ? __gongshiImport : (specifier: string) => import(specifier);
  const loaded = (await load(url)) as { default?: unknown };
  const candidate = typeof loaded.default === "function" ? loaded.default : (loaded.default as { default?: unknown } | undefined)?.default;
  return typeof candidate === "function" ? (candidate as FormatterFunction) : undefined;
}
