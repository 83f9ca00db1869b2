#!/usr/bin/env node
// Thin launcher: `npm install` (the prepare script) or `npm run build` compiles and bundles the CLI.
let main;
try {
  ({ main } = await (await import("./cli-loader.mjs")).loadCli());
} catch (error) {
  process.stderr.write(
    "gongshi 尚未编译：请先运行 npm install（或 npm run build）。\ngongshi is not built yet: run npm install (or npm run build) first.\n",
  );
  if (process.env.GONGSHI_DEBUG) process.stderr.write(`${error && error.stack}\n`);
  process.exit(2);
}
try {
  process.exitCode = await main(process.argv);
} catch (error) {
  // Bad input never lands here (it is reported with file:line:column); this is a bug in gongshi itself.
  process.stderr.write(`gongshi：内部错误，请报告 / internal error, please report: ${error && error.message ? error.message : error}\n`);
  if (process.env.GONGSHI_DEBUG) process.stderr.write(`${error && error.stack}\n`);
  process.exitCode = 2;
}
