import { fingerprinted, type FileReport, type LocatedFinding } from './sarif';

/**
 * Control characters written as escapes: a file named with a line break printed a finding of its
 * own making, and one with terminal codes could clear the screen or retitle the window.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The report as GitHub Actions workflow commands (`::warning file=…,line=…::message`): GitHub
 * shows each as an annotation on the file's line in the run and in a pull request's changes,
 * without code scanning (which a private repository has only with GitHub Advanced Security).
 * Information and hints are notices. Paths are relative to the folder checked, as GitHub reads
 * them relative to the repository's root.
 */
export function githubAnnotation(file: string, f: LocatedFinding): string {
  const command = f.level === 'error' || f.level === 'warning' ? f.level : 'notice';
  const properties = [`file=${property(printable(file))}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${property(f.code)}`];
  return `::${command} ${properties.join(',')}::${data(printable(f.message))}\n`;
}

/** A command's message: `%`, CR and LF escaped, as the runner reads them (`@actions/core`'s `escapeData`); `printable` has left no CR or LF, but a caller may not have. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property: also `:` and `,`, which would end it (`escapeProperty`). */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One issue of a GitLab code quality report (the Code Climate format that GitLab reads). */
interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major';
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * The report as a GitLab code quality report (`artifacts: reports: codequality:`), which GitLab
 * shows in a merge request's widget and changes: errors are `major`, warnings `minor`, and
 * information and hints `info`; each issue has the SARIF log's fingerprint, so GitLab tells new
 * findings from old ones when lines move.
 */
export function toCodeQuality(reports: FileReport[]): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = [];
  for (const report of reports) {
    for (const [f, fingerprint] of fingerprinted(report)) {
      const severity = f.level === 'error' ? 'major' : f.level === 'warning' ? 'minor' : 'info';
      issues.push({ description: f.message, check_name: f.code, fingerprint, severity, location: { path: report.file, lines: { begin: f.line, end: f.endLine } } });
    }
  }
  return issues;
}

/**
 * The report as JUnit XML, which Jenkins, GitLab, Azure Pipelines and most CI services show as
 * test results: a test suite per file, a test case per finding, failed for an error or a warning
 * (as the exit code counts them), passed with the message as output for information and hints,
 * and one passed case for a file with no finding. Written piece by piece to `write`.
 */
export function writeJunit(reports: readonly FileReport[], write: (text: string) => void): void {
  let tests = 0;
  let failures = 0;
  for (const report of reports) {
    tests += Math.max(1, report.findings.length);
    failures += report.findings.filter(fails).length;
  }
  write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="regen-notes" tests="${tests}" failures="${failures}" errors="0">\n`);
  for (const report of reports) {
    const file = xml(report.file);
    write(`  <testsuite name="${file}" tests="${Math.max(1, report.findings.length)}" failures="${report.findings.filter(fails).length}" errors="0">\n`);
    if (report.findings.length === 0) write(`    <testcase name="no findings" classname="${file}" file="${file}"/>\n`);
    for (const f of report.findings) {
      const where = `${report.file}:${f.line}:${f.column}`;
      const line = xml(`${where}  ${f.level}  ${f.code}  ${f.message}`);
      write(`    <testcase name="${xml(`${f.code} at ${f.line}:${f.column}`)}" classname="${file}" file="${file}" line="${f.line}">\n`);
      write(fails(f) ? `      <failure type="${f.code}" message="${xml(f.message)}">${line}</failure>\n` : `      <system-out>${line}</system-out>\n`);
      write('    </testcase>\n');
    }
    write('  </testsuite>\n');
  }
  write('</testsuites>\n');
}

function fails(f: LocatedFinding): boolean {
  return f.level === 'error' || f.level === 'warning';
}

/**
 * Text for XML 1.0 content and attributes: markup characters as references, control characters
 * written as escapes (`printable`, as in text output: XML cannot hold most of them at all), and a
 * lone surrogate as U+FFFD.
 */
function xml(text: string): string {
  return printable(text)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}
