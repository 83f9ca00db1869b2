import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";
import { forTerminal } from "../report/escape.js";
import { fitText } from "../report/fit.js";
import { colorEnabled, painter, PLAIN, type View } from "../report/paint.js";

/**
 * Where a command writes: text is passed through forTerminal (report/escape.ts) on its way, so no control
 * character from a proposal or a file name reaches the terminal or the log as anything but text; bytes
 * (a workbook written with -o -) go out as they are.
 */
export interface Output {
  write(chunk: string | Uint8Array): void;
  readonly isTTY?: boolean;
}

/** What every command gets: where to write, in which language, with or without colour, and how wide. */
export interface CommandIO {
  lang: Lang;
  stdout: Output;
  stderr: Output;
  out: ChalkInstance;
  err: ChalkInstance;
  /** The terminal's width for each stream; undefined for a pipe or a file, whose output stays as it always was. */
  outWidth?: number;
  errWidth?: number;
}

/** `colorFlag`: true with --color, false with --no-color, undefined to decide by the stream and NO_COLOR/FORCE_COLOR. */
export async function makeIO(lang: Lang, colorFlag: boolean | undefined): Promise<CommandIO> {
  const enabled = (stream: { isTTY?: boolean }) => colorFlag ?? colorEnabled(stream);
  const out = await painter(enabled(process.stdout));
  const err = await painter(enabled(process.stderr));
  return {
    lang,
    stdout: guarded(process.stdout, out !== PLAIN),
    stderr: guarded(process.stderr, err !== PLAIN),
    out,
    err,
    outWidth: terminalWidth(process.stdout),
    errWidth: terminalWidth(process.stderr),
  };
}

/** A stream that only ever receives escaped text (and gongshi's own colours, when `keepColours`). */
export function guarded(stream: NodeJS.WriteStream, keepColours: boolean): Output {
  return {
    write: (chunk) => void stream.write(typeof chunk === "string" ? forTerminal(chunk, keepColours) : chunk),
    get isTTY() {
      return stream.isTTY;
    },
  };
}

const OUTPUT_WORDS = {
  failed: {
    zh: (what: string, reason: string) => `错误  无法写出${what}：${reason}`,
    en: (what: string, reason: string) => `error  cannot write ${what}: ${reason}`,
  },
  stdout: { zh: "标准输出", en: "standard output" },
  reasons: {
    ENOSPC: { zh: "磁盘空间不足", en: "no space left on the device" },
    EIO: { zh: "输入输出错误", en: "input/output error" },
    EFBIG: { zh: "文件过大", en: "the file is too large" },
    EDQUOT: { zh: "超出磁盘配额", en: "disk quota exceeded" },
    EACCES: { zh: "没有写入权限", en: "permission denied" },
    EBADF: { zh: "输出已关闭", en: "the output is closed" },
  } as Record<string, { zh: string; en: string }>,
};

let watching = false;

/**
 * Standard output or error that can no longer be written. A reader that went away (`| head`, EPIPE)
 * ends the process quietly, by SIGPIPE as git and ls end (status 141 in the shell): no stack trace and
 * no exit code that would claim a verdict. Anything else (`> /dev/full`: ENOSPC) is said on standard
 * error, and the exit code is 2. Called once, before anything is written.
 */
export function watchOutputs(lang: Lang): void {
  if (watching) return;
  watching = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (isClosedPipe(error)) return endByClosedPipe();
    const code = error.code ?? "EIO";
    const reason = OUTPUT_WORDS.reasons[code]?.[lang] ?? code;
    try {
      process.stderr.write(`${OUTPUT_WORDS.failed[lang](OUTPUT_WORDS.stdout[lang], `${reason}（${code}）`)}\n`);
    } finally {
      process.exit(EXIT.unusable);
    }
  });
  process.stderr.on("error", (error: NodeJS.ErrnoException) => (isClosedPipe(error) ? endByClosedPipe() : process.exit(EXIT.unusable)));
}

function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED" || error.code === "EOF";
}

/** Ends the process by SIGPIPE (Node ignores the signal; with a listener added and taken away it is back to its default). */
function endByClosedPipe(): void {
  const listener = () => {};
  try {
    process.on("SIGPIPE", listener);
    process.off("SIGPIPE", listener);
    process.kill(process.pid, "SIGPIPE");
  } catch {
    // No SIGPIPE here (Windows): the status a shell gives a process it ended.
  }
  process.exit(128 + 13);
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
