// The slice of web-ext's Node API the lint test uses (web-ext ships no types).
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    file?: string;
    message: string;
    line?: number;
  }
  export interface LintResult {
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<LintResult>;
    };
  };
  export default webExt;
}
