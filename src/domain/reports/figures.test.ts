import { episodeView, plannedEpisode, tookPlace } from '../episodes/episodes';
import { isAnswered } from '../live/questions';
import { wibInstant } from '../shared/dates';
import { answeredBand, beneficiaryBand, compliance, periodFigures, recordsOf, timing } from './figures';
import { NOW, registerData } from './fixture';

const data = registerData();
const view = (id: string) => data.views.find((v) => v.id === id)!;
const november = periodFigures(data, '2026-11-01', '2026-11-30');

describe('episodes of a period', () => {
  it('counts planned, held, cancelled and not held; a cancelled episode is never held', () => {
    expect(november.records.map((r) => r.view.id)).toEqual(['EP-001', 'EP-002', 'EP-003', 'EP-004']);
    expect(november.held.map((r) => r.view.id)).toEqual(['EP-001', 'EP-002', 'EP-004']);
    expect([november.cancelled, november.notHeld]).toEqual([1, 0]);
    expect(tookPlace(view('EP-003'))).toBe(false);
    const december = periodFigures(data, '2026-12-01', '2026-12-31');
    expect([december.records.length, december.held.length, december.notHeld]).toEqual([1, 0, 1]);
  });

  it('counts koperasi and UKM guests of held episodes, by kecamatan', () => {
    expect(november.guests).toEqual({
      koperasi: 1,
      ukm: 2,
      distinct: 3,
      byKecamatan: [
        { kecamatan: 'Cibinong', koperasi: 1, ukm: 1 },
        { kecamatan: 'Ciawi', koperasi: 0, ukm: 1 },
      ],
    });
  });
});

describe('SOP timing and compliance', () => {
  it('is on time up to the deadline (the window end, else the end of the due date), late after it', () => {
    const { episode, stages } = plannedEpisode(
      { id: 'EP-009', liveDate: '2026-11-06', guestId: 'NS-001', topic: 'x', recordedBy: '', recordedAt: '' },
      { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' },
      4,
    );
    const at = (stage: string, doneAt: string) => {
      const rows = stages.map((s) => (s.stage === stage ? { ...s, doneAt } : s));
      const v = episodeView(episode, rows, undefined, { ...episode, evaluationWeekday: 4 }, NOW);
      return timing(v, v.stages.find((s) => s.key === stage)!);
    };
    expect(at('live', '2026-11-06 08:30')).toBe('onTime');
    expect(at('live', '2026-11-06 08:31')).toBe('late');
    expect(at('pengumpulan_feedback', '2026-11-09 23:59')).toBe('onTime');
    expect(at('pengumpulan_feedback', '2026-11-10 00:01')).toBe('late');
    const v = episodeView(episode, stages, undefined, { ...episode, evaluationWeekday: 4 }, wibInstant('2026-11-09', '12:00'));
    expect(timing(v, v.stages[5])).toBe('open');
    expect(timing(v, v.stages[0])).toBe('overdue');
  });

  it('shares stages done on time among those due, per stage, leaving cancelled episodes out', () => {
    expect(november.compliance.total).toEqual({ due: 24, onTime: 22, late: 1, overdue: 1, recorded: 0 });
    const perStage = Object.fromEntries(november.compliance.perStage.map(({ stage, ...c }) => [stage.key, c]));
    expect(perStage.hubungi_narasumber).toEqual({ due: 3, onTime: 2, late: 1, overdue: 0, recorded: 0 });
    expect(perStage.pengumpulan_feedback).toEqual({ due: 3, onTime: 2, late: 0, overdue: 1, recorded: 0 });
    expect(perStage.live).toEqual({ due: 3, onTime: 3, late: 0, overdue: 0, recorded: 0 });
  });

  it('counts only stages already due for a scheduled episode', () => {
    expect(compliance([view('EP-005')]).total).toEqual({ due: 2, onTime: 0, late: 0, overdue: 2, recorded: 0 });
    expect(timing(view('EP-003'), view('EP-003').stages[4])).toBe('cancelled');
  });
});

describe('viewers, questions, beneficiaries', () => {
  it('uses the latest LIVE figures of an episode and sorts the viewer counts by time', () => {
    const record = recordsOf(data)(view('EP-001'));
    expect(record.metrics?.totalViewers).toBe(250);
    expect(record.viewerCounts.map((c) => c.viewers)).toEqual([20, 45, 60, 40]);
  });

  it('totals, averages and finds the best episode', () => {
    expect(november.viewers.perEpisode.map((p) => p.value)).toEqual([250, 400, 150]);
    expect(november.viewers.total).toBe(800);
    // 800 / 3 = 266,67: whole people, as every report and the dashboard state it.
    expect(november.viewers.mean).toBe(267);
    expect(november.viewers.best?.record.view.id).toBe('EP-002');
  });

  it('counts questions of held episodes; followed-up ones and typed answers without status are answered', () => {
    expect(november.questions).toEqual({ received: 6, answered: 5 });
    expect(isAnswered({ status: '', answer: '  ' } as never)).toBe(false);
    expect(isAnswered({ status: 'ditindaklanjuti', answer: '' } as never)).toBe(true);
  });

  it('takes unique viewers as beneficiaries, total viewers where unique ones are not recorded', () => {
    expect(november.beneficiaries).toBe(180 + 400 + 120);
  });

  it('lists open follow-ups, evaluations and LIVE evidence', () => {
    expect(november.openActions.map((a) => a.action.id)).toEqual(['TL-002', 'TL-003']);
    expect([november.evaluated, november.withEvidence]).toEqual([1, 2]);
  });
});

describe('innovation index bands', () => {
  it('classifies the share answered on the whole percent: ≤ 50 / 51–90 / ≥ 91', () => {
    expect(answeredBand(0, 0)).toBeNull();
    expect(answeredBand(1, 2)).toBe('≤ 50%');
    expect(answeredBand(1003, 2000)).toBe('≤ 50%'); // 50,15% prints as 50%
    expect(answeredBand(1011, 2000)).toBe('51–90%'); // 50,55% prints as 51%
    expect(answeredBand(5, 6)).toBe('51–90%');
    expect(answeredBand(181, 200)).toBe('≥ 91%'); // 90,5% prints as 91%
    expect(answeredBand(10, 10)).toBe('≥ 91%');
  });

  it('classifies beneficiaries: 1–200 / 201–500 / ≥ 501', () => {
    expect([0, 1, 200, 201, 500, 501].map(beneficiaryBand)).toEqual([null, '1–200', '1–200', '201–500', '201–500', '≥ 501']);
  });
});

describe('a period without episodes', () => {
  it('has zeros and no best episode', () => {
    const empty = periodFigures(data, '2027-01-01', '2027-01-31');
    expect(empty).toMatchObject({
      records: [],
      held: [],
      cancelled: 0,
      notHeld: 0,
      beneficiaries: 0,
      openActions: [],
      evaluated: 0,
      withEvidence: 0,
      questions: { received: 0, answered: 0 },
      viewers: { total: 0, mean: null, best: null, perEpisode: [] },
      guests: { koperasi: 0, ukm: 0, distinct: 0, byKecamatan: [] },
    });
    expect(empty.compliance.total).toEqual({ due: 0, onTime: 0, late: 0, overdue: 0, recorded: 0 });
  });
});
