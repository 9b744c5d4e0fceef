// turndown over the same inputs: node bench/turndown.js TURNDOWN_DIR FILE...
const path = require('path');
const fs = require('fs');
const TurndownService = require(path.join(process.argv[2], 'node_modules', 'turndown'));
const docs = process.argv.slice(3).map((f) => fs.readFileSync(f, 'utf8'));
const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);
const td = new TurndownService();
const base = process.resourceUsage().maxRSS;
let n = 0;
const t0 = process.hrtime.bigint();
let elapsed;
do {
  for (const d of docs) td.turndown(d);
  n++;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
} while (elapsed < 0.5 && n < 200);
console.log(JSON.stringify({ seconds: elapsed / n, bytes, docs: docs.length, peak_kb: process.resourceUsage().maxRSS - base }));
