#pragma once

// Shared helpers for the personal-data detector tests: a table format with
// the expected spans marked inline, and check-digit builders written
// independently of the code under test, so that valid test numbers are made
// by construction.

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "extract/pii/detector.h"

namespace santun {

inline void PrintTo(const Span& s, std::ostream* os) { *os << "[" << s.begin << ", " << s.end << ")"; }

namespace pii {

inline void PrintTo(PiiType t, std::ostream* os) { *os << PiiTypeName(t); }
inline void PrintTo(Confidence c, std::ostream* os) { *os << ConfidenceName(c); }

namespace test_util {

/// One expected finding.
struct Want {
  PiiType type;
  Confidence confidence;
  std::string masked;
};

/// A message with each expected finding marked <<like this>>, and what each
/// marked finding must be, in order. No marks and no wants: no finding.
struct Case {
  std::string text;
  std::vector<Want> want;
};

inline std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.text; }

/// The year all detector tests run against, so ages and centuries are stable.
inline constexpr int kYear = 2026;

/// Removes the << >> marks from `marked` and returns the clean text; the
/// marked spans go to `spans`.
inline std::string StripMarks(const std::string& marked, std::vector<Span>* spans) {
  std::string out;
  uint32_t open = 0;
  for (size_t i = 0; i < marked.size(); ++i) {
    if (marked.compare(i, 2, "<<") == 0) {
      open = static_cast<uint32_t>(out.size());
      ++i;
    } else if (marked.compare(i, 2, ">>") == 0) {
      spans->push_back(Span{open, static_cast<uint32_t>(out.size())});
      ++i;
    } else {
      out.push_back(marked[i]);
    }
  }
  return out;
}

inline std::string Describe(const std::vector<PiiFinding>& found, const std::string& text) {
  std::string s;
  for (const PiiFinding& f : found) {
    s += std::string("  ") + PiiTypeName(f.type) + " " + ConfidenceName(f.confidence) + " '" +
         text.substr(f.span.begin, f.span.size()) + "' masked '" + f.masked + "' (" + f.reason + ")\n";
  }
  return s.empty() ? "  (nothing)\n" : s;
}

/// Runs FindPii on the case's text and checks every finding exactly.
inline void ExpectCase(const Case& c, PiiOptions options = {}) {
  if (options.current_year == 0) options.current_year = kYear;
  std::vector<Span> spans;
  const std::string text = StripMarks(c.text, &spans);
  ASSERT_EQ(spans.size(), c.want.size()) << "malformed test case: " << c.text;
  const std::vector<PiiFinding> found = FindPii(text, options);
  ASSERT_EQ(found.size(), c.want.size()) << "in: " << text << "\nfound:\n" << Describe(found, text);
  for (size_t k = 0; k < found.size(); ++k) {
    EXPECT_EQ(found[k].span, spans[k]) << "in: " << text << "\nfound:\n" << Describe(found, text);
    EXPECT_EQ(found[k].type, c.want[k].type) << text;
    EXPECT_EQ(found[k].confidence, c.want[k].confidence) << text << "\n" << found[k].reason;
    EXPECT_EQ(found[k].masked, c.want[k].masked) << text;
  }
}

/// Returns the Luhn check digit for `payload` (computed here, not by the
/// library).
inline char LuhnDigit(const std::string& payload) {
  int sum = 0;
  bool twice = true;  // the payload's last digit is doubled
  for (size_t i = payload.size(); i-- > 0;) {
    int d = payload[i] - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

/// Returns `payload` with its Luhn check digit appended.
inline std::string WithLuhn(const std::string& payload) { return payload + LuhnDigit(payload); }

/// Returns `payload` with a check digit appended that makes Luhn fail.
inline std::string WithBadLuhn(const std::string& payload) {
  return payload + static_cast<char>('0' + (LuhnDigit(payload) - '0' + 1) % 10);
}

/// Returns an IBAN for `country` and `bban` with correct check digits.
inline std::string Iban(const std::string& country, const std::string& bban) {
  const std::string rearranged = bban + country + "00";
  int rem = 0;
  for (char c : rearranged) {
    if (c >= '0' && c <= '9') {
      rem = (rem * 10 + (c - '0')) % 97;
    } else {
      rem = (rem * 100 + (c - 'A' + 10)) % 97;
    }
  }
  const int check = 98 - rem;
  return country + static_cast<char>('0' + check / 10) + static_cast<char>('0' + check % 10) + bban;
}

/// Returns `iban` printed in groups of four.
inline std::string Grouped(const std::string& compact) {
  std::string out;
  for (size_t i = 0; i < compact.size(); ++i) {
    if (i > 0 && i % 4 == 0) out.push_back(' ');
    out.push_back(compact[i]);
  }
  return out;
}

inline std::string Two(int v) {
  return std::string{static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
}
inline std::string Four(int v) { return Two(v / 100) + Two(v % 100); }

/// Returns a NIK built from its fields; `female` adds 40 to the day.
inline std::string Nik(int province, int regency, int district, int day, int month, int yy, int serial,
                       bool female = false) {
  return Two(province) + Two(regency) + Two(district) + Two(female ? day + 40 : day) + Two(month) + Two(yy) +
         Four(serial);
}

/// Returns a 15-digit NPWP: the first 8 digits, their Luhn digit, then the
/// tax office and branch (6 digits).
inline std::string Npwp15(const std::string& first8, const std::string& office_branch) {
  return WithLuhn(first8) + office_branch;
}

/// Prints a 15-digit NPWP as 99.999.999.9-999.999.
inline std::string NpwpPrinted(const std::string& d) {
  return d.substr(0, 2) + "." + d.substr(2, 3) + "." + d.substr(5, 3) + "." + d.substr(8, 1) + "-" + d.substr(9, 3) +
         "." + d.substr(12, 3);
}

/// The expected mask of a number: its first 4 and last 4 digits kept (12 or
/// more digits), or only the last 4 (7-11 digits); other characters kept.
inline std::string Masked(const std::string& value) {
  size_t n = 0;
  for (char c : value) n += c >= '0' && c <= '9';
  std::string out;
  size_t k = 0;
  for (char c : value) {
    if (c >= '0' && c <= '9') {
      const bool keep = n >= 12 ? (k < 4 || k >= n - 4) : (n >= 7 && k >= n - 4);
      out.push_back(keep ? c : '*');
      ++k;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

/// Groups digits 4-4-4-… with `sep`.
inline std::string In4s(const std::string& digits, char sep = ' ') {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && i % 4 == 0) out.push_back(sep);
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace test_util
}  // namespace pii
}  // namespace santun
