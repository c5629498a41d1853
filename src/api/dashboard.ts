/** The "Dasbor" sheet: refreshed on demand (menu, sidebar) and at the end of every hourly run. */
import { wibDate, wibDateTime } from '../domain/dates';
import { dashboard } from '../domain/dashboard';
import { periodRange } from '../domain/periods';
import { form } from '../domain/validation';
import { writeDashboard } from '../gas/dashboard-sheet';
import { activeSpreadsheet } from '../gas/runtime';
import { endpoint } from './endpoint';
import { registerData } from './reports';
import { surveyRespondents } from './survey';

/** Under the lock: two refreshes at once would interleave their clear, write and charts. */
export const refreshDashboard = endpoint(form({}), (_input, ctx): { updatedAt: string; overdue: number } => {
  const today = wibDate(ctx.now);
  const year = Number(today.slice(0, 4));
  const month = periodRange('month', year, Number(today.slice(5, 7)));
  const d = dashboard({
    data: registerData(ctx),
    respondents: {
      month: surveyRespondents(ctx.register, month),
      year: surveyRespondents(ctx.register, periodRange('year', year)),
    },
    now: ctx.now,
  });
  writeDashboard(activeSpreadsheet(), d);
  return { updatedAt: wibDateTime(ctx.now), overdue: d.overdue };
}, { write: true });

/** For the hourly run: a dashboard failure is logged, never thrown, so it cannot stop the reminders. */
export function refreshDashboardQuietly(): void {
  try {
    const result = refreshDashboard({});
    if (!result.ok) console.warn(`Dasbor tidak diperbarui: ${result.errors.map((e) => e.message).join(' ')}`);
  } catch (error) {
    console.error(error);
  }
}
