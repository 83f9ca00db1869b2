/**
 * Which files a lint run takes, as ESLint's flat config decides it: the paths and globs given (or the
 * working folder), less what is ignored — the config's `ignores:` (relative to its base), --ignore-pattern
 * (relative to the working folder) and .gitignore, none of them with --no-ignore — and, of the files found
 * in folders, those the config's `files:` globs name, or by default those that hold a proposal.
 */
import { relative } from "node:path";
import { CONFIG_FILE_NAMES, type LintConfig } from "../config/config.js";
import { collectFiles } from "../files/collect.js";
import { GitIgnore } from "../files/gitignore.js";
import { globMatcher, toPosix } from "../files/glob.js";
import { holdsProposal } from "../proposal/sniff.js";
import type { InputProblem } from "../source/problem.js";

export interface SelectOptions {
  cwd?: string;
  /** --ignore-pattern, relative to the working folder. */
  ignorePatterns?: readonly string[];
  /** false with --no-ignore: no ignores:, --ignore-pattern or .gitignore. */
  ignore?: boolean;
}

export interface Selection {
  files: string[];
  /** Arguments that matched no file, and arguments whose every file is ignored: both exit 2, as in ESLint. */
  unmatched: string[];
  allIgnored: string[];
  /** Files named outright that are ignored: said, not linted. */
  ignoredNamed: string[];
  ignored: { files: number; folders: number };
  /** YAML files found in folders that hold no proposal (when the config has no `files:`). */
  notProposals: string[];
  /** Files found in folders that the config's `files:` does not name. */
  notInFiles: number;
  /** Folders that could not be read: each an error of its own, never a silent gap. */
  unreadable: InputProblem[];
}

export function selectFiles(patterns: readonly string[], config: LintConfig, options: SelectOptions = {}): Selection {
  const cwd = options.cwd ?? process.cwd();
  const isIgnored = options.ignore === false ? undefined : ignoreRules(config, cwd, options.ignorePatterns ?? []);
  const collected = collectFiles(patterns.length ? patterns : ["."], { cwd, excludeNames: CONFIG_FILE_NAMES, isIgnored });
  const fileGlobs = config.files?.map(globMatcher);
  const files: string[] = [];
  const notProposals: string[] = [];
  let notInFiles = 0;
  for (const file of collected.files) {
    if (collected.named.has(file)) files.push(file);
    else if (fileGlobs) {
      const rel = toPosix(relative(config.base, file));
      if (fileGlobs.some((matches) => matches(rel, false))) files.push(file);
      else notInFiles++;
    } else if (holdsProposal(file)) files.push(file);
    else notProposals.push(file);
  }
  return {
    files,
    unmatched: collected.unmatched,
    allIgnored: collected.allIgnored,
    ignoredNamed: collected.ignoredNamed,
    ignored: collected.ignored,
    notProposals,
    notInFiles,
    unreadable: collected.unreadable.map(({ path, code }) => unreadableFolder(path, code)),
  };
}

const FOLDER_REASONS: Record<string, { zh: string; en: string }> = {
  EACCES: { zh: "没有读取权限", en: "permission denied" },
  EPERM: { zh: "没有读取权限", en: "permission denied" },
  ELOOP: { zh: "符号链接形成了循环", en: "the symbolic links form a loop" },
  ENOENT: { zh: "目录不存在", en: "no such folder" },
};

function unreadableFolder(path: string, code: string): InputProblem {
  const reason = FOLDER_REASONS[code] ?? { zh: code, en: code };
  return { file: path, line: 1, column: 1, code: "folder-unreadable", message: { zh: `无法读取目录：${reason.zh}，其中的方案未检查`, en: `cannot read the folder: ${reason.en}; the proposals in it were not checked` } };
}

/** Whether lint ignores a path: by the config's ignores, --ignore-pattern or .gitignore. */
export function ignoreRules(config: LintConfig, cwd: string, ignorePatterns: readonly string[]): (path: string, isDirectory: boolean) => boolean {
  const fromConfig = config.ignores.map(globMatcher);
  const fromFlags = ignorePatterns.map(globMatcher);
  const git = new GitIgnore(config.base);
  return (path, isDirectory) => {
    const toBase = toPosix(relative(config.base, path));
    const toCwd = toPosix(relative(cwd, path));
    return (
      fromConfig.some((matches) => matches(toBase, isDirectory)) ||
      fromFlags.some((matches) => matches(toCwd, isDirectory)) ||
      git.isIgnored(path, isDirectory)
    );
  };
}
