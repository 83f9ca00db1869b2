import { linkSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
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
 * Without `force`, an existing target is never replaced — checked atomically by link(2), which
 * fails if the name is taken, so there is no window between "does it exist" and "write".
 */
export function writeFileAtomic(target: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    if (options.force) {
      renameSync(temporary, target);
    } else {
      try {
        linkSync(temporary, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new FileExistsError(target);
        throw error;
      }
      unlinkSync(temporary);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone (renamed into place, or never written)
    }
    throw error;
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
