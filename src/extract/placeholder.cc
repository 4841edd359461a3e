#include "extract/placeholder.h"

#include <algorithm>
#include <array>
#include <optional>

#include "extract/currency.h"
#include "text/ascii.h"

namespace santun {
namespace {

bool IsHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }
bool IsNameChar(char c) {
  return ascii::IsLetter(c) || ascii::IsDigit(c) || IsHigh(c) || c == '_' || c == '-' || c == '.' || c == ' ';
}

// Editorial tags in square brackets that are not placeholders, and the
// words of an obfuscated e-mail address ("budi [at] example [dot] com").
// clang-format off
constexpr auto kTags = std::to_array<std::string_view>({
    "sic", "dst", "dll", "penting", "info", "urgent", "important", "reminder", "pengingat",
    "update", "notice", "pemberitahuan", "ok", "baru", "new", "at", "dot"});
// clang-format on

// Words of an editor's note in a quoted message ("[last name inaudible]",
// "[expletive]", "[name redacted]") or of an address a web page hid
// ("[email protected]").
constexpr auto kEditorialWords = std::to_array<std::string_view>(
    {"inaudible", "unintelligible", "indiscernible", "redacted", "expletive", "expletives", "crosstalk", "omitted",
     "deleted", "censored", "emphasis", "protected", "disensor", "dirahasiakan", "samaran", "sensor"});

bool IsEditorial(std::string_view normalized) {
  size_t start = 0;
  for (size_t i = 0; i <= normalized.size(); ++i) {
    if (i == normalized.size() || normalized[i] == '_') {
      const std::string_view w = normalized.substr(start, i - start);
      if (std::find(kEditorialWords.begin(), kEditorialWords.end(), w) != kEditorialWords.end()) return true;
      start = i + 1;
    }
  }
  return false;
}

/// Returns true when `s` (trimmed) can be a placeholder name. `strict` is for
/// delimiters that also occur in prose ('[' and '{').
bool IsName(std::string_view s, bool strict) {
  if (s.empty() || s.size() > 64) return false;
  if (!(ascii::IsLetter(s[0]) || IsHigh(s[0]) || (!strict && s[0] == '_'))) return false;
  int letters = 0, words = 1;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsNameChar(s[i])) return false;
    if (ascii::IsLetter(s[i]) || IsHigh(s[i])) ++letters;
    if (s[i] == ' ') {
      if (s[i - 1] == ' ') return false;
      ++words;
    }
  }
  if (strict) {
    if (letters < 2 || words > 4) return false;
    const std::string n = NormalizePlaceholderName(s);
    if (std::find(kTags.begin(), kTags.end(), n) != kTags.end()) return false;
    if (IsEditorial(n)) return false;
  }
  return words <= 6;
}

// The end of the line that contains position i.
size_t LineEnd(std::string_view text, size_t i) {
  const size_t e = text.find_first_of("\r\n", i);
  return e == std::string_view::npos ? text.size() : e;
}

Placeholder Make(size_t begin, size_t end, std::string_view raw_name) {
  Placeholder p;
  p.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  p.name = NormalizePlaceholderName(ascii::Trim(raw_name));
  p.type = PlaceholderTypeOf(p.name);
  return p;
}

bool IsIdentChar(char c) { return ascii::IsLetter(c) || ascii::IsDigit(c) || c == '_'; }

