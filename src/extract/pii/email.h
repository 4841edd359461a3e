#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/pii/pii_type.h"

namespace santun::pii {

/// Returns true when the last label of `domain` is a real top-level domain
/// from a bundled list (generic TLDs and ISO country codes). Reserved names
/// (.test, .example, .invalid, .localhost) fail, so test data should use
/// example.com/org/net.
bool HasPublicTld(std::string_view domain);

/// Returns true when `address` is local@domain with a local part of at most
/// 64 characters (letters, digits and . _ % + ' -, no leading, trailing or
/// doubled dot), domain labels of letters, digits and inner hyphens, a
/// public TLD and at most 254 characters in all.
bool IsValidEmail(std::string_view address);

/// Returns true for local parts that name a function rather than a person
/// (cs, info, support, admin, noreply, billing, halo, pengaduan, …).
bool IsRoleLocalPart(std::string_view local);

/// Returns true when `label` (the first label of a domain, any case) is a
/// mail provider anyone can use (gmail, yahoo, outlook, …): an address
/// there names no company.
bool IsFreeMailDomain(std::string_view label);

/// Returns `value` with spaces removed and "[at]"/"(at)"/"{at}" read as '@'
/// and "[dot]"/"(dot)"/"[titik]" as '.', lower-cased: "Budi [at] Example
/// [dot] com" -> "budi@example.com". Other text is only lower-cased.
std::string DeobfuscateEmail(std::string_view value);

/// Returns the e-mail addresses in `text`: valid ones High; written with
/// "[at]"/"(at)" and "[dot]"/"(dot)" to dodge filters Medium. Masked
/// addresses ("b***@example.com"), role addresses ("cs@…") and addresses
/// marked as the creditor's ("email kami") are skipped; "@handle" is not an
/// address.
std::vector<Detection> FindEmails(std::string_view text);

}  // namespace santun::pii
