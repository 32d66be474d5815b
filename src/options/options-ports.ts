/** What the options page needs from the browser; tests pass fakes. */
import type { Settings, SettingsRead, UserRule } from '../core/settings.js';

export interface OptionsPorts {
  load(): Promise<SettingsRead>;
  /** Rejects with an Error whose message says what could not be saved. */
  save(settings: Settings): Promise<void>;
  /** Asks for the host permission of a user rule; must be called from a click. */
  requestAccess(host: string): Promise<boolean>;
  hasAccess(host: string): Promise<boolean>;
  releaseAccess(host: string): Promise<void>;
  /** Registers and removes user-rule content scripts to match the rules. */
  syncScripts(rules: readonly UserRule[]): Promise<void>;
  download(filename: string, text: string): void;
  now(): number;
}
