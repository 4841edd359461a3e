#include "extract/date.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace santun {
namespace {

// Every case is read on Tuesday 1 December 2026 unless it says otherwise.
constexpr CivilDate kToday{2026, 12, 1};
constexpr auto kAbs = DateMention::Kind::kAbsolute;
constexpr auto kRel = DateMention::Kind::kRelative;
const std::optional<CivilDate> kNone;
std::optional<CivilDate> D(int y, int m, int d) { return CivilDate{y, m, d}; }

// One expected date: the exact text of its span and the span's byte offset.
struct WantDate {
  std::string_view mention;
  uint32_t begin;
  DateMention::Kind kind;
  std::optional<CivilDate> date;
  bool valid;
  int stated_weekday;
  bool year_given;
};

struct DateCase {
  const char* name;
  std::string_view lang;
  CivilDate today;
  std::string_view text;
  std::vector<WantDate> want;
};

std::ostream& operator<<(std::ostream& os, const DateCase& c) { return os << c.name; }

std::string Show(const std::optional<CivilDate>& d) {
  if (!d) return "none";
  return std::to_string(d->year) + "-" + std::to_string(d->month) + "-" + std::to_string(d->day);
}

std::string Describe(std::string_view text, const std::vector<DateMention>& got) {
  std::string s;
  for (const DateMention& m : got) {
    s += "  [" + std::to_string(m.span.begin) + "," + std::to_string(m.span.end) + ") '" +
         std::string(text.substr(m.span.begin, m.span.size())) + "' " + (m.kind == kRel ? "relative " : "absolute ") +
         Show(m.date) + (m.valid ? "" : " invalid") + " weekday " + std::to_string(m.stated_weekday) +
         (m.year_given ? " year" : "") + "\n";
  }
  return s.empty() ? "  (none)\n" : s;
}

class DateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateTest, ExtractsExactly) {
  const DateCase& c = GetParam();
  const std::vector<DateMention> got = ExtractDates(c.text, c.lang, c.today);
  ASSERT_EQ(got.size(), c.want.size()) << "in '" << c.text << "' got:\n" << Describe(c.text, got);
  for (size_t i = 0; i < got.size(); ++i) {
    const WantDate& w = c.want[i];
    SCOPED_TRACE("date #" + std::to_string(i) + " '" + std::string(w.mention) + "'");
    ASSERT_EQ(c.text.substr(w.begin, w.mention.size()), w.mention) << "bad test data";
    EXPECT_EQ(got[i].span.begin, w.begin);
    EXPECT_EQ(got[i].span.end, w.begin + w.mention.size());
    EXPECT_EQ(got[i].kind, w.kind);
    EXPECT_EQ(Show(got[i].date), Show(w.date));
    EXPECT_EQ(got[i].valid, w.valid);
    EXPECT_EQ(got[i].stated_weekday, w.stated_weekday);
    EXPECT_EQ(got[i].year_given, w.year_given);
  }
}

