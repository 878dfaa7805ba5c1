// Smoke test of the esbuild bundle: it loads (with a stand-in for the
// `vscode` module, which only exists inside VS Code) and exports
// activate/deactivate. Skipped when `npm run compile` has not run.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const Module = require("node:module");

test("dist/extension.js loads and exports activate/deactivate", (t) => {
  const bundle = path.join(__dirname, "..", "..", "dist", "extension.js");
  if (!fs.existsSync(bundle)) {
    t.skip("dist/extension.js not built (run npm run compile)");
    return;
  }
  const handler: ProxyHandler<object> = {
    get: (target, prop) => (prop in target ? (target as Record<string | symbol, unknown>)[prop] : new Proxy(function () {}, handler)),
  };
  const origLoad = Module._load;
  Module._load = function (request: string, ...rest: unknown[]) {
    if (request === "vscode") return new Proxy({}, handler);
    return origLoad.call(this, request, ...rest);
  };
  try {
    const ext = require(bundle);
    assert.equal(typeof ext.activate, "function");
    assert.equal(typeof ext.deactivate, "function");
  } finally {
    Module._load = origLoad;
  }
});
