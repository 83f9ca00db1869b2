/**
 * lint on several threads (src/lint/parallel.ts, bin/lint-worker.js): the report is the one a single
 * thread gives, byte for byte, in the files' order; a fault that stops the run stops it on any thread.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gongshi, ROOT, tempDir } from "./helpers.js";

const LOW = "project:\n  name: 低项目\n  months: 12\nstaff:\n  fte: 2\nservices:\n  - item: 专业咨询\n    count: 1372\n";

/** 150 proposals: some below the floor, some clean, some unreadable. */
function repository(): string {
  const dir = tempDir();
  for (let i = 0; i < 150; i++) {
    const text = i % 7 === 0 ? "project: [\n" : LOW.replace("fte: 2", `fte: ${1 + (i % 3)}`).replace("低项目", `项目 ${i}`);
    writeFileSync(join(dir, `p${String(i).padStart(3, "0")}.yaml`), text);
  }
  return dir;
}

describe("gongshi lint --concurrency", () => {
  it("gives on three threads the report one thread gives, in the same order", () => {
    const dir = repository();
    for (const format of ["json", "stylish"]) {
      const one = gongshi(["lint", ".", "-f", format, "--concurrency", "off"], { cwd: dir });
      const three = gongshi(["lint", ".", "-f", format, "--concurrency", "3"], { cwd: dir });
      const auto = gongshi(["lint", ".", "-f", format, "--concurrency", "auto"], { cwd: dir });
      expect(auto.stdout).toBe(one.stdout);
      expect(one.status).toBe(1);
      expect(three.status).toBe(1);
      expect(three.stdout).toBe(one.stdout);
      expect(three.stderr).toBe(one.stderr);
    }
  });

  it("stops with exit 2 on a broken standard, whichever thread meets it", () => {
    const dir = repository();
    writeFileSync(join(dir, "s.yaml"), readFileSync(join(ROOT, "templates", "standards", "suzhou-2016.yaml"), "utf8").replace("        name: 搜集资料\n        hours: 80", "        name: 搜集资料\n        hours: 81"));
    const three = gongshi(["lint", ".", "--standard", "./s.yaml", "--concurrency", "3"], { cwd: dir });
    expect(three.status).toBe(2);
    expect(three.stderr).toContain("inconsistent-standard");
  });

  it("refuses a concurrency it cannot use", () => {
    const run = gongshi(["lint", ".", "--concurrency", "many"], { cwd: tempDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("应为 auto、off 或 1 到 16 的整数：many");
  });
});
