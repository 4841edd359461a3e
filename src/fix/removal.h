#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fix/fix.h"
#include "text/span.h"

namespace santun {

/// Returns the edits that remove `span` from `text` (the original message)
/// and tidy what is left, so that no ", ,", leading comma, dangling quote or
/// double space remains:
/// - words of `with_words` (compared in ASCII lower case) that stand right
///   before or after the span, separated by blanks only, go with it ("Dasar
///   penipu" when the hit is "penipu" and with_words has "dasar"), and so do
///   quotes or brackets that enclose exactly what is removed;
/// - at the start of a sentence the blanks and the comma, semicolon or colon
///   that follow go too, and the next word takes the capital letter the
///   removed text began with ("Dasar penipu, bayar" -> "Bayar");
/// - at the end of a sentence the blanks and the comma before it go ("Bayar
///   utang lu, anjing!" -> "Bayar utang lu!");
/// - in the middle one side's blanks go, and of two commas one is kept;
/// - when nothing but punctuation would be left of the sentence, the whole
///   sentence goes (RemoveSentenceEdits).
std::vector<Edit> RemoveEdits(std::string_view text, Span span, const std::vector<std::string>& with_words);

/// Returns the edits that remove the sentence `sentence` (a range of `text`
/// without surrounding whitespace) with the blanks between it and the next
/// sentence on its line, or, when it ends its line, the blanks before it; a
/// sentence alone on its line goes with its line break.
std::vector<Edit> RemoveSentenceEdits(std::string_view text, Span sentence);

/// Returns `s` with its first letter in capitals when `upper`, else in lower
/// case when it is a capital followed by a lower-case letter ("Mohon" ->
/// "mohon", not "OJK"). ASCII letters only.
std::string AdaptFirstLetter(std::string s, bool upper);

/// True when `pos` starts a sentence of `text`: only blanks stand between
/// it and the start of the text, a line break, or . ! ?
bool AtSentenceStart(std::string_view text, uint32_t pos);

}  // namespace santun
