/**
 * Every function Apps Script calls by name: menu items, triggers, the web app's doGet and the endpoints
 * its pages call. The build turns each export into a top-level function of dist/Code.js; nothing else
 * becomes global. How each is reached (sidebar, trigger, menu, web app) is declared in src/entrypoints.ts.
 */

export { importComments } from './api/comments';
export { refreshDashboard, showDashboardRefresh } from './api/dashboard';
export { checkInstallation, checkRegister, showInstallationCheck, showRegisterCheck } from './api/diagnostics';
export {
  cancelEpisode,
  completeStage,
  getAgenda,
  getEpisode,
  getInvitation,
  listEpisodes,
  reopenStage,
  rescheduleEpisode,
  restoreEpisode,
  scheduleEpisode,
} from './api/episodes';
export { completeAction, saveEvaluation } from './api/evaluation';
export { archiveNarasumber, listNarasumber, restoreNarasumber, saveNarasumber } from './api/guests';
export { deleteRecord, excludeRecord, getLiveRecord, recordLiveMetrics, recordViewerCount, saveFeedback, saveQuestion } from './api/live';
export { onOpen, showSidebar } from './api/menu';
export { doGet, getPhoneLink } from './api/phone';
export {
  getReminderStatus,
  installTriggers,
  previewReminders,
  removeTriggers,
  runReminders,
  sendRemindersNow,
  showReminderInstall,
} from './api/reminders';
export { emailReportLink, generateEpisodeReport, generatePeriodReport, listReports, previewReportEmail } from './api/reports';
export { runSelfTest } from './api/self-test';
export { getSettings, saveSettings } from './api/settings';
export { getSetupStatus, setupRegister, showRegisterSetup } from './api/setup';
export {
  createSurveyForm,
  getIkm,
  getSurveyForm,
  onSurveySubmit,
  saveSurveyResponse,
  syncSurveyResponses,
} from './api/survey';
