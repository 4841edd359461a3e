#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/amount.h"
#include "extract/date.h"
#include "extract/pii/allow_list.h"
#include "extract/pii/detector.h"
#include "extract/placeholder.h"
#include "extract/tokens.h"
#include "fix/build.h"
#include "text/source_text.h"

namespace santun {

/// What the extractors find in one message, computed on first use and
/// shared by every structural check (so each extractor runs at most once).
class Facts {
 public:
  /// `allow` (the creditor's own identifiers) must outlive the Facts.
  Facts(const SourceText& source, std::string_view lang, CivilDate today, bool template_mode, const AllowList& allow)
      : source_(source), lang_(lang), today_(today), template_mode_(template_mode), allow_(allow) {}

  const std::vector<Amount>& amounts();
  const std::vector<DateMention>& dates();
  const std::vector<Placeholder>& placeholders();
  /// Personal data (pii::FindPii): amount and date spans are claimed, the
  /// allow list's numbers, e-mails and addresses are left out, and ages
  /// and NIK centuries are computed against today's year.
  const std::vector<pii::PiiFinding>& personal_data();

  /// An amount (a malformed one too: amount.malformed reports it), or an
  /// amount placeholder (in a message about to be sent, template.unfilled
  /// reports it: the placeholder marks where the amount goes).
  bool HasAmount();
  /// A date mention (an impossible one too), or a date placeholder.
  bool HasDate();
  /// True when a fact named in a rule's `unless` ("amount", "date") holds
  /// somewhere that does not overlap `hit`.
  bool HoldsOutside(std::string_view fact, Span hit);

  /// The spans of every amount, date and placeholder: what a fix must keep.
  const KeptMentions& kept_mentions();

  // The first mentions a fix template's ${amount} and ${due_date} take, by
  // binary search: the extractors return mentions in text order, without
  // overlaps, so one lookup per hit costs the mentions near it.
  /// The first amount inside `within`.
  const Amount* FirstAmountIn(Span within);
  /// The first well-formed placeholder of `type`, inside `within` when given.
  const Placeholder* FirstPlaceholder(Placeholder::Type type, std::optional<Span> within);
  /// The first valid date inside `within` that does not overlap `hit`.
  const DateMention* FirstValidDateIn(Span within, Span hit);
  /// The first valid date (from today on, when `from_today`) that does not
  /// overlap `hit`.
  const DateMention* FirstValidDate(bool from_today, Span hit);

  CivilDate today() const { return today_; }
  bool template_mode() const { return template_mode_; }

 private:
  bool HasPlaceholder(Placeholder::Type type);
  // The message's tokens, once for amounts and dates (tokenizing was 5 % of linting).
  const Tokens& tokens();

  const SourceText& source_;
  std::string_view lang_;
  CivilDate today_;
  bool template_mode_;
  const AllowList& allow_;
  std::optional<Tokens> tokens_;
  std::optional<std::vector<Amount>> amounts_;
  std::optional<std::vector<DateMention>> dates_;
  std::optional<std::vector<Placeholder>> placeholders_;
  std::optional<std::vector<pii::PiiFinding>> personal_data_;
  std::optional<KeptMentions> kept_;
  // Indexes into dates(): the valid ones, and the valid ones from today on.
  std::optional<std::vector<uint32_t>> valid_dates_;
  std::vector<uint32_t> valid_dates_from_today_;
  // Indexes into placeholders() of the well-formed ones, by type.
  std::optional<std::vector<std::vector<uint32_t>>> placeholders_by_type_;
};

}  // namespace santun
