import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 760 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:8791/');
await page.waitForTimeout(2500);
await page.getByRole('tab', { name: 'Plan' }).click();
await page.screenshot({ path: '/tmp/page.png' });
await browser.close();
