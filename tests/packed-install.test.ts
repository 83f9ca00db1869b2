import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ALL_RULES } from "../src/rules/registry.js";
import { ROOT, tempDir } from "./helpers.js";
import { LspClient } from "./lsp-client.mjs";

/**
 * gongshi installed as a user installs it: `npm pack` (the tarball carries the built CLI), installed
 * into a fresh prefix without devDependencies, then run from a folder that has nothing to do with this
 * repository. Needs the npm registry for exceljs and its dependencies, nothing else. `npm test` has
 * built dist/ already, so the pack skips the build script.
 */

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command: string, args: string[], cwd: string) {
  const env = { ...process.env, NO_COLOR: "1", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
  return spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 1 << 26 });
}

describe("the packed package, installed from its tarball", () => {
  it("holds only what runs, installs without devDependencies or a build, and works from an unrelated folder", { timeout: 240_000 }, async () => {
    expect(existsSync(join(ROOT, "dist", "gongshi.cjs")), "run npm run build first").toBe(true);
    const packs = tempDir();
    const packed = run(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", packs], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const paths = info!.files.map((f) => f.path).sort();
    expect(paths).toEqual([
      "LICENSE",
      "README.md",
      "bin/cli-loader.js",
      "bin/gongshi.js",
      "bin/lint-worker.js",
      "bin/package.json",
      "dist/gongshi.cache",
      "dist/gongshi.cjs",
      "dist/standards/suzhou-2016.json",
      "package.json",
      "schema/config.schema.json",
      "schema/delivery.schema.json",
      "schema/proposal.schema.json",
      "templates/init/delivery.yaml",
      "templates/init/gongshirc.yaml",
      "templates/proposals/community.yaml",
      "templates/proposals/social-assistance.yaml",
      "templates/proposals/station.yaml",
      "templates/standards/suzhou-2016.yaml",
    ]);
    const tarball = join(packs, info!.filename);

    const prefix = tempDir();
    const installed = run(NPM, ["install", "--prefix", prefix, "--omit=dev", "--prefer-offline", tarball], prefix);
    expect(installed.status, installed.stderr).toBe(0);
    // npm 11 warns about packages whose install would run a prepare (or other install) script.
    expect(installed.stderr).not.toMatch(/prepare|install-scripts/);
    const modules = readdirSync(join(prefix, "node_modules"));
    expect(modules).toContain("exceljs");
    for (const bundled of ["chalk", "cli-table3", "commander", "yaml", "zod", "esbuild", "typescript", "vitest"]) expect(modules).not.toContain(bundled);
    const manifest = JSON.parse(readFileSync(join(prefix, "node_modules", "gongshi", "package.json"), "utf8"));
    expect(manifest.scripts.prepare).toBeUndefined();
    expect(Object.keys(manifest.dependencies)).toEqual(["exceljs", "vscode-languageserver", "vscode-languageserver-textdocument"]);
    // The code cache names no folder of the machine that built it (stack traces would show it).
    const cache = readFileSync(join(prefix, "node_modules", "gongshi", "dist", "gongshi.cache"));
    expect(cache.includes(Buffer.from(ROOT.replace(/\/$/, "")))).toBe(false);

    const bin = join(prefix, "node_modules", ".bin", process.platform === "win32" ? "gongshi.cmd" : "gongshi");
    const work = tempDir();
    const gongshi = (...args: string[]) => run(bin, args, work);
    expect(gongshi("init").status).toBe(0);
    expect(readFileSync(join(work, "proposal.yaml"), "utf8")).toContain("project:");
    const check = gongshi("check", "proposal.yaml");
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain("工作量区间");
    const exported = gongshi("export", "proposal.yaml");
    expect(exported.status, exported.stderr).toBe(0);
    expect(readFileSync(join(work, "proposal.xlsx")).subarray(0, 2).toString()).toBe("PK");
    const lint = gongshi("lint", "-f", "sarif", "-o", "gongshi.sarif");
    expect(lint.status, lint.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "gongshi.sarif"), "utf8")).runs[0].tool.driver.version).toBe(manifest.version);
    const table = gongshi("table");
    expect(table.status).toBe(0);
    expect(table.stdout).toContain("专业咨询");
    expect(gongshi("--version").stdout.trim()).toBe(manifest.version);
    // The language server's protocol library, required from the installed dependencies when lsp starts.
    const server = new LspClient(bin, ["lsp", "--stdio"], { cwd: work });
    expect((await server.initialize(work)).serverInfo).toEqual({ name: "gongshi", version: manifest.version });
    const uri = pathToFileURL(join(work, "proposal.yaml")).href;
    server.open(uri, readFileSync(join(work, "proposal.yaml"), "utf8"));
    // The template checks clean (exit 0): findings, if any, are warnings or infos.
    const diagnostics: { source: string; severity: number }[] = (await server.diagnostics(uri)).params.diagnostics;
    for (const d of diagnostics) expect(d).toMatchObject({ source: "gongshi", severity: expect.any(Number) });
    expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    expect(await server.close()).toBe(0);
  });
});

