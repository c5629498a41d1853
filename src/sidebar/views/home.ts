import type { View } from '../app';
import { h, notice } from '../dom';
import { busy } from '../form';
import { call } from '../rpc';
import { loadAgenda } from './agenda';
import { failed } from './common';
import { phoneLink } from './phone-link';
import { NAME } from '../../domain/shared/programme';

export const homeView: View = {
  id: 'beranda',
  title: 'Beranda',
  async render(root, app) {
    const status = h('div');
    const agendaSlot = h('div', {}, h('p', { class: 'muted' }, 'Memuat agenda…'));
    const setup = h('button', { type: 'button' }, 'Siapkan register');
    setup.addEventListener('click', () =>
      busy(setup, async () => {
        const result = await call('setupRegister');
        status.replaceChildren(
          result.ok
            ? notice('ok', result.data.created.length ? `Lembar dibuat: ${result.data.created.join(', ')}.` : 'Register sudah lengkap.')
            : failed(result.errors),
        );
        if (result.ok) await loadAgenda(agendaSlot, app);
      }),
    );
    const schedule = h('button', { type: 'button', class: 'primary' }, 'Jadwalkan episode');
    schedule.addEventListener('click', () => app.show('jadwal'));
    const guest = h('button', { type: 'button' }, 'Tambah narasumber');
    guest.addEventListener('click', () => app.show('narasumber', { baru: '1' }));
    root.append(
      h('h1', {}, 'Beranda'),
      h('p', { class: 'muted' }, `Register pencatatan dan pelaporan ${NAME} (TikTok) Dinas Koperasi dan UKM Kabupaten Bogor.`),
      h('div', { class: 'actions' }, schedule, guest),
      agendaSlot,
      h('div', { class: 'actions' }, setup),
      status,
      phoneLink(),
    );
    await loadAgenda(agendaSlot, app);
  },
};