// The variable a code expression names, as a placeholder name: the last
// identifier of "$payment->client->good_name", "$nasabah['nama']",
// "cmp()->companyName", "$this->dueDate", "mailData.name"; "" when `s` is not
// one (prose, JSON).
std::string_view CodeVariable(std::string_view s) {
  s = ascii::Trim(s);
  if (s.empty() || s.size() > 96) return {};
  const bool dollar = s[0] == '$';
  if (dollar) s.remove_prefix(1);
  if (s.empty() || !(ascii::IsLetter(s[0]) || s[0] == '_')) return {};
  bool accessor = dollar;
  std::string_view last;
  size_t i = 0;
  while (i < s.size()) {
    if (IsIdentChar(s[i])) {
      const size_t b = i;
      while (i < s.size() && IsIdentChar(s[i])) ++i;
      last = s.substr(b, i - b);
    } else if (s.compare(i, 2, "->") == 0 || s.compare(i, 2, "::") == 0) {
      accessor = true;
      i += 2;
    } else if (s[i] == '.' || s[i] == '(' || s[i] == ')') {
      accessor |= s[i] != '.' || (i + 1 < s.size() && ascii::IsLetter(s[i + 1]));
      ++i;
    } else if (s[i] == '[' || s[i] == ']' || s[i] == '\'' || s[i] == '"') {
      accessor = true;
      ++i;
    } else {
      return {};
    }
  }
  return accessor ? last : std::string_view();
}

// The first variable a template function tag passes ("displayPrice
// price=$invoiceSumToPay currency=$id_currency" -> "invoiceSumToPay"); ""
// when `s` is not such a tag.
std::string_view FunctionTagVariable(std::string_view s) {
  if (s.empty() || !ascii::IsLetter(s[0])) return {};
  size_t k = 0;
  while (k < s.size() && IsIdentChar(s[k])) ++k;
  if (k == s.size() || s[k] != ' ') return {};
  const size_t at = s.find("=$", k);
  if (at == std::string_view::npos) return {};
  size_t b = at + 2, e = b;
  while (e < s.size() && IsIdentChar(s[e])) ++e;
  return e - b >= 2 ? s.substr(b, e - b) : std::string_view();
}

// The value a template expression shows: "amount.toLocaleString('id-ID')"
// -> "amount" (a method formats it), "formatCurrency(bill.amount)" ->
// "amount" (a function's first argument), "bill.status === 'paid' ? …" ->
// "status"; "" when there is none.
std::string_view ExpressionVariable(std::string_view s) {
  s = ascii::Trim(s);
  for (std::string_view op : {"===", "==", "!=", "&&", "??", "?", " "}) {
    if (const size_t at = s.find(op); at != std::string_view::npos) s = ascii::Trim(s.substr(0, at));
  }
  const size_t paren = s.find('(');
  if (paren == std::string_view::npos) return CodeVariable(s);
  size_t k = 0;
  while (k < paren && IsIdentChar(s[k])) ++k;
  if (k == paren && k > 0) {  // f(arg, …)
    std::string_view arg = s.substr(paren + 1);
    arg = arg.substr(0, std::min(arg.find(','), arg.find(')')));
    const std::string_view var = CodeVariable(arg);
    return var.empty() && IsName(ascii::Trim(arg), false) ? ascii::Trim(arg) : var;
  }
  std::string_view head = s.substr(0, paren);  // value.method(…)
  const size_t dot = head.find_last_of('.');
  if (dot == std::string_view::npos) return {};
  head = head.substr(0, dot);
  const std::string_view var = CodeVariable(head);
  return var.empty() && IsName(head, false) ? head : var;
}

Placeholder Bad(Placeholder p, std::string problem) {
  p.malformed = true;
  p.problem = std::move(problem);
  return p;
}

struct Result {
  std::optional<Placeholder> placeholder;
  size_t next = 0;  // where scanning resumes
};

// The name of an unclosed placeholder: after optional spaces, the name
// characters up to the first space or other character ("{{amount dan" ->
// "amount"), since the closer most likely belonged right after the name.
std::string_view LeadingName(std::string_view rest) {
  size_t b = 0;
  while (b < rest.size() && rest[b] == ' ') ++b;
  size_t k = b;
  while (k < rest.size() && rest[k] != ' ' && IsNameChar(rest[k])) ++k;
  return rest.substr(b, k - b);
}

