/** Writing the "Dasbor" sheet from this year's register: on demand and in every hourly run. */
import { type Dashboard, dashboard } from '../../domain/dashboard/dashboard';
import type { RegisterData } from '../../domain/reports/figures';
import { periodRange } from '../../domain/reports/periods';
import { wibDate, wibDateTime } from '../../domain/shared/dates';
import { writeDashboard } from '../../gas/dashboard-sheet';
import type { Context } from '../endpoint';
import { awaitingEvidence } from './episodes';
import { registerData } from './register-data';
import { surveyRespondents, surveyScope } from './respondents';

/**
 * The dashboard's model, and the register data it was made from: every episode's view, so the hourly run plans its
 * reminders from the same reading of the register.
 */
export function dashboardModel(ctx: Context): { model: Dashboard; data: RegisterData } {
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
  // Earlier episodes too whose records may show a stage done: the overdue list covers every year.
  const data = registerData(ctx, [...new Set([...episodes.map((e) => e.id), ...awaitingEvidence(ctx)])]);
  const model = dashboard({
    data,
    respondents: { month: surveyRespondents(ctx.register, month, survey), year: surveyRespondents(ctx.register, thisYear, survey) },
    now: ctx.now,
  });
  return { model, data };
}

/** Under the lock: two refreshes at once would interleave their clear, write and charts. */
export function updateDashboard(ctx: Context, model = dashboardModel(ctx).model): { updatedAt: string; overdue: number } {
  writeDashboard(ctx.register.spreadsheet, model);
  return { updatedAt: wibDateTime(ctx.now), overdue: model.overdue };
}
