import { formatMessage } from './messages';
import type { Lang, Problem } from './types';

export type ReportFormat = 'text' | 'json' | 'github';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'github'];

export interface Summary {
  filesRead: number;
  entriesAccepted: number;
  errors: number;
  warnings: number;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column));
}

/** `data/partners/acme.yaml:12:7  tier: "gld" is not allowed...`: the form editors and terminals link. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = p.fieldPath ? `${p.fieldPath}: ` : '';
  const level = p.severity === 'warning' ? (lang === 'en' ? 'warning: ' : '警告：') : '';
  return `${p.file}:${p.line}:${p.column}  ${level}${where}${formatMessage(p, lang)}`;
}

export function formatSummary(s: Summary, lang: Lang): string {
  return lang === 'en'
    ? `${s.filesRead} files read, ${s.entriesAccepted} entries accepted, ${s.errors} error${s.errors === 1 ? '' : 's'}${s.warnings ? `, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}` : ''}.`
    : `读取 ${s.filesRead} 个文件，接受 ${s.entriesAccepted} 个条目，${s.errors} 个错误${s.warnings ? `，${s.warnings} 个警告` : ''}。`;
}

/** GitHub Actions workflow commands: data must escape %, CR and LF; properties also : and ,. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatReport(problems: Problem[], summary: Summary, format: ReportFormat, lang: Lang): string {
  const sorted = sortProblems(problems);
  if (format === 'json') {
    return JSON.stringify(
      {
        summary,
        problems: sorted.map((p) => ({
          file: p.file,
          line: p.line,
          column: p.column,
          severity: p.severity,
          code: p.code,
          field: p.fieldPath,
          message: formatMessage(p, lang),
          params: p.params,
        })),
      },
      null,
      2,
    );
  }
  if (format === 'github') {
    const lines = sorted.map((p) => {
      const cmd = p.severity === 'warning' ? 'warning' : 'error';
      const message = `${p.fieldPath ? `${p.fieldPath}: ` : ''}${formatMessage(p, lang)}`;
      return `::${cmd} file=${ghProperty(p.file)},line=${p.line},col=${p.column}::${ghData(message)}`;
    });
    return [...lines, formatSummary(summary, lang)].join('\n');
  }
  return [...sorted.map((p) => formatProblem(p, lang)), formatSummary(summary, lang)].join('\n');
}
