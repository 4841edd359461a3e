#include "engine/facts.h"

#include "engine/suppression.h"

namespace santun {

const std::vector<Amount>& Facts::amounts() {
  if (!amounts_) amounts_ = ExtractAmounts(source_.text(), lang_);
  return *amounts_;
}

const std::vector<DateMention>& Facts::dates() {
  if (!dates_) dates_ = ExtractDates(source_.text(), lang_, today_);
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

}  // namespace santun
