-- Headless end-to-end test of the copydesk Neovim plugin against a real
-- `copydesk lsp`. Run through test/run.sh, or:
--
--   COPYDESK=target/release/copydesk COPYDESK_SEED=tests/fixtures/seed.md \
--     nvim --headless -u editors/neovim/test/init.lua
--
-- Environment:
--   COPYDESK              the copydesk binary (default: `copydesk` on PATH)
--   COPYDESK_SEED         the seed report to copy and open (default: tests/fixtures/seed.md)
--   COPYDESK_NVIM_LEGACY  1: force the Neovim 0.7 code path (start_client + buf_attach_client)
--   COPYDESK_TIMEOUT_MS   how long to wait for diagnostics (default 20000)
--
-- Exits 0 when every check passes, 1 (with messages on stderr) otherwise.

local uv = vim.loop or vim.uv

local function script_dir()
  local src = debug.getinfo(1, "S").source:sub(2)
  return vim.fn.fnamemodify(src, ":p:h")
end

local test_dir = script_dir()
local plugin_dir = vim.fn.fnamemodify(test_dir, ":h")
local repo_dir = vim.fn.fnamemodify(plugin_dir, ":h:h")

vim.opt.runtimepath:prepend(plugin_dir)
vim.opt.swapfile = false
vim.opt.shadafile = "NONE"
vim.cmd("filetype on")

local function out(msg)
  io.stdout:write(msg .. "\n")
end
local function err(msg)
  io.stderr:write(msg .. "\n")
end

local failures = {}
local checks = 0

local function check(cond, what, detail)
  checks = checks + 1
  if cond then
    out("ok   " .. what)
  else
    out("FAIL " .. what .. (detail and (": " .. detail) or ""))
    table.insert(failures, what .. (detail and (": " .. detail) or ""))
  end
  return cond
end

