// third-party: telling, or threatening to tell, a third party about the debt; messages
// written to a third party about it (PII.md §7).
#include <algorithm>

#include "engine/checks/check.h"
#include "text/ascii.h"

namespace santun {
namespace {

enum class Modality { kNone, kThreat, kDone, kRequest };

struct Marker {
  Span span;  // normalized
  Modality modality;
};

// The matches of a lexicon param, as NORMALIZED spans (scopes work on them).
std::vector<Span> FindNormalized(const CheckContext& context, const Rule& rule, const char* param) {
  const Lexicon* lexicon = context.LexiconOf(rule, param);
  if (!lexicon) return {};
  return context.FindNormalized(lexicon);
}

// The first of `spans` (sorted by begin, as FindNormalized returns them)
// that begins at or after `pos`: with it, a loop visits only the spans of
// one sentence instead of every span of the message.
std::vector<Span>::const_iterator FirstFrom(const std::vector<Span>& spans, uint32_t pos) {
  return std::lower_bound(spans.begin(), spans.end(), pos, [](Span s, uint32_t p) { return s.begin < p; });
}

// Calls f(span) for each of `spans` (sorted by begin) inside `area`, in order.
template <typename F>
void ForEachIn(const std::vector<Span>& spans, Span area, F&& f) {
  for (auto it = FirstFrom(spans, area.begin); it != spans.end() && it->begin < area.end; ++it) {
    if (it->end <= area.end) f(*it);
  }
}

bool AnyIn(const std::vector<Span>& spans, Span area) {
  bool any = false;
  ForEachIn(spans, area, [&](Span) { any = true; });
  return any;
}

// Words strictly between two non-overlapping spans; numbers do not count
// ("kirim surat tagihan Rp 4.000.000 ke atasan" is three words apart).
// Counting stops past `limit`: callers only compare with it, and the gap
// between far-apart spans must not cost the text in between.
int WordsBetween(std::string_view text, Span a, Span b, int limit) {
  if (b.begin < a.begin) std::swap(a, b);
  if (a.end >= b.begin) return 0;
  int n = 0;
  uint32_t from = a.end;
  // Scans in slices so that the count can stop early; a slice ends at a
  // space, where no word continues.
  while (from < b.begin && n <= limit) {
    uint32_t to = std::min<uint32_t>(b.begin, from + 256);
    while (to < b.begin && text[to - 1] != ' ') ++to;
    ForEachWord(text, Span{from, to}, [&](Span w) {
      n += std::any_of(text.begin() + w.begin, text.begin() + w.end, [](char c) { return !ascii::IsDigit(c); });
    });
    from = to;
  }
  return std::min(n, limit + 1);
}

// True when a ';' or ':' stands between two spans: they join independent
// clauses ("berdiskusi dengan keluarga …; kami siap menjelaskan kepada
// Bapak", "help you and your family through hardship: call 1-800-…").
bool CrossesClauseMark(std::string_view text, Span a, Span b) {
  if (b.begin < a.begin) std::swap(a, b);
  return a.end < b.begin && text.substr(a.end, b.begin - a.end).find_first_of(";:") != std::string_view::npos;
}

// True when the action's object is the sender or a phone number, not a
// third party: a `self` word ("call us", "hubungi kami") or a number of five
// or more digits ("call 1-800-555-0199") right after it.
bool ObjectIsSelfOrNumber(std::string_view text, Span action, const std::vector<Span>& self) {
  uint32_t i = action.end;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (auto it = FirstFrom(self, i); it != self.end() && it->begin == i) return true;
  int digits = 0;
  for (uint32_t j = i; j < text.size() && j < i + 20; ++j) {
    const char c = text[j];
    if (ascii::IsDigit(c))
      ++digits;
    else if (c != '+' && c != '(' && c != ')' && c != '-' && c != '.' && c != ' ')
      break;
  }
  return digits >= 5;
}

// True when the action is forbidden to the reader ("jangan bagikan foto
// KTP Anda ke grup WhatsApp"): a prohibition right before it is advice, not
// the sender's threat. ("Jangan sampai kami sebar …" has a subject between.)
bool ForbiddenToReader(std::string_view text, Span action) {
  uint32_t e = action.begin;
  while (e > 0 && text[e - 1] == ' ') --e;
  uint32_t b = e;
  while (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z') --b;
  const std::string_view word = text.substr(b, e - b);
  return word == "jangan" || word == "janganlah" || word == "jgn";
}

// The creditor's own names (allow.names) in the normalized text: a party
// inside one ("Koperasi Keluarga Sejahtera") is not a third party.
std::vector<Span> AllowedNames(const CheckContext& context) {
  std::vector<Span> out;
  const std::string& text = context.normalized.text;
  for (const std::string& allowed : context.allow.names) {
    const std::string name = ascii::ToLower(allowed);
    if (name.empty()) continue;
    for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      out.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())});
    }
  }
  return out;
}

