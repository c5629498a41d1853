/**
 * How Apps Script reaches each global function of src/main.ts: from the sidebar or the phone page
 * (google.script.run), as a trigger, only from the menu, or as the web app's GET. The bundle test checks that this list and the bundle's globals are the same.
 */
import { NAME } from './domain/shared/programme';

export type Entry = 'sidebar' | 'trigger' | 'menu' | 'webapp';

export const ENTRYPOINTS = {
  onOpen: 'trigger',
  showSidebar: 'menu',
  setupRegister: 'sidebar',
  showRegisterSetup: 'menu',
  getSetupStatus: 'sidebar',
  getSettings: 'sidebar',
  saveSettings: 'sidebar',
  saveNarasumber: 'sidebar',
  listNarasumber: 'sidebar',
  archiveNarasumber: 'sidebar',
  restoreNarasumber: 'sidebar',
  scheduleEpisode: 'sidebar',
  getEpisode: 'sidebar',
  listEpisodes: 'sidebar',
  getAgenda: 'sidebar',
  completeStage: 'sidebar',
  reopenStage: 'sidebar',
  rescheduleEpisode: 'sidebar',
  cancelEpisode: 'sidebar',
  restoreEpisode: 'sidebar',
  getInvitation: 'sidebar',
  createSurveyForm: 'sidebar',
  getSurveyForm: 'sidebar',
  saveSurveyResponse: 'sidebar',
  syncSurveyResponses: 'sidebar',
  onSurveySubmit: 'trigger',
  getIkm: 'sidebar',
  runReminders: 'trigger',
  sendRemindersNow: 'menu',
  installTriggers: 'sidebar',
  showReminderInstall: 'menu',
  removeTriggers: 'sidebar',
  getReminderStatus: 'sidebar',
  previewReminders: 'sidebar',
  getLiveRecord: 'sidebar',
  recordLiveMetrics: 'sidebar',
  recordViewerCount: 'sidebar',
  saveQuestion: 'sidebar',
  saveFeedback: 'sidebar',
  excludeRecord: 'sidebar',
  deleteRecord: 'sidebar',
  importComments: 'sidebar',
  doGet: 'webapp',
  getPhoneLink: 'sidebar',
  saveEvaluation: 'sidebar',
  completeAction: 'sidebar',
  generateEpisodeReport: 'sidebar',
  generatePeriodReport: 'sidebar',
  listReports: 'sidebar',
  previewReportEmail: 'sidebar',
  emailReportLink: 'sidebar',
  refreshDashboard: 'sidebar',
  showDashboardRefresh: 'menu',
  checkRegister: 'sidebar',
  checkInstallation: 'sidebar',
  showRegisterCheck: 'menu',
  showInstallationCheck: 'menu',
  runSelfTest: 'menu',
} as const satisfies Record<string, Entry>;

export type GlobalName = keyof typeof ENTRYPOINTS;

/** How a global is reached; a name not declared here counts as a sidebar call (so tests demand an example for it). */
export const entryOf = (name: string): Entry => (ENTRYPOINTS as Record<string, Entry>)[name] ?? 'sidebar';

export const MENU_TITLE = NAME;
export const MENU_ITEMS: ReadonlyArray<{ caption: string; functionName: GlobalName } | null> = [
  { caption: 'Buka panel', functionName: 'showSidebar' },
  null,
  { caption: 'Siapkan register', functionName: 'showRegisterSetup' },
  { caption: 'Pasang pengingat otomatis', functionName: 'showReminderInstall' },
  { caption: 'Kirim pengingat sekarang', functionName: 'sendRemindersNow' },
  { caption: 'Perbarui dasbor', functionName: 'showDashboardRefresh' },
  null,
  { caption: 'Periksa register', functionName: 'showRegisterCheck' },
  { caption: 'Periksa instalasi', functionName: 'showInstallationCheck' },
  { caption: 'Uji fungsi di Google', functionName: 'runSelfTest' },
];

/** "menu HALO KOP-UKM › Siapkan register": where a message sends the user, in the menu's own words. */
export function menuPath(functionName: GlobalName): string {
  const item = MENU_ITEMS.find((i) => i?.functionName === functionName);
  if (!item) throw new Error(`${functionName} is not a menu item`);
  return `menu ${MENU_TITLE} › ${item.caption}`;
}
