#pragma once

#include "text/normalized_text.h"

namespace santun {

/// Normalization passes that undo the ways people disguise words. Each takes
/// the output of the previous pass (lower-case, mostly ASCII) and keeps the
/// map back to the original bytes.

/// Joins runs of three or more single-character tokens separated by the same
/// one-character separator (space, '.', '-', '_', '*'), with at least two
/// letters among them: "p e n i p u", "p.e.n.i.p.u" -> "penipu".
NormalizedText CollapseSpacedLetters(const NormalizedText& in);

/// Maps leetspeak digits and symbols (3->e 1->i 0->o 4->a 5->s 7->t @->a
/// $->s) inside tokens with letters: "p3n1pu" -> "penipu", "g0" -> "go".
/// Numbers with a unit ("5jt", "24jam", "3x"), tokens without letters
/// ("2026", "$100") and one-letter tokens with another digit ("2x24") are
/// kept as written.
NormalizedText MapLeetspeak(const NormalizedText& in);

/// Shortens runs of three or more identical letters to two:
/// "penipuuuu" -> "penipuu", "goblokkkk" -> "goblokk". Term matching
/// accepts repeated letters, so both forms match the term.
NormalizedText CollapseElongation(const NormalizedText& in);

}  // namespace santun
