/** Looks up a UI string from _locales; injected so views render in Node tests too. */
export type Translate = (key: string, substitutions?: string | string[]) => string;
