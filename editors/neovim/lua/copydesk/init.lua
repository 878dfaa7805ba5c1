-- copydesk for Neovim: starts `copydesk lsp` for Markdown, text, LaTeX and
-- Typst buffers.
--
--   require("copydesk").setup({
--     cmd = { "copydesk", "lsp" },
--     filetypes = { "markdown", "text", "tex", "typst" },
--     settings = { documentDate = "2024-10-20", rules = { ["undated-event"] = "off" } },
--   })
--
-- Works on Neovim 0.7 (vim.lsp.start_client + vim.lsp.buf_attach_client)
-- and 0.8+ (vim.lsp.start).

local M = {}

local uv = vim.loop or vim.uv

local defaults = {
  -- Command that starts the server (stdio).
  cmd = { "copydesk", "lsp" },
  -- Buffers of these filetypes get the server.
  filetypes = { "markdown", "text", "tex", "typst" },
  -- The root is the nearest folder upward holding one of these, else the
  -- file's own folder.
  root_markers = { "copydesk.toml", ".git" },
  -- copydesk settings: lintOn, documentDate, debounceMs, rules, maxFileSize.
  -- Sent as initializationOptions and as { copydesk = settings } in
  -- workspace/didChangeConfiguration and workspace/configuration.
  settings = {},
  -- Passed through to the client.
  on_attach = nil,
  capabilities = nil,
  handlers = nil,
  -- Start automatically on FileType; false: only with :CopydeskStart.
  autostart = true,
  -- Define :CopydeskFixAll, :CopydeskRestart, :CopydeskStop, :CopydeskInfo.
  commands = true,
  -- Force the Neovim 0.7 code path even on newer versions (for tests).
  legacy = nil,
}

M.name = "copydesk"
M.config = vim.deepcopy(defaults)

-- Clients started by the 0.7 code path, by root dir.
local legacy_clients = {}
local augroup = nil
local warned_missing = false

local function notify(msg, level)
  vim.notify("copydesk: " .. msg, level or vim.log.levels.INFO)
end

-- Client methods take `self` from Neovim 0.11 on (`client:request(...)`).
local colon_methods = vim.fn.has("nvim-0.11") == 1

local function call(client, method, ...)
  if colon_methods then
    return client[method](client, ...)
  end
  return client[method](...)
end
M._call = call

local function has_08()
  return vim.fn.has("nvim-0.8") == 1 and type(vim.lsp.start) == "function"
end

local function use_legacy()
  if M.config.legacy ~= nil then
    return M.config.legacy
  end
  return not has_08()
end

local function is_dir(path)
  local st = uv.fs_stat(path)
  return st ~= nil and st.type == "directory"
end

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

local function parent(dir)
  local p = vim.fn.fnamemodify(dir, ":h")
  if p == dir then
    return nil
  end
  return p
end

