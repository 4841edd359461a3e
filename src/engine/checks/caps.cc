// caps: shouting, a run of words written in capital letters.
#include <unicode/uchar.h>

#include <algorithm>
#include <functional>
#include <optional>

#include "engine/checks/check.h"
#include "fix/removal.h"
#include "text/ascii.h"
#include "text/unicode_fold.h"
#include "text/utf8.h"

namespace santun {
namespace {

struct Word {
  Span span;  // original bytes
  int letters = 0;
  int upper = 0;
  std::string_view raw;
  // Lower-case form, to compare with word lists; folded on first use (most
  // words are never compared).
  mutable std::optional<std::string> folded;

  const std::string& Folded() const {
    if (!folded) folded = FoldUnicode(raw).text;
    return *folded;
  }
};

std::vector<Word> WordsOf(std::string_view text, Span range) {
  std::vector<Word> words;
  Word cur;
  bool in_word = false;
  for (uint32_t i = range.begin; i < range.end;) {
    int len;
    char32_t c = utf8::Decode(text, i, &len);
    if (u_isalpha(static_cast<UChar32>(c))) {
      if (!in_word) {
        cur = Word{};
        cur.span.begin = i;
        in_word = true;
      }
      ++cur.letters;
      if (u_isupper(static_cast<UChar32>(c))) ++cur.upper;
      cur.span.end = i + static_cast<uint32_t>(len);
    } else if (in_word) {
      words.push_back(cur);
      in_word = false;
    }
    i += static_cast<uint32_t>(len);
  }
  if (in_word) words.push_back(cur);
  for (Word& w : words) w.raw = text.substr(w.span.begin, w.span.size());
  return words;
}

bool In(const std::vector<std::string>& list, const std::string& w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::vector<std::string> FoldAll(std::vector<std::string> words) {
  for (std::string& w : words) w = FoldUnicode(w).text;
  return words;
}

// The run in sentence case: letters in lower case but for neutral words
// (acronyms, single letters) and the first letter of a sentence.
Edit LowerRun(std::string_view text, Span run, const std::vector<Word>& words, size_t first, size_t last,
              const std::function<bool(const Word&)>& neutral) {
  std::string out;
  uint32_t pos = run.begin;
  bool sentence_start = AtSentenceStart(text, run.begin);
  for (size_t k = first; k <= last; ++k) {
    const Word& w = words[k];
    out.append(text.substr(pos, w.span.begin - pos));
    if (neutral(w)) {
      out.append(text.substr(w.span.begin, w.span.size()));
    } else {
      bool first_letter = true;
      for (uint32_t i = w.span.begin; i < w.span.end;) {
        int len;
        const auto c = static_cast<UChar32>(utf8::Decode(text, i, &len));
        const bool upper = first_letter && sentence_start && k == first;
        utf8::Append(out, static_cast<char32_t>(upper ? u_toupper(c) : u_tolower(c)));
        first_letter = false;
        i += static_cast<uint32_t>(len);
      }
    }
    pos = w.span.end;
  }
  return {run, out};
}

// Returns true for what may sit between a label and its value: ": ", " - ", " = ".
bool OnlyLabelPunct(std::string_view between) {
  bool mark = false;
  for (char c : between) {
    if (c == ':' || c == '=' || c == '-') {
      mark = true;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return mark;
}

// A heading or a field label in capitals ("NON PAYMENT OF ACCOUNT" on a
// line of its own, "TOTAL AMOUNT DUE:  $120") titles a letter's part; it
// does not shout. The run starts its line, ends it or is followed by a
// colon, the line has no '!' and mixed-case text follows.
bool IsHeading(std::string_view text, Span run, int words) {
  const size_t line_begin = text.find_last_of('\n', run.begin == 0 ? 0 : run.begin - 1);
  const size_t lb = run.begin == 0 || line_begin == std::string_view::npos ? 0 : line_begin + 1;
  // Before it, only spaces, bullets, markup and symbols (emoji: "⚠️ *PERINGATAN TUNGGAKAN*").
  auto decoration = [](char c) {
    return std::string_view(" \t(*#-_>").find(c) != std::string_view::npos || static_cast<unsigned char>(c) >= 0x80;
  };
  for (size_t i = lb; i < run.begin; ++i) {
    if (!decoration(text[i])) return false;
  }
  size_t line_end = text.find('\n', run.end);
  if (line_end == std::string_view::npos) line_end = text.size();
  const std::string_view after = text.substr(run.end, line_end - run.end);
  if (text.substr(lb, line_end - lb).find('!') != std::string_view::npos) return false;
  const bool label = !after.empty() && after[0] == ':' && words <= 6;
  const bool whole_line = std::all_of(after.begin(), after.end(), [&](char c) {
    return decoration(c) || std::string_view(":.)\r").find(c) != std::string_view::npos;
  });
  if (!label && !whole_line) return false;
  // Mixed-case text after it: the body the heading titles.
  for (size_t i = line_end; i < text.size(); ++i) {
    if (ascii::IsLower(text[i])) return true;
  }
  return false;
}

// Spans "[...]" that close on the same line within 80 bytes.
std::vector<Span> SquareBracketed(std::string_view text) {
  std::vector<Span> out;
  for (size_t i = text.find('['); i != std::string_view::npos; i = text.find('[', i + 1)) {
    const size_t limit = std::min(text.size(), i + 80);
    for (size_t k = i + 1; k < limit && text[k] != '\n' && text[k] != '['; ++k) {
      if (text[k] == ']') {
        out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(k + 1)});
        break;
      }
    }
  }
  return out;
}

}  // namespace

// Within each sentence, finds maximal runs of words in capitals. Single
// letters and `ignore_words` (acronyms: OJK, NIK, WIB) are neutral: they
// neither start nor break a run. A run with at least `min_words` capitalised
// words and `min_letters` letters shouts, unless it contains or touches one
// of `entity_words` (PT, CV, Tbk, LLC): then it is a company name; or it
// follows one of `name_labels` and a colon ("name: ADEOLA KUNLE"): a name.
void CheckCaps(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  const int64_t min_letters = ParamInt(rule, "min_letters", 12);
  const int64_t min_words = ParamInt(rule, "min_words", 2);
  const std::string_view text = context.source.text();
  // A shouting run has at least min_letters capital letters: most messages
  // have fewer in all, and need no word-by-word pass.
  int64_t capitals = 0;
  for (uint32_t i = 0; i < text.size() && capitals < min_letters;) {
    int len = 1;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      capitals += b >= 'A' && b <= 'Z';
    } else {
      capitals += u_isupper(static_cast<UChar32>(utf8::Decode(text, i, &len)));
    }
    i += static_cast<uint32_t>(len);
  }
  if (capitals < min_letters) return;
  // Folded only now: folding the word lists cost more than the whole count
  // above, on every message.
  const std::vector<std::string> ignore = FoldAll(ParamStrings(rule, "ignore_words"));
  const std::vector<std::string> entity = FoldAll(ParamStrings(rule, "entity_words"));
  const std::vector<std::string> name_labels = FoldAll(ParamStrings(rule, "name_labels"));
  const std::vector<std::string> alarm_words = FoldAll(ParamStrings(rule, "alarm_words"));
  // A "heading" that speaks to the reader ("YOU ARE EITHER HONEST OR
  // DISHONEST") is a sentence shouted at them, not a title.
  const std::vector<std::string> address_words = FoldAll(ParamStrings(rule, "address_words"));
  const std::vector<std::string> subject_labels = FoldAll(ParamStrings(rule, "subject_labels"));
  // Text the law requires, which letters print in capitals to make it
  // conspicuous ("THIS IS AN ATTEMPT TO COLLECT A DEBT"), and the pointers
  // to the consumer's rights printed alike, are not shouting.
  std::vector<Span> required_text;
  for (const char* param : {"statutory", "conspicuous"}) {
    const std::string lexicon = ParamString(rule, param, "");
    if (lexicon.empty()) continue;
    const std::vector<Span> found = context.Find(context.rules.FindLexicon(lexicon, context.lang));
    required_text.insert(required_text.end(), found.begin(), found.end());
  }
  // A slot's name in capitals ("[NAME OF DEBTOR]") is not shouting: its
  // words break runs.
  const std::vector<Placeholder>& slots = context.facts.placeholders();
  // So are the words of a template's bracketed field that is no valid slot
  // name ("[CITY, STATE/PROVINCE]", "$[DEBTOR'S OFFER]"): square brackets
  // on one line hold a form's blanks, not shouting.
  const std::vector<Span> bracketed = SquareBracketed(text);
  auto in_slot = [&](const Word& w) {
    return std::any_of(slots.begin(), slots.end(), [&](const Placeholder& p) { return p.span.Overlaps(w.span); }) ||
           std::any_of(bracketed.begin(), bracketed.end(), [&](Span b) { return b.Overlaps(w.span); });
  };
  for (const Span& sentence : context.scopes.sentences()) {
    std::vector<Word> words = WordsOf(text, context.normalized.ToOriginal(sentence));
    if (!slots.empty() || !bracketed.empty()) {
      for (Word& w : words) {
        if (in_slot(w)) w.upper = 0;  // neither caps nor neutral
      }
    }
    size_t i = 0;
    while (i < words.size()) {
      auto is_caps = [&](const Word& w) { return w.letters >= 2 && w.upper == w.letters; };
      auto is_neutral = [&](const Word& w) {
        return (w.letters < 2 && w.upper == w.letters) || In(ignore, w.Folded()) || In(entity, w.Folded());
      };
      if (!is_caps(words[i]) || is_neutral(words[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      size_t last_caps = i;
      int caps_words = 0, letters = 0;
      bool company = (i > 0 && In(entity, words[i - 1].Folded()));
      while (j < words.size() && (is_caps(words[j]) || is_neutral(words[j]))) {
        company |= In(entity, words[j].Folded());
        if (is_caps(words[j]) && !is_neutral(words[j])) {
          ++caps_words;
          letters += words[j].letters;
          last_caps = j;
        }
        ++j;
      }
      if (j < words.size()) company |= In(entity, words[j].Folded());
      // "name: ADEOLA KUNLE", "Nama : BUDI SANTOSO": a name written after its label is a record, not shouting.
      const bool labelled_name =
          i > 0 && In(name_labels, words[i - 1].Folded()) &&
          OnlyLabelPunct(text.substr(words[i - 1].span.end, words[i].span.begin - words[i - 1].span.end));
      company |= labelled_name;
      const Span run{words[i].span.begin, words[last_caps].span.end};
      const bool statutory =
          std::any_of(required_text.begin(), required_text.end(), [&](Span r) { return r.Overlaps(run); });
      // A heading that alarms ("NOTICE OF COURT PROCEEDINGS", "FINAL
      // WARNING") or addresses the reader still shouts.
      auto alarms = [&] {
        for (size_t k = i; k <= last_caps; ++k) {
          if (In(alarm_words, words[k].Folded()) || In(address_words, words[k].Folded())) return true;
        }
        return false;
      };
      // "SUBJECT: COLLECTION LETTER FOR DELINQUENT ACCOUNT", "PERIHAL: SURAT
      // TAGIHAN": a subject line titles the letter.
      const bool subject_line =
          In(subject_labels, words[i].Folded()) && words[i].span.end < text.size() && text[words[i].span.end] == ':';
      if (!company && !statutory && caps_words >= min_words && letters >= min_letters &&
          ((!IsHeading(text, run, caps_words) && !subject_line) || alarms())) {
        hits->push_back({run, "", {LowerRun(text, run, words, i, last_caps, is_neutral)}, {}});
      }
      i = j;
    }
  }
}

}  // namespace santun
