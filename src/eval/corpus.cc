#include "eval/corpus.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/suggest.h"
#include "ruleset/categories.h"
#include "text/utf8.h"

namespace santun {
namespace fs = std::filesystem;
namespace {

using Json = nlohmann::json;

const std::vector<std::string> kRecordKeys = {"id",   "lang",    "text",    "expect", "labels", "split",   "source",
                                              "mode", "send_at", "channel", "note",   "today",  "profile", "tz"};

bool StringList(const Json& j, const char* key, std::vector<std::string>* out, std::string* error) {
  if (!j.contains(key)) return true;
  const Json& v = j[key];
  if (!v.is_array()) {
    *error = std::string("'") + key + "' must be an array of strings";
    return false;
  }
  for (const Json& item : v) {
    if (!item.is_string()) {
      *error = std::string("'") + key + "' must hold only strings";
      return false;
    }
    out->push_back(item.get<std::string>());
  }
  return true;
}

std::string OptionalString(const Json& j, const char* key, std::string* error) {
  if (!j.contains(key)) return "";
  if (!j[key].is_string()) {
    *error = std::string("'") + key + "' must be a string";
    return "";
  }
  return j[key].get<std::string>();
}

// "labels" of a real message: categories, "x?" for one that cannot be
// judged, or exactly ["none"].
std::string DecodeLabels(const Json& j, CorpusRecord* r) {
  std::vector<std::string> labels;
  std::string error;
  if (!StringList(j, "labels", &labels, &error)) return error;
  if (labels.empty()) return "'labels' is empty: write [\"none\"] for a compliant message";
  if (labels == std::vector<std::string>{"none"}) return "";
  for (const std::string& label : labels) {
    if (label == "none") return "'none' cannot be combined with other labels";
    const bool unsure = !label.empty() && label.back() == '?';
    const std::string category = unsure ? label.substr(0, label.size() - 1) : label;
    if (!IsCategory(category)) return "unknown category '" + category + "'" + DidYouMean(category, Categories());
    (unsure ? r->unsure : r->categories).push_back(category);
  }
  return "";
}

// Decodes one line; returns "" or the problem.
std::string DecodeRecord(const std::string& line, CorpusRecord* r) {
  if (utf8::FindInvalid(line) != utf8::kValid) return "invalid UTF-8";
  Json j = Json::parse(line, nullptr, false);
  if (j.is_discarded()) return "not valid JSON";
  if (!j.is_object()) return "a record must be a JSON object";
  for (const auto& [key, value] : j.items()) {
    if (std::find(kRecordKeys.begin(), kRecordKeys.end(), key) == kRecordKeys.end()) {
      return "unknown key '" + key + "'" + DidYouMean(key, kRecordKeys);
    }
  }
  std::string error;
  r->id = OptionalString(j, "id", &error);
  r->text = OptionalString(j, "text", &error);
  r->lang = OptionalString(j, "lang", &error);
  r->mode = OptionalString(j, "mode", &error);
  r->send_at = OptionalString(j, "send_at", &error);
  r->channel = OptionalString(j, "channel", &error);
  r->today = OptionalString(j, "today", &error);
  r->profile = OptionalString(j, "profile", &error);
  r->tz = OptionalString(j, "tz", &error);
  r->split = OptionalString(j, "split", &error);
  if (!error.empty()) return error;
  if (r->id.empty()) return "missing 'id'";
  if (!j.contains("text")) return "missing 'text'";
  if (!r->lang.empty() && r->lang != "id" && r->lang != "en") return "'lang' must be \"id\" or \"en\"";
  if (!r->mode.empty() && r->mode != "send" && r->mode != "template") {
    return "'mode' must be \"send\" or \"template\"";
  }
  if (!r->split.empty() && r->split != "dev" && r->split != "test") return "'split' must be \"dev\" or \"test\"";
  if (!r->split.empty() && r->split != SplitOf(r->id)) {
    return "'split' is \"" + r->split + "\" but id '" + r->id + "' belongs to \"" + SplitOf(r->id) +
           "\" (the split is fixed by the id; records never move between splits)";
  }
  if (j.contains("labels")) {
    if (j.contains("expect")) return "a record has 'labels' or 'expect', not both";
    return DecodeLabels(j, r);
  }
  if (!j.contains("expect") || !j["expect"].is_object()) return "missing 'expect' object (or 'labels')";
  const Json& expect = j["expect"];
  for (const auto& [key, value] : expect.items()) {
    if (key != "categories" && key != "rules") {
      return "unknown key 'expect." + key + "'" + DidYouMean(key, {"categories", "rules"});
    }
  }
  if (!StringList(expect, "categories", &r->categories, &error)) return error;
  if (!StringList(expect, "rules", &r->rules, &error)) return error;
  for (const std::string& c : r->categories) {
    if (!IsCategory(c)) return "unknown category '" + c + "'" + DidYouMean(c, Categories());
  }
  for (const std::string& rule : r->rules) {
    const std::string category = rule.substr(0, rule.find('.'));
    if (rule.find('.') == std::string::npos || !IsCategory(category)) {
      return "'" + rule + "' is not a rule id (category.name)";
    }
    if (std::find(r->categories.begin(), r->categories.end(), category) == r->categories.end()) {
      return "rule '" + rule + "' is expected but its category '" + category + "' is not";
    }
  }
  return "";
}

}  // namespace

std::string SplitOf(std::string_view id) {
  uint32_t h = 2166136261u;
  for (unsigned char c : id) {
    h ^= c;
    h *= 16777619u;
  }
  return h % 3 == 0 ? "test" : "dev";
}

Errors ReadCorpus(const std::vector<std::string>& paths, std::vector<CorpusRecord>* records) {
  std::vector<std::string> files;
  Errors errors;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".jsonl") found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(p);
    }
  }
  std::set<std::string> ids;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      errors.push_back({f, 0, "cannot read corpus file"});
      continue;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      CorpusRecord r;
      r.file = f;
      r.line = number;
      std::string problem = DecodeRecord(line, &r);
      if (problem.empty() && !ids.insert(r.id).second) problem = "duplicate id '" + r.id + "'";
      if (!problem.empty()) {
        errors.push_back({f, number, problem});
        continue;
      }
      records->push_back(std::move(r));
    }
  }
  return errors;
}

}  // namespace santun
