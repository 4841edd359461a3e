// santun serve's page: checks the draft through POST /v1/check, shows the
// diagnostics as highlights and as a list, applies fixes, shows the polite
// rewrite (POST /v1/rewrite) and browses the rules (GET /v1/rules). Plain
// JavaScript, no build step, nothing fetched from elsewhere. Every text that
// comes from the message or the rules is set with textContent.
"use strict";

const TEXT = {
  id: {
    skip: "Langsung ke pesan", tagline: "Periksa pesan penagihan sebelum dikirim: apa yang salah, mengapa, dan versi yang sopan.",
    editorTitle: "Pesan", draftLabel: "Tulis atau tempel draf pesan", draftHint: "Diperiksa otomatis saat Anda mengetik.",
    langLabel: "Bahasa pesan", auto: "Otomatis", profileLabel: "Profil aturan", generic: "Umum (generic)",
    modeLabel: "Mode", modeSend: "Siap kirim", modeTemplate: "Templat (placeholder boleh)", channelLabel: "Kanal",
    unknown: "Tidak diketahui", letter: "Surat", sendAtLabel: "Waktu kirim", checkButton: "Periksa",
    resultsTitle: "Hasil pemeriksaan", listTitle: "Temuan", highlightedLabel: "Pesan dengan sorotan",
    legend: '<span class="sym error" aria-hidden="true">✖</span> galat · <span class="sym warning" aria-hidden="true">▲</span> peringatan · <span class="sym info" aria-hidden="true">●</span> info',
    rewriteTitle: "Versi yang sopan", rewriteLabel: "Tulisan ulang yang sopan", copyButton: "Salin", useButton: "Pakai sebagai draf",
    rulesTitle: "Daftar aturan", ruleFilterLabel: "Cari aturan", allRules: "Semua halaman aturan",
    error: "galat", warning: "peringatan", info: "info", why: "Mengapa: ", refs: "Rujukan: ", apply: "Terapkan: ",
    safe: "aman", unsafe: "mengubah kata", "display-only": "perlu diisi", checking: "Memeriksa…",
    clean: "Tidak ada temuan. Pesan ini siap dikirim.", copied: "Tulisan ulang disalin.", copyFailed: "Tidak bisa menyalin; pilih teksnya lalu salin.",
    failed: "Pemeriksaan gagal: ", applied: "Perbaikan diterapkan.", found: (e, w, i) => `${e} galat, ${w} peringatan, ${i} info.`,
    rulePage: "halaman aturan", examples: "Contoh: ", empty: "Tulis pesan untuk diperiksa.",
  },
  en: {
    skip: "Skip to the message", tagline: "Check a collection message before it is sent: what is wrong, why, and a polite version.",
    editorTitle: "Message", draftLabel: "Write or paste a draft message", draftHint: "Checked as you type.",
    langLabel: "Message language", auto: "Automatic", profileLabel: "Rule profile", generic: "Generic",
    modeLabel: "Mode", modeSend: "Ready to send", modeTemplate: "Template (placeholders allowed)", channelLabel: "Channel",
    unknown: "Unknown", letter: "Letter", sendAtLabel: "Send time", checkButton: "Check",
    resultsTitle: "Results", listTitle: "Findings", highlightedLabel: "Message with highlights",
    legend: '<span class="sym error" aria-hidden="true">✖</span> error · <span class="sym warning" aria-hidden="true">▲</span> warning · <span class="sym info" aria-hidden="true">●</span> info',
    rewriteTitle: "Polite version", rewriteLabel: "Polite rewrite", copyButton: "Copy", useButton: "Use as draft",
    rulesTitle: "Rules", ruleFilterLabel: "Search rules", allRules: "All rule pages",
    error: "error", warning: "warning", info: "info", why: "Why: ", refs: "References: ", apply: "Apply: ",
    safe: "safe", unsafe: "rewords", "display-only": "needs filling in", checking: "Checking…",
    clean: "No findings. This message is ready to send.", copied: "Rewrite copied.", copyFailed: "Could not copy; select the text and copy it.",
    failed: "Check failed: ", applied: "Fix applied.", found: (e, w, i) => `${e} errors, ${w} warnings, ${i} infos.`,
    rulePage: "rule page", examples: "Example: ", empty: "Write a message to check.",
  },
};
const SYMBOL = { error: "✖", warning: "▲", info: "●" };
const RANK = { error: 3, warning: 2, info: 1 };

const $ = (id) => document.getElementById(id);
let ui = localStorage.getItem("santun-ui") || ((navigator.language || "id").startsWith("en") ? "en" : "id");
let current = { text: "", diagnostics: [] };
let sequence = 0;
let timer = 0;

