import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gongshi, ROOT, tempDir } from "../helpers.js";
import type { CorpusCase } from "./cases.js";

/** A standard file with one sub-step changed, so the sub-steps no longer add up. */
function brokenStandard(): string {
  return readFileSync(join(ROOT, "templates", "standards", "suzhou-2016.yaml"), "utf8").replace("        name: 搜集资料\n        hours: 80", "        name: 搜集资料\n        hours: 81");
}

/** Writes the case's files into a fresh folder and runs gongshi there; returns the exit code and the first line said. */
export function runCase(c: CorpusCase): { status: number | null; first: string; stderr: string; stdout: string } {
  const dir = tempDir();
  const content = typeof c.content === "function" ? c.content() : c.content;
  writeFileSync(join(dir, "p.yaml"), content);
  for (const [name, text] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text === "STANDARD_BROKEN" ? brokenStandard() : text);
  }
  c.setup?.(dir);
  const result = gongshi(c.args ?? ["check", "p.yaml"], { cwd: dir, env: c.env });
  const said = (c.stream ?? (c.exit === 0 ? "stdout" : "stderr")) === "stdout" ? result.stdout : result.stderr;
  return { status: result.status, first: said.split("\n")[0] ?? "", stderr: result.stderr, stdout: result.stdout };
}
