import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseProposal } from "../src/proposal/load.js";
import { analyse } from "../src/analysis/analyse.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = join(ROOT, "bin", "gongshi.js");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process, as a user would, with colours off unless asked. */
export function gongshi(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string | Uint8Array } = {}): RunResult {
  // Tests say which CI they pretend to be in; the one they run in must not change the defaults they expect.
  // The locale picks the language when --lang is not given: tests speak Chinese unless they say otherwise.
  const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined, LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  // A run that hangs (a FIFO read without a guard) fails its test after a minute instead of hanging the suite.
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, encoding: "utf8", input: options.input, timeout: 60_000, killSignal: "SIGKILL" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "gongshi-test-"));
}

/** Writes a YAML text to a fresh temporary file and returns its path. */
export function tempFile(text: string, name = "proposal.yaml"): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/** A minimal valid proposal around the given services block (indented YAML list). */
export function proposalText(services: string, options: { fte?: number | string; months?: number; extraProject?: string } = {}): string {
  return [
    "project:",
    "  name: 测试项目",
    `  months: ${options.months ?? 12}`,
    ...(options.extraProject ? [options.extraProject] : []),
    "staff:",
    `  fte: ${options.fte ?? 1}`,
    "services:",
    services,
  ].join("\n");
}

/** Parses and analyses a proposal text in-process. */
export function analyseText(text: string, file = "test.yaml") {
  return analyse(parseProposal(file, text));
}
