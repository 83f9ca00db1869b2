// npm run bench: every speed and memory figure the issues ask for, with its target, measured on this machine in one
// run (`npm run bench -- --quick` skips the largest sizes). Not part of the test suite: these machines are shared
// and noisy, so the targets are printed, never asserted. Comparisons are paired: the two commands run one after the
// other, alternating, and the ratio is taken pair by pair (its median is printed), so both see the same load.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LspClient } from "../tests/lsp-client.mjs";
import { largeProposal, largestProposal, realisticProposal, seeded } from "./generate.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "gongshi.js");
const CHILD = join(ROOT, "bench", "child.mjs");
const PEER = join(ROOT, "bench", "peer-ajv.mjs");
const QUICK = process.argv.includes("--quick");
/** --only=N[,N…]: just those sections (1 start-up, 2 lint, 3 export and workbook check, 4 largest input, 5 lsp). */
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",").map(Number);
const want = (section) => !ONLY || ONLY.includes(section);
const env = { ...process.env, NO_COLOR: "1", LANG: "" };
const dir = mkdtempSync(join(tmpdir(), "gongshi-bench-"));

/** One run: wall time, exit status, and peak memory when the command is run through bench/child.mjs. */
function run(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: options.cwd ?? ROOT, env, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /maxRSS (\d+)\s*$/.exec(result.stderr ?? "");
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr.slice(0, 400)}`);
  return { seconds, status: result.status, maxRSSMB: rss ? Number(rss[1]) / 1024 : null };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (s) => `${(s * 1000).toFixed(1)} ms`;
const sec = (s) => `${s.toFixed(2)} s`;
const mb = (m) => `${m.toFixed(0)} MB`;
const verdict = (ok) => (ok ? "✔ met" : "✖ missed");

/** `a` and `b` alternated `n` times (after one warm-up each): their medians and the median of the pairwise ratios a/b. */
function paired(a, b, n, options = {}) {
  run(a, options);
  run(b, options);
  const as = [];
  const bs = [];
  const ratios = [];
  for (let i = 0; i < n; i++) {
    const x = run(a, options).seconds;
    const y = run(b, options).seconds;
    as.push(x);
    bs.push(y);
    ratios.push(x / y);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

/** The median time and the peak memory of `n` runs of a gongshi command (through bench/child.mjs). */
function measured(args, n, options = {}) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < n; i++) {
    const r = run([CHILD, ...args], options);
    times.push(r.seconds);
    peak = Math.max(peak, r.maxRSSMB ?? 0);
  }
  return { seconds: median(times), peak };
}

/** How the time grew from one size to the next (10×): at most 12× for linear work. */
const growth = (rows) =>
  rows
    .slice(1)
    .map((row, i) => {
      const g = row.seconds / rows[i].seconds;
      return `${rows[i].size.toLocaleString("en")} → ${row.size.toLocaleString("en")}: ${g.toFixed(1)}× (target ≤ 12×) ${verdict(g <= 12)}`;
    })
    .join("; ");

console.log(`gongshi bench — Node ${process.version}, ${new Date().toISOString()}${QUICK ? " (quick)" : ""}\n`);

// ── 1. Start-up: check against bare Node ────────────────────────────────────────────────────────────────
const small = join(dir, "realistic.yaml");
writeFileSync(small, realisticProposal(seeded(1), 0));
for (const [label, args] of !want(1) ? [] : [
  ["check (text)", [BIN, "check", small]],
  ["check --format json", [BIN, "check", small, "--format", "json"]],
]) {
  const p = paired(args, ["-e", "0"], 21);
  console.log(`${label} of a realistic ${(readFileSync(small).length / 1024).toFixed(1)} KiB proposal: ${ms(p.a)}; node -e 0: ${ms(p.b)}; paired ratio ${p.ratio.toFixed(2)}× (target ≤ 2.0×) ${verdict(p.ratio <= 2)}`);
}

// ── 2. lint of realistic proposals, the schema-only peer, --cache ───────────────────────────────────────
function repository(count) {
  const folder = join(dir, `repo-${count}`);
  mkdirSync(join(folder, "proposals"), { recursive: true });
  mkdirSync(join(folder, "schema"), { recursive: true });
  writeFileSync(join(folder, "schema", "proposal.schema.json"), readFileSync(join(ROOT, "schema", "proposal.schema.json")));
  const random = seeded(count);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, "proposals", `p${String(i).padStart(5, "0")}.yaml`), realisticProposal(random, i));
  return folder;
}
const lintRows = [];
for (const count of !want(2) ? [] : QUICK ? [100, 1000] : [100, 1000, 10000]) {
  const folder = repository(count);
  const times = count >= 10000 ? 1 : 3;
  const m = measured(["lint", "proposals", "--format", "json"], times, { cwd: folder });
  lintRows.push({ size: count, seconds: m.seconds });
  let line = `lint of ${count.toLocaleString("en")} realistic proposals: ${sec(m.seconds)}, ${(count / m.seconds).toFixed(0)} files/s, peak ${mb(m.peak)}`;
  if (count === 1000) {
    const p = paired([BIN, "lint", "proposals", "--format", "json"], [PEER, "proposals", "schema/proposal.schema.json"], 5, { cwd: folder });
    line += `\n  against the schema-only peer (ajv 8 + yaml 1.2 reader, the same files and schema): gongshi ${sec(p.a)}, peer ${sec(p.b)}, paired ratio ${p.ratio.toFixed(2)}× (target < 1×) ${verdict(p.ratio < 1)}`;
    run([BIN, "lint", "proposals", "--cache", "--format", "json"], { cwd: folder });
    const cached = median(Array.from({ length: 5 }, () => run([BIN, "lint", "proposals", "--cache", "--format", "json"], { cwd: folder }).seconds));
    line += `\n  re-run with --cache on the unchanged repository: ${sec(cached)} (target < 0.5 s) ${verdict(cached < 0.5)}`;
  }
  console.log(line);
  rmSync(folder, { recursive: true, force: true });
}
if (want(2)) console.log(`  growth: ${growth(lintRows)}`);

// ── 3. export and check of the workbook, by size ────────────────────────────────────────────────────────
const exportRows = [];
const workbookRows = [];
for (const lines of !want(3) ? [] : QUICK ? [200, 2000] : [200, 2000, 20000]) {
  const file = join(dir, `large-${lines}.yaml`);
  writeFileSync(file, largeProposal(lines));
  const out = join(dir, `large-${lines}.xlsx`);
  const times = lines >= 20000 ? 1 : 3;
  const e = measured(["export", file, "-o", out, "--force"], times);
  const c = measured(["check", out], times);
  exportRows.push({ size: lines, seconds: e.seconds });
  workbookRows.push({ size: lines, seconds: c.seconds });
  const target = lines === 20000 ? ` (target ≤ 5 s and ≤ 300 MB) ${verdict(e.seconds <= 5 && e.peak <= 300)}` : "";
  console.log(`export of ${lines.toLocaleString("en")} lines: ${sec(e.seconds)}, peak ${mb(e.peak)}${target}; check of its workbook: ${sec(c.seconds)}, peak ${mb(c.peak)}`);
  if (lines === 2000) {
    const text = measured(["check", file], 3);
    const json = measured(["check", file, "--format", "json"], 3);
    console.log(`  check of the 2,000-line proposal: text ${sec(text.seconds)}, JSON ${sec(json.seconds)}`);
  }
}
if (want(3)) {
  console.log(`  export growth: ${growth(exportRows)}`);
  console.log(`  workbook check growth: ${growth(workbookRows)}`);
}

// ── 4. The largest input gongshi accepts ───────────────────────────────────────────────────────────────
if (!QUICK && want(4)) {
  const { lines, text } = largestProposal();
  const file = join(dir, "largest.yaml");
  writeFileSync(file, text);
  console.log(`\nthe largest accepted proposal: ${lines.toLocaleString("en")} service lines and 5,000 budget lines (the schema's limits), ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB (the file limit is 5 MiB)`);
  const out = join(dir, "largest.xlsx");
  for (const [label, args] of [
    ["check (text)", ["check", file]],
    ["check --format json", ["check", file, "--format", "json"]],
    ["lint", ["lint", file, "--format", "json"]],
    ["export", ["export", file, "-o", out, "--force"]],
    ["check of the largest accepted workbook (its export)", ["check", out]],
  ]) {
    const m = measured(args, 1);
    console.log(`  ${label}: ${sec(m.seconds)}, peak ${mb(m.peak)} (target: seconds, not minutes) ${verdict(m.seconds < 30)}`);
  }
}

