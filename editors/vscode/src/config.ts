// Settings -> server options mapping, and binary lookup.
//
// This module must not import `vscode`: it is unit-tested with node's own
// test runner, outside VS Code.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const RULE_IDS = [
  "unattributed-claim",
  "unattributed-quote",
  "vague-attribution",
  "anonymous-source",
  "unsourced-figure",
  "relative-date",
  "missing-year",
  "undated-event",
] as const;

export type Severity = "off" | "info" | "warning" | "error";
export const SEVERITIES: readonly Severity[] = ["off", "info", "warning", "error"];

export type LintOn = "change" | "save";

/** The `copydesk.*` settings as VS Code hands them over (all optional, untrusted). */
export interface RawSettings {
  path?: unknown;
  languages?: unknown;
  lintOn?: unknown;
  documentDate?: unknown;
  debounceMs?: unknown;
  maxFileSize?: unknown;
  rules?: unknown;
  trace?: unknown;
}

/**
 * What the server receives as `initializationOptions` and, under the key
 * `copydesk`, in `workspace/didChangeConfiguration` / `workspace/configuration`.
 * Keys left out mean "server default / copydesk.toml decides".
 */
export interface ServerOptions {
  lintOn: LintOn;
  documentDate?: string;
  debounceMs?: number;
  rules: Record<string, Severity>;
  maxFileSize?: number;
}

export interface MappingResult {
  options: ServerOptions;
  /** Human-readable problems with the settings (ignored values). */
  warnings: string[];
}

export const DEFAULT_LANGUAGES = ["markdown", "plaintext", "latex", "typst"];
const RULE_ID_RE = /^[a-z][a-z0-9-]*$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

