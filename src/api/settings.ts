import { mergeSettings, type Settings, settingsInput } from '../domain/settings/settings';
import { collect, type FieldError, form, Refusal } from '../domain/shared/validation';
import { FOLDER_PROBLEM, findFolder, logoImage } from '../gas/report-doc';
import { writeSettings } from '../gas/settings-store';
import { type Context, endpoint } from './endpoint';

export const getSettings = endpoint(form({}), (_input, ctx): Settings => ctx.settings(), { write: false });

/** The settings after `change`, or every problem with it at once: its rules, and a folder or logo that cannot be opened. */
function settingsChecks(change: Partial<Settings>, ctx: Context): Settings {
  const before = ctx.settings();
  const errors: FieldError[] = [];
  const after = collect(errors, () => mergeSettings(before, change));
  // A folder or logo that cannot be opened is refused now, not discovered by the next report.
  const { reportFolderId, logoFileId } = { ...before, ...change };
  if (reportFolderId && reportFolderId !== before.reportFolderId && !findFolder(reportFolderId))
    errors.push({ field: 'reportFolderId', message: FOLDER_PROBLEM });
  if (logoFileId && logoFileId !== before.logoFileId) {
    const logo = logoImage(logoFileId);
    if ('problem' in logo) errors.push({ field: 'logoFileId', message: logo.problem });
  }
  if (errors.length || !after) throw new Refusal(errors);
  return after;
}

export const saveSettings = endpoint(
  settingsInput,
  (change, ctx): Settings => {
    const before = ctx.settings();
    const after = settingsChecks(change, ctx);
    writeSettings(ctx.register, after);
    ctx.audit('ubah pengaturan', 'pengaturan', before, after);
    return after;
  },
  { write: true, rules: settingsChecks },
);
