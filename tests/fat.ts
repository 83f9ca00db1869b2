/**
 * A real FAT file system, as on a USB stick: a `mkfs.vfat` image mounted through FUSE with Debian's
 * fusefat (loop mounts need privileges these machines do not give). Hard links fail there with EPERM,
 * exactly as on a stick. Where FUSE or the programs are missing the reason is returned instead, and the
 * tests that need it are skipped under a title that says why.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./helpers.js";

export type FatMount = { dir: string; unmount: () => void } | { reason: string };

function has(program: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;
}

export function mountFat(sizeKb = 2048): FatMount {
  if (process.platform !== "linux") return { reason: "FAT via FUSE is only set up on Linux" };
  for (const program of ["mkfs.vfat", "fusefat", "fusermount"]) {
    if (!has(program)) return { reason: `${program} is not installed (.ci/run installs dosfstools and fusefat)` };
  }
  if (!existsSync("/dev/fuse")) return { reason: "FUSE is unavailable here (/dev/fuse is missing)" };
  const root = tempDir();
  const image = join(root, "stick.img");
  const dir = join(root, "stick");
  mkdirSync(dir);
  const made = spawnSync("mkfs.vfat", ["-C", image, String(sizeKb)], { encoding: "utf8" });
  if (made.status !== 0) return { reason: `mkfs.vfat failed: ${made.stderr.trim()}` };
  const mounted = spawnSync("fusefat", ["-o", "rw+", image, dir], { encoding: "utf8" });
  if (mounted.status !== 0) return { reason: `FUSE is unavailable here (fusefat: ${(mounted.stderr || mounted.stdout).trim().split("\n").pop()})` };
  return {
    dir,
    unmount: () => {
      spawnSync("fusermount", ["-u", dir]);
    },
  };
}
