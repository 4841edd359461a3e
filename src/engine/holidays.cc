#include "engine/holidays.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "ruleset/builtin_files.h"
#include "ruleset/toml_reader.h"

namespace santun {
namespace {

const std::vector<std::string> kKeys = {"calendar"};
const std::vector<std::string> kCalendarKeys = {"name", "description", "sources", "years", "holidays", "joint_leave"};

bool In(const std::vector<CivilDate>& v, CivilDate d) { return std::binary_search(v.begin(), v.end(), d); }

void ReadDates(TomlReader& reader, const toml::value& t, const std::string& key, const std::vector<int>& years,
               std::vector<CivilDate>* out) {
  const toml::value* list = TomlReader::Find(t, key);
  if (!list) return;
  if (!list->is_array()) {
    reader.Fail(*list, "'" + key + "' must be an array of dates (YYYY-MM-DD, unquoted)");
    return;
  }
  for (const toml::value& v : list->as_array()) {
    if (!v.is_local_date()) {
      reader.Fail(v, "'" + key + "' must hold dates (YYYY-MM-DD, unquoted), not " + TomlReader::TypeName(v));
      continue;
    }
    const toml::local_date& d = v.as_local_date();
    CivilDate c{d.year, static_cast<int>(d.month) + 1, d.day};
    if (std::find(years.begin(), years.end(), c.year) == years.end()) {
      reader.Fail(v, "'" + key + "' has a date outside the calendar's years");
    }
    out->push_back(c);
  }
  std::sort(out->begin(), out->end());
}

}  // namespace

bool HolidayCalendar::Covers(int year) const { return std::find(years.begin(), years.end(), year) != years.end(); }
bool HolidayCalendar::IsHoliday(CivilDate d) const { return In(holidays, d); }
bool HolidayCalendar::IsJointLeave(CivilDate d) const { return In(joint_leave, d); }

Errors LoadHolidayCalendar(const std::string& path, const std::string& content, HolidayCalendar* out) {
  Errors errors;
  TomlReader reader(path, &errors);
  std::optional<toml::value> doc = reader.Parse(content);
  if (!doc) return errors;
  reader.RejectUnknownKeys(*doc, kKeys);
  const toml::value* c = TomlReader::Find(*doc, "calendar");
  if (!c || !c->is_table()) {
    reader.Fail(*doc, "missing [calendar] table");
    return errors;
  }
  reader.RejectUnknownKeys(*c, kCalendarKeys);
  HolidayCalendar cal;
  reader.String(*c, "name", &cal.name, true);
  reader.String(*c, "description", &cal.description);
  reader.StringList(*c, "sources", &cal.sources, true);
  if (const toml::value* years = TomlReader::Find(*c, "years")) {
    if (!years->is_array()) {
      reader.Fail(*years, "'years' must be an array of integers");
    } else {
      for (const toml::value& y : years->as_array()) {
        if (y.is_integer())
          cal.years.push_back(static_cast<int>(y.as_integer()));
        else
          reader.Fail(y, "'years' must hold integers");
      }
    }
  } else {
    reader.Fail(*c, "missing required key 'years'");
  }
  ReadDates(reader, *c, "holidays", cal.years, &cal.holidays);
  ReadDates(reader, *c, "joint_leave", cal.years, &cal.joint_leave);
  if (errors.empty()) *out = std::move(cal);
  return errors;
}

const HolidayCalendar* FindHolidayCalendar(std::string_view name) {
  static std::once_flag once;
  static std::map<std::string, HolidayCalendar, std::less<>>* calendars;
  std::call_once(once, [] {
    calendars = new std::map<std::string, HolidayCalendar, std::less<>>;
    for (const EmbeddedFile& f : BuiltinFiles()) {
      if (f.path.rfind("rules/calendars/", 0) != 0) continue;
      HolidayCalendar cal;
      // The shipped calendars are validated by the test suite.
      if (LoadHolidayCalendar(std::string(f.path), std::string(f.content), &cal).empty()) {
        calendars->emplace(cal.name, std::move(cal));
      }
    }
  });
  auto it = calendars->find(name);
  return it == calendars->end() ? nullptr : &it->second;
}

}  // namespace santun
