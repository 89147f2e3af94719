import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--lang=fr-FR'] });
const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 300, height: 900 }, deviceScaleFactor: 2 });
await page.goto('http://127.0.0.1:8790/panneau');
await page.waitForSelector('main[data-etat="pret"]');
const [y, h] = [Number(process.argv[2] ?? 0), Number(process.argv[3] ?? 650)];
await page.screenshot({ path: '/tmp/clip.png', fullPage: true, clip: { x: 0, y, width: 300, height: h } });
await browser.close();
