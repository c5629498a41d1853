/**
 * Every function Apps Script calls by name: menu items, triggers and sidebar endpoints. The build
 * turns each export into a top-level function of dist/Code.js; nothing else becomes global.
 */
export { onOpen, onInstall, showSidebar } from './api/menu';
export { setupRegister } from './api/setup';
export { getSettings, saveSettings } from './api/settings';
