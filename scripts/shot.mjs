// Screenshot helper for looking at views: node scripts/shot.mjs URL out.png [width height] [light|dark]
// usage: node /tmp/shot.mjs url out.png [w h] [scheme]
import { chromium } from 'playwright-core';
const [url, out, w = '1920', h = '1080', scheme = 'light'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme, reducedMotion: 'reduce' });
await p.goto(url); await p.waitForTimeout(1200);
await p.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await b.close();
