// node crop.mjs in.png y h out.png [x w]: a region of a tall screenshot, drawn by chromium.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [inp, y, h, out, x = '0', w] = process.argv.slice(2);
const buf = readFileSync(inp);
const width = buf.readUInt32BE(16);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(w ?? width), height: Number(h) } });
await p.setContent(`<body style="margin:0"><img style="display:block;margin-left:-${x}px;margin-top:-${y}px" src="data:image/png;base64,${buf.toString('base64')}"></body>`);
await p.screenshot({ path: out });
await b.close();
