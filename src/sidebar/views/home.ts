import type { View } from '../app';
import { h, notice } from '../dom';
import { busy } from '../form';
import { call } from '../rpc';

export const homeView: View = {
  id: 'beranda',
  title: 'Beranda',
  render(root) {
    const status = h('div');
    const setup = h('button', { type: 'button', class: 'primary' }, 'Siapkan register');
    setup.addEventListener('click', () =>
      busy(setup, async () => {
        const result = await call('setupRegister');
        status.replaceChildren(
          result.ok
            ? notice('ok', result.data.created.length ? `Lembar dibuat: ${result.data.created.join(', ')}.` : 'Register sudah lengkap.')
            : notice('fail', result.errors.map((e) => e.message).join(' ')),
        );
      }),
    );
    root.append(
      h('h1', {}, 'Beranda'),
      h('p', { class: 'muted' }, 'Register pencatatan dan pelaporan HALO KOP-UKM (TikTok) Dinas Koperasi dan UKM Kabupaten Bogor.'),
      h('div', { class: 'actions' }, setup),
      status,
    );
  },
};
