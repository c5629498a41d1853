/** Feedback received after the LIVE. */
import { FEEDBACK_CHANNELS, SENTIMENTS as SENTIMENT_VALUES } from '../../../domain/shared/schema';
import { h } from '../../dom';
import { call, type Input } from '../../rpc';
import { excludedBadge, type LivePage, options } from './page';

const CHANNELS = options(FEEDBACK_CHANNELS);
const SENTIMENTS = options(SENTIMENT_VALUES, 'Tidak dinilai');

export function feedbackSection(page: LivePage): HTMLElement {
  const f = page.scoped('umpan');
  return page.section(
    'umpan',
    `Umpan balik (${page.record.feedback.length})`,
    page.recordForm(
      'Umpan balik baru',
      'Simpan umpan balik',
      [
        f({ name: 'channel', label: 'Saluran', type: 'select', options: CHANNELS, required: true }),
        f({ name: 'text', label: 'Isi', type: 'textarea', required: true }),
        f({ name: 'sentiment', label: 'Sentimen', type: 'select', options: SENTIMENTS }),
      ],
      (v) => call('saveFeedback', { episodeId: page.id, ...(v as Omit<Input<'saveFeedback'>, 'episodeId'>) }),
      (d) => `Umpan balik ${d.id} disimpan.`,
      true,
    ),
    h(
      'ul',
      { class: 'plain', 'aria-label': 'Umpan balik' },
      ...page.record.feedback.map((fb) =>
        h(
          'li',
          { 'data-feedback': fb.id },
          h('div', { class: 'muted' }, [fb.id, fb.channel, fb.sentiment].filter(Boolean).join(' · ')),
          excludedBadge(fb.excluded),
          fb.text,
          page.recordActions('feedback', fb.id, `Umpan balik ${fb.id}`, fb.excluded),
        ),
      ),
    ),
  );
}
