import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileExistsError, writeFileAtomic } from "../src/files/safe-write.js";
import { mountFat } from "./fat.js";
import { gongshi, ROOT, tempDir } from "./helpers.js";

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

/**
 * A USB stick: FAT has no hard links, so a no-overwrite check built on link(2) fails there ("没有写入权限")
 * and `gongshi init`, the README's first step for a bid writer, could not write its file at all.
 */
const fat = mountFat();
const stick = "dir" in fat ? fat.dir : undefined;

afterAll(() => {
  if ("unmount" in fat) fat.unmount();
});

describe.skipIf(!stick)(`on a real FAT file system (mkfs.vfat image through fusefat)${stick ? "" : ` — skipped: ${"reason" in fat ? fat.reason : ""}`}`, () => {
  const folder = (name: string) => {
    const dir = join(stick!, name);
    mkdirSync(dir);
    return dir;
  };

  it("is really FAT: hard links fail there, as on a USB stick", () => {
    const dir = folder("probe");
    writeFileSync(join(dir, "a"), "x");
    expect(() => linkSync(join(dir, "a"), join(dir, "b"))).toThrow(/EPERM|ENOTSUP|ENOSYS/);
  });

  it("writes a new file, refuses to replace it without force, replaces it with force, and leaves nothing else", () => {
    const dir = folder("api");
    const target = join(dir, "a.txt");
    writeFileAtomic(target, "first");
    expect(readFileSync(target, "utf8")).toBe("first");
    expect(() => writeFileAtomic(target, "second")).toThrow(FileExistsError);
    expect(readFileSync(target, "utf8")).toBe("first");
    writeFileAtomic(target, "third", { force: true });
    expect(readFileSync(target, "utf8")).toBe("third");
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("leaves neither a placeholder nor a temporary file when the stick is full", () => {
    const dir = folder("full");
    try {
      writeFileSync(join(dir, "filler"), Buffer.alloc(8 * 1024 * 1024));
    } catch {
      // the stick is full now: that is the point
    }
    try {
      expect(() => writeFileAtomic(join(dir, "budget.xlsx"), Buffer.alloc(256 * 1024, 1))).toThrow();
      expect(readdirSync(dir)).toEqual(["filler"]);
    } finally {
      rmSync(join(dir, "filler"));
    }
  });

  it("gongshi init, export and lint -o write there, and never overwrite without --force", () => {
    const dir = folder("cli");
    const init = gongshi(["init"], { cwd: dir });
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(readFileSync(join(dir, "proposal.yaml"), "utf8")).toContain("project:");

    const example = join(ROOT, "examples", "community-elderly.yaml");
    expect(gongshi(["export", example, "-o", join(dir, "budget.xlsx")]).status).toBe(0);
    expect(readFileSync(join(dir, "budget.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(gongshi(["lint", example, "-o", join(dir, "lint.txt")]).status).toBe(0);

    const again = gongshi(["init"], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("proposal.yaml 已存在，未覆盖（确需覆盖请加 --force）");
    expect(gongshi(["export", example, "-o", join(dir, "budget.xlsx")]).stderr).toContain("已存在");
    expect(gongshi(["init", "station", "--force"], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, "proposal.yaml"), "utf8")).toContain("社工站");
    expect(readdirSync(dir).sort()).toEqual(["budget.xlsx", "lint.txt", "proposal.yaml"]);
  });
});
