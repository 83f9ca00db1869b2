import type { ChalkInstance } from "chalk";
import type { Lang } from "../i18n/lang.js";

/**
 * Colour only for a person at a terminal: never when the stream is not a TTY, never when NO_COLOR is
 * set (https://no-color.org), and FORCE_COLOR for the rare pipe that wants it.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

const join = (...texts: unknown[]) => texts.join(" ");

/**
 * A painter that paints nothing, with chalk's chainable shape (paint.red.bold(text)). Output that is not
 * coloured — pipes, files, CI — never loads chalk at all.
 */
export const PLAIN: ChalkInstance = new Proxy(join, {
  // "then" must be absent, or awaiting the painter would treat it as a promise and never settle.
  get: (_target, property) => (property === "level" ? 0 : property === "then" ? undefined : PLAIN),
}) as unknown as ChalkInstance;

/** chalk, loaded only when colour is wanted. */
export async function painter(enabled: boolean): Promise<ChalkInstance> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import("chalk");
  return new Chalk({ level: 1 });
}

/**
 * What every text renderer is given: the reader's language, a painter (PLAIN where colour is not wanted),
 * and the terminal's width to fit to (undefined for a pipe or a file: the output is drawn as it always was).
 */
export interface View {
  lang: Lang;
  paint: ChalkInstance;
  width?: number;
}