// {{name}}, {{{name}}}, ${name}: delimiters that only templates use.
Result Braces(std::string_view text, size_t i, size_t eol, size_t open_len, std::string_view close,
              std::string_view opener) {
  const size_t start = i + open_len;
  const size_t found = text.substr(0, eol).find_first_of("{}", start);
  const size_t close_at = found == std::string_view::npos ? eol : found;
  if (close_at >= eol || text[close_at] == '{') {
    const std::string_view rest = text.substr(start, eol - start);
    const std::string_view name = LeadingName(rest);
    if (!IsName(name, false)) return {std::nullopt, i + 1};
    const size_t end = static_cast<size_t>(name.data() + name.size() - text.data());
    return {Bad(Make(i, end, name), "unclosed '" + std::string(opener) + "'"), end};
  }
  std::string_view content = ascii::Trim(text.substr(start, close_at - start));
  size_t run = 0;  // the closing braces as written
  while (close_at + run < eol && run < close.size() && text[close_at + run] == '}') ++run;
  const bool closed = run == close.size();
  const size_t end = close_at + run;
  if (!content.empty() && std::string_view("#/^!>=").find(content[0]) != std::string_view::npos) {
    return {std::nullopt, end};  // Mustache section, comment, partial, delimiter change
  }
  if (!content.empty() && content[0] == '&') content = ascii::Trim(content.substr(1));
  if (const size_t bar = content.find('|'); bar != std::string_view::npos)
    content = ascii::Trim(content.substr(0, bar));
  if (content.empty()) {
    if (text.substr(start, close_at - start).find_first_not_of(" \t") != std::string_view::npos) {
      return {std::nullopt, i + 1};
    }
    return {Bad(Make(i, end, ""), "empty placeholder"), end};
  }
  if (!IsName(content, false)) {
    std::string_view var = CodeVariable(content);
    if (var.empty()) var = ExpressionVariable(content);
    if (var.empty()) return {std::nullopt, i + 1};
    content = var;
  }
  Placeholder p = Make(i, end, content);
  if (!closed) {
    return {Bad(std::move(p), "'" + std::string(opener) + "' closed with '" + std::string(run, '}') + "'"), end};
  }
  return {std::move(p), end};
}

// "[PT Dana Kilat Sejahtera]": an SMS sender tag naming a company, not a
// placeholder.
bool IsSenderTag(std::string_view content) {
  for (std::string_view form : {"PT ", "PT. ", "CV ", "CV. ", "Bank ", "BANK ", "KSP ", "Koperasi ", "KOPERASI "}) {
    if (content.substr(0, form.size()) == form) return true;
  }
  return false;
}