--- The root folder for a file: the nearest folder upward (starting at the
--- file's own folder) that holds one of `markers`, else the file's folder.
--- With no file name, the current working directory.
function M.find_root(fname, markers)
  markers = markers or M.config.root_markers
  if fname == nil or fname == "" then
    return uv.cwd()
  end
  fname = vim.fn.fnamemodify(fname, ":p")
  local start = is_dir(fname) and fname or vim.fn.fnamemodify(fname, ":h")
  start = start:gsub("(.)/+$", "%1")
  local dir = start
  while dir do
    for _, marker in ipairs(markers) do
      if exists(dir .. "/" .. marker) then
        return dir
      end
    end
    dir = parent(dir)
  end
  return start
end

local function settings_payload()
  return { copydesk = M.config.settings or {} }
end

local function binary_ok(cmd)
  local exe = cmd and cmd[1]
  if exe and vim.fn.executable(exe) == 1 then
    return true
  end
  if not warned_missing then
    warned_missing = true
    notify(
      string.format(
        "cannot run %q. Install copydesk (`cargo install --path .` in the copydesk repository, "
          .. "which puts it in ~/.cargo/bin) and put it on $PATH, or pass its full path: "
          .. 'require("copydesk").setup({ cmd = { "/path/to/copydesk", "lsp" } })',
        tostring(exe)
      ),
      vim.log.levels.ERROR
    )
  end
  return false
end

local function client_config(root_dir)
  local cfg = M.config
  local capabilities = cfg.capabilities or vim.lsp.protocol.make_client_capabilities()
  return {
    name = M.name,
    cmd = cfg.cmd,
    root_dir = root_dir,
    init_options = cfg.settings or {},
    settings = settings_payload(),
    capabilities = capabilities,
    handlers = cfg.handlers,
    on_init = function(client)
      -- Neovim 0.7 does not send the settings by itself.
      call(client, "notify", "workspace/didChangeConfiguration", { settings = settings_payload() })
      return true
    end,
    on_attach = cfg.on_attach,
  }
end

local function buffer_eligible(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return false
  end
  local bt = vim.bo[bufnr].buftype
  if bt ~= "" and bt ~= "acwrite" then
    return false
  end
  local ft = vim.bo[bufnr].filetype
  return vim.tbl_contains(M.config.filetypes, ft)
end

local function attach_legacy(bufnr, root_dir)
  local id = legacy_clients[root_dir]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or call(client, "is_stopped") then
    id = vim.lsp.start_client(client_config(root_dir))
    if not id then
      notify("failed to start " .. table.concat(M.config.cmd, " "), vim.log.levels.ERROR)
      return nil
    end
    legacy_clients[root_dir] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

local function attach_modern(bufnr, root_dir)
  local id
  vim.api.nvim_buf_call(bufnr, function()
    -- 0.8/0.9 attach the current buffer; 0.10+ also take opts.bufnr.
    id = vim.lsp.start(client_config(root_dir), {
      bufnr = bufnr,
      -- Never hand back a client that is shutting down (e.g. during a restart).
      reuse_client = function(client, conf)
        return client.name == conf.name
          and client.config.root_dir == conf.root_dir
          and not call(client, "is_stopped")
      end,
    })
  end)
  return id
end

--- Start (or reuse) the server for a buffer and attach it. Returns the client id.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if not buffer_eligible(bufnr) then
    return nil
  end
  if not binary_ok(M.config.cmd) then
    return nil
  end
  local root_dir = M.find_root(vim.api.nvim_buf_get_name(bufnr))
  if use_legacy() then
    return attach_legacy(bufnr, root_dir)
  end
  return attach_modern(bufnr, root_dir)
end

--- The copydesk clients that are running (optionally those attached to bufnr).
function M.clients(bufnr)
  local out = {}
  local list
  if vim.lsp.get_clients then -- 0.10+
    list = vim.lsp.get_clients({ bufnr = bufnr })
  elseif bufnr then
    list = vim.lsp.buf_get_clients(bufnr)
  else
    list = vim.lsp.get_active_clients()
  end
  for _, client in pairs(list) do
    if client.name == M.name and not call(client, "is_stopped") then
      table.insert(out, client)
    end
  end
  return out
end

--- Send new settings to the running servers (and use them for new ones).
function M.update_settings(settings)
  M.config.settings = vim.tbl_deep_extend("force", M.config.settings or {}, settings or {})
  for _, client in ipairs(M.clients()) do
    client.config.settings = settings_payload()
    call(client, "notify", "workspace/didChangeConfiguration", { settings = settings_payload() })
  end
end

local function apply_action(client, action, bufnr)
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or "utf-16")
  end
  local command = action.command
  if type(command) == "table" then
    -- A CodeAction's command, or the action itself being a Command.
    if type(command.command) == "string" then
      call(client, "request", "workspace/executeCommand", command, nil, bufnr)
    end
  elseif type(command) == "string" then
    call(client, "request", "workspace/executeCommand", action, nil, bufnr)
  end
end

local function resolve_action(client, action, bufnr)
  if action.edit or not action.data then
    return action
  end
  local provider = client.server_capabilities and client.server_capabilities.codeActionProvider
  if type(provider) == "table" and provider.resolveProvider then
    local res = call(client, "request_sync", "codeAction/resolve", action, 5000, bufnr)
    if res and res.result then
      return res.result
    end
  end
  return action
end

--- Apply the `source.fixAll.copydesk` action (all safe fixes) to a buffer.
function M.fix_all(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local clients = M.clients(bufnr)
  if #clients == 0 then
    notify("no copydesk server attached to this buffer", vim.log.levels.WARN)
    return false
  end
  local client = clients[1]
  local last = vim.api.nvim_buf_line_count(bufnr)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ["end"] = { line = last, character = 0 } },
    context = { diagnostics = {}, only = { "source.fixAll.copydesk" } },
  }
  local res = call(client, "request_sync", "textDocument/codeAction", params, 10000, bufnr)
  if not res or res.err then
    notify("code action request failed: " .. vim.inspect(res and res.err), vim.log.levels.ERROR)
    return false
  end
  for _, action in ipairs(res.result or {}) do
    if action.kind and vim.startswith(action.kind, "source.fixAll") then
      apply_action(client, resolve_action(client, action, bufnr), bufnr)
      return true
    end
  end
  notify("no safe fixes to apply")
  return false