// ── 5. gongshi lsp: from didChange to publishDiagnostics ───────────────────────────────────────────────
const lsp2000 = largeProposal(400);
const lspDocuments = [
  ["examples/community-elderly.yaml (the largest example)", join(ROOT, "examples", "community-elderly.yaml"), readFileSync(join(ROOT, "examples", "community-elderly.yaml"), "utf8")],
  [`a proposal of ${lsp2000.split("\n").length} lines`, join(dir, "lsp-large.yaml"), lsp2000],
];
console.log("");
for (const debounce of want(5) ? [150, 0] : []) {
  const client = new LspClient(process.execPath, [BIN, "lsp", "--debounce", String(debounce)], { cwd: ROOT, env });
  await client.initialize(ROOT);
  for (const [label, path, text] of lspDocuments) {
    const uri = pathToFileURL(path).href;
    client.open(uri, text);
    await client.diagnostics(uri, { version: 1 });
    const delays = [];
    for (let version = 2; version <= 22; version++) {
      // Each edit changes the first count, as typing a digit would.
      const edited = text.replace(/count: (\d+)/, (_, n) => `count: ${Number(n) + (version % 2)}`);
      const since = client.notifications.length;
      const sent = performance.now();
      client.change(uri, version, edited);
      const published = await client.diagnostics(uri, { version, since });
      delays.push(published.at - sent);
    }
    const m = median(delays);
    const target = debounce ? `(debounce ${debounce} ms; target < 500 ms) ${verdict(m < 500)}` : "(no debounce: the check alone)";
    console.log(`lsp didChange → publishDiagnostics, ${label}: ${m.toFixed(0)} ms ${target}`);
  }
  await client.close();
}

rmSync(dir, { recursive: true, force: true });
