import { Chalk, type ChalkInstance } from "chalk";

/**
 * Colour only for a person at a terminal: never when the stream is not a TTY, never when NO_COLOR is
 * set (https://no-color.org), and FORCE_COLOR for the rare pipe that wants it.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return stream.isTTY === true && env.TERM !== "dumb";
}

export function painter(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
