/** Settings the browser tests write through the extension's own storage (see ExtensionBrowser.inExtension). */
export const EVERY_VISIT = `async (api) => api.storage.sync.set({ settings: { version: 2, mode: 'every-visit', mutedCategories: [], paused: false, services: {} } })`;

export function storeSettings(settings: Record<string, unknown>): string {
  return `async (api) => api.storage.sync.set({ settings: ${JSON.stringify({ version: 2, mode: 'every-visit', mutedCategories: [], paused: false, services: {}, ...settings })} })`;
}
