import { formatDateTimeId } from '../../domain/shared/dates';
import type { View } from '../app';
import { clear, h, messages, notice } from '../dom';
import { busy } from '../form';
import { call, type Data } from '../rpc';
import { failed } from './common';

function statusCard(s: Data<'getReminderStatus'>): HTMLElement {
  const last = s.lastRun;
  return h(
    'div',
    { class: 'card', 'data-testid': 'reminder-status' },
    h(
      'div',
      {},
      !s.installed
        ? notice('warn', 'Pengingat otomatis belum dipasang.')
        : s.dead
          ? notice(
              'fail',
              `Pemicu milik ${s.owner} tidak berjalan sejak lebih dari sehari. Pasang pengingat otomatis untuk memindahkannya ke akun Anda.`,
            )
          : notice('ok', 'Pengingat otomatis aktif (setiap jam).'),
    ),
    s.owner
      ? h(
          'div',
          { class: 'hint' },
          s.ownedByMe
            ? `Dikirim atas nama akun Anda (${s.owner}).`
            : `Dikirim atas nama akun ${s.owner}; hanya akun itu yang dapat menghentikannya.`,
        )
      : null,
    h(
      'div',
      {},
      last
        ? `Terakhir berjalan ${formatDateTimeId(last.at)}: ${last.sent} email terkirim, ${last.deferred} ditunda.`
        : 'Belum pernah berjalan.',
    ),
    h('div', {}, `Sisa kuota email hari ini: ${s.quotaLeft} penerima.`),
    h('div', {}, `Menunggu: ${s.pending} · Gagal: ${s.failed} · Tidak pasti: ${s.uncertain}`),
    last?.errors.length ? notice('fail', messages(last.errors)) : null,
    s.missingRoles.length ? notice('warn', `Belum ada alamat email untuk: ${s.missingRoles.join(', ')}. Isi di Pengaturan.`) : null,
  );
}

export const remindersView: View = {
  id: 'pengingat',
  title: 'Pengingat email',
  async render(root, app) {
    const body = h('div');
    const status = h('div');
    const install = h('button', { type: 'button', class: 'primary' }, 'Pasang pengingat otomatis');
    const remove = h('button', { type: 'button' }, 'Hentikan pengingat');
    const preview = h('button', { type: 'button' }, 'Lihat email berikutnya');
    const previewList = h('div');
    const refresh = async () => {
      const result = await call('getReminderStatus', {});
      clear(body);
      body.append(result.ok ? statusCard(result.data) : failed(result.errors));
    };
    install.addEventListener('click', () =>
      busy(install, async () => {
        const result = await call('installTriggers');
        const home = h('button', { type: 'button' }, 'Kembali ke Beranda');
        home.addEventListener('click', () => app.show('beranda'));
        status.replaceChildren(
          ...(result.ok
            ? [notice('ok', 'Pengingat otomatis terpasang.'), guided ? h('div', { class: 'actions' }, home) : '']
            : [failed(result.errors)]),
        );
        await refresh();
      }),
    );
    remove.addEventListener('click', () =>
      busy(remove, async () => {
        const result = await call('removeTriggers');
        status.replaceChildren(result.ok ? notice('ok', 'Pengingat otomatis dihentikan.') : failed(result.errors));
        await refresh();
      }),
    );
    preview.addEventListener('click', () =>
      busy(preview, async () => {
        const result = await call('previewReminders', {});
        clear(previewList);
        if (!result.ok) return previewList.append(failed(result.errors));
        if (!result.data.emails.length)
          return previewList.append(h('p', { class: 'muted' }, 'Tidak ada email yang akan dikirim saat ini.'));
        previewList.append(
          ...result.data.emails.map((m) =>
            h('details', { class: 'card' }, h('summary', {}, `${m.to}: ${m.subject}`), h('pre', {}, m.body)),
          ),
        );
      }),
    );
    const guided = app.params.mulai === '1';
    root.append(
      h('h1', {}, 'Pengingat email'),
      guided
        ? notice('ok', 'Langkah terakhir: tekan "Pasang pengingat otomatis" agar email pengingat tiap tahapan SOP terkirim setiap jam.')
        : '',
      h('p', { class: 'muted' }, 'Setiap jam register memeriksa tahapan SOP dan mengirim satu email ringkasan per penerima.'),
      body,
      status,
      h('div', { class: 'actions' }, install, remove, preview),
      previewList,
    );
    if (guided) install.focus();
    await refresh();
  },
};
