-- editor.neovim: Neovim (Debian 12's 0.7.2, headless) drives `santun lsp`
-- through the set-up of docs/editors.md, as a user's editor would: the
-- diagnostics of a message with a multi-byte character before a finding,
-- a code action applied, an edit, a hover, and a broken santun.toml saved.
-- neovim_lsp.sh runs it with santun on PATH and SANTUN_EDITOR_DIR (a fresh
-- folder holding santun.toml) set; it exits non-zero with a message on any
-- mismatch.

local dir = assert(os.getenv("SANTUN_EDITOR_DIR"), "SANTUN_EDITOR_DIR is not set")
local docs = assert(os.getenv("SANTUN_EDITOR_DOCS"), "SANTUN_EDITOR_DOCS is not set")
local TIMEOUT = 5000 -- ms for each answer

local function fail(message)
  io.stderr:write("editor.neovim: " .. message .. "\n")
  vim.cmd("cquit 1")
end

local function expect(what, actual, expected)
  if not vim.deep_equal(actual, expected) then
    error(string.format("%s: expected %s, got %s", what, vim.inspect(expected), vim.inspect(actual)), 0)
  end
end

local function wait_for(what, condition)
  if not vim.wait(TIMEOUT, condition, 20) then error("timed out waiting for " .. what, 0) end
end

-- The server's raw notifications, before Neovim converts their positions.
local published = {} -- by URI: the last publishDiagnostics params
local messages = {} -- window/showMessage params
local original_publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  published[result.uri] = result
  return original_publish(err, result, ctx, config)
end
vim.lsp.handlers["window/showMessage"] = function(_, result)
  table.insert(messages, result)
end

-- The Neovim 0.7 set-up of docs/editors.md, as the user copies it.
local function setup_from_docs()
  local text = table.concat(vim.fn.readfile(docs), "\n")
  local section = text:match("\n## Neovim 0%.7[^\n]*\n(.-)\n## ")
  if not section then error("docs/editors.md has no '## Neovim 0.7' section", 0) end
  local snippet = section:match("```lua\n(.-)\n```")
  if not snippet then error("docs/editors.md: no Lua block under '## Neovim 0.7'", 0) end
  local chunk, err = loadstring(snippet, "docs/editors.md")
  if not chunk then error("docs/editors.md's Lua does not load: " .. err, 0) end
  chunk()
end

local function codes(params)
  local out = {}
  for _, d in ipairs(params.diagnostics) do table.insert(out, d.code) end
  return out
end

local function find(params, code)
  for _, d in ipairs(params.diagnostics) do
    if d.code == code then return d end
  end
  error("no " .. code .. " in " .. vim.inspect(codes(params)), 0)
end

local function request(bufnr, method, params)
  local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
  if not answers then error(method .. ": " .. tostring(err), 0) end
  for _, answer in pairs(answers) do
    if answer.err then error(method .. ": " .. vim.inspect(answer.err), 0) end
    return answer.result
  end
  error(method .. ": no answer", 0)
end

local function main()
  vim.cmd("filetype on") -- -u NONE skips it; a user's Neovim has it on
  setup_from_docs()

  -- 1. Diagnostics: "😡" is 4 bytes, 2 UTF-16 code units.
  local path = dir .. "/pesan.txt"
  vim.fn.writefile({ "😡 Dasar p3n1pu, bayar sekarang juga!" }, path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  wait_for("santun's diagnostics of pesan.txt", function() return published[uri] ~= nil end)
  local client = vim.lsp.get_active_clients()[1]
  expect("client name", client.name, "santun")
  expect("santun's capabilities: hover", client.server_capabilities.hoverProvider, true)
  expect("codes", codes(published[uri]),
    { "abuse.accusation", "amount.missing", "identity.missing-sender", "pressure.bare-command", "due-date.vague" })
  -- "p3n1pu" starts after "😡 Dasar ": 2 + 1 + 6 code units, 4 + 1 + 6 bytes.
  local encoding = client.offset_encoding
  local start = ({ ["utf-16"] = 9, ["utf-8"] = 11 })[encoding]
  if not start then error("unexpected offset encoding " .. tostring(encoding), 0) end
  local accusation = find(published[uri], "abuse.accusation")
  expect("abuse.accusation range (" .. encoding .. ")", accusation.range,
    { start = { line = 0, character = start }, ["end"] = { line = 0, character = start + 6 } })
  expect("abuse.accusation severity", accusation.severity, 1)
  -- Neovim's own view: byte columns 11..17 whatever the encoding.
  local shown = vim.diagnostic.get(bufnr, { severity = vim.diagnostic.severity.ERROR })
  expect("error diagnostics in the buffer", #shown, 1)
  expect("buffer columns of abuse.accusation", { shown[1].lnum, shown[1].col, shown[1].end_col }, { 0, 11, 17 })

  -- 2. Code actions at the finding: the fix (unsafe, said in the title) and
  -- the suppression; applying the suppression silences it.
  local actions = request(bufnr, "textDocument/codeAction", {
    textDocument = { uri = uri },
    range = accusation.range,
    context = { diagnostics = { accusation }, only = { "quickfix" } },
  })
  local titles = {}
  for _, a in ipairs(actions) do table.insert(titles, a.title) end
  expect("code action titles", titles,
    { "hapus tuduhan (abuse.accusation; unsafe: rewords the message)", "Suppress with `santun: ignore[abuse.accusation]`" })
  expect("the fix is not preferred (unsafe)", actions[1].isPreferred, false)
  local version = published[uri].version
  vim.lsp.util.apply_workspace_edit(actions[2].edit, encoding)
  expect("the line after the suppression", vim.api.nvim_buf_get_lines(bufnr, 0, -1, false),
    { "😡 Dasar p3n1pu, bayar sekarang juga! santun: ignore[abuse.accusation]" })
  wait_for("diagnostics after the code action", function() return published[uri].version ~= version end)
  expect("codes after the suppression", codes(published[uri]),
    { "amount.missing", "identity.missing-sender", "pressure.bare-command", "due-date.vague",
      "santun.suppression-without-reason" })

  -- 3. An edit: the diagnostics follow it.
  version = published[uri].version
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, { "😡 Dasar maling!" })
  wait_for("diagnostics after the edit", function() return published[uri].version ~= version end)
  expect("codes after the edit", codes(published[uri]), { "abuse.accusation" })
  accusation = find(published[uri], "abuse.accusation")
  expect("range after the edit", accusation.range,
    { start = { line = 0, character = start }, ["end"] = { line = 0, character = start + 6 } })

  -- 4. Hover over "maling": Markdown with the message and the regulation.
  local hover = request(bufnr, "textDocument/hover", {
    textDocument = { uri = uri },
    position = { line = 0, character = start + 2 },
  })
  if type(hover) ~= "table" or type(hover.contents) ~= "table" then
    error("hover: expected a Hover, got " .. vim.inspect(hover), 0)
  end
  expect("hover kind", hover.contents.kind, "markdown")
  expect("hover range", hover.range, accusation.range)
  for _, part in ipairs({ "### error\\[abuse.accusation\\]", "tuduhan 'maling'", "#### References",
    "- POJK 22/2023 Pasal 62 ayat (2) huruf a" }) do
    if not hover.contents.value:find(part, 1, true) then
      error("hover lacks " .. vim.inspect(part) .. ":\n" .. hover.contents.value, 0)
    end
  end
  local nothing = request(bufnr, "textDocument/hover", { textDocument = { uri = uri }, position = { line = 0, character = 3 } })
  expect("hover over 'Dasar'", nothing, nil)

  -- 5. santun.toml broken and saved in Neovim: shown, underlined, fixed.
  local toml = dir .. "/santun.toml"
  vim.cmd("edit " .. vim.fn.fnameescape(toml))
  local toml_buf = vim.api.nvim_get_current_buf()
  local toml_uri = vim.uri_from_bufnr(toml_buf)
  wait_for("santun attached to santun.toml", function() return #vim.lsp.buf_get_clients(toml_buf) == 1 end)
  vim.api.nvim_buf_set_lines(toml_buf, 0, -1, false, { "ignore = [\"pressure\"]", "sevrity = 3" })
  vim.cmd("silent write")
  wait_for("the problem of santun.toml", function() return published[toml_uri] ~= nil end)
  expect("santun.toml diagnostics", published[toml_uri].diagnostics, { {
    range = { start = { line = 1, character = 0 }, ["end"] = { line = 2, character = 0 } },
    severity = 1,
    source = "santun",
    message = "unknown key 'sevrity', did you mean 'severity'?",
  } })
  expect("messages", #messages, 1)
  expect("message type", messages[1].type, 1)
  vim.api.nvim_buf_set_lines(toml_buf, 0, -1, false, { "ignore = [\"abuse\"]" })
  version = published[uri].version
  vim.cmd("silent write")
  wait_for("santun.toml's diagnostic cleared", function() return #published[toml_uri].diagnostics == 0 end)
  wait_for("pesan.txt linted again", function() return #published[uri].diagnostics == 0 end)
end

local ok, err = pcall(main)
if not ok then fail(tostring(err)) end
io.stdout:write("editor.neovim: ok (Neovim " .. tostring(vim.version().major) .. "." .. tostring(vim.version().minor) ..
  "." .. tostring(vim.version().patch) .. ")\n")
vim.cmd("qall!")
