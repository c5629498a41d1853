/** The "Dasbor" sheet: refreshed on demand (menu, sidebar) and at the end of every hourly run. */
import { NAME } from '../domain/shared/programme';
import { form } from '../domain/shared/validation';
import { openRegister } from '../gas/runtime';
import { endpoint } from './endpoint';
import { updateDashboard } from './shared/dashboard';

export const refreshDashboard = endpoint(form({}), (_input, ctx) => updateDashboard(ctx), { write: true });

/** Menu item "Perbarui dasbor": the refresh, with its outcome shown to the person who asked. */
export function showDashboardRefresh(): void {
  const result = refreshDashboard({});
  openRegister().toast(
    result.ok ? `Dasbor diperbarui${result.data.overdue ? `; ${result.data.overdue} tahap terlambat` : ''}.` : result.errors.map((e) => e.message).join(' '),
    NAME,
  );
}