// {name} and [name]: also prose delimiters, so stricter names.
Result Bracket(std::string_view text, size_t i, size_t eol, char open, char close) {
  const size_t start = i + 1;
  size_t close_at = start;
  while (close_at < eol && text[close_at] != close && text[close_at] != open) ++close_at;
  if (close_at < eol && text[close_at] == open) {
    // "[nama debitur, angsuran Anda [jumlah]": a known name that another
    // placeholder interrupts is an unclosed placeholder.
    std::string_view inner = text.substr(start, close_at - start);
    const std::string_view name = ascii::Trim(inner.substr(0, inner.find_first_of(",.;:!?\n")));
    if (name.size() < inner.size() && !name.empty() && name.data() == text.data() + start && IsName(name, true) &&
        PlaceholderTypeOf(NormalizePlaceholderName(name)) != Placeholder::Type::kUnknown) {
      const size_t end = static_cast<size_t>(name.data() + name.size() - text.data());
      return {Bad(Make(i, end, name), std::string("unclosed '") + open + "'"), end};
    }
  }
  if (close_at >= eol || text[close_at] == open) {
    // Unclosed: a malformed placeholder only when a short name ends the line.
    const std::string_view rest = ascii::Trim(text.substr(start, eol - start));
    const bool name_ends_line = close_at >= eol && !rest.empty() && rest.data() == text.data() + start &&
                                IsName(rest, true) && std::count(rest.begin(), rest.end(), ' ') <= 2;
    if (!name_ends_line) return {std::nullopt, i + 1};
    const size_t end = static_cast<size_t>(rest.data() + rest.size() - text.data());
    return {Bad(Make(i, end, rest), std::string("unclosed '") + open + "'"), end};
  }
  const std::string_view content = ascii::Trim(text.substr(start, close_at - start));
  size_t end = close_at + 1;
  if (open == '[' && end < text.size() && (text[end] == '(' || text[end] == '[')) {
    return {std::nullopt, end};  // markdown link or reference
  }
  if (open == '[' && i > 0 && (text[i - 1] == '!' || text[i - 1] == ']')) {
    return {std::nullopt, end};  // markdown image or the label of "[text][label]"
  }
  if (open == '{' && !FunctionTagVariable(content).empty()) {
    return {Make(i, end, FunctionTagVariable(content)), end};  // Smarty "{displayPrice price=$total}"
  }
  if (open == '{' && !content.empty() && content[0] == '$' && !CodeVariable(content).empty()) {
    return {Make(i, end, CodeVariable(content)), end};  // PHP "{$tgl}", "{$pinjaman['kode']}"
  }
  if (!IsName(content, true)) return {std::nullopt, i + 1};
  if (open == '[' && IsSenderTag(content)) return {std::nullopt, end};
  Placeholder p = Make(i, end, content);
  if (open == '{' && end < text.size() && text[end] == '}') {
    return {Bad(Make(i, end + 1, content), "'{' closed with '}}'"), end + 1};
  }
  return {std::move(p), end};
}

// %(name)s
Result Percent(std::string_view text, size_t i) {
  size_t k = i + 2;
  if (k >= text.size() || !(ascii::IsLetter(text[k]) || text[k] == '_')) return {std::nullopt, i + 1};
  while (k < text.size() && (ascii::IsLetter(text[k]) || ascii::IsDigit(text[k]) || text[k] == '_')) ++k;
  if (k >= text.size() || text[k] != ')') return {std::nullopt, i + 1};
  const std::string_view name = text.substr(i + 2, k - i - 2);
  if (k + 1 < text.size() && std::string_view("sdifrx").find(text[k + 1]) != std::string_view::npos) {
    return {Make(i, k + 2, name), k + 2};
  }
  return {Bad(Make(i, k + 1, name), "missing conversion type after '%(" + std::string(name) + ")'"), k + 1};
}

// %bname%, %due_amt% (mail-merge and PHP mailer slots): an identifier
// between two percent signs on one line, not after a letter or digit;
// "10% dan 20%" and "100%" are not slots.
Result PercentPair(std::string_view text, size_t i, size_t eol) {
  if (i > 0 && (ascii::IsLetter(text[i - 1]) || ascii::IsDigit(text[i - 1]))) return {std::nullopt, i + 1};
  size_t k = i + 1;
  if (k >= eol || !(ascii::IsLetter(text[k]) || text[k] == '_')) return {std::nullopt, i + 1};
  while (k < eol && IsIdentChar(text[k])) ++k;
  if (k >= eol || text[k] != '%' || k - i - 1 < 2 || k - i - 1 > 64) return {std::nullopt, i + 1};
  if (k + 1 < eol && (ascii::IsLetter(text[k + 1]) || ascii::IsDigit(text[k + 1]))) return {std::nullopt, i + 1};
  const std::string_view name = text.substr(i + 1, k - i - 1);
  if (!IsName(name, false)) return {std::nullopt, i + 1};
  return {Make(i, k + 1, name), k + 1};
}

