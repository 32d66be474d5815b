/** The small part of web-ext's programmatic API that the scripts use (it ships no types). */
declare module 'web-ext' {
  interface ProgramOptions {
    shouldExitProgram?: boolean;
  }
  interface LintResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
    description?: string;
  }
  const webExt: {
    cmd: {
      build(params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean }, options?: ProgramOptions): Promise<{ extensionPath: string }>;
      lint(
        params: { sourceDir: string; artifactsDir?: string; output?: 'json' | 'text'; pretty?: boolean; warningsAsErrors?: boolean; selfHosted?: boolean; boring?: boolean },
        options?: ProgramOptions & { linterOutput?: 'none' },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
