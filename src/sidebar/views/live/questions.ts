/** Questions from the audience: a new one, and answering those still open (unanswered first). */

import { ANSWERED_ON_AIR } from '../../../domain/live/questions';
import { wibDate, wibTime } from '../../../domain/shared/dates';
import { formatNumberId, formatPercentId } from '../../../domain/shared/numbers';
import { QUESTION_STATUSES, QUESTION_TOPICS } from '../../../domain/shared/schema';
import { clear, h } from '../../dom';
import { busy } from '../../form';
import { call, type Input, now } from '../../rpc';
import { failed, texts } from '../common';
import { clock, excludedBadge, type LivePage, type LiveRecord, options } from './page';

const TOPICS = options(QUESTION_TOPICS, 'Tebak dari pertanyaan');
const STATUSES = options(QUESTION_STATUSES);

function questionItem(page: LivePage, q: LiveRecord['questions'][number], slot: HTMLElement): HTMLElement {
  // During the LIVE an answer is spoken, not typed: one tap records it as answered on air.
  const onAir = h('button', { type: 'button', class: 'primary', 'aria-label': `Dijawab: ${q.id}` }, 'Dijawab');
  onAir.addEventListener('click', () =>
    busy(onAir, async () => {
      const r = await call('saveQuestion', { id: q.id, episodeId: page.id, status: 'terjawab', answer: ANSWERED_ON_AIR });
      if (r.ok) page.saved(r.data, `Pertanyaan ${q.id} dijawab.`, r.warnings);
      else page.status.replaceChildren(failed(r.errors));
    }),
  );
  const answer = h('button', { type: 'button', 'aria-label': `Jawab ${q.id}` }, q.answer ? 'Ubah jawaban' : 'Jawab');
  const form = h('div');
  answer.addEventListener('click', () => {
    clear(slot);
    const f = page.scoped(`jawab-${q.id}`);
    form.replaceChildren(
      page.recordForm(
        `Jawaban ${q.id}`,
        'Simpan jawaban',
        [
          f({ name: 'answer', label: 'Jawaban', type: 'textarea', value: q.answer }),
          f({ name: 'answeredBy', label: 'Dijawab oleh', value: q.answeredBy, placeholder: 'mis. narasumber' }),
          f({ name: 'status', label: 'Status', type: 'select', options: STATUSES, value: q.answer ? q.status : 'terjawab' }),
          f({ name: 'topic', label: 'Topik', type: 'select', options: TOPICS.slice(1), value: q.topic || 'lainnya' }),
        ],
        (v) =>
          call('saveQuestion', {
            id: q.id,
            episodeId: page.id,
            ...texts(v, ['answer', 'answeredBy']),
            status: v.status as Input<'saveQuestion'>['status'],
            topic: v.topic as Input<'saveQuestion'>['topic'],
          }),
        () => `Jawaban ${q.id} disimpan.`,
      ),
    );
    slot.append(form);
  });
  return h(
    'li',
    { 'data-question': q.id },
    q.excluded
      ? excludedBadge(q.excluded)
      : h('span', { class: q.status === 'belum dijawab' ? 'badge terlambat' : 'badge selesai' }, q.status),
    ' ',
    h('strong', {}, q.question),
    h('div', { class: 'muted' }, [q.id, q.askerHandle, clock(q.askedAt), q.topic].filter(Boolean).join(' · ')),
    q.answer ? h('div', {}, 'Jawaban: ', q.answer) : null,
    q.excluded ? null : h('div', { class: 'actions' }, q.answer ? null : onAir, answer),
    page.recordActions('questions', q.id, `Pertanyaan ${q.id}`, q.excluded),
  );
}

export function questionsSection(page: LivePage): HTMLElement {
  const f = page.scoped('tanya');
  const { stats } = page.record;
  const form = page.recordForm(
    'Pertanyaan baru',
    'Simpan pertanyaan',
    [
      f({ name: 'question', label: 'Pertanyaan', type: 'textarea', required: true }),
      f({ name: 'askerHandle', label: 'Penanya (akun TikTok)', placeholder: '@akun' }),
      // Now during the LIVE's day; typed in later, the time is not known.
      f({ name: 'askedAt', label: 'Pukul', type: 'time', value: wibDate(now()) === page.record.liveDate ? wibTime(now()) : '' }),
      f({ name: 'answer', label: 'Jawaban (bila sudah dijawab)', type: 'textarea' }),
      f({ name: 'topic', label: 'Topik', type: 'select', options: TOPICS }),
    ],
    (v) =>
      call('saveQuestion', {
        episodeId: page.id,
        question: String(v.question ?? ''),
        ...texts(v, ['askerHandle', 'askedAt', 'answer']),
        ...(v.topic ? { topic: v.topic as Input<'saveQuestion'>['topic'] } : {}),
      }),
    (data) => `Pertanyaan ${data.id} disimpan.`,
    true,
  );
  // Unanswered first: during the Q&A they are the work; excluded ones last.
  const rank = (q: LiveRecord['questions'][number]) => (q.excluded ? 2 : Number(q.status !== 'belum dijawab'));
  const questions = [...page.record.questions].sort((a, b) => rank(a) - rank(b));
  return page.section(
    'tanya',
    `Tanya jawab (${stats.total})`,
    h(
      'p',
      { class: 'muted' },
      stats.total
        ? `${formatNumberId(stats.answered)} dari ${formatNumberId(stats.total)} terjawab atau ditindaklanjuti (${formatPercentId(stats.answered, stats.total)}).`
        : 'Belum ada pertanyaan.',
    ),
    form,
    h(
      'ul',
      { class: 'plain', 'aria-label': 'Pertanyaan' },
      ...questions.map((q) => {
        const slot = h('div');
        const li = questionItem(page, q, slot);
        li.append(slot);
        return li;
      }),
    ),
  );
}
