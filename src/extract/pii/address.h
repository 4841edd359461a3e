#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/pii/pii_type.h"
#include "text/span.h"

namespace santun::pii {

/// The parts an address is scored by.
enum class AddressPart : uint8_t {
  kStreet,    ///< "Jl./Jln./Jalan <Name>", "Gg. <Name>", "<n> <Name> St/Ave/Rd/…"
  kNumber,    ///< "No. 12", the house number of a US street
  kRtRw,      ///< "RT 003/RW 005", "RT.03 RW.05"
  kVillage,   ///< "Kel./Kelurahan/Desa/Ds./Dusun <Name>"
  kDistrict,  ///< "Kec./Kecamatan <Name>"
  kCity,      ///< "Kab./Kabupaten/Kota <Name>", US "City, ST"
  kProvince,  ///< "Prov./Provinsi <Name>"
  kBuilding,  ///< housing estate or building: "Perum/Perumahan/Komp./Komplek/Apartemen <Name>"
  kUnit,      ///< "Blok C2", "Kav. 52", "Tower B", "Lt. 12", US "Apt/Suite/Unit 4B"
  kPostcode,  ///< 5-digit kode pos or ZIP (ZIP+4)
};

/// One address part found in a text.
struct AddressPartMatch {
  Span span;
  AddressPart part;
};

/// Returns the address parts of `text` in order. Markers are matched with
/// the traps of PII.md §1 in mind: "Jalan"/"Desa"/"Kota" only before a
/// capitalised name (lower-case "jalan" is the verb, "jl" chat slang), "RT"/
/// "RW" only before a number and not after "ketua"/"pak"/"bu", "No." only
/// before a number, a postcode only as a lone 5-digit number (with the
/// capitalised words right before it as the city: "Bandung 40191").
std::vector<AddressPartMatch> FindAddressParts(std::string_view text);

/// Returns the addresses in `text`: runs of parts separated only by
/// punctuation and spaces (at most 24 bytes, one line break), scored by the
/// number of distinct part kinds, plus one when an address word ("alamat",
/// "domisili", "rumah", "address", "visit", …) stands before: 3 or more
/// High, 2 Medium, fewer nothing. A run needs a street, RT/RW, village,
/// building or unit part (a city with a postcode alone is not personal),
/// and a house number counts only next to a street, building or unit. Runs after
/// "kantor kami", "alamat kami", "kantor pusat", "our office" or "PT" are
/// the creditor's and are skipped.
std::vector<Detection> FindAddresses(std::string_view text);

}  // namespace santun::pii