describe("a package one would publish", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

  it("says where it comes from and under which licence, and runs no script on install", () => {
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/gongshi\.git$/);
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/[\w-]+\/gongshi#readme$/);
    for (const script of ["prepare", "preinstall", "install", "postinstall"]) expect(manifest.scripts[script]).toBeUndefined();
  });

  it("depends at run time only on what the bundle loads from disk", () => {
    const bundle = readFileSync(join(ROOT, "dist", "gongshi.cjs"), "utf8");
    // A package's own path ("vscode-languageserver/node.js") counts as the package.
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!.replace(/^((?:@[^/]+\/)?[^/]+)\/.*$/, "$1")).filter((name) => !name.startsWith("node:")));
    const builtins = new Set(["buffer", "os", "process", "util", "fs", "path", "url", "events", "stream", "tty", "crypto", "child_process"]);
    const external = [...required].filter((name) => !builtins.has(name));
    expect(external.sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it("has a section in the README for every rule, which SARIF's helpUri points at", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const rule of ALL_RULES) expect(readme, rule.meta.id).toContain(`<a id="rule-${rule.meta.id}"></a>`);
  });

  it("gives a CI template that installs a pinned build, never a name from the registry, and lints with the base branch's config", () => {
    const text = readFileSync(join(ROOT, "templates", "ci", "github-actions.yml"), "utf8");
    const workflow = parse(text) as { env: Record<string, string>; jobs: { lint: { steps: { run?: string; with?: Record<string, string> }[] } } };
    const runs = workflow.jobs.lint.steps.map((s) => s.run ?? "").join("\n");
    expect(runs).not.toMatch(/npx gongshi|npm (install|i|add)\b[^\n]*\sgongshi(@|\s|$)/m);
    expect(runs).toContain('npm pack --pack-destination "$RUNNER_TEMP"');
    expect(runs).toMatch(/npm install --prefix "\$RUNNER_TEMP\/gongshi" --omit=dev [^\n]*"\$RUNNER_TEMP"\/gongshi-\*\.tgz/);
    // A release tag of this version, or a full commit.
    const ref = workflow.env.GONGSHI_REF!;
    if (ref.startsWith("v")) expect(ref).toBe(`v${manifest.version}`);
    else expect(ref).toMatch(/^[0-9a-f]{40}$/);
    expect(`https://github.com/${workflow.env.GONGSHI_REPOSITORY}`).toBe(manifest.homepage.replace(/#readme$/, ""));
    const checkout = workflow.jobs.lint.steps.find((s) => s.with?.repository);
    expect(checkout?.with).toMatchObject({ repository: "${{ env.GONGSHI_REPOSITORY }}", ref: "${{ env.GONGSHI_REF }}" });
    expect(runs).toContain('git show "$BASE_SHA:.gongshirc.yaml"');
    expect(runs).toContain('gongshi lint ${GONGSHI_CONFIG:+-c "$GONGSHI_CONFIG"}');
  });
});