local function finish()
  if #failures == 0 then
    out(string.format("neovim: all %d checks passed (Neovim %s)", checks, tostring(vim.version and vim.version().minor and
      (vim.version().major .. "." .. vim.version().minor .. "." .. vim.version().patch) or "?")))
    vim.cmd("qall!")
  else
    err(string.format("neovim: %d of %d checks failed:", #failures, checks))
    for _, f in ipairs(failures) do
      err("  - " .. f)
    end
    vim.cmd("cquit 1")
  end
end

local function fail_now(msg)
  table.insert(failures, msg)
  out("FAIL " .. msg)
  finish()
end

local function read_file(path)
  local f = io.open(path, "rb")
  if not f then
    return nil
  end
  local s = f:read("*a")
  f:close()
  return s
end

local function write_file(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

-- Plain (non-pattern) find.
local function plain_find(s, needle, init)
  return string.find(s, needle, init or 1, true)
end

local function plain_replace_first(s, from, to)
  local i, j = plain_find(s, from)
  if not i then
    return s
  end
  return s:sub(1, i - 1) .. to .. s:sub(j + 1)
end

-- The 0-based UTF-16 column of byte offset `byte0` (0-based) in `line`.
local function utf16_col(line, byte0)
  if vim.fn.has("nvim-0.11") == 1 then
    return vim.str_utfindex(line, "utf-16", byte0)
  end
  local _, u16 = vim.str_utfindex(line, byte0)
  return u16
end

local function diag_code(d)
  return d.code
end

local function run()
  local copydesk = os.getenv("COPYDESK")
  if copydesk == nil or copydesk == "" then
    copydesk = "copydesk"
  end
  local seed = os.getenv("COPYDESK_SEED")
  if seed == nil or seed == "" then
    seed = repo_dir .. "/tests/fixtures/seed.md"
  end
  local timeout = tonumber(os.getenv("COPYDESK_TIMEOUT_MS") or "") or 20000
  local legacy = os.getenv("COPYDESK_NVIM_LEGACY") == "1"

  if vim.fn.executable(copydesk) ~= 1 then
    return fail_now("copydesk binary not executable: " .. copydesk .. " (set $COPYDESK)")
  end
  local seed_text = read_file(seed)
  if not seed_text then
    return fail_now("seed report not readable: " .. seed .. " (set $COPYDESK_SEED)")
  end

  local copydesk_mod = require("copydesk")

  -- Root detection, without a server.
  local tmp = vim.fn.tempname()
  vim.fn.mkdir(tmp .. "/proj/drafts/2024", "p")
  vim.fn.mkdir(tmp .. "/repo/.git", "p")
  vim.fn.mkdir(tmp .. "/repo/sub", "p")
  vim.fn.mkdir(tmp .. "/loose", "p")
  write_file(tmp .. "/proj/copydesk.toml", "")
  local tmp_real = uv.fs_realpath(tmp) or tmp
  check(
    copydesk_mod.find_root(tmp .. "/proj/drafts/2024/a.md") == tmp .. "/proj",
    "root: nearest copydesk.toml upward",
    copydesk_mod.find_root(tmp .. "/proj/drafts/2024/a.md")
  )
  check(copydesk_mod.find_root(tmp .. "/repo/sub/a.md") == tmp .. "/repo", "root: nearest .git upward")
  local loose_root = copydesk_mod.find_root(tmp .. "/loose/a.md")
  check(loose_root == tmp .. "/loose" or loose_root == tmp_real .. "/loose", "root: else the file's folder", loose_root)

  -- Record the raw LSP diagnostics the server publishes.
  local published = {}
  local default_handler = vim.lsp.handlers["textDocument/publishDiagnostics"]
  vim.lsp.handlers["textDocument/publishDiagnostics"] = function(e, result, ctx, config)
    if result and result.uri then
      published[result.uri] = result.diagnostics or {}
    end
    return default_handler(e, result, ctx, config)
  end

  copydesk_mod.setup({
    cmd = { copydesk, "lsp" },
    filetypes = { "markdown", "text" },
    settings = { documentDate = "2024-10-20", lintOn = "change" },
    legacy = legacy or nil,
  })
  check(vim.fn.exists(":CopydeskFixAll") == 2, "setup defines :CopydeskFixAll")

  -- A copy of the seed report in a folder of its own (no copydesk.toml,
  -- no .git: the root is the file's folder).
  local work = tmp .. "/loose"
  local path = work .. "/seed.md"
  write_file(path, seed_text)

  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo[bufnr].filetype == "markdown", "seed.md has filetype markdown", vim.bo[bufnr].filetype)

  local attached = vim.wait(5000, function()
    return #copydesk_mod.clients(bufnr) > 0
  end, 20)
  if not check(attached, "a copydesk client attaches to the buffer") then
    return finish()
  end
  local client = copydesk_mod.clients(bufnr)[1]
  check(client.name == "copydesk", "client name is copydesk")
  local expected_root_ok = client.config.root_dir == work or client.config.root_dir == tmp_real .. "/loose"
  check(expected_root_ok, "client root_dir is the file's folder", tostring(client.config.root_dir))

  local uri = vim.uri_from_bufnr(bufnr)
  local required = { "vague-attribution", "unsourced-figure", "missing-year", "relative-date" }

  -- The server's LSP diagnostics for the buffer: pushed (publishDiagnostics,
  -- Neovim 0.7-0.9) or pulled (textDocument/diagnostic, which Neovim 0.10+
  -- announces; vim.diagnostic then keeps the LSP diagnostic in user_data.lsp).
  local function lsp_diags()
    if published[uri] then
      return published[uri], "push"
    end
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local raw = d.user_data and d.user_data.lsp
      if d.source == "copydesk" and raw and raw.range then
        table.insert(out, raw)
      end
    end
    if #out > 0 then
      return out, "pull"
    end
    return nil, nil
  end

  local function codes()
    local set = {}
    for _, d in ipairs(lsp_diags() or {}) do
      if d.source == "copydesk" and d.code then
        set[tostring(d.code)] = true
      end
    end
    return set
  end
  local got_all = vim.wait(timeout, function()
    local set = codes()
    for _, r in ipairs(required) do
      if not set[r] then
        return false
      end
    end
    return true
  end, 50)

  local set = codes()
  local names = vim.tbl_keys(set)
  table.sort(names)
  local first, mode = lsp_diags()
  check(#(first or {}) > 0, "diagnostics for the buffer within " .. timeout .. " ms", "none pushed or pulled")
  out("     (diagnostics by " .. tostring(mode) .. ")")
  for _, r in ipairs(required) do
    check(set[r] == true, "diagnostic with code " .. r, "got: " .. table.concat(names, ", "))
  end
  if not got_all then
    err("diagnostics: " .. vim.inspect((lsp_diags())))
  end

  -- The diagnostics also reach vim.diagnostic with source and code.
  local vd = vim.diagnostic.get(bufnr)
  local vd_codes = {}
  for _, d in ipairs(vd) do
    if d.source == "copydesk" then
      vd_codes[tostring(diag_code(d) or (d.user_data and d.user_data.lsp and d.user_data.lsp.code))] = true
    end
  end
  check(vd_codes["vague-attribution"] == true, "vim.diagnostic.get() holds the copydesk diagnostics")

  -- missing-year sits on `on 3 October`.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local target_line, col_on, col_3, col_end
  for i, line in ipairs(lines) do
    local s, e = plain_find(line, "on 3 October")
    if s then
      target_line = i - 1
      col_on = utf16_col(line, s - 1)
      col_3 = utf16_col(line, s + 2)
      col_end = utf16_col(line, e)
      break
    end
  end
  if not check(target_line ~= nil, "seed report contains `on 3 October`") then
    return finish()
  end
  local my
  for _, d in ipairs(lsp_diags() or {}) do
    if d.code == "missing-year" and d.range.start.line == target_line then
      my = d
      break
    end
  end
  if not check(my ~= nil, "missing-year diagnostic on line " .. (target_line + 1)) then
    return finish()
  end
  local sc, ec = my.range.start.character, my.range["end"].character
  check(
    my.range["end"].line == target_line and (sc == col_on or sc == col_3) and ec == col_end,
    "missing-year range covers `on 3 October`",
    string.format(
      "got %d:%d-%d:%d, want %d:%d-%d:%d (or start %d)",
      my.range.start.line, sc, my.range["end"].line, ec, target_line, col_on, target_line, col_end, col_3
    )
  )
  check(my.severity == nil or (my.severity >= 1 and my.severity <= 4), "missing-year severity is valid")

  -- Quick-fix through the client.
  local params = {
    textDocument = { uri = uri },
    range = my.range,
    context = { diagnostics = { my }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 10000)
  local actions = {}
  for _, resp in pairs(responses or {}) do
    if resp.err then
      check(false, "textDocument/codeAction succeeds", vim.inspect(resp.err))
    end
    for _, a in ipairs(resp.result or {}) do
      table.insert(actions, a)
    end
  end
  check(#actions > 0, "code actions offered for missing-year")
  local preferred
  for _, a in ipairs(actions) do
    if a.isPreferred and (a.kind == nil or vim.startswith(a.kind, "quickfix")) then
      preferred = a
      break
    end
  end
  if not check(preferred ~= nil, "a preferred quickfix is offered", vim.inspect(actions)) then
    return finish()
  end
  if not preferred.edit and preferred.data then
    local res = copydesk_mod._call(client, "request_sync", "codeAction/resolve", preferred, 5000, bufnr)
    if res and res.result then
      preferred = res.result
    end
  end
  if not check(preferred.edit ~= nil, "the preferred quickfix carries a WorkspaceEdit", vim.inspect(preferred)) then
    return finish()
  end
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding or "utf-16")
  vim.cmd("silent write")

  local expected = plain_replace_first(seed_text, "on 3 October", "on 3 October 2024")
  local got = read_file(path)
  if not check(got == expected, "file after the quickfix equals the expected text") then
    local exp_path = tmp .. "/expected.md"
    write_file(exp_path, expected)
    err(vim.fn.system({ "diff", "-u", exp_path, path }))
  end

  -- The server sees the change: the missing-year diagnostic goes away.
  local gone = vim.wait(timeout, function()
    for _, d in ipairs(lsp_diags() or {}) do
      if d.code == "missing-year" and d.range.start.line == target_line then
        return false
      end
    end
    return true
  end, 50)
  check(gone, "missing-year diagnostic cleared after the fix")

  -- :CopydeskFixAll (source.fixAll.copydesk) runs without error and keeps the fix.
  local ok_fix, fix_err = pcall(copydesk_mod.fix_all, bufnr)
  check(ok_fix, "fix_all runs", tostring(fix_err))
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n")
  check(plain_find(text, "on 3 October 2024") ~= nil, "buffer still has `on 3 October 2024` after fix_all")

  -- :CopydeskRestart: a new client attaches and publishes again.
  local old_id = client.id
  published[uri] = nil
  vim.cmd("CopydeskRestart")
  local restarted = vim.wait(timeout, function()
    local fresh = false
    for _, c in ipairs(copydesk_mod.clients(bufnr)) do
      fresh = fresh or c.id ~= old_id
    end
    return fresh and #(lsp_diags() or {}) > 0
  end, 50)
  if not restarted then
    local ids = {}
    for _, c in ipairs(copydesk_mod.clients(bufnr)) do
      table.insert(ids, tostring(c.id))
    end
    err(string.format("after restart: old client %d, clients now {%s}, %d diagnostics", old_id,
      table.concat(ids, ","), #(lsp_diags() or {})))
  end
  check(restarted, ":CopydeskRestart starts a new client that publishes diagnostics")

  finish()
end

vim.api.nvim_create_autocmd("VimEnter", {
  once = true,
  callback = function()
    vim.schedule(function()
      local ok, e = xpcall(run, debug.traceback)
      if not ok then
        fail_now("error: " .. tostring(e))
      end
    end)
  end,
})