// The modality of an action: the marker nearest before it in its sentence
// (the action's own word counts: "spoke to" is past), else the first marker
// after it; an unmarked statement ("kami kirim surat ke atasan") states an
// intention, which is a threat.
// `markers` are those of the action's sentence.
Modality ModalityOf(const std::vector<Marker>& markers, Span action) {
  const Marker* before = nullptr;
  const Marker* after = nullptr;
  for (const Marker& m : markers) {
    if (m.span.begin <= action.begin) {
      if (!before || m.span.begin >= before->span.begin) before = &m;
    } else if (!after) {
      after = &m;
    }
  }
  if (before) return before->modality;
  if (after) return after->modality;
  return Modality::kThreat;
}

// The markers of each sentence, in the order of `markers` (threats, then
// past disclosures, then requests: ModalityOf depends on that order).
std::vector<std::vector<Marker>> MarkersBySentence(const std::vector<Marker>& markers,
                                                   const std::vector<Span>& sentences) {
  std::vector<std::vector<Marker>> out(sentences.size());
  for (const Marker& m : markers) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), m.span.begin,
                               [](uint32_t p, const Span& s) { return p < s.end; });
    if (it != sentences.end() && it->begin <= m.span.begin && m.span.end <= it->end) {
      out[static_cast<size_t>(it - sentences.begin())].push_back(m);
    }
  }
  return out;
}

struct Lexicons {
  std::vector<Span> party, action, perceive, publics, veiled, allowed, relay, absent, addressee, owes, condition, self;
  bool has_condition = false;  // the rule names a `condition` lexicon
  std::vector<Marker> markers;
};

// Finds the lexicons of the rule. Returns false, having searched only the
// few lexicons that every hit needs, when nothing can be found: a threat or
// disclosure needs a party or a `public` phrase; a message to a third party
// needs an addressee phrase, a party, or a relay request and an absent
// person. Most messages name no third party, and this saves a dozen
// lexicon searches on each of them.
bool FindAll(const CheckContext& context, const Rule& rule, bool addressed, Lexicons* out) {
  Lexicons& x = *out;
  const std::vector<Span> names = AllowedNames(context);
  for (Span p : FindNormalized(context, rule, "party")) {
    if (std::none_of(names.begin(), names.end(), [&](Span n) { return n.Overlaps(p); })) x.party.push_back(p);
  }
  if (x.party.empty()) {
    if (addressed) {
      x.addressee = FindNormalized(context, rule, "addressee");
      if (x.addressee.empty() &&
          (FindNormalized(context, rule, "relay").empty() || FindNormalized(context, rule, "absent").empty())) {
        return false;
      }
    } else if (FindNormalized(context, rule, "public").empty()) {
      return false;
    }
  }
  // An action word inside a party ("wa" in "grup WA", "kontak" in "kontak
  // darurat") is not an action.
  // reach[i]: the furthest end of party[0..i] (parties are sorted by begin).
  std::vector<uint32_t> reach;
  for (Span p : x.party) reach.push_back(std::max(p.end, reach.empty() ? 0 : reach.back()));
  auto outside_parties = [&](std::vector<Span> spans) {
    std::erase_if(spans, [&](Span a) {
      const auto n =
          std::upper_bound(x.party.begin(), x.party.end(), a.begin, [](uint32_t b, Span p) { return b < p.begin; }) -
          x.party.begin();
      return n > 0 && reach[static_cast<size_t>(n - 1)] >= a.end;
    });
    return spans;
  };
  x.action = outside_parties(FindNormalized(context, rule, "action"));
  x.perceive = outside_parties(FindNormalized(context, rule, "perceive"));
  x.publics = FindNormalized(context, rule, "public");
  x.veiled = FindNormalized(context, rule, "veiled");
  x.allowed = FindNormalized(context, rule, "allowed");
  x.relay = FindNormalized(context, rule, "relay");
  x.absent = FindNormalized(context, rule, "absent");
  x.addressee = FindNormalized(context, rule, "addressee");
  x.owes = FindNormalized(context, rule, "owes");
  x.condition = FindNormalized(context, rule, "condition");
  x.self = FindNormalized(context, rule, "self");
  x.has_condition = context.LexiconOf(rule, "condition") != nullptr;
  for (Span s : FindNormalized(context, rule, "threat")) x.markers.push_back({s, Modality::kThreat});
  for (Span s : FindNormalized(context, rule, "done")) x.markers.push_back({s, Modality::kDone});
  for (Span s : FindNormalized(context, rule, "request")) x.markers.push_back({s, Modality::kRequest});
  return true;
}

