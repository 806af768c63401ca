/** Command-line options of trust-coach, parsed and validated without a library. */
import { ROLES, type Role } from '../model/index';
import { cutAt } from '../model/chars';

export interface Options {
  role?: Role;
  to: string[];
  subject?: string;
  now?: string;
  tz?: string;
  json: boolean;
  batch?: string;
  /** An accounts file (--account): research notes on the recipients' organisation. */
  account?: string;
  /** A team playbook (--playbook). */
  playbook?: string;
  /** The most bytes read from any one input (--max-bytes); DEFAULT_MAX_BYTES without it. */
  maxBytes?: number;
  /** --summary: print a summary of every email scored instead of each report. */
  summary?: boolean;
  /** --summary-csv FILE: write that summary as CSV. */
  summaryCsv?: string;
  help: boolean;
  version: boolean;
  files: string[];
}

export type ParseResult = { ok: true; options: Options } | { ok: false; error: string };

export const USAGE = `Usage: trust-coach [options] FILE...
       trust-coach [options] --batch FILE.jsonl
       trust-coach [options] --summary FOLDER|MAILBOX.mbox...

Scores email drafts for how much trust they earn, on your machine.
FILE is a .txt draft (quoted history and the "-- " signature are not scored)
or a saved .eml message (its To: and Subject: are used); - reads a draft from
standard input. Only regular files are read (not devices, pipes or sockets).
A FOLDER is scored as its .eml files, an mbox file (named .mbox, or starting
with a "From " line) message by message, #N naming the Nth message.

Options:
  --role ROLE       prospecting, support or account (default: guessed from the draft)
  --to ADDRESS      recipient, "Name <addr>", a bare name or address; repeatable
                    (overrides the To: of an .eml)
  --subject TEXT    subject line (overrides the Subject: of an .eml)
  --now ISO         the time the email is sent, e.g. 2026-11-23T10:00:00+01:00
                    (default: now)
  --tz ZONE         your IANA time zone, e.g. Europe/Berlin (default: the system's)
  --json            print the report as JSON (one object per line for several files)
  --batch FILE      score a JSON Lines file: one {"body", "subject"?, "to"?, "role"?,
                    "now"?, "quoted"?} per line, one JSON report per line out;
                    a line's own fields win over --role, --to, --subject, --now
  --account FILE    your research notes: a Trust Coach accounts file (Settings >
                    Accounts > Export) or one account's JSON; each draft uses the
                    account of its recipients (or the file's only account)
  --playbook FILE   score against a team playbook (Settings > Playbooks > Export);
                    its phrases, weights, rules and coach notes apply
  --max-bytes N     refuse any input larger than N bytes (K, M, G allowed;
                    default 10M); applies to standard input too, and to
                    each message of a folder or mbox
  --summary         print, instead of each report, the emails scored, the
                    average score by role, the most frequent hints and the
                    promises made (as JSON with --json)
  --summary-csv FILE  also write that summary as CSV to FILE
  -h, --help        show this help
  -V, --version     show the version

Exit status: 0 when every draft was scored, 2 when any input was bad.
`;

type ValueOption = 'role' | 'to' | 'subject' | 'now' | 'tz' | 'batch' | 'account' | 'playbook' | 'max-bytes' | 'summary-csv';
const VALUE_OPTIONS: readonly ValueOption[] = ['role', 'to', 'subject', 'now', 'tz', 'batch', 'account', 'playbook', 'max-bytes', 'summary-csv'];
const FLAGS: Record<string, 'json' | 'help' | 'version' | 'summary'> = { '--json': 'json', '--summary': 'summary', '--help': 'help', '-h': 'help', '--version': 'version', '-V': 'version' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time on a real calendar day (Date alone rolls 02-31 over to March). */
export function isIsoDateTime(value: unknown): value is string {
  const m = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!m || Number.isNaN(new Date(m[0]).getTime())) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "5000", "64K", "10M", "1G" (binary multiples) as a positive whole number of bytes. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d{1,15})([kmg]?)$/i.exec(value.trim());
  if (!m) return undefined;
  const bytes = Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!;
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

function applyValue(options: Options, name: ValueOption, value: string): string | undefined {
  switch (name) {
    case 'role':
      if (!isRole(value)) return `--role must be one of ${ROLES.join(', ')} (got "${value}")`;
      options.role = value;
      return undefined;
    case 'now':
      if (!isIsoDateTime(value)) return `--now must be an ISO date-time such as 2026-11-23T10:00:00+01:00 (got "${value}")`;
      options.now = value;
      return undefined;
    case 'tz':
      if (!isTimeZone(value)) return `--tz: unknown time zone "${value}" (use an IANA name such as Europe/Berlin)`;
      options.tz = value;
      return undefined;
    case 'max-bytes': {
      const bytes = parseSize(value);
      if (bytes === undefined) return `--max-bytes must be a positive number of bytes, optionally with K, M or G (got "${value}")`;
      options.maxBytes = bytes;
      return undefined;
    }
    case 'summary-csv':
      options.summaryCsv = value;
      return undefined;
    case 'to':
      if (value.trim() === '') return '--to needs a recipient';
      options.to.push(value);
      return undefined;
    default:
      options[name] = value;
      return undefined;
  }
}

function valueOption(arg: string): { name: ValueOption; inline?: string } | undefined {
  const m = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
  const name = VALUE_OPTIONS.find((o) => o === m?.[1]);
  if (!m || !name) return undefined;
  return m[2] === undefined ? { name } : { name, inline: m[2] };
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const options: Options = { to: [], json: false, help: false, version: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    const flag = FLAGS[arg];
    if (flag) {
      options[flag] = true;
      continue;
    }
    const opt = valueOption(arg);
    if (opt) {
      const value = opt.inline ?? argv[i + 1];
      if (value === undefined || (opt.inline === undefined && value.startsWith('--'))) return { ok: false, error: `option --${opt.name} needs a value` };
      if (opt.inline === undefined) i++;
      const error = applyValue(options, opt.name, value);
      if (error) return { ok: false, error };
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { ok: false, error: `unknown option ${cutAt(arg, '=')} (see --help)` };
    options.files.push(arg);
  }
  return { ok: true, options };
}
