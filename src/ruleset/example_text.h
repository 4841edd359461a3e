#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace santun {

/// Removes the <<markers>> from a rule example and records the marked spans
/// as byte ranges of the result. "\<<" and "\>>" stand for literal "<<" and
/// ">>" (placeholders such as <<nama>> in template examples). Returns false
/// and sets *error on unbalanced or nested markers.
bool ParseExampleText(std::string_view marked, std::string* text, std::vector<Span>* spans, std::string* error);

/// Returns `text` with <<markers>> around `spans`, for failure messages.
std::string MarkSpans(std::string_view text, const std::vector<Span>& spans);

}  // namespace santun
