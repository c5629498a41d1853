/** Writing the "Dasbor" sheet from this year's register: on demand and at the end of every hourly run. */
import { dashboard } from '../../domain/dashboard/dashboard';
import { periodRange } from '../../domain/reports/periods';
import { wibDate, wibDateTime } from '../../domain/shared/dates';
import { writeDashboard } from '../../gas/dashboard-sheet';
import { type Context, underLock } from '../endpoint';
import { awaitingEvidence } from './episodes';
import { registerData } from './register-data';
import { surveyRespondents, surveyScope } from './respondents';

/** Under the lock: two refreshes at once would interleave their clear, write and charts. */
export function updateDashboard(ctx: Context): { updatedAt: string; overdue: number } {
  const today = wibDate(ctx.now);
  const year = Number(today.slice(0, 4));
  const month = periodRange('month', year, Number(today.slice(5, 7)));
  const thisYear = periodRange('year', year);
  // The dashboard's figures are this year's: the sheets that grow with every episode are read for
  // this year's episodes and questionnaires only, so a refresh costs the same in the tenth year as in the first.
  const episodes = ctx.register
    .table('episodes')
    .rows()
    .filter((e) => e.liveDate >= thisYear.from && e.liveDate <= thisYear.to);
  const survey = surveyScope(thisYear);
  const d = dashboard({
    // Earlier episodes too whose records may show a stage done: the overdue list covers every year.
    data: registerData(ctx, [...new Set([...episodes.map((e) => e.id), ...awaitingEvidence(ctx)])]),
    respondents: { month: surveyRespondents(ctx.register, month, survey), year: surveyRespondents(ctx.register, thisYear, survey) },
    now: ctx.now,
  });
  writeDashboard(ctx.register.spreadsheet, d);
  return { updatedAt: wibDateTime(ctx.now), overdue: d.overdue };
}

/** For the hourly run: a dashboard failure is logged, never thrown, so it cannot stop the reminders. */
export function refreshDashboardQuietly(): void {
  try {
    const result = underLock(updateDashboard);
    if (!result.ok) console.warn(`Dasbor tidak diperbarui: ${result.errors.map((e) => e.message).join(' ')}`);
  } catch (error) {
    console.error(error);
  }
}
