#include "extract/pii/digit_runs.h"

#include <algorithm>
#include <array>

#include "extract/pii/digit_run_rules.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

constexpr uint8_t kMaxSpaceJoinedGroup = 8;

// Words after a number that make it a quantity: a space before such a group
// does not join it to the number before ("0812-3456-7890 24 jam").
// clang-format off
constexpr auto kUnitWords = std::to_array<std::string_view>({
    "jam", "hari", "minggu", "bulan", "bln", "tahun", "thn", "menit", "detik", "kali", "x",
    "juta", "jt", "ribu", "rb", "miliar", "triliun", "rupiah", "persen", "orang", "hours",
    "days", "weeks", "months", "years", "times", "minutes", "am", "pm", "wib", "wita", "wit"});
// clang-format on

// Returns the byte length of a mask character at text[i] ('*', 'x', 'X',
// '#', U+2022 bullet, U+25CF black circle), or 0.
int MaskLength(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '*' || c == 'x' || c == 'X' || c == '#') return 1;
  const std::string_view rest = text.substr(i, 3);
  if (rest == "\xE2\x80\xA2" || rest == "\xE2\x97\x8F") return 3;
  return 0;
}

// Returns the byte length of a joining separator at text[i] and stores its
// normalized form, or 0.
int SeparatorLength(std::string_view text, size_t i, char* kind) {
  const char c = text[i];
  if (c == ' ' || c == '-' || c == '.' || c == '/' || c == ',' || c == ':') {
    *kind = c;
    return 1;
  }
  const std::string_view two = text.substr(i, 2);
  const std::string_view three = text.substr(i, 3);
  if (two == "\xC2\xA0") {  // NBSP
    *kind = ' ';
    return 2;
  }
  if (three == "\xE2\x80\x89" || three == "\xE2\x80\xAF") {  // thin / narrow NBSP
    *kind = ' ';
    return 3;
  }
  if (three == "\xE2\x80\x90" || three == "\xE2\x80\x91" || three == "\xE2\x80\x93") {  // dashes
    *kind = '-';
    return 3;
  }
  return 0;
}

struct Group {
  size_t end = 0;
  std::string digits;
  int chars = 0;  // digits + mask characters
  int masks = 0;
};

// Parses the group of digits and mask characters at text[pos]. A group
// with fewer than two mask characters, or whose x/X masks touch letters,
// keeps only its leading digits.
Group ParseGroup(std::string_view text, size_t pos) {
  Group g;
  size_t i = pos;
  bool letter_mask = false;
  while (i < text.size()) {
    if (ascii::IsDigit(text[i])) {
      g.digits.push_back(text[i]);
      ++g.chars;
      ++i;
    } else if (int len = MaskLength(text, i)) {
      letter_mask |= ascii::IsLetter(text[i]);
      ++g.masks;
      ++g.chars;
      i += len;
    } else {
      break;
    }
  }
  const bool touches_letters =
      letter_mask && ((pos > 0 && ascii::IsLetter(text[pos - 1])) || (i < text.size() && ascii::IsLetter(text[i])));
  if (g.masks > 0 && (g.masks < 2 || touches_letters)) {
    g = Group{};
    i = pos;
    while (i < text.size() && ascii::IsDigit(text[i])) g.digits.push_back(text[i++]);
    g.chars = static_cast<int>(g.digits.size());
  }
  g.end = i;
  return g;
}

bool IsUnitWordAfter(std::string_view text, size_t pos) {
  const std::string w = WordAfter(text, pos);
  if (pos < text.size() && text[pos] == '%') return true;
  for (std::string_view u : kUnitWords) {
    if (u == w) return true;
  }
  return false;
}

}  // namespace

const char* DigitRunKindName(DigitRunKind kind) {
  switch (kind) {
    case DigitRunKind::kMasked: return "masked";
    case DigitRunKind::kClaimed: return "claimed";
    case DigitRunKind::kMoney: return "money";
    case DigitRunKind::kPercent: return "percent";
    case DigitRunKind::kDate: return "date";
    case DigitRunKind::kTime: return "time";
    case DigitRunKind::kFraction: return "fraction";
    case DigitRunKind::kReference: return "reference";
    case DigitRunKind::kCandidate: return "candidate";
  }
  return "unknown";
}