function t(key) { return TEXT[ui][key]; }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function applyLanguage() {
  document.documentElement.lang = ui;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-html]")) node.innerHTML = t(node.dataset.i18nHtml);  // static text only
  for (const node of document.querySelectorAll("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  $("ui-id").setAttribute("aria-pressed", String(ui === "id"));
  $("ui-en").setAttribute("aria-pressed", String(ui === "en"));
  render();
}

// Byte offsets (UTF-8) of the JSON -> indices into the JavaScript string (UTF-16).
function byteIndex(text) {
  const map = new Array(1);
  map[0] = 0;
  let bytes = 0, index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 1; k <= n; k++) map[bytes + k] = index + (k === n ? ch.length : 0);
    bytes += n;
    index += ch.length;
  }
  return (offset) => map[Math.min(offset, bytes)] ?? index;
}

function requestBody(text) {
  const body = { text, lang: $("lang").value, profile: $("profile").value, mode: $("mode").value };
  if ($("channel").value) body.channel = $("channel").value;
  const sendAt = $("send-at").value;
  if (sendAt) {
    const offset = -new Date(sendAt).getTimezoneOffset();
    const sign = offset >= 0 ? "+" : "-";
    const pad = (n) => String(Math.floor(Math.abs(n))).padStart(2, "0");
    body.send_at = `${sendAt.length === 16 ? sendAt + ":00" : sendAt}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
  }
  return JSON.stringify(body);
}

async function post(path, text) {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: requestBody(text) });
  const json = await response.json();
  if (!response.ok) throw new Error(json.error || response.status);
  return json;
}

async function check() {
  const text = $("draft").value;
  const mine = ++sequence;
  if (!text.trim()) {
    current = { text, diagnostics: [] };
    showRewrite("");
    $("status").textContent = t("empty");
    render();
    return;
  }
  $("status").textContent = t("checking");
  try {
    const [checked, rewritten] = await Promise.all([post("/v1/check", text), post("/v1/rewrite", text)]);
    if (mine !== sequence) return;  // a newer check is under way
    current = { text, diagnostics: checked.files[0].messages[0].diagnostics };
    showRewrite(rewritten.rewrite);
    $("status").textContent = "";
    render();
  } catch (e) {
    if (mine === sequence) $("status").textContent = t("failed") + e.message;
  }
}

// The rewrite box grows with its text, so that the whole message shows.
function showRewrite(text) {
  const area = $("rewrite-text");
  area.value = text;
  area.style.height = "auto";
  area.style.height = `${area.scrollHeight + 4}px`;
}

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 300);
}

function render() {
  renderHighlights();
  renderList();
}

// The message with a <mark> per stretch of text that diagnostics cover; a
// stretch covered by several shows the most severe.
function renderHighlights() {
  const box = $("highlighted");
  box.replaceChildren();
  const { text, diagnostics } = current;
  const at = byteIndex(text);
  const cuts = new Set([0, text.length]);
  const ranges = diagnostics.map((d) => [at(d.range.start.offset), at(d.range.end.offset)]);
  for (const [s, e] of ranges) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const [s, e] = [points[k], points[k + 1]];
    const covering = diagnostics.map((d, i) => i).filter((i) => ranges[i][0] <= s && e <= ranges[i][1] && ranges[i][0] < ranges[i][1]);
    const piece = text.slice(s, e);
    if (!covering.length) { box.append(piece); continue; }
    const worst = covering.map((i) => diagnostics[i].severity).sort((a, b) => RANK[b] - RANK[a])[0];
    const startsOne = covering.some((i) => ranges[i][0] === s);
    const label = covering.map((i) => `${t(diagnostics[i].severity)}: ${diagnostics[i].message}`).join("; ");
    const mark = el("mark", { class: worst, tabindex: "0", "aria-label": `${piece} (${label})`, "data-items": covering.join(",") });
    if (startsOne) mark.append(el("span", { class: "sym " + worst, "aria-hidden": "true" }, SYMBOL[worst]));
    mark.append(piece);
    for (const ev of ["mouseenter", "focus"]) mark.addEventListener(ev, () => showTooltip(mark, covering));
    for (const ev of ["mouseleave", "blur"]) mark.addEventListener(ev, hideTooltip);
    mark.addEventListener("keydown", (ev) => { if (ev.key === "Escape") hideTooltip(); });
    box.append(mark);
  }
}

function showTooltip(mark, items) {
  const tip = $("tooltip");
  tip.replaceChildren(...items.map((i) => {
    const d = current.diagnostics[i];
    return el("p", {}, el("strong", {}, `${SYMBOL[d.severity]} ${t(d.severity)} [${d.rule}]`), " ", d.message, el("br"), t("why") + d.why);
  }));
  const r = mark.getBoundingClientRect();
  tip.style.left = `${Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 300))}px`;
  tip.style.top = `${window.scrollY + r.bottom + 6}px`;
  tip.hidden = false;
  for (const li of document.querySelectorAll("#diagnostics li")) li.classList.toggle("current", items.includes(Number(li.dataset.index)));
}

function hideTooltip() {
  $("tooltip").hidden = true;
  for (const li of document.querySelectorAll("#diagnostics li.current")) li.classList.remove("current");
}

function renderList() {
  const list = $("diagnostics");
  list.replaceChildren();
  const count = { error: 0, warning: 0, info: 0 };
  current.diagnostics.forEach((d, i) => {
    count[d.severity]++;
    const head = el("div", { class: "head" },
      el("span", { class: "sev " + d.severity }, `${SYMBOL[d.severity]} ${t(d.severity)}`), " ",
      el("a", { href: `/rules/${encodeURIComponent(d.rule)}`, title: t("rulePage") }, d.rule), ": ", d.message);
    const item = el("li", { "data-index": String(i), "data-rule": d.rule }, head);
    if (d.text) item.append(el("div", {}, el("code", {}, d.text)));
    if (d.why) item.append(el("p", { class: "why" }, t("why") + d.why));
    if (d.refs && d.refs.length) item.append(el("p", { class: "refs" }, t("refs") + d.refs.join("; ")));
    if (d.fixes.length) {
      const fixes = el("div", { class: "fixes" });
      for (const f of d.fixes) {
        const b = el("button", { type: "button", class: "fix", "data-applicability": f.applicability },
          `${t("apply")}${f.title} (${t(f.applicability) || f.applicability})`);
        b.addEventListener("click", () => applyFix(f));
        fixes.append(b);
      }
      item.append(fixes);
    }
    list.append(item);
  });
  $("summary").textContent = !current.text.trim() ? "" :
    current.diagnostics.length ? t("found")(count.error, count.warning, count.info) : t("clean");
}

// Applies a fix's edits (byte ranges of the checked text), last first.
function applyFix(fix) {
  const text = current.text;
  const at = byteIndex(text);
  const edits = [...fix.edits].sort((a, b) => b.range.start.offset - a.range.start.offset);
  let out = text;
  for (const e of edits) out = out.slice(0, at(e.range.start.offset)) + e.replacement + out.slice(at(e.range.end.offset));
  $("draft").value = out;
  $("status").textContent = t("applied");
  check();
  $("draft").focus();
}

async function copyRewrite() {
  const text = $("rewrite-text").value;
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    const area = $("rewrite-text");
    area.select();
    if (!document.execCommand("copy")) { $("copy-status").textContent = t("copyFailed"); return; }
  }
  $("copy-status").textContent = t("copied");
}

async function loadRules() {
  const response = await fetch("/v1/rules");
  const json = await response.json();
  const seen = new Map();
  for (const r of json.rules) if (!seen.has(r.id)) seen.set(r.id, r);
  const list = $("rule-list");
  list.replaceChildren();
  for (const r of seen.values()) {
    const details = el("details", {},
      el("summary", {}, el("span", { class: "sev " + r.severity }, SYMBOL[r.severity] + " "), r.id));
    details.append(el("p", {}, r.summary), el("p", {}, el("a", { href: r.url }, t("rulePage"))));
    details.addEventListener("toggle", async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = "1";
      const rule = await (await fetch(`/v1/rules/${encodeURIComponent(r.id)}`)).json();
      for (const v of rule.variants) {
        details.append(el("p", {}, t("why") + v.why));
        const example = v.examples.find((x) => x.flags);
        if (example) details.append(el("p", {}, t("examples"), el("code", {}, example.marked)));
      }
    });
    list.append(el("li", { "data-rule": r.id, "data-search": `${r.id} ${r.summary}`.toLowerCase() }, details));
  }
}

function filterRules() {
  const q = $("rule-filter").value.trim().toLowerCase();
  for (const li of $("rule-list").children) li.hidden = q !== "" && !li.dataset.search.includes(q);
}

$("check-form").addEventListener("submit", (ev) => { ev.preventDefault(); check(); });
$("draft").addEventListener("input", scheduleCheck);
for (const id of ["lang", "profile", "mode", "channel", "send-at"]) $(id).addEventListener("change", check);
$("copy-button").addEventListener("click", copyRewrite);
$("use-button").addEventListener("click", () => { $("draft").value = $("rewrite-text").value; check(); $("draft").focus(); });
$("rule-filter").addEventListener("input", filterRules);
$("ui-id").addEventListener("click", () => { ui = "id"; localStorage.setItem("santun-ui", ui); applyLanguage(); });
$("ui-en").addEventListener("click", () => { ui = "en"; localStorage.setItem("santun-ui", ui); applyLanguage(); });
document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") hideTooltip(); });
applyLanguage();
loadRules();
