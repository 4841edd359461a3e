#include "rewrite/rewrite.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "engine/checks/sender_signals.h"
#include "engine/facts.h"
#include "engine/match.h"
#include "engine/quoted_masking.h"
#include "engine/send_time.h"
#include "extract/date_words.h"
#include "rewrite/rewrite_text.h"
#include "text/ascii.h"
#include "text/normalizer.h"
#include "text/scopes.h"

namespace santun {
namespace {

const AllowList kNoAllowListForRewrite;

// Diagnostics whose sentence a rewrite drops: conduct problems, vague
// amounts and dates, and any other error. Rules about what is missing
// (amount, date, sender) flag the request, not a bad sentence.
bool Dirty(const Diagnostic& d) {
  const std::string& c = d.rule->category;
  const std::string& id = d.rule->id;
  if (c == "threat" || c == "abuse" || c == "pressure" || c == "privacy" || c == "santun") return true;
  if (id == "identity.impersonation" || id == "due-date.vague" || id == "amount.vague") return true;
  if (id == "amount.missing" || id == "due-date.missing" || id == "identity.missing-sender" || c == "timing" ||
      id == "template.unfilled") {
    return false;
  }
  return d.severity == Severity::kError;
}

// A mention a rewrite must keep: an amount, a valid date, an amount or date placeholder.
struct Mention {
  Span span;
  std::string text;
  bool amount = false;
  bool relative = false;  // "besok", "tomorrow": no "pada"/"on" before it
  std::string said;       // how a restatement writes it: a shouted date in sentence case
};

// "WITHIN FIVE DAYS" -> "within five days", "25 DESEMBER 2026" -> "25 Desember
// 2026": a date restated in a new sentence must not shout.
std::string Unshouted(const std::string& t) {
  bool lower = false, upper = false;
  for (char c : t) {
    lower |= ascii::IsLower(c);
    upper |= ascii::IsUpper(c);
  }
  if (lower || !upper) return t;
  std::string out;
  size_t i = 0;
  while (i < t.size()) {
    size_t j = i;
    while (j < t.size() && ascii::IsLetter(t[j])) ++j;
    std::string word = ascii::ToLower(std::string_view(t).substr(i, j - i));
    if (!word.empty() && MonthNamed(word) != 0 && word.size() >= 3) word[0] = ascii::ToUpper(word[0]);
    out += word;
    if (j < t.size()) out += t[j];
    i = j == i ? i + 1 : j + (j < t.size() ? 1 : 0);
  }
  return out;
}

std::vector<Mention> Mentions(const SourceText& source, Facts& facts) {
  std::vector<Mention> out;
  const std::string_view text = source.text();
  auto add = [&](Span s, bool amount, bool relative) {
    std::string t(text.substr(s.begin, s.size()));
    std::string said = amount ? t : Unshouted(t);
    out.push_back({s, std::move(t), amount, relative, std::move(said)});
  };
  for (const Amount& a : facts.amounts()) add(a.span, true, false);
  for (const DateMention& d : facts.dates()) {
    if (d.valid) add(d.span, false, d.kind == DateMention::Kind::kRelative);
  }
  for (const Placeholder& p : facts.placeholders()) {
    if (p.malformed) continue;
    if (p.type == Placeholder::Type::kAmount) add(p.span, true, false);
    if (p.type == Placeholder::Type::kDate) add(p.span, false, false);
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
  return out;
}

// True when a lexicon of `rules` matches the normalized text.
bool LexiconMatches(const RuleSet& rules, const char* name, std::string_view lang, const NormalizedText& n) {
  const Lexicon* lexicon = rules.FindLexicon(name, lang);
  if (!lexicon) return false;
  for (const Regex& re : lexicon->regexes) {
    bool found = false;
    ForEachMatch(re->get(), n.text, [&](Span) { found = true; });
    if (found) return true;
  }
  return false;
}

bool IsRequest(const RuleSet& rules, std::string_view lang, std::string_view text) {
  const NormalizedText n = Normalize(text);
  return LexiconMatches(rules, "payment-request", lang, n) && !LexiconMatches(rules, "payment-settled", lang, n);
}

bool Matches(const char* pattern, std::string_view text) {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  const RE2 re(pattern, o);
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

// One sentence of the original body and how it joins the one before.
struct Sentence {
  Span span;
  int gap = 0;  // 0: same line, 1: next line, 2: a new paragraph
  std::vector<std::string> rules;
  bool dropped = false;
};

// The parts of a rewrite, chosen from the kept sentences.
class Assembler {
 public:
  Assembler(const Linter& linter, const SourceText& source, const RewritePhrases& phrases, std::string lang,
            std::string profile, std::vector<Mention> mentions, Greeting greeting, Closing closing)
      : linter_(linter),
        source_(source),
        phrases_(phrases),
        lang_(std::move(lang)),
        profile_(std::move(profile)),
        mentions_(std::move(mentions)),
        greeting_(std::move(greeting)),
        closing_(std::move(closing)) {}

  // Builds the text from `sentences` (dropped ones left out); records where
  // each kept sentence landed and what was added.
  std::string Build(const std::vector<Sentence>& sentences, std::vector<RewriteChange>* added) {
    const std::string_view text = source_.text();
    std::string body;
    placed_.assign(sentences.size(), Span{});
    bool first = true;
    int gap = 0;
    for (size_t i = 0; i < sentences.size(); ++i) {
      const Sentence& s = sentences[i];
      gap = std::max(gap, s.gap);
      if (s.dropped) continue;
      if (!first) body += gap == 2 ? "\n\n" : gap == 1 ? "\n" : " ";
      std::string t(text.substr(s.span.begin, s.span.size()));
      if (!t.empty() && !InMention(s.span.begin)) t[0] = ascii::ToUpper(t[0]);
      placed_[i] = {static_cast<uint32_t>(body.size()), static_cast<uint32_t>(body.size() + t.size())};
      body += t;
      first = false;
      gap = 0;
    }
    const NormalizedText nbody = Normalize(body);
    const RuleSet& rules = linter_.rules();
    std::string signature = closing_.signature;
    const std::string company = FindCompanyName(text);
    bool sender = !signature.empty() || LexiconMatches(rules, "sender", lang_, nbody) || HasSenderSignal(body);
    for (const Placeholder& p : ExtractPlaceholders(body)) sender |= p.type == Placeholder::Type::kSender;
    bool has_amount = false, has_date = false;
    std::vector<std::string> amounts, dates;
    bool relative_only = true;
    for (const Mention& m : mentions_) {
      const bool present = body.find(m.text) != std::string::npos;
      (m.amount ? has_amount : has_date) |= present;
      if (present) continue;
      std::vector<std::string>& list = m.amount ? amounts : dates;
      if (std::find(list.begin(), list.end(), m.said) != list.end()) continue;
      list.push_back(m.said);
      if (!m.amount) relative_only &= m.relative;
    }
    // The disclosure a rewrite adds speaks of a debt but asks for nothing.
    auto without_disclosure = [&](std::string t) {
      for (const std::string* phrase : {&phrases_.disclosure, &phrases_.opt_out}) {
        for (size_t at; (at = t.find(*phrase)) != std::string::npos;) t.erase(at, phrase->size());
      }
      return t;
    };
    const bool request = IsRequest(rules, lang_, without_disclosure(std::string(text))) ||
                         IsRequest(rules, lang_, without_disclosure(body));

    std::vector<std::string> paragraphs;
    auto note = [&](const char* part, const std::string& t) { added->push_back({"added", part, t, "", {}, {}}); };
    if (request) {
      std::string a = JoinList(amounts, phrases_), d = JoinList(dates, phrases_);
      if (a.empty() && !has_amount) a = phrases_.amount;
      if (d.empty() && !has_date) {
        d = phrases_.due_date;
        relative_only = false;
      }
      if (!sender || !a.empty() || !d.empty()) {
        // A date restated from a dropped sentence next to the message's own due
        // date is a deadline, not the due date.
        std::string intro = Intro(sender ? "" : (company.empty() ? phrases_.company : company), a, d, relative_only,
                                  has_date && !dates.empty());
        note("identification", intro);
        paragraphs.push_back(intro);
      }
    } else if (!amounts.empty() || !dates.empty()) {
      std::vector<std::string> all = amounts;
      all.insert(all.end(), dates.begin(), dates.end());
      std::string details = phrases_.details + ": " + JoinList(all, phrases_) + ".";
      note("details", details);
      paragraphs.push_back(details);
    }
    body_offset_ = 0;
    if (!body.empty()) paragraphs.push_back(body);
    const size_t body_index = body.empty() ? paragraphs.size() : paragraphs.size() - 1;
    if (request) {
      std::string closing_lines;
      auto add = [&](const char* part, const std::string& sentence, bool present) {
        if (present) return;
        note(part, sentence);
        closing_lines += (closing_lines.empty() ? "" : " ") + sentence;
      };
      add("payment", phrases_.payment,
          Matches(
              R"(\b(?:via|melalui|lewat|rekening|aplikasi|va|through|online|portal)\b|transfer\s+ke|virtual\s+account|https?://|www\.|\.com\b|pay\s+(?:at|by\s+(?:phone|card|mail)))",
              body));
      add("help", phrases_.help,
          Matches(R"(jadwal\s+pembayaran|keringanan|restrukturisasi|payment\s+plan|hardship|difficult)", body));
      add("question", phrases_.question, body.find(phrases_.question) != std::string::npos);
      if (!closing_lines.empty()) paragraphs.push_back(closing_lines);
    }
    if (profile_ == "us") {
      std::string us;
      if (!Matches(R"(attempt\s+to\s+collect\s+a\s+debt|upaya\s+penagihan\s+utang)", body)) {
        note("disclosure", phrases_.disclosure);
        us = phrases_.disclosure;
      }
      if (!Matches(R"(reply\s+stop|opt\s+out|unsubscribe|to\s+stop\s+receiving|balas\s+stop)", body)) {
        note("opt-out", phrases_.opt_out);
        us += (us.empty() ? "" : "\n") + phrases_.opt_out;
      }
      if (!us.empty()) paragraphs.push_back(us);
    }
    if (signature.empty()) signature = company.empty() ? phrases_.company : company;
    closing_text_ = phrases_.sign_off + "\n" + signature;
    std::string out = GreetingLine(greeting_, phrases_) + "\n\n";
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      if (i == body_index) body_offset_ = static_cast<uint32_t>(out.size());
      out += paragraphs[i] + "\n\n";
    }
    out += closing_text_ + "\n";
    return out;
  }

  // Where kept sentence i is in the last built text (empty when dropped).
  Span Placed(size_t i) const {
    const Span s = placed_[i];
    return s.empty() ? s : Span{s.begin + body_offset_, s.end + body_offset_};
  }
  void ForgetGreetingName() { greeting_.name.clear(); }
  void ForgetSignature() { closing_.signature.clear(); }
  const std::string& closing_text() const { return closing_text_; }

 private:
  bool InMention(uint32_t pos) const {
    return std::any_of(mentions_.begin(), mentions_.end(),
                       [&](const Mention& m) { return m.span.begin <= pos && pos < m.span.end; });
  }

  std::string Intro(const std::string& sender, const std::string& amount, const std::string& date, bool relative,
                    bool deadline) const {
    if (lang_ == "en") {
      std::string s = sender.empty() ? "" : "This is " + sender + ". ";
      s += "We are following up on your payment";
      if (!amount.empty()) s += " of " + amount;
      if (!date.empty()) s += (deadline ? ", requested by " : ", due ") + date;
      return s + ".";
    }
    std::string s = sender.empty() ? "Kami" : "Kami dari " + sender;
    s += " ingin menindaklanjuti pembayaran";
    if (!amount.empty()) s += " sebesar " + amount;
    if (!date.empty()) {
      s += deadline   ? " yang kami harapkan paling lambat "
           : relative ? " yang jatuh tempo "
                      : " yang jatuh tempo pada ";
      s += date;
    }
    return s + ".";
  }

  const Linter& linter_;
  const SourceText& source_;
  const RewritePhrases& phrases_;
  std::string lang_, profile_;
  std::vector<Mention> mentions_;
  Greeting greeting_;
  Closing closing_;
  std::vector<Span> placed_;
  uint32_t body_offset_ = 0;
  std::string closing_text_;
};

std::vector<Sentence> BodySentences(std::string_view text, Span body) {
  const NormalizedText n = Normalize(text);
  const Scopes scopes(n.text);
  std::vector<Sentence> out;
  uint32_t previous_end = body.begin;
  for (const Span& ns : scopes.sentences()) {
    Span s = n.ToOriginal(ns);
    s.begin = std::max(s.begin, body.begin);
    s.end = std::min(s.end, body.end);
    while (s.begin < s.end && ascii::IsSpace(text[s.begin])) ++s.begin;
    while (s.end > s.begin && ascii::IsSpace(text[s.end - 1])) --s.end;
    if (s.empty()) continue;
    const std::string_view between = text.substr(previous_end, s.begin - std::min(s.begin, previous_end));
    const auto breaks = std::count(between.begin(), between.end(), '\n');
    out.push_back({s, breaks >= 2 ? 2 : static_cast<int>(breaks), {}, false});
    previous_end = s.end;
  }
  return out;
}

}  // namespace

RewriteResult Rewrite(const Linter& linter, const SourceText& source, const RewriteOptions& options) {
  RewriteResult result;
  MessageOptions message;
  message.lang = options.lang;
  message.profile = options.profile;
  message.today = options.today;
  message.template_mode = true;
  message.allow = options.allow;
  result.original = linter.Lint(source, message);
  result.lang = result.original.lang;
  result.profile = result.original.profile;
  message.lang = result.lang;
  const RewritePhrases& phrases = PhrasesFor(result.lang);
  const std::string_view text = source.text();

  Facts facts(source, result.lang, ResolveToday(ParseIsoDate(options.today), std::nullopt), true,
              options.allow ? *options.allow : kNoAllowListForRewrite);
  const Greeting greeting = FindGreeting(text);
  const Closing closing = FindClosing(text, greeting.span.end);
  const Span body{greeting.span.end, closing.span.empty() ? static_cast<uint32_t>(text.size()) : closing.span.begin};
  std::vector<Sentence> sentences = BodySentences(text, body);
  for (const Diagnostic& d : result.original.diagnostics) {
    if (!Dirty(d)) continue;
    for (Sentence& s : sentences) {
      if (!s.span.Overlaps(d.span) && !(d.span.empty() && s.span.Contains(d.span))) continue;
      s.dropped = true;
      if (std::find(s.rules.begin(), s.rules.end(), d.rule->id) == s.rules.end()) s.rules.push_back(d.rule->id);
    }
  }

  Assembler assembler(linter, source, phrases, result.lang, result.profile, Mentions(source, facts), greeting, closing);
  std::vector<RewriteChange> added;
  for (int round = 0; round < 8; ++round) {
    added.clear();
    result.text = assembler.Build(sentences, &added);
    result.remaining = linter.Lint(SourceText("rewrite", result.text), message);
    bool again = false;
    for (const Diagnostic& d : result.remaining.diagnostics) {
      if (!Dirty(d)) continue;
      bool placed = false;
      for (size_t i = 0; i < sentences.size(); ++i) {
        if (!sentences[i].dropped && assembler.Placed(i).Overlaps(d.span)) {
          sentences[i].dropped = again = placed = true;
          sentences[i].rules.push_back(d.rule->id);
        }
      }
      if (placed) continue;
      // In a greeting name or a signature taken from the original.
      const auto closing_at = static_cast<uint32_t>(result.text.size() - assembler.closing_text().size() - 1);
      if (d.span.begin >= closing_at) {
        assembler.ForgetSignature();
      } else {
        assembler.ForgetGreetingName();
      }
      again = true;
    }
    if (!again) break;
  }

  // What changed, and which diagnostics of the original are gone.
  const std::string greeting_line = GreetingLine(greeting, phrases);
  if (greeting.span.empty() ||
      std::string(text.substr(greeting.span.begin, greeting.span.size())).find(greeting_line) != 0) {
    result.changes.push_back({greeting.span.empty() ? "added" : "replaced",
                              "greeting",
                              greeting_line,
                              std::string(text.substr(greeting.span.begin, greeting.span.size())),
                              greeting.span,
                              {}});
  }
  for (const Sentence& s : sentences) {
    if (s.dropped) {
      result.changes.push_back(
          {"removed", "sentence", std::string(text.substr(s.span.begin, s.span.size())), "", s.span, s.rules});
    }
  }
  result.changes.insert(result.changes.end(), added.begin(), added.end());
  const std::string closing_original(text.substr(closing.span.begin, closing.span.size()));
  if (closing_original != assembler.closing_text()) {
    result.changes.push_back({closing.span.empty() ? "added" : "replaced",
                              "closing",
                              assembler.closing_text(),
                              closing_original,
                              closing.span,
                              {}});
  }
  // What the changes quote of the original (a dropped sentence, a replaced
  // greeting or signature) shows its personal data masked, as check does.
  const std::vector<Redaction>& redactions = result.original.redactions;
  for (RewriteChange& c : result.changes) {
    if (c.kind == "removed" && c.span.end <= text.size()) {
      c.text = Redact(text.substr(c.span.begin, c.span.size()), c.span.begin, redactions);
    }
    c.text = MaskValues(c.text, text, redactions);
    if (c.kind == "replaced" && c.span.end <= text.size()) {
      c.original = Redact(text.substr(c.span.begin, c.span.size()), c.span.begin, redactions);
    }
    c.original = MaskValues(c.original, text, redactions);
  }
  for (size_t i = 0; i < result.original.diagnostics.size(); ++i) {
    const Diagnostic& d = result.original.diagnostics[i];
    const bool still =
        std::any_of(result.remaining.diagnostics.begin(), result.remaining.diagnostics.end(),
                    [&](const Diagnostic& r) { return r.rule->id == d.rule->id && r.matched == d.matched; });
    if (!still) result.resolved.push_back(i);
  }
  return result;
}

}  // namespace santun