// <<name>>
Result Chevrons(std::string_view text, size_t i, size_t eol) {
  const size_t start = i + 2;
  // A name is at most 64 bytes, so the closer is near: "<<" and ">>" also
  // occur as arrows in prose.
  const size_t window = std::min(eol, start + 128);
  const size_t close_at = text.substr(0, window).find(">>", start);
  if (close_at == std::string_view::npos) return {std::nullopt, i + 2};
  const std::string_view content = ascii::Trim(text.substr(start, close_at - start));
  if (!IsName(content, false)) return {std::nullopt, i + 2};
  return {Make(i, close_at + 2, content), close_at + 2};
}

// «FirstName»: a mail-merge field of a word processor.
Result Guillemets(std::string_view text, size_t i, size_t eol) {
  const size_t start = i + 2;  // "«" is two bytes in UTF-8
  const size_t window = std::min(eol, start + 66);
  const size_t close_at = text.substr(0, window).find("\xc2\xbb", start);
  if (close_at == std::string_view::npos) return {std::nullopt, start};
  const std::string_view content = ascii::Trim(text.substr(start, close_at - start));
  if (!IsName(content, false)) return {std::nullopt, start};
  return {Make(i, close_at + 2, content), close_at + 2};
}

// $name, $this->dueDate: a variable of code or a shell template ("KSh
// $balance", "' . $this->dueDate . '"); "$300" is money.
Result Dollar(std::string_view text, size_t i, size_t eol) {
  size_t k = i + 1;
  if (k >= eol || !(ascii::IsLetter(text[k]) || text[k] == '_')) return {std::nullopt, i + 1};
  if (i > 0 && (ascii::IsLetter(text[i - 1]) || ascii::IsDigit(text[i - 1])))
    return {std::nullopt, i + 1};  // "US$", "S$"
  while (k < eol && (IsIdentChar(text[k]) || text.compare(k, 2, "->") == 0)) k += text.compare(k, 2, "->") == 0 ? 2 : 1;
  const std::string_view var = CodeVariable(text.substr(i, k - i));
  const std::string_view name = var.empty() ? text.substr(i + 1, k - i - 1) : var;
  if (name.size() < 2 || !IsName(name, false)) return {std::nullopt, i + 1};
  Placeholder p = Make(i, k, name);
  p.weak = true;
  return {std::move(p), k};
}

// :borrowerName, :due_date, **:amount** (Laravel's translation slots): a
// colon right before an identifier, at a line start or after a space, a
// bracket, markup or a quote; "Note: x", "10:30" and ":smile:" are not
// slots. A plain word (":site") is a slot only when its name has a type
// (":amount", ":date") or the text has another colon slot (`plain` marks it).
Result Colon(std::string_view text, size_t i, size_t eol, bool* plain) {
  static constexpr std::string_view kBefore = " \t\n(*_>\"'";
  if (i > 0 && kBefore.find(text[i - 1]) == std::string_view::npos) return {std::nullopt, i + 1};
  size_t k = i + 1;
  if (k >= eol || !ascii::IsLower(text[k])) return {std::nullopt, i + 1};
  bool shaped = false;  // an inner capital or underscore: an identifier, not a word
  while (k < eol && IsIdentChar(text[k])) {
    shaped |= ascii::IsUpper(text[k]) || text[k] == '_';
    ++k;
  }
  if (k - i < 3 || (k < eol && text[k] == ':')) return {std::nullopt, i + 1};
  if (!shaped && k - i < 4 && PlaceholderTypeOf(text.substr(i + 1, k - i - 1)) == Placeholder::Type::kUnknown) {
    return {std::nullopt, i + 1};
  }
  Placeholder p = Make(i, k, text.substr(i + 1, k - i - 1));
  p.weak = true;
  *plain = !shaped;
  return {std::move(p), k};
}

