import { closeSync, fstatSync, lstatSync, openSync, renameSync, unlinkSync, writeFileSync, type BigIntStats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
    this.name = "FileExistsError";
  }
}

/**
 * Every file gongshi writes goes through here: the content goes to a temporary file in the same
 * folder, which then takes the target's name in one step, so a reader never sees half a file.
 *
 * Without `force`, an existing target is never replaced. The name is first claimed by creating it
 * exclusively (O_CREAT | O_EXCL, atomic on every file system — FAT and exFAT on USB sticks and network
 * drives included, which have no hard links), and the finished temporary file is then renamed over that
 * empty placeholder, which only this call created. On any failure neither the temporary file nor the
 * placeholder is left behind.
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  const claim = options.force ? undefined : claimName(target);
  const temporary = temporaryPathFor(target);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    if (claim && !stillClaimed(claim)) throw new FileExistsError(target);
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    if (claim) releaseClaim(claim);
    throw error;
  }
}

/** A name taken by an empty file this process created: which file it is, to tell it from anyone else's. */
interface Claim {
  path: string;
  identity: BigIntStats;
}

/** Creates `target` exclusively, or throws FileExistsError when the name is taken. */
function claimName(target: string): Claim {
  let descriptor: number;
  try {
    descriptor = openSync(target, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(target);
    throw error;
  }
  try {
    return { path: target, identity: fstatSync(descriptor, { bigint: true }) };
  } finally {
    // Closed before the rename: Windows cannot replace a file that is still open.
    closeSync(descriptor);
  }
}

/** The placeholder is still the empty file this process made (nobody replaced it meanwhile). */
function stillClaimed(claim: Claim): boolean {
  try {
    const now = lstatSync(claim.path, { bigint: true });
    return now.isFile() && now.size === 0n && now.ino === claim.identity.ino && now.dev === claim.identity.dev;
  } catch {
    return false;
  }
}

function releaseClaim(claim: Claim): void {
  if (stillClaimed(claim)) removeQuietly(claim.path);
}

function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone (renamed into place, or never written)
  }
}

/** Why a write failed, as the person who asked for the file needs to hear it. */
export function writeFailure(error: unknown, target: string): { zh: string; en: string } {
  if (error instanceof FileExistsError) {
    return { zh: `${target} 已存在，未覆盖（确需覆盖请加 --force）`, en: `${target} already exists, not overwritten (add --force to replace it)` };
  }
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const reasons: Record<string, [string, string]> = {
    ENOENT: ["所在目录不存在", "its folder does not exist"],
    EACCES: ["没有写入权限", "permission denied"],
    EPERM: ["没有写入权限", "permission denied"],
    EISDIR: ["这是一个目录", "it is a folder"],
    ENOTDIR: ["路径中有一段不是目录", "part of the path is not a folder"],
    ENOSPC: ["磁盘空间不足", "no space left on the device"],
    EROFS: ["文件系统只读", "the file system is read-only"],
  };
  const [zh, en] = reasons[code] ?? [code || (error as Error).message, code || (error as Error).message];
  return { zh: `无法写入 ${target}：${zh}`, en: `cannot write ${target}: ${en}` };
}