// Indonesian messages: numeric dates are day first.
// clang-format off
const std::vector<DateCase> kIndonesian = {
    {"LongMonth", "id", kToday, "Jatuh tempo 25 Desember 2026 ya",
     {{"25 Desember 2026", 12, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"ShortMonth", "id", kToday, "paling lambat 25 Des 2026",
     {{"25 Des 2026", 14, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"ShortMonthWithDot", "id", kToday, "tgl 25 Des. 2026",
     {{"25 Des. 2026", 4, kAbs, D(2026, 12, 25), true, -1, true}}},
    // "Agst" was known to the personal-data scanners only; one month table now.
    {"ShortMonthAgst", "id", kToday, "paling lambat 17 Agst 2027",
     {{"17 Agst 2027", 14, kAbs, D(2027, 8, 17), true, -1, true}}},
    {"ShortMonthNoYear", "id", kToday, "bayar 25 Des",
     {{"25 Des", 6, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"SlashAfterTgl", "id", kToday, "tgl 25/12/2026",
     {{"25/12/2026", 4, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"DashAfterTanggal", "id", kToday, "tanggal 25-12-2026",
     {{"25-12-2026", 8, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"Dotted", "id", kToday, "25.12.2026",
     {{"25.12.2026", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"TwoDigitYear", "id", kToday, "tgl 25/12/26",
     {{"25/12/26", 4, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"HyphenatedMonthName", "id", kToday, "25-Des-2026",
     {{"25-Des-2026", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"EnglishMonthInIndonesian", "id", kToday, "25 December 2026",
     {{"25 December 2026", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"WeekdayComma", "id", kToday, "Jumat, 25 Desember 2026",
     {{"Jumat, 25 Desember 2026", 0, kAbs, D(2026, 12, 25), true, 4, true}}},
    {"WeekdayMismatch", "id", kToday, "Senin, 25 Desember 2026",
     {{"Senin, 25 Desember 2026", 0, kAbs, D(2026, 12, 25), true, 0, true}}},
    {"WeekdayApostrophe", "id", kToday, "Jum'at, 25 Desember 2026",
     {{"Jum'at, 25 Desember 2026", 0, kAbs, D(2026, 12, 25), true, 4, true}}},
    {"HariWeekdayTanggal", "id", kToday, "hari Senin tgl 28/12",
     {{"hari Senin tgl 28/12", 0, kAbs, D(2026, 12, 28), true, 0, false}}},
    {"WeekdayThenShortNumeric", "id", kToday, "Jumat 25/12",
     {{"Jumat 25/12", 0, kAbs, D(2026, 12, 25), true, 4, false}}},
    {"WeekdayAbbreviation", "id", kToday, "Jum, 25 Des 2026",
     {{"Jum, 25 Des 2026", 0, kAbs, D(2026, 12, 25), true, 4, true}}},
    {"WeekdayInParentheses", "id", kToday, "25/12/2026 (Jumat)",
     {{"25/12/2026 (Jumat)", 0, kAbs, D(2026, 12, 25), true, 4, true}}},
    {"SundayBeforeDate", "id", kToday, "Minggu, 27 Desember 2026",
     {{"Minggu, 27 Desember 2026", 0, kAbs, D(2026, 12, 27), true, 6, true}}},
    {"IsoInIndonesian", "id", kToday, "2026-12-25",
     {{"2026-12-25", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"MonthFirstWhenUnambiguous", "id", kToday, "12/25/2026",
     {{"12/25/2026", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"DayFirstAmbiguous", "id", kToday, "05/06/2026",
     {{"05/06/2026", 0, kAbs, D(2026, 6, 5), true, -1, true}}},
    {"AkhirBulanIni", "id", kToday, "akhir bulan ini",
     {{"akhir bulan ini", 0, kRel, D(2026, 12, 31), true, -1, false}}},
    {"AkhirBulanDepan", "id", kToday, "akhir bulan depan",
     {{"akhir bulan depan", 0, kRel, D(2027, 1, 31), true, -1, false}}},
    {"AkhirBulan", "id", kToday, "sebelum akhir bulan",
     {{"akhir bulan", 8, kRel, D(2026, 12, 31), true, -1, false}}},
    {"AwalBulanDepan", "id", kToday, "awal bulan depan",
     {{"awal bulan depan", 0, kRel, D(2027, 1, 1), true, -1, false}}},
    {"Besok", "id", kToday, "Mohon dibayar besok.",
     {{"besok", 14, kRel, D(2026, 12, 2), true, -1, false}}},
    // SMS spellings.
    {"HrIni", "id", kToday, "janji bayar hr ini",
     {{"hr ini", 12, kRel, D(2026, 12, 1), true, -1, false}}},
    {"Bsk", "id", kToday, "tf bsk ya",
     {{"bsk", 3, kRel, D(2026, 12, 2), true, -1, false}}},
    {"AkhirBln", "id", kToday, "lunasi akhir bln",
     {{"akhir bln", 7, kRel, D(2026, 12, 31), true, -1, false}}},
    {"Lusa", "id", kToday, "paling lambat lusa",
     {{"lusa", 14, kRel, D(2026, 12, 3), true, -1, false}}},
    {"BesokLusa", "id", kToday, "besok lusa",
     {{"besok lusa", 0, kRel, D(2026, 12, 3), true, -1, false}}},
    {"Kemarin", "id", kToday, "sudah jatuh tempo kemarin",
     {{"kemarin", 18, kRel, D(2026, 11, 30), true, -1, false}}},
    {"MingguDepan", "id", kToday, "minggu depan",
     {{"minggu depan", 0, kRel, D(2026, 12, 8), true, -1, false}}},
    {"PekanDepan", "id", kToday, "pekan depan",
     {{"pekan depan", 0, kRel, D(2026, 12, 8), true, -1, false}}},
    {"HariIni", "id", kToday, "hari ini juga",
     {{"hari ini", 0, kRel, D(2026, 12, 1), true, -1, false}}},
    {"SeninDepan", "id", kToday, "Senin depan",
     {{"Senin depan", 0, kRel, D(2026, 12, 7), true, 0, false}}},
    {"SelasaDepanOnATuesday", "id", kToday, "Selasa depan",
     {{"Selasa depan", 0, kRel, D(2026, 12, 8), true, 1, false}}},
    {"HariSelasaOnATuesday", "id", kToday, "hari Selasa",
     {{"hari Selasa", 0, kRel, D(2026, 12, 1), true, 1, false}}},
    {"HariJumat", "id", kToday, "hari Jumat",
     {{"hari Jumat", 0, kRel, D(2026, 12, 4), true, 4, false}}},
    {"JumatIni", "id", kToday, "Jumat ini",
     {{"Jumat ini", 0, kRel, D(2026, 12, 4), true, 4, false}}},
    {"HariMinggu", "id", kToday, "hari Minggu",
     {{"hari Minggu", 0, kRel, D(2026, 12, 6), true, 6, false}}},
    {"HariLagi", "id", kToday, "3 hari lagi",
     {{"3 hari lagi", 0, kRel, D(2026, 12, 4), true, -1, false}}},
    {"DalamMinggu", "id", kToday, "dalam 2 minggu",
     {{"dalam 2 minggu", 0, kRel, D(2026, 12, 15), true, -1, false}}},
    {"DalamWaktuWords", "id", kToday, "dalam waktu tiga hari",
     {{"dalam waktu tiga hari", 0, kRel, D(2026, 12, 4), true, -1, false}}},
    {"ImpossibleFebruary", "id", kToday, "31 Februari 2027",
     {{"31 Februari 2027", 0, kAbs, kNone, false, -1, true}}},
    {"ImpossibleNumeric", "id", kToday, "30/02/2027",
     {{"30/02/2027", 0, kAbs, kNone, false, -1, true}}},
    {"LeapDayWithoutYear", "id", kToday, "29 Feb",
     {{"29 Feb", 0, kAbs, D(2028, 2, 29), true, -1, false}}},
    {"LeapDayInCommonYear", "id", kToday, "29 Februari 2027",
     {{"29 Februari 2027", 0, kAbs, kNone, false, -1, true}}},
    {"ThirtyTwoDecember", "id", kToday, "32 Desember 2026",
     {{"32 Desember 2026", 0, kAbs, kNone, false, -1, true}}},
    {"DayAlone", "id", kToday, "paling lambat tanggal 25 ya",
     {{"tanggal 25", 14, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"DayAloneAbbreviated", "id", kToday, "tgl. 5",
     {{"tgl. 5", 0, kAbs, D(2026, 12, 5), true, -1, false}}},
    {"DayAloneSkipsShortMonths", "id", {2027, 2, 10}, "setiap tanggal 31",
     {{"tanggal 31", 7, kAbs, D(2027, 3, 31), true, -1, false}}},
    {"NoYearAfterCue", "id", kToday, "tgl 25/12",
     {{"25/12", 4, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"NoYearDashAfterWeakCue", "id", kToday, "sebelum 25-12",
     {{"25-12", 8, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"NoYearDottedAfterStrongCue", "id", kToday, "tanggal 25.12",
     {{"25.12", 8, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"PastDayRollsToNextYear", "id", kToday, "30 November",
     {{"30 November", 0, kAbs, D(2027, 11, 30), true, -1, false}}},
    {"TodayWithoutYear", "id", kToday, "1 Desember",
     {{"1 Desember", 0, kAbs, D(2026, 12, 1), true, -1, false}}},
    {"YearEndRollover", "id", {2026, 12, 31}, "besok",
     {{"besok", 0, kRel, D(2027, 1, 1), true, -1, false}}},
    {"ManyDates", "id", kToday, "Tagihan tgl 1 Des 2026, jatuh tempo Jumat, 25/12/2026 atau paling lambat akhir bulan.",
     {{"1 Des 2026", 12, kAbs, D(2026, 12, 1), true, -1, true},
      {"Jumat, 25/12/2026", 36, kAbs, D(2026, 12, 25), true, 4, true},
      {"akhir bulan", 73, kRel, D(2026, 12, 31), true, -1, false}}},
    {"NotTime", "id", kToday, "pukul 10.00",
     {}},
    {"NotTimeRange", "id", kToday, "buka 08.00-20.00 WIB",
     {}},
    {"NotColonTime", "id", kToday, "jam 10:30",
     {}},
    {"NotPhone", "id", kToday, "0812-3456-7890",
     {}},
    {"NotPhoneIntl", "id", kToday, "+62 812-3456-7890",
     {}},
    {"NotNik", "id", kToday, "3201234567890001",
     {}},
    {"NotAmount", "id", kToday, "Rp 1.500.000",
     {}},
    {"NotInstallmentFraction", "id", kToday, "3/12 angsuran",
     {}},
    {"NotBareFraction", "id", kToday, "1/2",
     {}},
    {"NotVersion", "id", kToday, "versi 1.2.3",
     {}},
    {"NotVersionWithYear", "id", kToday, "versi 25.12.2026",
     {}},
    {"NotInvoiceCode", "id", kToday, "INV/2026/12/001",
     {}},
    {"NotInvoiceCodeWithValidDay", "id", kToday, "INV/2026/12/01",
     {}},
    {"NotAfterReferenceWord", "id", kToday, "No. 2026/12/01",
     {}},
    {"NotPercent", "id", kToday, "10%",
     {}},
    {"NotVagueMonth", "id", kToday, "bulan depan",
     {}},
    {"NotVague", "id", kToday, "secepatnya",
     {}},
    {"NotCount", "id", kToday, "25 orang",
     {}},
    {"NotMonthYear", "id", kToday, "Desember 2026",
     {}},
    {"NotWeeksWithoutLagi", "id", kToday, "2 minggu",
     {}},
    {"NotMingguIni", "id", kToday, "minggu ini",
     {}},
    {"NotTimeAfterWeakCue", "id", kToday, "sebelum 10.00",
     {}},
    {"WeekdayWithTanggalDayOnly", "id", kToday, "Jumat tanggal 25",
     {{"Jumat tanggal 25", 0, kAbs, D(2026, 12, 25), true, 4, false}}},
    {"HariWeekdayTanggalFullDate", "id", kToday, "hari Jumat tanggal 25 Desember 2026",
     {{"hari Jumat tanggal 25 Desember 2026", 0, kAbs, D(2026, 12, 25), true, 4, true}}},
    {"RecurringWeekday", "id", kToday, "bayar setiap hari Senin",
     {{"hari Senin", 13, kRel, D(2026, 12, 7), true, 0, false}}},
    {"NotWeekdayRange", "id", kToday, "buka Senin-Jumat 08.00-20.00",
     {}},
    {"NotWeekdayRangeWords", "id", kToday, "Senin sampai Sabtu",
     {}},
};
// clang-format on

// English messages: numeric dates are month first.
// clang-format off
const std::vector<DateCase> kEnglish = {
    {"MonthDayYear", "en", kToday, "Please pay by December 25, 2026.",
     {{"December 25, 2026", 14, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"MonthDayNoYear", "en", kToday, "due Dec 25",
     {{"Dec 25", 4, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"DayMonthYear", "en", kToday, "25 December 2026",
     {{"25 December 2026", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"AbbreviationWithDotAndOrdinal", "en", kToday, "Dec. 25th, 2026",
     {{"Dec. 25th, 2026", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"OrdinalOfMonth", "en", kToday, "on the 25th of December",
     {{"25th of December", 7, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"TheDayAlone", "en", kToday, "by the 25th",
     {{"the 25th", 3, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"MonthFirstNumeric", "en", kToday, "12/25/2026",
     {{"12/25/2026", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"DayFirstWhenUnambiguous", "en", kToday, "25/12/2026",
     {{"25/12/2026", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"MonthFirstAmbiguous", "en", kToday, "05/06/2026",
     {{"05/06/2026", 0, kAbs, D(2026, 5, 6), true, -1, true}}},
    {"Iso", "en", kToday, "2026-12-25",
     {{"2026-12-25", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"IsoWithTime", "en", kToday, "2026-12-25T10:00:00Z",
     {{"2026-12-25", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"IsoSlashes", "en", kToday, "2026/12/25",
     {{"2026/12/25", 0, kAbs, D(2026, 12, 25), true, -1, true}}},
    {"WeekdayDate", "en", kToday, "Friday, December 25, 2026",
     {{"Friday, December 25, 2026", 0, kAbs, D(2026, 12, 25), true, 4, true}}},
    {"WeekdayAbbreviationDate", "en", kToday, "Fri, Dec 25",
     {{"Fri, Dec 25", 0, kAbs, D(2026, 12, 25), true, 4, false}}},
    {"CapitalMay", "en", kToday, "May 5",
     {{"May 5", 0, kAbs, D(2027, 5, 5), true, -1, false}}},
    {"ImpossibleFebruary", "en", kToday, "February 30, 2027",
     {{"February 30, 2027", 0, kAbs, kNone, false, -1, true}}},
    {"ImpossibleNumeric", "en", kToday, "02/30/2027",
     {{"02/30/2027", 0, kAbs, kNone, false, -1, true}}},
    {"NoYearAfterDue", "en", kToday, "$1,500.00 due 12/25",
     {{"12/25", 14, kAbs, D(2026, 12, 25), true, -1, false}}},
    {"Tomorrow", "en", kToday, "pay tomorrow",
     {{"tomorrow", 4, kRel, D(2026, 12, 2), true, -1, false}}},
    {"Today", "en", kToday, "today",
     {{"today", 0, kRel, D(2026, 12, 1), true, -1, false}}},
    {"Tonight", "en", kToday, "tonight",
     {{"tonight", 0, kRel, D(2026, 12, 1), true, -1, false}}},
    {"Yesterday", "en", kToday, "yesterday",
     {{"yesterday", 0, kRel, D(2026, 11, 30), true, -1, false}}},
    {"DayAfterTomorrow", "en", kToday, "the day after tomorrow",
     {{"day after tomorrow", 4, kRel, D(2026, 12, 3), true, -1, false}}},
    {"ByFriday", "en", kToday, "by Friday",
     {{"Friday", 3, kRel, D(2026, 12, 4), true, 4, false}}},
    {"ThisFriday", "en", kToday, "this Friday",
     {{"this Friday", 0, kRel, D(2026, 12, 4), true, 4, false}}},
    {"NextMonday", "en", kToday, "next Monday",
     {{"next Monday", 0, kRel, D(2026, 12, 7), true, 0, false}}},
    {"NextTuesdayOnATuesday", "en", kToday, "next Tuesday",
     {{"next Tuesday", 0, kRel, D(2026, 12, 8), true, 1, false}}},
    {"TuesdayOnATuesday", "en", kToday, "Tuesday",
     {{"Tuesday", 0, kRel, D(2026, 12, 1), true, 1, false}}},
    {"NextWeek", "en", kToday, "next week",
     {{"next week", 0, kRel, D(2026, 12, 8), true, -1, false}}},
    {"EndOfTheMonth", "en", kToday, "by the end of the month",
     {{"end of the month", 7, kRel, D(2026, 12, 31), true, -1, false}}},
    {"EndOfThisMonth", "en", kToday, "end of this month",
     {{"end of this month", 0, kRel, D(2026, 12, 31), true, -1, false}}},
    {"EndOfMonth", "en", kToday, "end of month",
     {{"end of month", 0, kRel, D(2026, 12, 31), true, -1, false}}},
    {"EndOfNextMonth", "en", kToday, "end of next month",
     {{"end of next month", 0, kRel, D(2027, 1, 31), true, -1, false}}},
    {"EndOfMonthInFebruaryOfALeapYear", "en", {2028, 2, 3}, "end of the month",
     {{"end of the month", 0, kRel, D(2028, 2, 29), true, -1, false}}},
    {"InDays", "en", kToday, "in 3 days",
     {{"in 3 days", 0, kRel, D(2026, 12, 4), true, -1, false}}},
    {"WithinWeeksInWords", "en", kToday, "within two weeks",
     {{"within two weeks", 0, kRel, D(2026, 12, 15), true, -1, false}}},
    {"IndonesianWordsInEnglish", "en", kToday, "besok",
     {{"besok", 0, kRel, D(2026, 12, 2), true, -1, false}}},
    {"ManyDates", "en", kToday, "Your payment of $50 was due 11/15/2026; please pay by Friday, Dec 4 or by 12/31.",
     {{"11/15/2026", 28, kAbs, D(2026, 11, 15), true, -1, true},
      {"Friday, Dec 4", 54, kAbs, D(2026, 12, 4), true, 4, false},
      {"12/31", 74, kAbs, D(2026, 12, 31), true, -1, false}}},
    {"NotVerbMay", "en", kToday, "You may 2 things",
     {}},
    {"NotVerbMayAfterNumber", "en", kToday, "Option 2 may apply",
     {}},
    {"NotTime", "en", kToday, "at 10:30 am",
     {}},
    {"NotFraction", "en", kToday, "pay 1/2 now",
     {}},
    {"NotVersion", "en", kToday, "version 2.1.0",
     {}},
    {"NotPhone", "en", kToday, "call 555-123-4567",
     {}},
    {"NotInvoiceCode", "en", kToday, "INV-2026-12-01",
     {}},
    {"NotAfterInvoiceWord", "en", kToday, "invoice 2026-12-01",
     {}},
    {"NotAbbreviationAlone", "en", kToday, "I sat on the mat",
     {}},
    {"NotDayWithoutOrdinal", "en", kToday, "the 25 days",
     {}},
    {"NotPercent", "en", kToday, "12/25%",
     {}},
    {"NotMonthYear", "en", kToday, "December 2026",
     {}},
    {"NotWeekdayRange", "en", kToday, "open Monday to Friday",
     {}},
};
// clang-format on

std::string CaseName(const ::testing::TestParamInfo<DateCase>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(DateIndonesian, DateTest, ::testing::ValuesIn(kIndonesian), CaseName);
INSTANTIATE_TEST_SUITE_P(DateEnglish, DateTest, ::testing::ValuesIn(kEnglish), CaseName);

TEST(DateCalendar, KnowsWhichDatesExist) {
  EXPECT_TRUE(IsValidDate(2026, 12, 31));
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
  EXPECT_TRUE(IsValidDate(2000, 2, 29));   // divisible by 400
  EXPECT_FALSE(IsValidDate(2100, 2, 29));  // divisible by 100
  EXPECT_FALSE(IsValidDate(2027, 2, 29));
  EXPECT_FALSE(IsValidDate(2027, 2, 30));
  EXPECT_FALSE(IsValidDate(2026, 4, 31));
  EXPECT_FALSE(IsValidDate(2026, 13, 1));
  EXPECT_FALSE(IsValidDate(2026, 0, 1));
  EXPECT_FALSE(IsValidDate(2026, 1, 0));
  EXPECT_FALSE(IsValidDate(0, 1, 1));
}

TEST(DateCalendar, ComputesWeekdaysMondayFirst) {
  EXPECT_EQ(WeekdayOf({1970, 1, 1}), 3);    // Thursday
  EXPECT_EQ(WeekdayOf({2000, 1, 1}), 5);    // Saturday
  EXPECT_EQ(WeekdayOf({2024, 2, 29}), 3);   // Thursday
  EXPECT_EQ(WeekdayOf({2026, 12, 1}), 1);   // Tuesday
  EXPECT_EQ(WeekdayOf({2026, 12, 25}), 4);  // Friday
  EXPECT_EQ(WeekdayOf({2026, 12, 27}), 6);  // Sunday
  EXPECT_EQ(WeekdayOf({1945, 8, 17}), 4);   // Friday
  EXPECT_EQ(WeekdayOf({1600, 3, 1}), 2);    // Wednesday, proleptic Gregorian
}

TEST(DateCalendar, AddsDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(AddDays({2026, 12, 31}, 1), (CivilDate{2027, 1, 1}));
  EXPECT_EQ(AddDays({2027, 1, 1}, -1), (CivilDate{2026, 12, 31}));
  EXPECT_EQ(AddDays({2028, 2, 28}, 1), (CivilDate{2028, 2, 29}));
  EXPECT_EQ(AddDays({2027, 2, 28}, 1), (CivilDate{2027, 3, 1}));
  EXPECT_EQ(AddDays({2026, 12, 1}, 365), (CivilDate{2027, 12, 1}));
  EXPECT_EQ(AddDays({2026, 12, 1}, 0), (CivilDate{2026, 12, 1}));
  EXPECT_EQ(AddDays({1970, 1, 1}, -1), (CivilDate{1969, 12, 31}));
  EXPECT_EQ(DaysSinceEpoch({1970, 1, 1}), 0);
  for (long d = -800000; d <= 800000; d += 997) {
    EXPECT_EQ(DaysSinceEpoch(DateFromEpochDays(d)), d);
  }
}

TEST(DateCalendar, FindsMonthEnds) {
  EXPECT_EQ(EndOfMonth({2026, 12, 1}), (CivilDate{2026, 12, 31}));
  EXPECT_EQ(EndOfMonth({2026, 12, 1}, 1), (CivilDate{2027, 1, 31}));
  EXPECT_EQ(EndOfMonth({2027, 1, 31}, 1), (CivilDate{2027, 2, 28}));
  EXPECT_EQ(EndOfMonth({2028, 1, 15}, 1), (CivilDate{2028, 2, 29}));
  EXPECT_EQ(EndOfMonth({2026, 11, 30}, 14), (CivilDate{2028, 1, 31}));
}

TEST(DateCalendar, OrdersDates) {
  EXPECT_LT((CivilDate{2026, 12, 31}), (CivilDate{2027, 1, 1}));
  EXPECT_LT((CivilDate{2026, 2, 28}), (CivilDate{2026, 3, 1}));
  EXPECT_EQ((CivilDate{2026, 12, 1}), kToday);
}

TEST(DateExtract, StatedWeekdayCanBeCheckedAgainstTheDate) {
  const auto got = ExtractDates("Senin, 25 Desember 2026 atau Jumat, 25 Desember 2026", "id", kToday);
  ASSERT_EQ(got.size(), 2u);
  ASSERT_TRUE(got[0].date && got[1].date);
  EXPECT_NE(WeekdayOf(*got[0].date), got[0].stated_weekday);  // the rule's mismatch
  EXPECT_EQ(WeekdayOf(*got[1].date), got[1].stated_weekday);
}

TEST(DateExtract, InvalidTodayLeavesRelativeDatesUnresolved) {
  const CivilDate bad{0, 0, 0};
  const auto got = ExtractDates("besok, 25 Des, 31 Feb, 25 Desember 2026", "id", bad);
  ASSERT_EQ(got.size(), 4u) << Describe("besok, 25 Des, 31 Feb, 25 Desember 2026", got);
  EXPECT_FALSE(got[0].date);
  EXPECT_TRUE(got[0].valid);
  EXPECT_FALSE(got[1].date);
  EXPECT_TRUE(got[1].valid);
  EXPECT_FALSE(got[2].valid);
  EXPECT_EQ(got[3].date, (CivilDate{2026, 12, 25}));
}

TEST(DateExtract, SpansPointIntoTheOriginalBytes) {
  const std::string text = "\u201cJatuh tempo\u201d \u2013 25\u00a0Desember\u00a02026 \U0001F64F";
  const auto got = ExtractDates(text, "id", kToday);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].span.begin, text.find("25"));
  EXPECT_EQ(text.substr(got[0].span.begin, got[0].span.size()), "25\u00a0Desember\u00a02026");
}

TEST(DateExtract, HandlesEmptyAndOddInput) {
  EXPECT_TRUE(ExtractDates("", "id", kToday).empty());
  EXPECT_TRUE(ExtractDates("tanggal", "id", kToday).empty());
  EXPECT_TRUE(ExtractDates("25", "id", kToday).empty());
  EXPECT_TRUE(ExtractDates("25/", "id", kToday).empty());
  EXPECT_TRUE(ExtractDates("tgl 25/12/\n2026", "id", kToday).size() == 1);
  EXPECT_TRUE(ExtractDates(std::string(5000, '/'), "en", kToday).empty());
  EXPECT_TRUE(ExtractDates("\xFF\xFE 25 Des", "id", kToday).size() == 1);  // stray bytes do not crash
}

}  // namespace
}  // namespace santun
