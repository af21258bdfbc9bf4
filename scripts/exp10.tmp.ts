import { ReusableBrowser } from './lib/chromium-reuse';
const b = await ReusableBrowser.launch({});
const r = b as any;
for (let i = 0; i < 4; i++) {
  const T: Record<string, number> = {}; let t = Date.now(); const mark = (k: string) => { T[k] = Date.now() - t; t = Date.now(); };
  const blank = await b.context.newPage(); mark('newPage');
  for (const page of b.context.pages()) if (page !== blank) await page.close(); mark('close');
  await b.context.clearPermissions(); mark('clearPerm');
  await b.context.clearCookies(); mark('clearCookies');
  await r.cdp.send('Extensions.uninstall', { id: b.extensionId }); mark('uninstall');
  const started = b.context.waitForEvent('serviceworker', { predicate: (w: any) => w.url().startsWith('chrome-extension://') });
  await r.cdp.send('Extensions.loadUnpacked', { path: r.extensionDir }); mark('load');
  const worker = await started; mark('worker');
  const welcome = await r.welcomePage(); mark('welcome');
  await welcome.waitForLoadState('load'); mark('welcomeLoad');
  await welcome.close(); mark('welcomeClose');
  await worker.evaluate(() => (globalThis as any).chrome.downloads.erase({})); mark('erase');
  const { settledStateForTest } = await import('./lib/chromium-reuse') as any;
  console.log(JSON.stringify(T));
}
await b.close();