end

--- Stop the copydesk servers.
function M.stop()
  for _, client in ipairs(M.clients()) do
    call(client, "stop")
  end
  legacy_clients = {}
end

--- Stop the servers and re-attach every eligible buffer.
function M.restart()
  local buffers = {}
  for _, client in ipairs(M.clients()) do
    for bufnr, _ in pairs(client.attached_buffers or {}) do
      buffers[bufnr] = true
    end
  end
  M.stop()
  local tries = 0
  local timer = uv.new_timer()
  timer:start(
    100,
    100,
    vim.schedule_wrap(function()
      tries = tries + 1
      if tries == 30 then
        -- Still running after 3 s: stop hard.
        for _, client in ipairs(M.clients()) do
          call(client, "stop", true)
        end
      end
      if #M.clients() == 0 or tries > 50 then
        timer:stop()
        timer:close()
        for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
          if buffers[bufnr] or buffer_eligible(bufnr) then
            M.attach(bufnr)
          end
        end
      end
    end)
  )
end

local function define_commands()
  local cmd = vim.api.nvim_create_user_command
  cmd("CopydeskStart", function()
    M.attach(0)
  end, { desc = "copydesk: start the server for this buffer" })
  cmd("CopydeskStop", function()
    M.stop()
  end, { desc = "copydesk: stop the server" })
  cmd("CopydeskRestart", function()
    M.restart()
  end, { desc = "copydesk: restart the server" })
  cmd("CopydeskFixAll", function()
    M.fix_all(0)
  end, { desc = "copydesk: fix all safe findings in this buffer" })
  cmd("CopydeskInfo", function()
    local lines = { "copydesk: cmd = " .. table.concat(M.config.cmd, " ") }
    for _, client in ipairs(M.clients()) do
      table.insert(lines, string.format("client %d, root %s", client.id, tostring(client.config.root_dir)))
    end
    table.insert(lines, "settings = " .. vim.inspect(M.config.settings))
    print(table.concat(lines, "\n"))
  end, { desc = "copydesk: show the servers and settings" })
end

function M.setup(opts)
  opts = opts or {}
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts)
  -- Lists are replaced, not merged.
  if opts.cmd then
    M.config.cmd = opts.cmd
  end
  if opts.filetypes then
    M.config.filetypes = opts.filetypes
  end
  if opts.root_markers then
    M.config.root_markers = opts.root_markers
  end
  if type(M.config.cmd) == "string" then
    M.config.cmd = { M.config.cmd, "lsp" }
  end
  warned_missing = false

  augroup = vim.api.nvim_create_augroup("copydesk", { clear = true })
  if M.config.autostart then
    vim.api.nvim_create_autocmd("FileType", {
      group = augroup,
      pattern = M.config.filetypes,
      callback = function(args)
        M.attach(args.buf)
      end,
      desc = "copydesk: attach the language server",
    })
    -- Buffers that are already open.
    for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(bufnr) and buffer_eligible(bufnr) then
        M.attach(bufnr)
      end
    end
  end
  if M.config.commands then
    define_commands()
  end
  return M
end

return M
