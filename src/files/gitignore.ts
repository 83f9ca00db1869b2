/**
 * What git ignores, so `gongshi lint` does not lint a build folder the repository keeps out of git.
 * The .gitignore files that apply to a path are those from the top of its work tree (the nearest
 * folder above it holding `.git`) down to its own folder, read with git's rules: `#` comments, `!`
 * to take a path back, a trailing `/` for folders, a `/` at the start or in the middle to anchor a
 * pattern to its .gitignore's folder, `*`, `?`, `[...]` and `**`; the last matching line wins, and
 * nothing inside an ignored folder can be taken back. tests/gitignore.test.ts compares it with git itself.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { toPosix } from "./glob.js";
import { readRegularFile } from "./read.js";

/** No hand-written .gitignore comes near this; a larger one is not read (and so ignores nothing). */
export const MAX_GITIGNORE_BYTES = 1024 * 1024;

interface Pattern {
  regex: RegExp;
  negate: boolean;
  folderOnly: boolean;
}

export class GitIgnore {
  private readonly patterns = new Map<string, Pattern[]>();
  private readonly tops = new Map<string, string | null>();
  private readonly folders = new Map<string, boolean>();

  /** `fallbackTop`: where .gitignore files start to count outside any work tree (lint's base folder). */
  constructor(private readonly fallbackTop: string) {}

  /** Whether git would ignore this file or folder (an absolute path). */
  isIgnored(path: string, isDirectory: boolean): boolean {
    const absolute = resolve(path);
    const top = this.topOf(dirname(absolute));
    if (absolute === top) return false;
    if (this.parentIgnored(absolute, top)) return true;
    return this.verdict(absolute, isDirectory, top);
  }

  private parentIgnored(path: string, top: string): boolean {
    const parent = dirname(path);
    if (parent === top || parent === path || !isInside(parent, top)) return false;
    let ignored = this.folders.get(parent);
    if (ignored === undefined) {
      ignored = this.parentIgnored(parent, top) || this.verdict(parent, true, top);
      this.folders.set(parent, ignored);
    }
    return ignored;
  }

  /** The last pattern that matches, from the top .gitignore down to the path's own folder. */
  private verdict(path: string, isDirectory: boolean, top: string): boolean {
    const chain: string[] = [];
    for (let dir = dirname(path); isInside(dir, top); dir = dirname(dir)) {
      chain.unshift(dir);
      if (dir === top || dirname(dir) === dir) break;
    }
    let ignored = false;
    for (const dir of chain) {
      const rel = toPosix(relative(dir, path));
      for (const pattern of this.patternsIn(dir)) {
        if (pattern.folderOnly && !isDirectory) continue;
        if (pattern.regex.test(rel)) ignored = !pattern.negate;
      }
    }
    return ignored;
  }

  private patternsIn(dir: string): Pattern[] {
    let patterns = this.patterns.get(dir);
    if (!patterns) {
      const file = join(dir, ".gitignore");
      let text = "";
      try {
        text = readRegularFile(file, MAX_GITIGNORE_BYTES).toString("utf8");
      } catch {
        // A missing or unreadable .gitignore (or a FIFO, a device, a huge file in its place) ignores nothing.
      }
      patterns = parseGitignore(text);
      this.patterns.set(dir, patterns);
    }
    return patterns;
  }

  /** The top of the work tree `dir` is in; outside any, the fallback (when `dir` is below it) or `dir` itself. */
  private topOf(dir: string): string {
    return this.workTreeOf(dir) ?? this.fallbackFor(dir);
  }

  /** The nearest folder at or above `dir` holding `.git` (a folder, or a file in a worktree). */
  private workTreeOf(dir: string): string | null {
    let found = this.tops.get(dir);
    if (found === undefined) {
      const parent = dirname(dir);
      found = existsSync(join(dir, ".git")) ? dir : parent === dir ? null : this.workTreeOf(parent);
      this.tops.set(dir, found);
    }
    return found;
  }

  private fallbackFor(dir: string): string {
    return isInside(dir, this.fallbackTop) ? this.fallbackTop : dir;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith("/") && !/^[A-Za-z]:/.test(rel));
}

export function parseGitignore(text: string): Pattern[] {
  const patterns: Pattern[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const pattern = compile(raw);
    if (pattern) patterns.push(pattern);
  }
  return patterns;
}

function compile(line: string): Pattern | undefined {
  // Trailing spaces go, unless the last one is escaped with a backslash.
  let text = line.replace(/(?<!\\)[ \t]+$/, "").replace(/\\ $/, " ");
  if (text === "" || text.startsWith("#")) return undefined;
  let negate = false;
  if (text.startsWith("!")) {
    negate = true;
    text = text.slice(1);
  } else if (text.startsWith("\\!") || text.startsWith("\\#")) text = text.slice(1);
  const folderOnly = text.endsWith("/");
  if (folderOnly) text = text.slice(0, -1);
  if (text === "") return undefined;
  const anchored = text.includes("/");
  if (text.startsWith("/")) text = text.slice(1);
  const parts = text.split("/");
  let source = "";
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === "**") source += last ? ".*" : "(?:.*/)?";
    else source += segment(part) + (last ? "" : "/");
  });
  return { regex: new RegExp(anchored ? `^${source}$` : `^(?:.*/)?${source}$`), negate, folderOnly };
}

function segment(part: string): string {
  let out = "";
  for (let i = 0; i < part.length; i++) {
    const ch = part[i]!;
    if (ch === "\\" && i + 1 < part.length) out += escape(part[++i]!);
    else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      let end = i + 1;
      if (part[end] === "!" || part[end] === "^") end++;
      if (part[end] === "]") end++;
      end = part.indexOf("]", end);
      if (end < 0) out += "\\[";
      else {
        let body = part.slice(i + 1, end);
        const negated = body.startsWith("!") || body.startsWith("^");
        if (negated) body = body.slice(1);
        out += `[${negated ? "^" : ""}${body.replace(/\\/g, "\\\\").replace(/\[/g, "\\[").replace(/^\]/, "\\]")}]`;
        i = end;
      }
    } else out += escape(ch);
  }
  return out;
}

function escape(ch: string): string {
  return ch.replace(/[.+^${}()|[\]\\*?/]/g, "\\$&");
}