function nonNegativeInt(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return Math.floor(v);
  if (typeof v === "string" && /^\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** Map the `copydesk.*` settings to the server's initialization options. */
export function toServerOptions(raw: RawSettings | undefined | null): MappingResult {
  const s: RawSettings = raw ?? {};
  const warnings: string[] = [];

  let lintOn: LintOn = "change";
  if (s.lintOn === "change" || s.lintOn === "save") {
    lintOn = s.lintOn;
  } else if (s.lintOn !== undefined && s.lintOn !== null && s.lintOn !== "") {
    warnings.push(`copydesk.lintOn: "${String(s.lintOn)}" is not "change" or "save"; using "change".`);
  }

  const options: ServerOptions = { lintOn, rules: {} };

  if (typeof s.documentDate === "string" && s.documentDate.trim() !== "") {
    const d = s.documentDate.trim();
    if (isValidDate(d)) {
      options.documentDate = d;
    } else {
      warnings.push(`copydesk.documentDate: "${d}" is not a date in YYYY-MM-DD form; ignored.`);
    }
  } else if (s.documentDate !== undefined && s.documentDate !== null && typeof s.documentDate !== "string") {
    warnings.push("copydesk.documentDate must be a string (YYYY-MM-DD); ignored.");
  }

  if (s.debounceMs !== undefined && s.debounceMs !== null) {
    const n = nonNegativeInt(s.debounceMs);
    if (n === undefined) warnings.push("copydesk.debounceMs must be a non-negative integer; ignored.");
    else options.debounceMs = n;
  }

  if (s.maxFileSize !== undefined && s.maxFileSize !== null) {
    const n = nonNegativeInt(s.maxFileSize);
    if (n === undefined) warnings.push("copydesk.maxFileSize must be a non-negative integer; ignored.");
    else options.maxFileSize = n;
  }

  if (s.rules !== undefined && s.rules !== null) {
    if (typeof s.rules !== "object" || Array.isArray(s.rules)) {
      warnings.push("copydesk.rules must be an object mapping rule ids to severities; ignored.");
    } else {
      // Sorted so that the options are stable (and comparable) across runs.
      for (const key of Object.keys(s.rules as object).sort()) {
        const id = key.trim();
        const value = (s.rules as Record<string, unknown>)[key];
        const sev = typeof value === "string" ? value.trim().toLowerCase() : value;
        if (!RULE_ID_RE.test(id)) {
          warnings.push(`copydesk.rules: "${key}" is not a rule id; ignored.`);
          continue;
        }
        if (sev === "warn") {
          options.rules[id] = "warning";
        } else if (sev === "information" || sev === "hint") {
          options.rules[id] = "info";
        } else if (typeof sev === "string" && (SEVERITIES as readonly string[]).includes(sev)) {
          options.rules[id] = sev as Severity;
        } else {
          warnings.push(
            `copydesk.rules.${id}: "${String(value)}" is not one of off, info, warning, error; ignored.`,
          );
          continue;
        }
        if (!(RULE_IDS as readonly string[]).includes(id)) {
          warnings.push(`copydesk.rules: "${id}" is not a known rule id (passed on to the server anyway).`);
        }
      }
    }
  }

  return { options, warnings };
}

/** The `copydesk.languages` setting, cleaned; the defaults when empty/invalid. */
export function languagesFrom(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [...DEFAULT_LANGUAGES];
  const langs = raw.filter((x): x is string => typeof x === "string" && x.trim() !== "").map((x) => x.trim());
  return langs.length > 0 ? Array.from(new Set(langs)) : [...DEFAULT_LANGUAGES];
}

export type TraceLevel = "off" | "messages" | "verbose";
export function traceFrom(raw: unknown): TraceLevel {
  return raw === "messages" || raw === "verbose" ? raw : "off";
}

export interface ResolveEnv {
  /** Value of PATH. */
  pathEnv?: string;
  /** Value of PATHEXT (Windows). */
  pathExt?: string;
  platform?: NodeJS.Platform;
  homeDir?: string;
  workspaceFolder?: string;
  /** Injected for tests. */
  isExecutable?: (file: string) => boolean;
}

export type Resolution =
  | { found: true; command: string }
  | { found: false; tried: string[]; configured: boolean };

function defaultIsExecutable(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return false;
    if (process.platform === "win32") return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Expand `~`, `${userHome}` and `${workspaceFolder}` in a configured path. */
export function expandPath(p: string, env: ResolveEnv = {}): string {
  const home = env.homeDir ?? os.homedir();
  let out = p.trim();
  if (out === "~") out = home;
  else if (out.startsWith("~/") || out.startsWith("~\\")) out = path.join(home, out.slice(2));
  out = out.replace(/\$\{userHome\}/g, home);
  if (env.workspaceFolder !== undefined) {
    out = out.replace(/\$\{workspaceFolder\}/g, env.workspaceFolder);
  }
  return out;
}

/**
 * Find the copydesk binary: `copydesk.path` when set (relative paths are
 * taken from the workspace folder), else `copydesk` on PATH.
 */
export function resolveServerCommand(configuredPath: unknown, env: ResolveEnv = {}): Resolution {
  const platform = env.platform ?? process.platform;
  const isExec = env.isExecutable ?? defaultIsExecutable;
  const pathMod = platform === "win32" ? path.win32 : path.posix;
  const exts =
    platform === "win32"
      ? ["", ...(env.pathExt ?? process.env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").filter(Boolean)]
      : [""];

  if (typeof configuredPath === "string" && configuredPath.trim() !== "") {
    let p = expandPath(configuredPath, env);
    const hasSep = p.includes("/") || (platform === "win32" && p.includes("\\"));
    const tried: string[] = [];
    if (hasSep) {
      if (!pathMod.isAbsolute(p) && env.workspaceFolder) p = pathMod.join(env.workspaceFolder, p);
      for (const ext of exts) {
        tried.push(p + ext);
        if (isExec(p + ext)) return { found: true, command: p + ext };
      }
      return { found: false, tried, configured: true };
    }
    // A bare name ("copydesk-nightly"): look it up on PATH.
    const r = searchPath(p, env.pathEnv ?? process.env.PATH ?? "", platform, exts, isExec);
    return r.command ? { found: true, command: r.command } : { found: false, tried: r.tried, configured: true };
  }

  const r = searchPath("copydesk", env.pathEnv ?? process.env.PATH ?? "", platform, exts, isExec);
  return r.command ? { found: true, command: r.command } : { found: false, tried: r.tried, configured: false };
}

function searchPath(
  name: string,
  pathEnv: string,
  platform: NodeJS.Platform,
  exts: string[],
  isExec: (f: string) => boolean,
): { command?: string; tried: string[] } {
  const pathMod = platform === "win32" ? path.win32 : path.posix;
  const sep = platform === "win32" ? ";" : ":";
  const tried: string[] = [];
  for (const dir of pathEnv.split(sep)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = pathMod.join(dir.replace(/^"(.*)"$/, "$1"), name + ext);
      tried.push(candidate);
      if (isExec(candidate)) return { command: candidate, tried };
    }
  }
  return { tried };
}

/** The message shown when the binary cannot be found, with the fix. */
export function notFoundMessage(r: Extract<Resolution, { found: false }>, configuredPath: unknown): string {
  const install =
    "Install it (from the copydesk repository: `cargo install --path .`, which puts it in ~/.cargo/bin) " +
    "and make sure it is on PATH, or set \"copydesk.path\" to the binary's full path.";
  if (r.configured) {
    return `copydesk: the binary set in "copydesk.path" (${String(configuredPath)}) was not found or is not executable. ${install}`;
  }
  return `copydesk: the \`copydesk\` binary was not found on PATH. ${install}`;
}

/** Text of the status-bar item for a number of findings (undefined: no item). */
export function statusText(count: number | undefined): string | undefined {
  if (count === undefined) return undefined;
  if (count === 0) return "$(check) copydesk";
  return `$(warning) copydesk: ${count}`;
}

export function statusTooltip(bySeverity: { error: number; warning: number; info: number }): string {
  const total = bySeverity.error + bySeverity.warning + bySeverity.info;
  if (total === 0) return "copydesk: no findings in this document";
  const parts: string[] = [];
  if (bySeverity.error) parts.push(`${bySeverity.error} error${bySeverity.error === 1 ? "" : "s"}`);
  if (bySeverity.warning) parts.push(`${bySeverity.warning} warning${bySeverity.warning === 1 ? "" : "s"}`);
  if (bySeverity.info) parts.push(`${bySeverity.info} info`);
  return `copydesk: ${total} finding${total === 1 ? "" : "s"} in this document (${parts.join(", ")}). Click to show them.`;
}
