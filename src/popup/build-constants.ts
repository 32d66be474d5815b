/** Values the build puts into the bundle (esbuild `define`); see scripts/lib/build-extension.ts. */
declare const __FOREWARN_BUGS_URL__: string;
declare const __FOREWARN_RULES_URL__: string;

/** The project's issue tracker (from package.json `repository`, see scripts/lib/project-links.ts); '' when none is set. */
export const BUGS_URL: string = typeof __FOREWARN_BUGS_URL__ === 'string' ? __FOREWARN_BUGS_URL__ : '';

/** Where each rule's public file lives (`<RULES_URL><id>.json`), from the same `repository`; '' when none is set. */
export const RULES_URL: string = typeof __FOREWARN_RULES_URL__ === 'string' ? __FOREWARN_RULES_URL__ : '';
