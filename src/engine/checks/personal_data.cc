// personal-data: personal data written out in full: NIK, KK, NPWP, phone numbers, bank
// accounts, cards, e-mail and home addresses, dates of birth, SSNs.
#include <algorithm>

#include "engine/checks/check.h"
#include "extract/pii/detector.h"

namespace santun {
namespace {

// clang-format off
constexpr pii::PiiType kAllTypes[] = {
    pii::PiiType::kNik,  pii::PiiType::kKk,   pii::PiiType::kNpwp,  pii::PiiType::kPhone,
    pii::PiiType::kBankAccount, pii::PiiType::kCard, pii::PiiType::kIban, pii::PiiType::kSsn,
    pii::PiiType::kItin, pii::PiiType::kEmail, pii::PiiType::kAddress, pii::PiiType::kBirthDate,
    pii::PiiType::kCvv,
};
// clang-format on

uint32_t TypeMask(const std::vector<std::string>& names) {
  uint32_t mask = 0;
  for (const std::string& name : names) {
    for (pii::PiiType t : kAllTypes) {
      if (name == pii::PiiTypeName(t)) mask |= pii::Bit(t);
    }
  }
  return mask;
}

pii::Confidence ParseConfidence(const std::string& s) {
  if (s == "low") return pii::Confidence::kLow;
  if (s == "high") return pii::Confidence::kHigh;
  return pii::Confidence::kMedium;
}

// What the message calls a type: the `labels` entry "type=Label", else the
// type name in capitals ("NIK", "CVV").
std::string Label(const std::vector<std::string>& labels, pii::PiiType type) {
  const std::string name = pii::PiiTypeName(type);
  for (const std::string& l : labels) {
    if (l.size() > name.size() && l.compare(0, name.size(), name) == 0 && l[name.size()] == '=') {
      return l.substr(name.size() + 1);
    }
  }
  std::string upper = name;
  for (char& c : upper) c = c == '_' ? ' ' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return upper;
}

// High confidence keeps the rule's severity; each step down lowers it one
// level, to info at the lowest.
Severity ScaledSeverity(Severity rule, pii::Confidence confidence) {
  const int steps = static_cast<int>(pii::Confidence::kHigh) - static_cast<int>(confidence);
  return static_cast<Severity>(std::max(0, static_cast<int>(rule) - steps));
}

// The cue matches (sorted by position) that begin inside `sentence`: each
// value looks at its own sentence only, so a message of many values costs
// values x cues-per-sentence, not values x cues.
std::pair<std::vector<Span>::const_iterator, std::vector<Span>::const_iterator> InSentence(
    const std::vector<Span>& spans, Span sentence) {
  auto first = std::lower_bound(spans.begin(), spans.end(), sentence.begin,
                                [](const Span& s, uint32_t at) { return s.begin < at; });
  auto last =
      std::lower_bound(first, spans.end(), sentence.end, [](const Span& s, uint32_t at) { return s.begin < at; });
  return {first, last};
}

// Returns the `value_label` lexicon's phrase ("HP", "telp", "WA", "rekening",
// "no. rek", "phone", "account") that ends right before normalized offset
// `at`, with nothing but spaces and "# . -" between, or an empty span. A
// form field ("Phone: …", "Account Number: …") is no such label: in a
// contact block or a payment instruction it is the creditor's as often as not
// (corpus/real ren-rem-0081).
Span LabelRightBefore(const CheckContext& context, const Rule& rule, Span sentence, uint32_t at) {
  constexpr uint32_t kGap = 4;
  const Lexicon* lexicon = context.LexiconOf(rule, "value_label");
  if (!lexicon) return {};
  const std::string_view text = context.normalized.text;
  const auto [first, last] = InSentence(context.FindNormalized(lexicon), sentence);
  for (auto it = first; it != last; ++it) {
    const Span s = *it;
    if (s.begin < sentence.begin || s.end > at || at - s.end > kGap) continue;
    bool gap_clean = true;
    for (uint32_t i = s.end; i < at; ++i) gap_clean &= std::string_view(" #.-").find(text[i]) != std::string_view::npos;
    if (gap_clean) return s;
  }
  return {};
}

// Returns true when the value at `value` (original span) belongs to the
// debtor: in its sentence, the nearest cue before it is an `owner` cue
// ("Anda", "Bapak", "your", "on file") rather than a `company` cue ("kami",
// "our", "call us", "hubungi", "transfer ke"); with no cue before it, a
// `value_label` right before the value ("HP 0812…", "rekening 1234…": a value
// labelled as a phone or an account is personal data in context; "telp" and
// "WA" as that label are no company cue), else the nearest cue right after it
// decides ("Jl. Mawar No. 5, alamat rumah Bapak"). No cue: not the debtor's.
bool OwnedByDebtor(const CheckContext& context, const Rule& rule, Span value) {
  const NormalizedText& n = context.normalized;
  auto it = std::lower_bound(n.begin.begin(), n.begin.end(), value.begin);
  const auto at = static_cast<uint32_t>(it - n.begin.begin());
  const Span sentence = context.scopes.SentenceAt(at);
  uint32_t best = 0;
  bool owner = false, found = false;
  // Where the value ends in the normalized text.
  auto end_it = std::lower_bound(n.begin.begin(), n.begin.end(), value.end);
  const auto value_end = static_cast<uint32_t>(end_it - n.begin.begin());
  // After the value, a cue counts only right behind it (", alamat rumah
  // Bapak"), within this many bytes.
  constexpr uint32_t kAfter = 24;
  uint32_t after_best = 0;
  bool after_owner = false, after_found = false;
  const Span label = LabelRightBefore(context, rule, sentence, at);
  auto scan = [&](const char* param, bool is_owner) {
    const Lexicon* lexicon = context.LexiconOf(rule, param);
    if (!lexicon) return;
    const auto [first, last] = InSentence(context.FindNormalized(lexicon), sentence);
    for (auto cue = first; cue != last; ++cue) {
      const Span s = *cue;
      if (s.begin < sentence.begin || s.end > sentence.end) continue;
      if (!label.empty() && s.Overlaps(label)) continue;  // the label itself ("WA 0812…")
      if (s.end <= at) {
        // Before: the nearest cue wins; at the same place, a company cue.
        if (!found || s.end > best || (s.end == best && !is_owner)) {
          best = s.end;
          owner = is_owner;
          found = true;
        }
      } else if (s.begin >= value_end && s.begin <= value_end + kAfter) {
        if (!after_found || s.begin < after_best || (s.begin == after_best && !is_owner)) {
          after_best = s.begin;
          after_owner = is_owner;
          after_found = true;
        }
      }
    }
  };
  scan("owner", true);
  scan("company", false);
  if (found) return owner;
  if (!label.empty()) return true;
  return after_found && after_owner;
}

}  // namespace

// Each finding of FindPii (Facts::personal_data: amounts and dates claimed,
// the allow list applied) whose type is in `types` and whose confidence is
// at least `min_confidence` (default medium) becomes a hit that carries the
// masked value: the diagnostic never shows the original. With
// `confidence_severity` (default true) the severity follows the confidence.
// Types in `owned_types` (phone numbers, e-mails, accounts, addresses, which
// are as often the creditor's own as the debtor's) are reported only when
// the nearest `owner`/`company` cue before them is an owner cue; the
// santun.toml allow list has already removed the creditor's listed values.
void CheckPersonalData(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  const uint32_t types = TypeMask(ParamStrings(rule, "types"));
  const pii::Confidence min = ParseConfidence(ParamString(rule, "min_confidence", "medium"));
  const bool scale = ParamBool(rule, "confidence_severity", true);
  const std::vector<std::string> labels = ParamStrings(rule, "labels");
  const uint32_t owned = TypeMask(ParamStrings(rule, "owned_types"));
  for (const pii::PiiFinding& f : context.facts.personal_data()) {
    if ((types & pii::Bit(f.type)) == 0 || f.confidence < min) continue;
    if ((owned & pii::Bit(f.type)) != 0 && !OwnedByDebtor(context, rule, f.span)) continue;
    CheckHit hit{f.span, Label(labels, f.type)};
    hit.masked = f.masked;
    if (scale) hit.severity = ScaledSeverity(rule.severity, f.confidence);
    hits->push_back(std::move(hit));
  }
}

}  // namespace santun
