/**
 * lint --cache as ESLint's: a re-run reuses the results of unchanged files (shown here by planting a
 * result in the cache and seeing it printed), and anything a result depends on — the file, the config,
 * a standard the proposal names, gongshi itself — makes the file checked again. A corrupt or foreign
 * cache file is ignored; a file that is not a cache is never overwritten.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gongshi, ROOT, tempDir } from "./helpers.js";

const LOW = "project:\n  name: 低项目\n  months: 12\nstaff:\n  fte: 2\nservices:\n  - item: 专业咨询\n    count: 1372\n";
const OK = LOW.replace("fte: 2", "fte: 1");

function repo(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Rewrites the message of every cached finding, so a result taken from the cache shows itself. */
function plant(cacheFile: string, marker: string): void {
  const cache = JSON.parse(readFileSync(cacheFile, "utf8"));
  for (const entry of Object.values(cache.entries) as { result: { findings: { message: { zh: string } }[] } }[]) {
    for (const finding of entry.result.findings) finding.message.zh = marker;
  }
  writeFileSync(cacheFile, JSON.stringify(cache));
}

const lint = (dir: string, ...args: string[]) => gongshi(["lint", ".", "--cache", ...args], { cwd: dir });

describe("gongshi lint --cache", () => {
  it("gives a re-run the same report, from the cache", () => {
    const dir = repo({ "a.yaml": LOW, "b.yaml": OK });
    const first = lint(dir);
    expect(first.status).toBe(1);
    expect(lint(dir).stdout).toBe(first.stdout);
    plant(join(dir, ".gongshicache"), "来自缓存");
    const third = lint(dir);
    expect(third.stdout).toContain("来自缓存");
    expect(third.status).toBe(1);
  });

  it("checks a file again when it changed, and only that file", () => {
    const dir = repo({ "a.yaml": LOW, "b.yaml": LOW });
    lint(dir);
    plant(join(dir, ".gongshicache"), "来自缓存");
    writeFileSync(join(dir, "b.yaml"), LOW.replace("count: 1372", "count: 1000"));
    const run = lint(dir);
    expect(run.stdout).toMatch(/a\.yaml\n  6:1  错误  来自缓存/);
    expect(run.stdout).toMatch(/b\.yaml\n  6:1  错误  服务工作量 1000 小时低于下限/);
  });

  it("checks every file again when the config or the flags change", () => {
    const dir = repo({ "a.yaml": LOW });
    lint(dir);
    plant(join(dir, ".gongshicache"), "来自缓存");
    writeFileSync(join(dir, ".gongshirc.yaml"), "rules:\n  workload-below-floor: warning\n");
    const configChanged = lint(dir);
    expect(configChanged.stdout).not.toContain("来自缓存");
    expect(configChanged.stdout).toContain("警告");
    plant(join(dir, ".gongshicache"), "来自缓存");
    expect(lint(dir, "--holidays", "13").stdout).not.toContain("来自缓存");
  });

  it("checks a proposal again when the standard file it names changed", () => {
    const standard = readFileSync(join(ROOT, "templates", "standards", "suzhou-2016.yaml"), "utf8").replace(/^id: suzhou-2016$/m, "id: my-city");
    const dir = repo({ "a.yaml": LOW.replace("  months: 12\n", "  months: 12\n  standard: my-city.yaml\n"), "my-city.yaml": standard });
    // The standard file itself is no proposal: lint skips it.
    lint(dir);
    plant(join(dir, ".gongshicache"), "来自缓存");
    expect(lint(dir).stdout).toContain("来自缓存");
    writeFileSync(join(dir, "my-city.yaml"), standard.replace("name: 苏州 2016", "name: 苏州 2016 "));
    expect(lint(dir).stdout).not.toContain("来自缓存");
  });

  it("checks every file again when the standard given with --standard changed", () => {
    const standard = readFileSync(join(ROOT, "templates", "standards", "suzhou-2016.yaml"), "utf8").replace(/^id: suzhou-2016$/m, "id: my-city");
    const dir = repo({ "a.yaml": LOW, "my-city.yaml": standard });
    lint(dir, "--standard", "./my-city.yaml");
    plant(join(dir, ".gongshicache"), "来自缓存");
    expect(lint(dir, "--standard", "./my-city.yaml").stdout).toContain("来自缓存");
    writeFileSync(join(dir, "my-city.yaml"), standard.replace("name: 苏州 2016", "name: 苏州 2016 "));
    expect(lint(dir, "--standard", "./my-city.yaml").stdout).not.toContain("来自缓存");
  });

  it("ignores a corrupt cache and writes a good one; keeps the cache where --cache-location says", () => {
    const dir = repo({ "a.yaml": LOW, ".gongshicache": "{not json" });
    const run = lint(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("workload-below-floor");
    expect(JSON.parse(readFileSync(join(dir, ".gongshicache"), "utf8")).format).toBe(1);
    mkdirSync(join(dir, "cache"));
    lint(dir, "--cache-location", "cache");
    expect(JSON.parse(readFileSync(join(dir, "cache", ".gongshicache"), "utf8")).format).toBe(1);
    lint(dir, "--cache-location", "other.json");
    expect(JSON.parse(readFileSync(join(dir, "other.json"), "utf8")).format).toBe(1);
  });

  it("never overwrites a file that is not a cache", () => {
    const dir = repo({ "a.yaml": LOW, "notes.json": '{"mine": true}' });
    const run = lint(dir, "--cache-location", "notes.json");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("notes.json 不是 gongshi 的缓存文件，未覆盖");
    expect(readFileSync(join(dir, "notes.json"), "utf8")).toBe('{"mine": true}');
  });
});
