// Unit tests for the settings -> initializationOptions mapping. Runs with
// node's own test runner; no VS Code needed.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  expandPath,
  languagesFrom,
  notFoundMessage,
  RULE_IDS,
  resolveServerCommand,
  statusText,
  toServerOptions,
  traceFrom,
} from "../src/config";

test("defaults: empty settings give lintOn=change and no rules", () => {
  const { options, warnings } = toServerOptions({});
  assert.deepEqual(options, { lintOn: "change", rules: {} });
  assert.deepEqual(warnings, []);
  assert.deepEqual(toServerOptions(undefined).options, { lintOn: "change", rules: {} });
});

test("VS Code's declared defaults map to the server's defaults", () => {
  const { options, warnings } = toServerOptions({
    path: "",
    languages: ["markdown", "plaintext", "latex", "typst"],
    lintOn: "change",
    documentDate: "",
    debounceMs: 150,
    maxFileSize: 10485760,
    rules: {},
    trace: "off",
  });
  assert.deepEqual(options, { lintOn: "change", debounceMs: 150, maxFileSize: 10485760, rules: {} });
  assert.deepEqual(warnings, []);
});

test("full settings map one to one, client-only keys are left out", () => {
  const { options, warnings } = toServerOptions({
    path: "/opt/copydesk/bin/copydesk",
    languages: ["markdown"],
    lintOn: "save",
    documentDate: "2024-10-20",
    debounceMs: 300,
    maxFileSize: 1000,
    rules: { "undated-event": "off", "missing-year": "error", "vague-attribution": "info" },
    trace: "verbose",
  });
  assert.deepEqual(options, {
    lintOn: "save",
    documentDate: "2024-10-20",
    debounceMs: 300,
    maxFileSize: 1000,
    rules: { "missing-year": "error", "undated-event": "off", "vague-attribution": "info" },
  });
  assert.deepEqual(warnings, []);
  // The server contract: exactly these keys, JSON-serialisable.
  assert.deepEqual(Object.keys(options).sort(), ["debounceMs", "documentDate", "lintOn", "maxFileSize", "rules"]);
  assert.deepEqual(JSON.parse(JSON.stringify(options)), options);
});

test("every catalogued rule id accepts every severity", () => {
  for (const id of RULE_IDS) {
    for (const sev of ["off", "info", "warning", "error"] as const) {
      const { options, warnings } = toServerOptions({ rules: { [id]: sev } });
      assert.deepEqual(options.rules, { [id]: sev });
      assert.deepEqual(warnings, []);
    }
  }
});

test("severity aliases and case are normalised", () => {
  const { options } = toServerOptions({
    rules: { "missing-year": "Warn", "relative-date": " ERROR ", "undated-event": "hint", "anonymous-source": "information" },
  });
  assert.deepEqual(options.rules, {
    "anonymous-source": "info",
    "missing-year": "warning",
    "relative-date": "error",
    "undated-event": "info",
  });
});

test("invalid values are dropped with a warning", () => {
  const { options, warnings } = toServerOptions({
    lintOn: "always",
    documentDate: "20 October 2024",
    debounceMs: -5,
    maxFileSize: "big",
    rules: { "missing-year": "loud", "Bad Id": "off", "relative-date": 3 },
  });
  assert.deepEqual(options, { lintOn: "change", rules: {} });
  assert.equal(warnings.length, 7);
  assert.match(warnings.join("\n"), /lintOn/);
  assert.match(warnings.join("\n"), /documentDate/);
  assert.match(warnings.join("\n"), /missing-year/);
});

test("documentDate must be a real calendar date", () => {
  assert.equal(toServerOptions({ documentDate: "2024-02-29" }).options.documentDate, "2024-02-29");
  assert.equal(toServerOptions({ documentDate: "2023-02-29" }).options.documentDate, undefined);
  assert.equal(toServerOptions({ documentDate: "2024-13-01" }).options.documentDate, undefined);
  assert.equal(toServerOptions({ documentDate: " 2024-10-20 " }).options.documentDate, "2024-10-20");
});

test("rules must be an object", () => {
  const r = toServerOptions({ rules: ["missing-year"] });
  assert.deepEqual(r.options.rules, {});
  assert.equal(r.warnings.length, 1);
});

test("unknown rule ids are passed on with a warning", () => {
  const r = toServerOptions({ rules: { "future-rule": "off" } });
  assert.deepEqual(r.options.rules, { "future-rule": "off" });
  assert.equal(r.warnings.length, 1);
});

test("numbers given as strings are accepted", () => {
  const r = toServerOptions({ debounceMs: "200", maxFileSize: 12.7 });
  assert.equal(r.options.debounceMs, 200);
  assert.equal(r.options.maxFileSize, 12);
});

