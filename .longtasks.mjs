import { chromium } from 'playwright-core';
const path = process.argv[2] ?? '/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await p.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
await cdp.send('Profiler.enable'); await cdp.send('Profiler.start');
await p.goto((process.env.BASE ?? 'http://127.0.0.1:4173') + path, { waitUntil: 'networkidle' });
await p.waitForTimeout(3000);
const prof = (await cdp.send('Profiler.stop')).profile;
console.log('longtasks', JSON.stringify(await p.evaluate(() => window.__lt)));
// self time by function
const self = new Map(); const dt = prof.timeDeltas; const byId = new Map(prof.nodes.map((n) => [n.id, n]));
prof.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(0).padStart(5)}ms ${k}`).join('\n'));
await b.close();
