import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileExistsError, writeFileAtomic } from "../src/files/safe-write.js";
import { gongshi, tempDir } from "./helpers.js";

describe("writeFileAtomic, the one way gongshi writes files", () => {
  it("writes a new file and leaves no temporary file", () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, "a.txt"), "内容");
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("内容");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("refuses to replace an existing file without force, and replaces it with force", () => {
    const dir = tempDir();
    const target = join(dir, "a.txt");
    writeFileSync(target, "old");
    expect(() => writeFileAtomic(target, "new")).toThrow(FileExistsError);
    expect(readFileSync(target, "utf8")).toBe("old");
    writeFileAtomic(target, "new", { force: true });
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("leaves nothing behind when the final rename fails", () => {
    const dir = tempDir();
    const target = join(dir, "taken");
    mkdirSync(target);
    writeFileSync(join(target, "inside"), "x"); // a non-empty folder cannot be renamed over
    expect(() => writeFileAtomic(target, "data", { force: true })).toThrow();
    expect(readdirSync(dir)).toEqual(["taken"]);
  });

  it("leaves nothing behind when the folder does not exist", () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(join(dir, "missing", "a.txt"), "data")).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** A 16 KB file system, so that writing a workbook fails part-way with ENOSPC. */
function smallFileSystem(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = tempDir();
  const result = spawnSync("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", dir]);
  return result.status === 0 ? dir : undefined;
}

const tiny = smallFileSystem();

afterAll(() => {
  if (tiny) execFileSync("umount", [tiny]);
});

describe.skipIf(!tiny)("failing mid-write (a full disk)", () => {
  it("an export that runs out of space leaves neither half a workbook nor a temporary file", () => {
    const result = gongshi(["export", "examples/community-elderly.yaml", "-o", join(tiny!, "budget.xlsx")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("磁盘空间不足");
    expect(existsSync(join(tiny!, "budget.xlsx"))).toBe(false);
    expect(readdirSync(tiny!)).toEqual([]);
  });

  it("a failed --force export leaves the earlier file as it was", () => {
    writeFileSync(join(tiny!, "budget.xlsx"), "the earlier version");
    const result = gongshi(["export", "examples/community-elderly.yaml", "-o", join(tiny!, "budget.xlsx"), "--force"]);
    expect(result.status).toBe(2);
    expect(readFileSync(join(tiny!, "budget.xlsx"), "utf8")).toBe("the earlier version");
    expect(readdirSync(tiny!)).toEqual(["budget.xlsx"]);
  });
});
