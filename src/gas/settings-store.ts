/** Settings live as key/value rows on the "Pengaturan" sheet, visible and editable by the office. */
import { SETTING_LABELS, type Settings, settingKeys, settingsFromCells, settingToCell } from '../domain/settings/settings';
import type { Register } from './register';

export function readSettings(register: Register): Settings {
  const cells: Record<string, string> = {};
  for (const { key, value } of register.table('settings').rows()) cells[key] = value;
  return settingsFromCells(cells);
}

/** Writes every setting's row, adding rows for settings the sheet lacks. */
export function writeSettings(register: Register, settings: Settings): void {
  const table = register.table('settings');
  for (const key of settingKeys()) {
    const value = settingToCell(key, settings[key]);
    const found = table.find((r) => r.key === key);
    if (!found) table.append({ key, label: SETTING_LABELS[key], value });
    else if (found.row.value !== value || found.row.label !== SETTING_LABELS[key]) {
      table.update(found.index, { value, label: SETTING_LABELS[key] });
    }
  }
}
