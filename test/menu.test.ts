/**
 * The spreadsheet menu, chosen as a user chooses it. Apps Script throws away what a menu item's function returns, so
 * each item must show its outcome itself: a toast when it went well, an alert when it did not.
 */
import { MENU_ITEMS } from '../src/entrypoints';
import { loadProduct } from '../tools/harness';
import { BUSY } from './fixtures/world';

const A = 'pelaksana@example.go.id';
const B = 'humas@example.go.id';
const CAPTIONS = MENU_ITEMS.filter((i) => i !== null)
  .map((i) => i.caption)
  .filter((c) => c !== 'Buka panel');

describe('the HALO KOP-UKM menu', () => {
  it('every item shows the user what it did', () => {
    const product = loadProduct();
    for (const caption of CAPTIONS) {
      const shown = product.menu(caption, A);
      expect([caption, shown.toasts.length + shown.alerts.length]).toEqual([caption, 1]);
      for (const t of shown.toasts) expect(t).toMatchObject({ title: 'HALO KOP-UKM', user: A });
      for (const a of shown.alerts) expect(a).toMatchObject({ title: caption, user: A });
    }
  });

  it('says what it did in a toast, and why not in an alert naming the owner of the reminders', () => {
    const product = loadProduct();
    expect(product.menu('Siapkan register', A).toasts.map((t) => t.message)).toEqual(['Register HALO KOP-UKM sudah disiapkan.']);
    expect(product.menu('Siapkan register', A).toasts.map((t) => t.message)).toEqual([
      'Register sudah lengkap; tidak ada yang perlu diperbaiki.',
    ]);
    expect(product.menu('Pasang pengingat otomatis', A).toasts.map((t) => t.message)).toEqual([
      `Pengingat otomatis aktif setiap jam, dikirim atas nama ${A}.`,
    ]);
    const refused = product.menu('Pasang pengingat otomatis', B);
    expect(refused.toasts).toEqual([]);
    expect(refused.alerts.map((a) => [a.title, a.prompt.split('. ')[0]])).toEqual([
      ['Pasang pengingat otomatis', `Pengingat otomatis sudah dipasang oleh ${A} dan dikirim atas nama akun itu`],
    ]);
    expect(product.emu.triggers.map((t) => t.owner)).toEqual([A]);
  });

  it('opens the panel on Pengaturan after setting up a new register, and not when the register was complete', () => {
    const product = loadProduct();
    product.menu('Siapkan register', A);
    const [opened] = product.emu.ui.sidebars;
    expect(opened).toMatchObject({ title: 'HALO KOP-UKM', user: A });
    const start = /<div id="app" data-start="([^"]*)"/
      .exec(opened.content)?.[1]
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(start ?? 'null')).toMatchObject({ view: 'pengaturan', params: { mulai: '1' } });
    product.menu('Siapkan register', A);
    expect(product.emu.ui.sidebars).toHaveLength(1);
  });

  it('says "coba lagi" when the register is in use by someone else', () => {
    const product = loadProduct();
    product.menu('Siapkan register', A);
    product.emu.holdLock('script');
    for (const caption of ['Siapkan register', 'Pasang pengingat otomatis', 'Kirim pengingat sekarang', 'Perbarui dasbor']) {
      const shown = product.menu(caption, A);
      expect([caption, shown.toasts, shown.alerts.map((a) => a.prompt)]).toEqual([caption, [], [BUSY]]);
    }
  });
});