// Threats and past disclosures: a party and an action within `window` words
// of each other in one sentence (or a `public` phrase, which is both), or a
// party followed by what it would learn (`perceive`: "your family will hear
// about it", only with a marker or a veiled frame), not negated (unless the
// sentence is `veiled`: "you don't want your neighbors to see that"), in a
// sentence without an `allowed` or `addressee` phrase, whose modality is the
// rule's; the closest pair wins. One hit per sentence.
void FindTold(const CheckContext& context, const Lexicons& x, Modality wanted, int window, std::vector<Span>* out) {
  const std::string_view text = context.normalized.text;
  const std::vector<Span>& sentences = context.scopes.sentences();
  const std::vector<std::vector<Marker>> markers = MarkersBySentence(x.markers, sentences);
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Span& sentence = sentences[si];
    // A sentence that addresses the third party ("Yth. keluarga dari Bapak
    // Slamet, kami informasikan …") is the addressed modality, not a threat.
    if (AnyIn(x.allowed, sentence) || AnyIn(x.addressee, sentence)) continue;
    const bool veiled = AnyIn(x.veiled, sentence);
    // With a `condition` lexicon only a payment condition keeps a negated
    // threat ("we won't tell your boss if you pay today"); "keluarga tidak
    // akan ditagih jika Bapak meninggal dunia" stays negated.
    const bool pay_condition = AnyIn(x.condition, sentence);
    auto negated = [&](Span s) {
      if (veiled) return false;
      if (!x.has_condition) return context.scopes.IsNegated(s.begin);
      return context.scopes.HasNegatorBefore(s.begin) && !pay_condition;
    };
    struct Candidate {
      Span span, action;
      int gap;         // words between the party and the action
      bool perceived;  // the party learns (perceive): a threat only when marked or veiled
    };
    std::vector<Candidate> candidates;
    // "Your family will hear about it": the party is the subject, before
    // the verb ("sorry to hear about your father" is not a disclosure).
    ForEachIn(x.perceive, sentence, [&](Span a) {
      ForEachIn(x.party, sentence, [&](Span p) {
        if (p.end > a.begin || negated(p) || negated(a)) return;
        const int gap = WordsBetween(text, p, a, window);
        if (gap <= window) candidates.push_back({{p.begin, a.end}, a, gap, true});
      });
    });
    ForEachIn(x.action, sentence, [&](Span a) {
      if (negated(a) || ForbiddenToReader(text, a) || ObjectIsSelfOrNumber(text, a, x.self)) return;
      ForEachIn(x.party, sentence, [&](Span p) {
        if (negated(p)) return;
        // An action may hold its party ("let your boss know"), not the
        // other way round ("kontak" in "kontak darurat").
        const bool holds = a.begin <= p.begin && p.end <= a.end && a.size() > p.size();
        if (p.Overlaps(a) && !holds) return;
        const int gap = holds ? 0 : WordsBetween(text, p, a, window);
        if (gap > window || CrossesClauseMark(text, p, a)) return;
        candidates.push_back({{std::min(p.begin, a.begin), std::max(p.end, a.end)}, a, gap, false});
      });
    });
    ForEachIn(x.publics, sentence, [&](Span s) {
      if (!negated(s)) candidates.push_back({s, s, 0, false});
    });
    // The closest pair first ("at your job and spoke to your supervisor"
    // reports "spoke to your supervisor"), then the earliest.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      return a.gap != b.gap ? a.gap < b.gap : a.span.begin < b.span.begin;
    });
    for (const Candidate& c : candidates) {
      Modality m = veiled ? Modality::kThreat : ModalityOf(markers[si], c.action);
      if (c.perceived && !veiled && markers[si].empty()) m = Modality::kNone;
      if (m == wanted) {
        out->push_back(c.span);
        break;
      }
    }
  }
}

