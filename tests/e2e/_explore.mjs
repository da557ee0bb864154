import { serve, launch, phonePage } from './helpers.mjs';
const server = await serve(); const browser = await launch();
const { context, page } = await phonePage(browser);
await page.goto(server.url);
await page.getByRole('button', { name: 'Start now' }).waitFor();
for (const r of ['button','group','DisclosureTriangle','link','generic']) {
  try { console.log(r, await page.getByRole(r, { name: 'Check as of another date' }).count()); } catch (e) { console.log(r, 'ERR', e.message.split('\n')[0]); }
}
console.log(await page.locator('summary').ariaSnapshot?.());
await browser.close(); server.stop();
