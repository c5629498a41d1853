import { mergeSettings, type Settings, settingsInput } from '../domain/settings/settings';
import { form, refuse } from '../domain/shared/validation';
import { FOLDER_PROBLEM, findFolder, logoImage } from '../gas/report-doc';
import { writeSettings } from '../gas/settings-store';
import { endpoint } from './endpoint';

export const getSettings = endpoint(form({}), (_input, ctx): Settings => ctx.settings(), { write: false });

export const saveSettings = endpoint(
  settingsInput,
  (change, ctx): Settings => {
    const before = ctx.settings();
    const after = mergeSettings(before, change);
    // A folder or logo that cannot be opened is refused now, not discovered by the next report.
    if (after.reportFolderId && after.reportFolderId !== before.reportFolderId) {
      if (!findFolder(after.reportFolderId)) refuse('reportFolderId', FOLDER_PROBLEM);
    }
    if (after.logoFileId && after.logoFileId !== before.logoFileId) {
      const logo = logoImage(after.logoFileId);
      if ('problem' in logo) refuse('logoFileId', logo.problem);
    }
    writeSettings(ctx.register, after);
    ctx.audit('ubah pengaturan', 'pengaturan', before, after);
    return after;
  },
  { write: true },
);