// A message written to a third party: an `addressee` phrase ("Anda tercatat
// sebagai kontak darurat", "Dear HR Department"), a `relay` request aimed at
// a party or an absent person ("tolong sampaikan ke suami Ibu", "tell him to
// pay"), or a party said to owe (`owes` within 4 words after it: "your
// husband Paul has an unpaid balance"). One hit per message.
void FindAddressed(const CheckContext& context, const Lexicons& x, int window, std::vector<Span>* out) {
  const std::string_view text = context.normalized.text;
  std::vector<Span> found;
  auto usable = [&](Span s) {
    return !context.scopes.IsNegated(s.begin) && !AnyIn(x.allowed, context.scopes.SentenceAt(s.begin));
  };
  for (Span s : x.addressee) {
    if (usable(s)) found.push_back(s);
  }
  for (Span r : x.relay) {
    if (!usable(r)) continue;
    const Span sentence = context.scopes.SentenceAt(r.begin);
    // The first target after the relay within `window` words; the gap only
    // grows with the target's start, so the search stops at the first too far.
    for (const std::vector<Span>* targets : {&x.party, &x.absent}) {
      for (auto t = FirstFrom(*targets, r.end); t != targets->end() && t->begin < sentence.end; ++t) {
        if (WordsBetween(text, r, *t, window) > window) break;
        if (t->end > sentence.end) continue;
        found.push_back({r.begin, t->end});
        break;
      }
    }
  }
  for (Span p : x.party) {
    if (x.owes.empty() || !usable(p)) continue;
    for (auto o = FirstFrom(x.owes, p.end); o != x.owes.end(); ++o) {
      if (WordsBetween(text, p, *o, 4) > 4) break;
      if (context.scopes.SentenceAt(o->begin) != context.scopes.SentenceAt(p.begin)) continue;
      found.push_back({p.begin, o->end});
      break;
    }
  }
  if (found.empty()) return;
  out->push_back(*std::min_element(found.begin(), found.end()));
}

}  // namespace

// The debt context (`debt` lexicon, an amount, or an amount placeholder)
// may be anywhere in the message. A message written to a third party needs
// it; a threat or disclosure without it is still reported, one severity
// level lower (PII.md §7: A ∧ B ∧ D without C is a warning). The check does
// its own negation (at the party and at the action: "kami tidak akan
// menghubungi keluarga Anda", "Anda, bukan keluarga Anda"); Scopes::IsNegated
// keeps conditional sentences ("we won't tell your boss if you pay today").
void CheckThirdParty(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  const std::string modality = ParamString(rule, "modality", "threat");
  const int window = static_cast<int>(ParamInt(rule, "window", 8));
  const bool debt = !context.LexiconOf(rule, "debt") || !context.Find(context.LexiconOf(rule, "debt")).empty() ||
                    context.facts.HasAmount();
  if (modality == "addressed" && !debt) return;
  Lexicons x;
  if (!FindAll(context, rule, modality == "addressed", &x)) return;
  std::vector<Span> found;
  if (modality == "addressed") {
    FindAddressed(context, x, window, &found);
  } else {
    FindTold(context, x, modality == "disclosed" ? Modality::kDone : Modality::kThreat, window, &found);
  }
  for (Span n : found) {
    CheckHit hit{context.normalized.ToOriginal(n), ""};
    if (!debt) hit.severity = static_cast<Severity>(std::max(0, static_cast<int>(rule.severity) - 1));
    hits->push_back(std::move(hit));
  }
}

}  // namespace santun
