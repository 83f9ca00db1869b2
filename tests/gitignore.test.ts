import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GitIgnore } from "../src/files/gitignore.js";
import { globMatcher } from "../src/files/glob.js";
import { textHoldsProposal } from "../src/proposal/sniff.js";
import { tempDir } from "./helpers.js";

/** lint leaves out what git ignores: the same answers as git itself, for the patterns people write. */

const ROOT_GITIGNORE = [
  "# build output",
  "*.tmp",
  "/root-only.yaml",
  "build/",
  "docs/**/draft-*.yaml",
  "**/secret/",
  "!important.tmp",
  "a/**/b.yaml",
  "[abc]x.yaml",
  "[!d]y.yaml",
  "q?.yaml",
  "\\#hash.yaml",
  "trailing.yaml   ",
  "out",
  "!out/keep.yaml",
  "logs/*",
  "!logs/keep.yaml",
  "nested/deeper/",
  "",
].join("\n");

const NESTED_GITIGNORE = ["local.yaml", "/anchored.yaml", "sub/", "!root-only.yaml", ""].join("\n");

const FILES = [
  "p.yaml",
  "x.tmp",
  "important.tmp",
  "root-only.yaml",
  "proposals/root-only.yaml",
  "build/p.yaml",
  "proposals/build/p.yaml",
  "docs/draft-1.yaml",
  "docs/2026/spring/draft-2.yaml",
  "docs/2026/final.yaml",
  "secret/p.yaml",
  "proposals/secret/p.yaml",
  "a/b.yaml",
  "a/x/y/b.yaml",
  "a/x/c.yaml",
  "ax.yaml",
  "dx.yaml",
  "dy.yaml",
  "ey.yaml",
  "q1.yaml",
  "q12.yaml",
  "#hash.yaml",
  "trailing.yaml",
  "out/p.yaml",
  "out/keep.yaml",
  "proposals/out",
  "logs/p.yaml",
  "logs/keep.yaml",
  "logs/deep/p.yaml",
  "nested/p.yaml",
  "nested/deeper/p.yaml",
  "proposals/local.yaml",
  "proposals/x/local.yaml",
  "proposals/anchored.yaml",
  "proposals/x/anchored.yaml",
  "proposals/sub/p.yaml",
  "proposals/x/sub/p.yaml",
  "proposals/y/sub",
];

describe("GitIgnore", () => {
  it("ignores exactly what git ignores", () => {
    const dir = tempDir();
    expect(spawnSync("git", ["init", "-q"], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, ".gitignore"), ROOT_GITIGNORE);
    mkdirSync(join(dir, "proposals"), { recursive: true });
    writeFileSync(join(dir, "proposals", ".gitignore"), NESTED_GITIGNORE);
    for (const file of FILES) {
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), "x");
    }
    const git = spawnSync("git", ["check-ignore", "--no-index", "--stdin"], { cwd: dir, input: FILES.join("\n") + "\n", encoding: "utf8" });
    const byGit = new Set(git.stdout.split("\n").filter(Boolean));
    expect(byGit.size).toBeGreaterThan(15);
    const ours = new GitIgnore(dir);
    const verdicts = Object.fromEntries(FILES.map((file) => [file, ours.isIgnored(join(dir, file), false)]));
    expect(verdicts).toEqual(Object.fromEntries(FILES.map((file) => [file, byGit.has(file)])));
  });

  it("reads .gitignore files only inside a work tree, from its top down", () => {
    const outer = tempDir();
    writeFileSync(join(outer, ".gitignore"), "*.yaml\n");
    const repo = join(outer, "repo");
    mkdirSync(join(repo, "proposals"), { recursive: true });
    expect(spawnSync("git", ["init", "-q"], { cwd: repo }).status).toBe(0);
    // The .gitignore above the work tree is not git's business, nor lint's.
    expect(new GitIgnore(repo).isIgnored(join(repo, "proposals", "a.yaml"), false)).toBe(false);
    // Outside any work tree, .gitignore files from lint's base folder down still count.
    expect(new GitIgnore(outer).isIgnored(join(outer, "a.yaml"), false)).toBe(true);
  });
});

describe("config globs (files:, ignores:, --ignore-pattern)", () => {
  it("match paths relative to the base, folders taking what is inside them", () => {
    const yaml = globMatcher("proposals/**/*.{yaml,yml}");
    expect(yaml("proposals/a.yaml", false)).toBe(true);
    expect(yaml("proposals/2026/a.yml", false)).toBe(true);
    expect(yaml("other/a.yaml", false)).toBe(false);
    const folder = globMatcher("drafts/");
    expect(folder("drafts/a.yaml", false)).toBe(true);
    expect(folder("drafts", false)).toBe(false);
    expect(folder("x/drafts/a.yaml", false)).toBe(false);
    expect(globMatcher("**/drafts/")("x/drafts/a.yaml", false)).toBe(true);
    expect(globMatcher("./build")("build/x/a.yaml", false)).toBe(true);
    expect(globMatcher("*.yaml")("a.yaml", false)).toBe(true);
    expect(globMatcher("*.yaml")("x/a.yaml", false)).toBe(false);
    expect(globMatcher("**")("../outside.yaml", false)).toBe(false);
  });
});

describe("what holds a proposal", () => {
  it("is a top-level project:, a services: list of items, or a delivery file's proposal:", () => {
    expect(textHoldsProposal("project:\n  name: x\n")).toBe(true);
    expect(textHoldsProposal("\uFEFF# 方案\r\n\"project\":\r\n  name: x\r\n")).toBe(true);
    expect(textHoldsProposal("proposal: a.yaml\nmonths_elapsed: 6\n")).toBe(true);
    expect(textHoldsProposal("services:\n  - item: 专业咨询\n    count: 1\n")).toBe(true);
    expect(textHoldsProposal("services:\n# 服务\n-\n  bundle: 个案\n")).toBe(true);
    expect(textHoldsProposal("services: [{custom: 生日会, count: 1}]\n")).toBe(true);
    expect(textHoldsProposal("{project: {name: x}}\n")).toBe(true);
    expect(textHoldsProposal("project:\n  name: [未闭合\n")).toBe(true);
    // docker-compose, GitLab CI, mkdocs, a nested key.
    expect(textHoldsProposal("version: '3'\nservices:\n  web:\n    image: nginx\n")).toBe(false);
    expect(textHoldsProposal("services:\n  - postgres:15\n  - name: redis\n")).toBe(false);
    expect(textHoldsProposal("site_name: x\nnav:\n  - index.md\n")).toBe(false);
    expect(textHoldsProposal("app:\n  project: x\n  services: []\n")).toBe(false);
  });
});
