import type { Episode } from '../episodes/episodes';
import type { Action } from './evaluation';
import { actionErrors, meetingDateErrors, openEarlier } from './evaluation';

const episode = (id: string, liveDate: string) => ({ id, liveDate }) as Episode;
const action = (id: string, episodeId: string, status: 'terbuka' | 'selesai', dueDate = '2026-12-10'): Action => ({
  id,
  episodeId,
  action: `Tindakan ${id}`,
  pic: 'Humas',
  dueDate,
  status,
  doneAt: '',
  doneBy: '',
});

describe('evaluation rules', () => {
  it('places the meeting after the LIVE and not in the future, and follow-ups after the meeting', () => {
    expect(meetingDateErrors('2026-12-03', '2026-11-27', '2026-12-03')).toEqual([]);
    expect(meetingDateErrors('2026-11-26', '2026-11-27', '2026-12-03')[0].message).toBe(
      'Tanggal rapat tidak boleh sebelum tanggal LIVE (27 November 2026).',
    );
    expect(meetingDateErrors('2026-12-04', '2026-11-27', '2026-12-03')[0].field).toBe('meetingDate');
    expect(actionErrors([{ dueDate: '2026-12-10' }, { dueDate: '2026-12-01' }], '2026-12-03')).toEqual([
      { field: 'actions.1.dueDate', message: 'Batas waktu tindak lanjut 2 tidak boleh sebelum tanggal rapat.' },
    ]);
  });

  it('shows the open actions of earlier episodes, oldest due first', () => {
    const episodes = [episode('EP-001', '2026-11-20'), episode('EP-002', '2026-11-27'), episode('EP-003', '2026-12-04')];
    const actions = [
      action('TL-001', 'EP-001', 'terbuka', '2026-12-01'),
      action('TL-002', 'EP-001', 'selesai'),
      action('TL-003', 'EP-002', 'terbuka', '2026-11-30'),
      action('TL-004', 'EP-003', 'terbuka'),
    ];
    expect(openEarlier(actions, episodes, episodes[2]).map((a) => a.id)).toEqual(['TL-003', 'TL-001']);
    expect(openEarlier(actions, episodes, episodes[0])).toEqual([]);
  });
});