// <?= $total ?>, <?php echo number_format($sisa); ?>, <%= @customer.name %>:
// a server page's output tag. Its slot is the first variable the expression
// names ("sisa"); an expression without one is still a slot ("code"), typed
// by what precedes it ("Rp <?= ... ?>" is an amount).
Result CodeTag(std::string_view text, size_t i, size_t eol) {
  const bool php = text.compare(i, 2, "<?") == 0;
  const std::string_view close = php ? "?>" : "%>";
  const size_t close_at = text.substr(0, eol).find(close, i + 2);
  if (close_at == std::string_view::npos || close_at - i > 240) return {std::nullopt, i + 2};
  std::string_view content = ascii::Trim(text.substr(i + 2, close_at - i - 2));
  for (std::string_view prefix : {"php", "=", "echo", "print", "-"}) {
    if (content.starts_with(prefix)) content = ascii::Trim(content.substr(prefix.size()));
  }
  while (!content.empty() && (content.back() == ';' || content.back() == '-')) content.remove_suffix(1);
  content = ascii::Trim(content);
  if (content.empty()) return {std::nullopt, close_at + 2};
  std::string_view name;
  const size_t dollar = content.find('$');
  if (dollar != std::string_view::npos) {
    size_t k = dollar + 1;
    while (k < content.size() && (IsIdentChar(content[k]) || content[k] == '[' || content[k] == ']' ||
                                  content[k] == '\'' || content[k] == '"' || content.compare(k, 2, "->") == 0)) {
      k += content.compare(k, 2, "->") == 0 ? 2 : 1;
    }
    const std::string_view expr = content.substr(dollar, k - dollar);
    name = CodeVariable(expr);
    if (name.empty() && expr.size() > 1) name = expr.substr(1);
  } else {
    if (content[0] == '@') content.remove_prefix(1);
    name = CodeVariable(content);
    if (name.empty() && IsName(content, false)) name = content;
  }
  if (name.empty() || !IsName(name, false)) name = "code";
  return {Make(i, close_at + 2, name), close_at + 2};
}

// HTML-like tags that are markup, not placeholders.
constexpr auto kMarkup =
    std::to_array<std::string_view>({"br",    "p",  "b",   "i",     "u",   "a",   "em",    "strong", "div",    "span",
                                     "ul",    "ol", "li",  "td",    "tr",  "th",  "table", "html",   "body",   "head",
                                     "title", "hr", "img", "small", "sup", "sub", "code",  "pre",    "center", "font"});

// <salutation>, <cheque_number>: a word in angle brackets that is no markup.
Result Angle(std::string_view text, size_t i, size_t eol) {
  const size_t start = i + 1;
  size_t k = start;
  while (k < eol && k < start + 48 && (IsIdentChar(text[k]) || text[k] == ' ')) ++k;
  if (k >= eol || text[k] != '>' || k == start) return {std::nullopt, i + 1};
  const std::string_view content = text.substr(start, k - start);
  if (!IsName(content, true) || !ascii::IsLetter(content[0])) return {std::nullopt, i + 1};
  const std::string name = NormalizePlaceholderName(content);
  if (std::find(kMarkup.begin(), kMarkup.end(), name) != kMarkup.end()) return {std::nullopt, i + 1};
  Placeholder p = Make(i, k + 1, content);
  p.weak = true;
  return {std::move(p), k + 1};
}

