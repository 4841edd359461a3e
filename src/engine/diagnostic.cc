#include "engine/diagnostic.h"

#include <algorithm>

#include "text/ascii.h"
#include "text/visible.h"

namespace santun {
namespace {

// Stars every letter and digit of `s` (each UTF-8 character one '*') and
// keeps ASCII spaces and punctuation, so that the layout stays readable.
std::string StarOut(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      if ((c & 0xC0) != 0x80) out.push_back('*');  // a lead byte: one star per character
    } else if (ascii::IsAlnum(static_cast<char>(c))) {
      out.push_back('*');
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace

std::vector<Redaction> CollectRedactions(const std::vector<Diagnostic>& diagnostics) {
  std::vector<Redaction> all;
  for (const Diagnostic& d : diagnostics) {
    if (d.masked) all.push_back({d.span, d.matched});
  }
  return MergeRedactions(std::move(all));
}

std::vector<Redaction> MergeRedactions(std::vector<Redaction> all) {
  std::sort(all.begin(), all.end(), [](const Redaction& a, const Redaction& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  std::vector<Redaction> out;
  for (Redaction& r : all) {
    if (!out.empty() && r.span.begin < out.back().span.end) {
      if (r.span.end <= out.back().span.end) continue;  // inside the previous one
      // Sticks out: the rest of it is starred (the masked text cannot be split).
      r = {{out.back().span.end, r.span.end}, ""};
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string Redact(std::string_view text, uint32_t base, const std::vector<Redaction>& redactions, size_t* begin,
                   size_t* end) {
  struct Piece {
    size_t b, e;  // bytes of `text` replaced
    std::string shown;
  };
  std::vector<Piece> pieces;
  for (const Redaction& r : redactions) {
    if (r.span.end <= base || r.span.begin >= base + text.size()) continue;
    const size_t b = r.span.begin > base ? r.span.begin - base : 0;
    const size_t e = std::min<size_t>(r.span.end - base, text.size());
    if (!pieces.empty() && b < pieces.back().e) continue;
    // A value cut by the piece of text (an address over two lines) is starred.
    const bool whole = r.span.begin >= base && r.span.end <= base + text.size() && !r.text.empty();
    pieces.push_back({b, e, whole ? r.text : StarOut(text.substr(b, e - b))});
  }
  // Where offset `o` of the input lands in the output; a range end inside a
  // value moves to the end of its masked text, a range start to its start.
  auto map = [&](size_t o, bool is_end) {
    long delta = 0;
    for (const Piece& p : pieces) {
      if (o > p.b && o < p.e)
        return static_cast<size_t>(static_cast<long>(is_end ? p.b + p.shown.size() : p.b) + delta);
      if (p.e <= o) delta += static_cast<long>(p.shown.size()) - static_cast<long>(p.e - p.b);
    }
    return static_cast<size_t>(static_cast<long>(o) + delta);
  };
  if (begin) *begin = map(*begin, false);
  if (end) *end = map(*end, true);
  std::string out;
  size_t pos = 0;
  for (const Piece& p : pieces) {
    out.append(text.substr(pos, p.b - pos));
    out += p.shown;
    pos = p.e;
  }
  out.append(text.substr(pos));
  return out;
}

Diagnostic MakeDiagnostic(const Rule& rule, std::string_view text, Span span, std::string_view detail,
                          std::string_view masked) {
  Diagnostic d;
  d.rule = &rule;
  d.severity = rule.severity;
  d.span = span;
  d.masked = !masked.empty();
  d.matched = d.masked ? std::string(masked) : std::string(text.substr(span.begin, span.size()));
  const std::string shown = OneLine(d.matched);
  for (size_t i = 0; i < rule.message.size(); ++i) {
    if (rule.message.compare(i, 7, "{match}") == 0) {
      d.message += shown;
      i += 6;
    } else if (rule.message.compare(i, 8, "{detail}") == 0) {
      d.message += detail;
      i += 7;
    } else {
      d.message.push_back(rule.message[i]);
    }
  }
  return d;
}

bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b) {
  if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
  if (a.span.end != b.span.end) return a.span.end < b.span.end;
  if (a.rule->id != b.rule->id) return a.rule->id < b.rule->id;
  return a.message < b.message;
}

}  // namespace santun
