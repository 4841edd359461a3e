#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/pii/pii_type.h"

namespace santun::pii {

/// Returns the IBAN length of a country (ISO 3166 alpha-2, upper case), or 0
/// for a country without IBANs (Indonesia has none).
int IbanLength(std::string_view country);

/// Returns the ISO 7064 MOD 97-10 remainder of an IBAN: the first four
/// characters moved to the end, letters as 10-35, computed piecewise.
/// `compact` holds letters and digits only (any case); returns -1 otherwise.
int IbanRemainder(std::string_view compact);

/// Returns true when `compact` (no spaces, any case) is a valid IBAN: a known
/// country, that country's length, check digits 02-98 and a MOD 97-10
/// remainder of 1. Random strings pass the checksum 1 time in 97.
bool IsValidIban(std::string_view compact);

/// Returns the IBANs in `text`: an upper-case country code and two check
/// digits at a word start, then letters and digits, optionally in groups
/// separated by single spaces, exactly as long as the country requires and
/// not followed by a letter or digit. Valid ones are High; after an "IBAN"
/// label a malformed one is Low ("possible IBAN, malformed").
std::vector<Detection> FindIbans(std::string_view text);

}  // namespace santun::pii