// "(borrower name)", "(due date)", "(nama)": parentheses are prose too, so
// only a short name of a known type counts.
Result Paren(std::string_view text, size_t i, size_t eol) {
  const size_t close_at = text.substr(0, eol).find(')', i + 1);
  if (close_at == std::string_view::npos || close_at - i > 40) return {std::nullopt, i + 1};
  const std::string_view content = ascii::Trim(text.substr(i + 1, close_at - i - 1));
  if (!IsName(content, true) || std::count(content.begin(), content.end(), ' ') > 2) return {std::nullopt, i + 1};
  // Only the words of a slot, with a head word ("(borrower name)", "(Name)",
  // "(due date)", "(jumlah)"): a gloss in prose ("(debt collector)",
  // "(debitur)", "(nama samaran)") is not one.
  static constexpr auto kSlotWords = std::to_array<std::string_view>(
      {"name",  "nama",  "borrower", "debtor",     "customer", "client",  "debitur", "nasabah", "pelanggan", "peminjam",
       "first", "last",  "full",     "amount",     "jumlah",   "nominal", "due",     "date",    "tanggal",   "tgl",
       "jatuh", "tempo", "company",  "perusahaan", "agent",    "agen",    "your",    "the",     "anda"});
  static constexpr auto kHeads = std::to_array<std::string_view>(
      {"name", "nama", "amount", "jumlah", "nominal", "date", "tanggal", "tgl", "tempo"});
  const std::string n = NormalizePlaceholderName(content);
  bool all_slot = true, head = false;
  size_t start = 0;
  for (size_t k = 0; k <= n.size(); ++k) {
    if (k < n.size() && n[k] != '_') continue;
    const std::string_view w = std::string_view(n).substr(start, k - start);
    all_slot &= std::find(kSlotWords.begin(), kSlotWords.end(), w) != kSlotWords.end();
    head |= std::find(kHeads.begin(), kHeads.end(), w) != kHeads.end();
    start = k + 1;
  }
  if (!all_slot || !head) return {std::nullopt, i + 1};
  Placeholder p = Make(i, close_at + 1, content);
  p.weak = true;
  return {std::move(p), close_at + 1};
}

// The first bytes of every opener At() tries: any other byte starts no
// placeholder, so the scan skips it without comparing prefixes.
constexpr std::array<bool, 256> kOpenerBytes = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : std::string_view("{$%<\xc2[:(")) t[c] = true;
  return t;
}();

// `eol` is the end of the line that holds position i.
Result At(std::string_view text, size_t i, size_t eol, bool* plain_colon) {
  const std::string_view rest = text.substr(i, eol - i);
  if (rest.starts_with("{{{")) return Braces(text, i, eol, 3, "}}}", "{{{");
  if (rest.starts_with("{{")) return Braces(text, i, eol, 2, "}}", "{{");
  if (rest.starts_with("${")) return Braces(text, i, eol, 2, "}", "${");
  if (rest.starts_with("%(")) return Percent(text, i);
  if (rest.starts_with("%")) return PercentPair(text, i, eol);
  if (rest.starts_with("<<")) return Chevrons(text, i, eol);
  if (rest.starts_with("\xc2\xab")) return Guillemets(text, i, eol);
  if (rest.starts_with("{")) return Bracket(text, i, eol, '{', '}');
  if (rest.starts_with("[")) return Bracket(text, i, eol, '[', ']');
  if (rest.starts_with("$")) return Dollar(text, i, eol);
  if (rest.starts_with(":")) return Colon(text, i, eol, plain_colon);
  if (rest.starts_with("<?") || rest.starts_with("<%")) return CodeTag(text, i, eol);
  if (rest.starts_with("<")) return Angle(text, i, eol);
  if (rest.starts_with("(")) return Paren(text, i, eol);
  return {std::nullopt, i + 1};
}

}  // namespace

namespace {

// The lower-case ASCII text just before `at`, back to the line start (at
// most `n` bytes).
std::string Before(std::string_view text, size_t at, size_t n) {
  size_t b = at > n ? at - n : 0;
  const size_t nl = text.substr(0, at).find_last_of("\r\n");
  if (nl != std::string_view::npos && nl + 1 > b) b = nl + 1;
  std::string s(text.substr(b, at - b));
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  // Markup and quotes around the slot: "*{nama}*", "'Rp. {x}'".
  while (!s.empty() && (s.back() == ' ' || s.back() == '*' || s.back() == '_' || s.back() == '\'' || s.back() == '"')) {
    s.pop_back();
  }
  return s;
}

bool EndsWithWord(const std::string& s, std::string_view w) {
  if (s.size() < w.size() || s.compare(s.size() - w.size(), w.size(), w) != 0) return false;
  const size_t b = s.size() - w.size();
  return b == 0 || !ascii::IsLetter(s[b - 1]);
}

}  // namespace

