/**
 * "Catatan LIVE": one episode's records, usable during the LIVE — a viewer count in two taps with
 * the time filled in, questions and their answers, the comment import with its preview, the
 * figures from TikTok, feedback and the evaluation. The sections are in this folder; page.ts holds
 * what they share.
 */

import { currentEpisode } from '../../../domain/episodes/episodes';
import { addDays, wibDate } from '../../../domain/shared/dates';
import type { App, View } from '../../app';
import { append, clear, h, notice } from '../../dom';
import { call, serverNow } from '../../rpc';
import { badge, failed, when } from '../common';
import { importSection } from './comment-import';
import { evaluationSection } from './evaluation';
import { feedbackSection } from './feedback';
import { metricsSection } from './metrics';
import { LivePage, type LiveRecord } from './page';
import { questionsSection } from './questions';
import { viewersSection } from './viewers';

type Item = LiveRecord['items'][number];
type Stages = ReadonlyArray<Pick<LiveRecord['stages'][number], 'key' | 'status'>>;

/**
 * "Sudah" / "Belum" / "Opsional" for a record item, or "Tidak berlaku" when it is missing and its stage no longer
 * applies (the episode cancelled: stageStatus decides, as for the stage itself).
 */
function recordBadge(item: Item, stages: Stages): HTMLElement {
  if (item.recorded) return h('span', { class: 'badge selesai' }, 'Sudah');
  if (stages.find((s) => s.key === item.stage)?.status === 'tidak_berlaku') return badge('tidak_berlaku');
  // Grey, not red: whether a missing record is late is the stage timeline's business.
  return h('span', { class: 'badge' }, item.optional ? 'Opsional' : 'Belum');
}

/** What an episode has recorded and what is missing, by the status of each item's stage; the episode view shows it too. */
export function recordSummary(items: readonly Item[], stages: Stages): HTMLElement {
  return h(
    'ul',
    { class: 'plain', 'aria-label': 'Yang sudah dan belum dicatat' },
    ...items.map((i) =>
      h('li', { 'data-record': i.key }, recordBadge(i, stages), ' ', h('strong', {}, i.label), h('div', { class: 'muted' }, i.detail)),
    ),
  );
}

async function chooser(root: HTMLElement, app: App): Promise<void> {
  const status = h('div', {}, h('p', { class: 'muted' }, 'Memuat episode…'));
  root.append(h('h1', {}, 'Catatan LIVE'), status);
  // Today by the server's clock: the LIVE of today is found even when the PC's clock is wrong.
  const today = wibDate(await serverNow());
  await call('listEpisodes', { from: addDays(today, -28), to: addDays(today, 7) }).then((result) => {
    if (!result.ok) return status.replaceChildren(failed(result.errors));
    const episodes = result.data.episodes.filter((e) => e.status !== 'dibatalkan');
    if (!episodes.length) return status.replaceChildren(notice('warn', 'Tidak ada episode dalam 4 minggu terakhir atau minggu depan.'));
    const current = currentEpisode(episodes, today) as (typeof episodes)[number];
    const select = h(
      'select',
      { id: 'f-live-episode', 'aria-label': 'Episode' },
      ...episodes.map((e) => h('option', { value: e.id }, `${e.id} · ${when(e.liveDate)}`)),
    );
    select.value = current.id;
    const open = h('button', { type: 'button', class: 'primary' }, 'Buka');
    open.addEventListener('click', () => app.show('live', { id: select.value }));
    status.replaceChildren(h('label', { for: 'f-live-episode' }, 'Episode'), select, h('div', { class: 'actions' }, open));
  });
}

function livePage(root: HTMLElement, app: App, initial: LiveRecord): void {
  const page = new LivePage(initial, draw, app.params.section);
  const { id, body } = page;

  function draw(): void {
    const { record } = page;
    const back = h('button', { type: 'button' }, `Episode ${id}`);
    back.addEventListener('click', () => app.show('episode', { id }));
    const other = h('button', { type: 'button' }, 'Episode lain');
    other.addEventListener('click', () => app.show('live', { pilih: '1' }));
    clear(body);
    append(
      body,
      h('h1', {}, `Catatan LIVE ${id}`),
      h(
        'p',
        {},
        h('strong', {}, record.topic),
        h('div', { class: 'muted' }, when(record.liveDate, { start: record.times.liveStart, end: record.times.liveEnd })),
      ),
      record.status === 'dibatalkan' ? notice('warn', 'Episode dibatalkan; catatannya tidak dapat diubah lagi.') : null,
      viewersSection(page),
      h('h2', {}, 'Yang sudah dan belum dicatat'),
      recordSummary(record.items, record.stages),
      questionsSection(page),
      importSection(page),
      metricsSection(page),
      feedbackSection(page),
      evaluationSection(page),
      h('div', { class: 'actions' }, back, other),
    );
  }

  draw();
  root.append(page.status, body);
}

export const liveView: View = {
  id: 'live',
  title: 'Catatan LIVE',
  /** The phone opens straight on the episode the server picks (today's LIVE…); the sidebar offers a choice first. */
  async render(root, app) {
    const id = app.params.id;
    if (app.params.pilih || (!id && !app.phone)) return chooser(root, app);
    const loading = h('p', { class: 'muted' }, 'Memuat catatan LIVE…');
    root.append(loading);
    const result = await call('getLiveRecord', id ? { episodeId: id } : {});
    loading.remove();
    if (result.ok) livePage(root, app, result.data);
    else root.append(h('h1', {}, id ? `Catatan LIVE ${id}` : 'Catatan LIVE'), failed(result.errors));
  },
};