test("languages and trace", () => {
  assert.deepEqual(languagesFrom(undefined), ["markdown", "plaintext", "latex", "typst"]);
  assert.deepEqual(languagesFrom([]), ["markdown", "plaintext", "latex", "typst"]);
  assert.deepEqual(languagesFrom(["markdown", " latex ", "markdown", 3]), ["markdown", "latex"]);
  assert.equal(traceFrom("verbose"), "verbose");
  assert.equal(traceFrom("loud"), "off");
});

test("binary lookup: PATH, configured path, not found", () => {
  const exists = new Set(["/usr/local/bin/copydesk", "/home/me/src/copydesk/target/release/copydesk"]);
  const isExecutable = (f: string) => exists.has(f);
  const env = { pathEnv: "/usr/bin:/usr/local/bin", platform: "linux" as const, homeDir: "/home/me", isExecutable };

  assert.deepEqual(resolveServerCommand("", env), { found: true, command: "/usr/local/bin/copydesk" });
  assert.deepEqual(resolveServerCommand(undefined, env), { found: true, command: "/usr/local/bin/copydesk" });
  assert.deepEqual(resolveServerCommand("~/src/copydesk/target/release/copydesk", env), {
    found: true,
    command: "/home/me/src/copydesk/target/release/copydesk",
  });
  assert.deepEqual(
    resolveServerCommand("target/release/copydesk", { ...env, workspaceFolder: "/home/me/src/copydesk" }),
    { found: true, command: "/home/me/src/copydesk/target/release/copydesk" },
  );
  assert.deepEqual(
    resolveServerCommand("${workspaceFolder}/target/release/copydesk", { ...env, workspaceFolder: "/home/me/src/copydesk" }),
    { found: true, command: "/home/me/src/copydesk/target/release/copydesk" },
  );

  const missing = resolveServerCommand("", { ...env, pathEnv: "/usr/bin:/bin" });
  assert.equal(missing.found, false);
  if (!missing.found) {
    assert.deepEqual(missing.tried, ["/usr/bin/copydesk", "/bin/copydesk"]);
    const msg = notFoundMessage(missing, "");
    assert.match(msg, /not found on PATH/);
    assert.match(msg, /cargo install/);
    assert.match(msg, /copydesk\.path/);
  }
  const badConfigured = resolveServerCommand("/nope/copydesk", env);
  assert.equal(badConfigured.found, false);
  if (!badConfigured.found) {
    assert.equal(badConfigured.configured, true);
    assert.match(notFoundMessage(badConfigured, "/nope/copydesk"), /\/nope\/copydesk/);
  }
});

test("binary lookup on Windows uses PATHEXT", () => {
  const isExecutable = (f: string) => f === "C:\\tools\\copydesk.EXE";
  const r = resolveServerCommand("", {
    pathEnv: "C:\\Windows;C:\\tools",
    pathExt: ".EXE;.CMD",
    platform: "win32",
    isExecutable,
  });
  assert.deepEqual(r, { found: true, command: "C:\\tools\\copydesk.EXE" });
});

test("binary lookup with the real file system", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-test-"));
  try {
    const bin = path.join(dir, "copydesk");
    fs.writeFileSync(bin, "#!/bin/sh\n");
    if (process.platform !== "win32") {
      fs.chmodSync(bin, 0o644);
      assert.equal(resolveServerCommand("", { pathEnv: dir }).found, false, "non-executable file is skipped");
      fs.chmodSync(bin, 0o755);
      assert.deepEqual(resolveServerCommand("", { pathEnv: dir }), { found: true, command: bin });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("expandPath", () => {
  assert.equal(expandPath("~", { homeDir: "/h" }), "/h");
  assert.equal(expandPath("${userHome}/bin/copydesk", { homeDir: "/h" }), "/h/bin/copydesk");
  assert.equal(expandPath("${workspaceFolder}/x", { homeDir: "/h" }), "${workspaceFolder}/x");
});

test("status text", () => {
  assert.equal(statusText(undefined), undefined);
  assert.equal(statusText(0), "$(check) copydesk");
  assert.equal(statusText(7), "$(warning) copydesk: 7");
});

test("package.json declares the settings and commands", () => {
  // out-test/test/config.test.js -> package root is two levels up.
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
  const props = Object.keys(pkg.contributes.configuration.properties);
  for (const key of [
    "copydesk.path",
    "copydesk.languages",
    "copydesk.lintOn",
    "copydesk.documentDate",
    "copydesk.rules",
    "copydesk.trace.server",
  ]) {
    assert.ok(props.includes(key), `missing setting ${key}`);
  }
  const rules = pkg.contributes.configuration.properties["copydesk.rules"].properties;
  assert.deepEqual(Object.keys(rules).sort(), [...RULE_IDS].sort());
  const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual(commands.sort(), ["copydesk.fixAll", "copydesk.restartServer", "copydesk.showOutput"]);
  assert.ok(pkg.activationEvents.includes("onLanguage:markdown"));
  assert.ok(pkg.activationEvents.includes("onLanguage:plaintext"));
  assert.ok(pkg.activationEvents.includes("onLanguage:latex"));
  assert.ok(pkg.activationEvents.includes("onLanguage:typst"));
});