Placeholder::Type PlaceholderTypeByContext(std::string_view text, const Placeholder& p) {
  using T = Placeholder::Type;
  std::string before = Before(text, p.span.begin, 32);
  // "Total: ", "Jumlah = ": a label names what follows.
  while (!before.empty() && (before.back() == ':' || before.back() == '=' || before.back() == ' ' ||
                             before.back() == '-' || before.back() == '.')) {
    before.pop_back();
  }
  if (EndsWithCurrencyMark(before)) return T::kAmount;
  for (std::string_view w : {"total",    "jumlah",     "nominal",   "amount",     "balance", "sebesar",  "senilai",
                             "sejumlah", "of",         "owe",       "owes",       "tagihan", "angsuran", "cicilan",
                             "denda",    "payment of", "amount of", "balance of", "sum of",  "total of", "fee of"}) {
    // ("of" alone says nothing: "the month of {month}".)
    if (EndsWithWord(before, w) && w != "of") return T::kAmount;
  }
  for (std::string_view w : {"jatuh tempo",
                             "jatuh tempo pada",
                             "jatuh tempo tanggal",
                             "jatuh tempo tgl",
                             "due",
                             "due on",
                             "due by",
                             "due date",
                             "by",
                             "before",
                             "on or before",
                             "paling lambat",
                             "selambat-lambatnya",
                             "sebelum",
                             "tanggal",
                             "tgl",
                             "date",
                             "deadline",
                             "sejak",
                             "since",
                             "until",
                             "hingga",
                             "sampai"}) {
    if (EndsWithWord(before, w)) return T::kDate;
  }
  // "your invoice from :microsite", "Hormat kami, {{ toko }}": who sends.
  for (std::string_view w : {"from", "dari", "powered by", "regards", "sincerely", "hormat kami", "salam"}) {
    if (EndsWithWord(before, w)) return T::kSender;
  }
  return p.type;
}

std::vector<Placeholder> ExtractPlaceholders(std::string_view text) {
  std::vector<Placeholder> out;
  std::vector<size_t> plain_colons;  // indices in `out` of ":word" slots
  size_t colons = 0;
  size_t i = 0, eol = 0;
  while (i < text.size()) {
    if (i >= eol) eol = LineEnd(text, i);
    if (i == eol) {  // the line break itself
      ++i;
      continue;
    }
    if (!kOpenerBytes[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
    bool plain_colon = false;
    Result r = At(text, i, eol, &plain_colon);
    if (r.placeholder) {
      if (text[i] == ':') ++colons;
      if (plain_colon) plain_colons.push_back(out.size());
      // A slot whose name says nothing takes its type from what precedes it:
      // "Rp. {plafond}" is an amount, "jatuh tempo {tgl_x}" a date.
      using T = Placeholder::Type;
      if (r.placeholder->type == T::kUnknown || r.placeholder->type == T::kOther || r.placeholder->type == T::kPerson) {
        const T by_context = PlaceholderTypeByContext(text, *r.placeholder);
        if (by_context == T::kAmount || by_context == T::kDate) r.placeholder->type = by_context;
        // Only a name that says nothing becomes the sender ("from {account}" is an account).
        if (by_context == T::kSender && r.placeholder->type == T::kUnknown) r.placeholder->type = T::kSender;
      }
      out.push_back(std::move(*r.placeholder));
    }
    i = std::max(r.next, i + 1);
  }
  // A lone ":word" whose name has no type is a word after a colon typed
  // without its space ("Nama :budi"), not a slot.
  if (colons == 1 && plain_colons.size() == 1 && out[plain_colons[0]].type == Placeholder::Type::kUnknown) {
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(plain_colons[0]));
  }
  return out;
}

}  // namespace santun
