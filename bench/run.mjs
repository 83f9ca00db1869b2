// npm run bench: the figures the hardening issue asks for, measured on this machine in one run.
// Not part of the test suite: these machines are shared and noisy, so targets are reported, not asserted.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { LspClient } from "../tests/lsp-client.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "gongshi.js");
const CHILD = join(ROOT, "bench", "child.mjs");
const env = { ...process.env, NO_COLOR: "1" };

function time(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: options.cwd ?? ROOT, env, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /maxRSS (\d+)\s*$/.exec(result.stderr ?? "");
  return { seconds, status: result.status, maxRSSMB: rss ? Number(rss[1]) / 1024 : null, stderr: result.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const verdict = (ok) => (ok ? "✔ 达标 met" : "✖ 未达标 missed");

// 1. check on an example against bare Node start-up, interleaved so both see the same machine load.
const RUNS = 21;
const bare = [];
const check = [];
time(["-e", "0"]);
time([BIN, "check", "examples/community-elderly.yaml"]);
for (let i = 0; i < RUNS; i++) {
  bare.push(time(["-e", "0"]).seconds);
  check.push(time([BIN, "check", "examples/community-elderly.yaml"]).seconds);
}
const ratio = median(check) / median(bare);
console.log(`check examples/community-elderly.yaml: median ${(median(check) * 1000).toFixed(1)} ms; node -e 0: ${(median(bare) * 1000).toFixed(1)} ms; ratio ${ratio.toFixed(2)} × (target ≤ 2.5 ×) ${verdict(ratio <= 2.5)}`);

// 2. lint over 1,000 generated proposals of varied size and content (some with findings).
const ITEMS = ["专业咨询", "接案", "个案服务", "结案/转介评估", "小组准备工作", "小组活动", "探访", "居民家庭需求评估与建档", "社区大型活动", "社区中小型活动", "一般社区活动", "计划、制度、机制等文案起草"];
const dir = mkdtempSync(join(tmpdir(), "gongshi-bench-"));
const proposals = join(dir, "proposals");
mkdirSync(proposals);
let seed = 42;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
for (let i = 0; i < 1000; i++) {
  const services = Array.from({ length: 5 + random(20) }, () => ({ item: ITEMS[random(ITEMS.length)], count: 1 + random(200), participants: 10 + random(80) }));
  services.push({ bundle: "小组", count: 1 + random(6), sessions: 4 + random(6), participants: 6 + random(6) });
  writeFileSync(join(proposals, `p${String(i).padStart(4, "0")}.yaml`), stringify({ project: { name: `项目 ${i}`, months: 12, kind: "社区" }, staff: { fte: 1 + random(4) }, services }));
}
const lints = [];
let lintRSS = 0;
for (let i = 0; i < 5; i++) {
  const r = time([CHILD, "lint", proposals, "--format", "json"]);
  if (r.status !== 0 && r.status !== 1) throw new Error(`lint failed: ${r.stderr}`);
  lints.push(r.seconds);
  lintRSS = Math.max(lintRSS, r.maxRSSMB ?? 0);
}
const lintSeconds = median(lints);
console.log(
  `lint of 1,000 proposals: median ${lintSeconds.toFixed(2)} s, ${(1000 / lintSeconds).toFixed(0)} files/s, peak memory ${lintRSS.toFixed(0)} MB (target < 1.5 s) ${verdict(lintSeconds < 1.5)}`,
);

// 3. export of a proposal of 2,000 lines.
const big = join(dir, "big.yaml");
writeFileSync(
  big,
  stringify({
    project: { name: "大型项目（2000 行）", months: 12 },
    staff: { fte: 60 },
    services: Array.from({ length: 2000 }, (_, i) => ({ item: ITEMS[i % ITEMS.length], count: 1 + (i % 37) })),
    budget: { management_fee_percent: 8, tax_percent: 6, lines: Array.from({ length: 200 }, (_, i) => ({ category: ["人员经费", "活动经费", "宣传费"][i % 3], item: `明细 ${i}`, unit_price: 100 + i, unit: "项", quantity: 1 + (i % 12) })) },
  }),
);
const exports = [];
let exportRSS = 0;
for (let i = 0; i < 3; i++) {
  const out = join(dir, `big-${i}.xlsx`);
  const r = time([CHILD, "export", big, "-o", out]);
  if (r.status !== 0) throw new Error(`export failed: ${r.stderr}`);
  exports.push(r.seconds);
  exportRSS = Math.max(exportRSS, r.maxRSSMB ?? 0);
}
const exportSeconds = median(exports);
console.log(
  `export of 2,000 lines: median ${exportSeconds.toFixed(2)} s, peak memory ${exportRSS.toFixed(0)} MB (target < 3 s and < 300 MB) ${verdict(exportSeconds < 3 && exportRSS < 300)}`,
);

// 4. gongshi lsp: from didChange to publishDiagnostics, with the server's own debounce and without it (the check alone).
const lines2000 = [
  "project:",
  "  name: 大型项目（2000 行）",
  "  region: 苏州市姑苏区",
  "  months: 12",
  "  kind: 社区",
  "staff:",
  "  fte: 60",
  "services:",
  ...Array.from({ length: 996 }, (_, i) => [`  - item: ${ITEMS[i % ITEMS.length]}`, `    count: ${1 + (i % 37)}`]).flat(),
  "",
].join("\n");
const lspDocuments = [
  ["examples/community-elderly.yaml (the largest example)", join(ROOT, "examples", "community-elderly.yaml"), readFileSync(join(ROOT, "examples", "community-elderly.yaml"), "utf8")],
  [`a proposal of ${lines2000.split("\n").length - 1} lines`, join(dir, "lsp-2000.yaml"), lines2000],
];
for (const debounce of [150, 0]) {
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
    const ms = median(delays);
    const target = debounce ? `(debounce ${debounce} ms; target < 500 ms) ${verdict(ms < 500)}` : "(no debounce: the check alone)";
    console.log(`lsp didChange → publishDiagnostics, ${label}: median ${ms.toFixed(0)} ms ${target}`);
  }
  await client.close();
}

rmSync(dir, { recursive: true, force: true });
