import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import { fitText } from "../report/fit.js";
import { colorEnabled, painter, type View } from "../report/paint.js";

/** What every command gets: where to write, in which language, with or without colour, and how wide. */
export interface CommandIO {
  lang: Lang;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  out: ChalkInstance;
  err: ChalkInstance;
  /** The terminal's width for each stream; undefined for a pipe or a file, whose output stays as it always was. */
  outWidth?: number;
  errWidth?: number;
}

/** `colorFlag`: true with --color, false with --no-color, undefined to decide by the stream and NO_COLOR/FORCE_COLOR. */
export async function makeIO(lang: Lang, colorFlag: boolean | undefined): Promise<CommandIO> {
  const enabled = (stream: { isTTY?: boolean }) => colorFlag ?? colorEnabled(stream);
  return {
    lang,
    stdout: process.stdout,
    stderr: process.stderr,
    out: await painter(enabled(process.stdout)),
    err: await painter(enabled(process.stderr)),
    outWidth: terminalWidth(process.stdout),
    errWidth: terminalWidth(process.stderr),
  };
}

/** Narrower than this, no layout can keep an amount on one line; the output is fitted to this instead. */
const NARROWEST = 30;

/**
 * The width to fit a stream's output to: a terminal's, where COLUMNS (if set) wins over what the terminal
 * reports, as for ls and git. A pipe or a file has none, and gets the output it always got.
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!stream.isTTY) return undefined;
  const columns = Number(env.COLUMNS);
  const width = Number.isInteger(columns) && columns > 0 ? columns : stream.columns && stream.columns > 0 ? stream.columns : 80;
  return Math.max(NARROWEST, width);
}

/** The view a renderer gets for standard output. */
export function outView(io: CommandIO): View {
  return { lang: io.lang, paint: io.out, width: io.outWidth };
}

/** The view a renderer gets for standard error. */
export function errView(io: CommandIO): View {
  return { lang: io.lang, paint: io.err, width: io.errWidth };
}

/** Exit codes: 0 clean, 1 findings of severity error, 2 unusable input or flags. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** A command-level error (not tied to a place in an input file) on stderr: "错误  message". */
export function reportError(io: CommandIO, message: string): void {
  io.stderr.write(fitText(`${io.err.red(io.lang === "zh" ? "错误" : "error")}  ${message}`, io.errWidth, 6) + "\n");
}

/** A JSON document on standard output, as every --format json writes it. */
export function writeJson(io: CommandIO, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + "\n");
}
