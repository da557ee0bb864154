// Renders static/icon.svg to the PNG icons (the favicon and those of the web app manifest) (run once when the icon changes).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
const svg = fs.readFileSync('static/icon.svg', 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [32, 192, 512]) {
  const p = await b.newPage({ viewport: { width: size, height: size } });
  await p.setContent(`<html><body style="margin:0;background:#0b3d91">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await p.screenshot({ path: `static/icon-${size}.png`, omitBackground: false });
  await p.close();
}
await b.close();
