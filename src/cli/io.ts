import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import { colorEnabled, painter, type View } from "../report/paint.js";

/** What every command gets: where to write, in which language, with or without colour. */
export interface CommandIO {
  lang: Lang;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  out: ChalkInstance;
  err: ChalkInstance;
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
  };
}

/** The view a renderer gets for standard output. */
export function outView(io: CommandIO): View {
  return { lang: io.lang, paint: io.out };
}

/** Exit codes: 0 clean, 1 findings of severity error, 2 unusable input or flags. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** A command-level error (not tied to a place in an input file) on stderr: "错误  message". */
export function reportError(io: CommandIO, message: string): void {
  io.stderr.write(`${io.err.red(io.lang === "zh" ? "错误" : "error")}  ${message}\n`);
}

/** A JSON document on standard output, as every --format json writes it. */
export function writeJson(io: CommandIO, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + "\n");
}
