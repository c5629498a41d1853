import { usePreview, type PreviewBrowser } from './browser';
jest.setTimeout(120_000);
let b: PreviewBrowser;
usePreview((o) => { b = o; });
test('scratch', async () => {
  await b.menu('HALO KOP-UKM', 'Siapkan register');
  await b.menu('HALO KOP-UKM', 'Buka panel');
  const frame = await b.sidebarView('survei');
  await frame.getByRole('button', { name: 'Buat formulir survei' }).click();
  await new Promise((r) => setTimeout(r, 8000));
  console.log(await frame.locator('main').innerText());
  await b.page.screenshot({ path: '/tmp/fixes-scratch/survey.png' });
});
