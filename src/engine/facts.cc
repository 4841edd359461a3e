#include "engine/facts.h"

#include <algorithm>

#include "engine/suppression.h"

namespace santun {
namespace {

// The index of the first element of `v` (sorted by span.begin) that begins
// at or after `at`.
template <typename T>
size_t FirstFrom(const std::vector<T>& v, uint32_t at) {
  return std::lower_bound(v.begin(), v.end(), at, [](const T& x, uint32_t a) { return x.span.begin < a; }) - v.begin();
}

}  // namespace

const Tokens& Facts::tokens() {
  if (!tokens_) tokens_.emplace(source_.text());
  return *tokens_;
}

const std::vector<Amount>& Facts::amounts() {
  if (!amounts_) amounts_ = ExtractAmounts(tokens(), lang_);
  return *amounts_;
}

const std::vector<DateMention>& Facts::dates() {
  if (!dates_) dates_ = ExtractDates(tokens(), lang_, today_);
  return *dates_;
}

const std::vector<Placeholder>& Facts::placeholders() {
  if (!placeholders_) {
    // "santun: ignore[abuse.insult]" is a directive, not a placeholder.
    const std::vector<Suppression> directives = ParseSuppressions(source_);
    placeholders_.emplace();
    for (Placeholder& p : ExtractPlaceholders(source_.text())) {
      bool in_directive = false;
      for (const Suppression& s : directives) in_directive |= s.span.Overlaps(p.span);
      if (!in_directive) placeholders_->push_back(std::move(p));
    }
  }
  return *placeholders_;
}

const std::vector<pii::PiiFinding>& Facts::personal_data() {
  if (!personal_data_) {
    pii::PiiOptions options;
    for (const auto* list : {&allow_.numbers, &allow_.emails, &allow_.addresses}) {
      options.allow.insert(options.allow.end(), list->begin(), list->end());
    }
    for (const Amount& a : amounts()) options.claimed_spans.push_back(a.span);
    for (const DateMention& d : dates()) options.claimed_spans.push_back(d.span);
    options.current_year = today_.year;
    personal_data_ = pii::FindPii(source_.text(), options);
  }
  return *personal_data_;
}

bool Facts::HasPlaceholder(Placeholder::Type type) {
  for (const Placeholder& p : placeholders()) {
    if (p.type == type) return true;
  }
  return false;
}

bool Facts::HasAmount() { return !amounts().empty() || HasPlaceholder(Placeholder::Type::kAmount); }

bool Facts::HasDate() { return !dates().empty() || HasPlaceholder(Placeholder::Type::kDate); }

bool Facts::HoldsOutside(std::string_view fact, Span hit) {
  auto outside = [&](Span s) { return !s.Overlaps(hit); };
  Placeholder::Type type = Placeholder::Type::kUnknown;
  if (fact == "amount") {
    for (const Amount& a : amounts()) {
      if (outside(a.span)) return true;
    }
    type = Placeholder::Type::kAmount;
  } else if (fact == "date") {
    for (const DateMention& d : dates()) {
      if (outside(d.span)) return true;
    }
    type = Placeholder::Type::kDate;
  } else {
    return false;
  }
  for (const Placeholder& p : placeholders()) {
    if (p.type == type && outside(p.span)) return true;
  }
  return false;
}

const KeptMentions& Facts::kept_mentions() {
  if (!kept_) {
    std::vector<Span> spans;
    for (const Amount& a : amounts()) spans.push_back(a.span);
    for (const DateMention& d : dates()) spans.push_back(d.span);
    for (const Placeholder& p : placeholders()) spans.push_back(p.span);
    kept_ = KeptMentions::Of(std::move(spans));
  }
  return *kept_;
}

const Amount* Facts::FirstAmountIn(Span within) {
  const std::vector<Amount>& all = amounts();
  for (size_t i = FirstFrom(all, within.begin); i < all.size() && all[i].span.begin < within.end; ++i) {
    if (within.Contains(all[i].span)) return &all[i];
  }
  return nullptr;
}

const Placeholder* Facts::FirstPlaceholder(Placeholder::Type type, std::optional<Span> within) {
  const std::vector<Placeholder>& all = placeholders();
  if (!placeholders_by_type_) {
    placeholders_by_type_.emplace();
    for (uint32_t i = 0; i < all.size(); ++i) {
      if (all[i].malformed) continue;
      const size_t t = static_cast<size_t>(all[i].type);
      if (placeholders_by_type_->size() <= t) placeholders_by_type_->resize(t + 1);
      (*placeholders_by_type_)[t].push_back(i);
    }
  }
  const size_t t = static_cast<size_t>(type);
  if (t >= placeholders_by_type_->size()) return nullptr;
  const std::vector<uint32_t>& of_type = (*placeholders_by_type_)[t];
  if (!within) return of_type.empty() ? nullptr : &all[of_type.front()];
  auto it = std::lower_bound(of_type.begin(), of_type.end(), within->begin,
                             [&](uint32_t i, uint32_t at) { return all[i].span.begin < at; });
  for (; it != of_type.end() && all[*it].span.begin < within->end; ++it) {
    if (within->Contains(all[*it].span)) return &all[*it];
  }
  return nullptr;
}

const DateMention* Facts::FirstValidDateIn(Span within, Span hit) {
  const std::vector<DateMention>& all = dates();
  for (size_t i = FirstFrom(all, within.begin); i < all.size() && all[i].span.begin < within.end; ++i) {
    const DateMention& d = all[i];
    if (d.valid && !d.span.Overlaps(hit) && within.Contains(d.span)) return &d;
  }
  return nullptr;
}

const DateMention* Facts::FirstValidDate(bool from_today, Span hit) {
  const std::vector<DateMention>& all = dates();
  if (!valid_dates_) {
    valid_dates_.emplace();
    for (uint32_t i = 0; i < all.size(); ++i) {
      if (!all[i].valid) continue;
      valid_dates_->push_back(i);
      if (all[i].date && *all[i].date >= today_) valid_dates_from_today_.push_back(i);
    }
  }
  // The dates that overlap the hit are few and adjacent: skipping them ends
  // the loop after a handful of steps.
  for (uint32_t i : from_today ? valid_dates_from_today_ : *valid_dates_) {
    if (!all[i].span.Overlaps(hit)) return &all[i];
  }
  return nullptr;
}

}  // namespace santun
