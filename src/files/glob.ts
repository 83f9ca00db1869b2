/**
 * Globs as ESLint's config takes them (and `gongshi lint` its arguments): *, **, ?, {a,b}, over paths
 * with forward slashes relative to a base folder. Node 20 has no fs.glob, and this is all lint needs.
 */
import { resolve, sep } from "node:path";

export function hasGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

export function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** "proposals/**\/*.yaml" → base "proposals", and a regex for the rest relative to it. */
export function globToRegExp(pattern: string, cwd: string): { base: string; regex: RegExp } {
  const parts = toPosix(pattern).split("/");
  const firstGlob = parts.findIndex((p) => hasGlob(p));
  const base = resolve(cwd, parts.slice(0, firstGlob).join("/") || ".");
  return { base, regex: new RegExp(`^${partsToRegExp(parts.slice(firstGlob))}$`) };
}

/**
 * Whether a path relative to the base (forward slashes) matches a config glob. A pattern that ends in
 * "/" names folders; a pattern that matches a folder takes everything below it, as ESLint's ignores do.
 */
export function globMatcher(pattern: string): (relativePath: string, isDirectory: boolean) => boolean {
  let text = toPosix(pattern).replace(/^\.\//, "").replace(/^\//, "");
  const folderOnly = text.endsWith("/");
  if (folderOnly) text = text.replace(/\/+$/, "");
  const regex = new RegExp(`^${partsToRegExp(text.split("/"))}$`);
  return (relativePath, isDirectory) => {
    if (relativePath === "" || relativePath.startsWith("../") || relativePath === "..") return false;
    const segments = relativePath.split("/");
    // The path itself, then each folder above it (a matched folder takes what is inside).
    for (let n = segments.length; n >= 1; n--) {
      const isFolder = n < segments.length || isDirectory;
      if (folderOnly && !isFolder) continue;
      if (regex.test(segments.slice(0, n).join("/"))) return true;
    }
    return false;
  };
}

function partsToRegExp(parts: readonly string[]): string {
  let source = "";
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === "**") {
      source += last ? ".*" : "(?:[^/]+/)*";
      return;
    }
    source += segmentToRegExp(part) + (last ? "" : "/");
  });
  return source;
}

function segmentToRegExp(segment: string): string {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "{") {
      const end = segment.indexOf("}", i);
      if (end < 0) out += "\\{";
      else {
        out += `(?:${segment.slice(i + 1, end).split(",").map(escape).join("|")})`;
        i = end;
      }
    } else out += escape(ch);
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}
