#!/usr/bin/env node
// Thin launcher: the package carries the CLI built (`npm pack` builds it); in a clone, `npm run build` does.
"use strict";

(async () => {
  let cli;
  try {
    cli = await require("./cli-loader.js").loadCli();
  } catch (error) {
    process.stderr.write(
      "gongshi 尚未编译：请先运行 npm run build。\ngongshi is not built yet: run npm run build first.\n",
    );
    if (process.env.GONGSHI_DEBUG) process.stderr.write(`${error && error.stack}\n`);
    process.exit(2);
  }
  try {
    process.exitCode = await cli.main(process.argv);
  } catch (error) {
    // Bad input never lands here (it is reported with file:line:column); this is a bug in gongshi itself.
    process.stderr.write(`gongshi：内部错误，请报告 / internal error, please report: ${error && error.message ? error.message : error}\n`);
    if (process.env.GONGSHI_DEBUG) process.stderr.write(`${error && error.stack}\n`);
    process.exitCode = 2;
  }
  // A run that found no code cache made for this Node leaves one for the next run.
  cli.saveCodeCache();
})();
