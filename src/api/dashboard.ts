/** The "Dasbor" sheet: refreshed on demand (menu, sidebar) and at the end of every hourly run. */
import { form } from '../domain/shared/validation';
import { endpoint } from './endpoint';
import { fromMenu } from './menu';
import { updateDashboard } from './shared/dashboard';

export const refreshDashboard = endpoint(form({}), (_input, ctx) => updateDashboard(ctx), { write: true });

/** Menu item "Perbarui dasbor". */
export function showDashboardRefresh(): void {
  fromMenu(
    'Perbarui dasbor',
    () => refreshDashboard({}),
    (d) => ({ toast: `Dasbor diperbarui${d.overdue ? `; ${d.overdue} tahap terlambat` : ''}.` }),
  );
}
