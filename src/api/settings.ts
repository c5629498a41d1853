import { mergeSettings, type Settings, settingsInput } from '../domain/settings/settings';
import { form } from '../domain/shared/validation';
import { writeSettings } from '../gas/settings-store';
import { endpoint } from './endpoint';

export const getSettings = endpoint(form({}), (_input, ctx): Settings => ctx.settings(), { write: false });

export const saveSettings = endpoint(
  settingsInput,
  (change, ctx): Settings => {
    const before = ctx.settings();
    const after = mergeSettings(before, change);
    writeSettings(ctx.register, after);
    ctx.audit('ubah pengaturan', 'pengaturan', before, after);
    return after;
  },
  { write: true },
);