std::vector<DigitRun> ScanDigitRuns(std::string_view text) {
  std::vector<DigitRun> runs;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const char c = text[i];
    const bool plus = c == '+' && i + 1 < n && ascii::IsDigit(text[i + 1]) &&
                      (i == 0 || !(ascii::IsLetter(text[i - 1]) || ascii::IsDigit(text[i - 1])));
    const bool paren = c == '(' && i + 1 < n && ascii::IsDigit(text[i + 1]);
    bool start = ascii::IsDigit(c) || plus || paren;
    if (ascii::IsDigit(c) && i > 0 && ascii::IsLetter(text[i - 1])) {
      // One or two digits ending a word ("CVV2", "PPh21", "A4") belong to
      // the word, unless a separator and more digits follow ("Rp1.500").
      size_t e = i;
      while (e < n && ascii::IsDigit(text[e])) ++e;
      char sep = 0;
      const bool continues =
          e + 1 < n && SeparatorLength(text, e, &sep) == 1 && sep != ' ' && ascii::IsDigit(text[e + 1]);
      if (e - i <= 2 && !continues && !(e < n && ascii::IsLetter(text[e]))) {
        i = e;
        continue;
      }
    }
    if (!start && MaskLength(text, i) != 0) {
      start = ParseGroup(text, i).masks >= 2;
    }
    if (!start) {
      ++i;
      continue;
    }
    DigitRun run;
    run.plus = plus;
    run.span.begin = static_cast<uint32_t>(i);
    size_t pos = i + ((plus || paren) ? 1 : 0);
    bool open = paren;   // a '(' waits for its ')'
    size_t open_at = 0;  // the group the open '(' stands before
    size_t end = pos;
    while (true) {
      const Group g = ParseGroup(text, pos);
      if (g.chars == 0) break;
      run.digits += g.digits;
      run.groups.push_back(static_cast<uint8_t>(std::min(g.chars, 255)));
      end = g.end;
      // A joiner: [')'] [separator] ['('], then the next group.
      size_t j = g.end;
      const bool close = open && j < n && text[j] == ')';
      if (close) ++j;
      char sep = 0;
      if (j < n) j += SeparatorLength(text, j, &sep);
      const bool reopen = (!open || close) && j < n && text[j] == '(';
      if (reopen) ++j;
      const Group next = j > g.end && j < n ? ParseGroup(text, j) : Group{};
      if (next.chars == 0) {
        if (close) {
          open = false;
          if (open_at == 0 && paren && run.groups.size() > 1) {
            run.span.begin += 1;  // "(0812-3456-7890)": the parentheses wrap the run
          } else {
            end = g.end + 1;  // "(021)" or "+62 (0)": keep the ')'
            run.parentheses = true;
          }
        }
        break;
      }
      if (sep == ' ' && !close && !reopen) {
        const bool country_code =
            run.groups.size() == 1 && g.chars <= 4 && (run.plus || g.digits == "62" || g.digits == "0062");
        if ((!country_code && (g.chars > kMaxSpaceJoinedGroup || next.chars > kMaxSpaceJoinedGroup)) ||
            IsUnitWordAfter(text, next.end)) {
          break;
        }
      }
      if ((sep == '/' || sep == ',') && (g.chars > kMaxSpaceJoinedGroup || next.chars > kMaxSpaceJoinedGroup)) {
        break;
      }
      if (close) {
        open = false;
        run.parentheses = true;
      }
      if (reopen) {
        open = true;
        open_at = run.groups.size();
      }
      run.separators.push_back(sep == 0 ? ' ' : sep);
      pos = j;
    }
    if (open && paren && open_at == 0) run.span.begin += 1;  // "(0812…" never closed
    run.span.end = static_cast<uint32_t>(end);
    i = std::max(end, i + 1);
    if (!run.digits.empty()) runs.push_back(std::move(run));
  }
  return runs;
}

std::vector<DigitRun> ClassifyDigitRuns(std::string_view text, const std::vector<Span>& claimed_spans) {
  std::vector<DigitRun> runs = ScanDigitRuns(text);
  // A run is claimed when a claimed span overlaps it: sorted by begin, with
  // the furthest end so far, that is one binary search per run (checking
  // every span for every run was quadratic in a text full of amounts).
  std::vector<Span> claims = claimed_spans;
  std::sort(claims.begin(), claims.end());
  std::vector<uint32_t> reach;
  reach.reserve(claims.size());
  for (const Span& c : claims) reach.push_back(std::max(c.end, reach.empty() ? 0u : reach.back()));
  auto is_claimed = [&](Span run) {
    const auto n =
        std::lower_bound(claims.begin(), claims.end(), run.end, [](const Span& c, uint32_t e) { return c.begin < e; }) -
        claims.begin();
    return n > 0 && reach[static_cast<size_t>(n - 1)] > run.begin;
  };
  uint32_t previous_end = 0;
  for (DigitRun& run : runs) {
    const uint32_t window = LabelWindowBegin(text, previous_end, run.span.begin);
    run.label = FindLabelBefore(text, window, run.span.begin);
    previous_end = run.span.end;
    size_t chars = 0;
    for (uint8_t g : run.groups) chars += g;
    std::string reason;
    ContextLabel glued;
    auto set = [&](DigitRunKind kind, std::string why) {
      run.kind = kind;
      run.reason = std::move(why);
    };
    const bool claimed = is_claimed(run.span);
    if (chars > run.digits.size()) {
      set(DigitRunKind::kMasked, "mask characters");
    } else if (claimed) {
      set(DigitRunKind::kClaimed, "claimed by another extractor");
    } else if (IsMoneyRun(text, run, &reason)) {
      set(DigitRunKind::kMoney, reason);
    } else if (IsPercentRun(text, run, &reason)) {
      set(DigitRunKind::kPercent, reason);
    } else if (IsDateRun(text, run, &reason)) {
      set(DigitRunKind::kDate, reason);
    } else if (IsTimeRun(text, run, &reason)) {
      set(DigitRunKind::kTime, reason);
    } else if (IsFractionRun(text, run, &reason)) {
      set(DigitRunKind::kFraction, reason);
    } else if (IsGluedRun(text, run, &reason, &glued)) {
      set(DigitRunKind::kReference, reason);
    } else if (run.span.begin > 0 && text[run.span.begin - 1] == '#' &&
               !(run.label.found() && run.label.role == LabelRole::kIdentifier)) {
      set(DigitRunKind::kReference, "numbered with '#'");
    } else if (glued.found()) {
      run.label = glued;
      set(DigitRunKind::kCandidate, "label glued to the number");
    } else if (run.label.found() && run.label.role != LabelRole::kIdentifier) {
      set(DigitRunKind::kReference,
          std::string(run.label.role == LabelRole::kVirtualAccount ? "virtual account label '" : "reference label '") +
              std::string(run.label.phrase) + "'");
    } else {
      set(DigitRunKind::kCandidate, "");
    }
  }
  return runs;
}

}  // namespace santun::pii
