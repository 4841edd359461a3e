#include "extract/pii/address.h"

#include <gtest/gtest.h>

#include "extract/pii/pii_test_util.h"

namespace santun::pii {
namespace {

using namespace test_util;  // NOLINT: the shared table helpers
using C = Confidence;
using T = PiiType;
using P = AddressPart;

std::vector<P> Parts(const std::string& text) {
  std::vector<P> out;
  for (const AddressPartMatch& m : FindAddressParts(text)) out.push_back(m.part);
  return out;
}

TEST(AddressParts, RecognisesEachMarker) {
  EXPECT_EQ(Parts("Jl. Merdeka"), std::vector<P>{P::kStreet});
  EXPECT_EQ(Parts("Jalan Merdeka"), std::vector<P>{P::kStreet});
  EXPECT_EQ(Parts("Gg. Mawar"), std::vector<P>{P::kStreet});
  EXPECT_EQ(Parts("No. 10"), std::vector<P>{P::kNumber});
  EXPECT_EQ(Parts("RT 003/RW 005"), (std::vector<P>{P::kRtRw, P::kRtRw}));
  EXPECT_EQ(Parts("RT003"), std::vector<P>{P::kRtRw});
  EXPECT_EQ(Parts("Kel. Sukamaju"), std::vector<P>{P::kVillage});
  EXPECT_EQ(Parts("Ds. Sukamaju"), std::vector<P>{P::kVillage});
  EXPECT_EQ(Parts("Kecamatan Coblong"), std::vector<P>{P::kDistrict});
  EXPECT_EQ(Parts("Kab. Bogor"), std::vector<P>{P::kCity});
  EXPECT_EQ(Parts("Prov. Jawa Barat"), std::vector<P>{P::kProvince});
  EXPECT_EQ(Parts("Perumahan Griya Asri"), std::vector<P>{P::kBuilding});
  EXPECT_EQ(Parts("Blok C2"), std::vector<P>{P::kUnit});
  EXPECT_EQ(Parts("kode pos 40191"), std::vector<P>{P::kPostcode});
  EXPECT_EQ(Parts("221 Baker Street"), (std::vector<P>{P::kNumber, P::kStreet}));
  EXPECT_EQ(Parts("Springfield, IL 62704-1234"), (std::vector<P>{P::kCity, P::kPostcode}));
}

TEST(AddressParts, AvoidsTheTraps) {
  EXPECT_TRUE(Parts("ketua RT 05").empty());
  EXPECT_TRUE(Parts("pak RW 3").empty());
  EXPECT_TRUE(Parts("ayo jalan dulu, jl sama aku").empty());
  EXPECT_TRUE(Parts("Jalan sekarang").empty());
  EXPECT_TRUE(Parts("No. Invoice").empty());
  EXPECT_TRUE(Parts("di desa").empty());
  EXPECT_TRUE(Parts("kota kami").empty());
  EXPECT_TRUE(Parts("12345 0896 1122").empty());  // not a lone 5-digit number
  EXPECT_TRUE(Parts("Rp 10.000").empty());
  EXPECT_TRUE(Parts("01234").empty());
}

class AddressDetect : public ::testing::TestWithParam<Case> {};
TEST_P(AddressDetect, FindsExactly) { ExpectCase(GetParam()); }

// clang-format off
INSTANTIATE_TEST_SUITE_P(Valid, AddressDetect, ::testing::Values(
    Case{"Alamat: <<Jl. Merdeka No. 10, RT 003/RW 005, Kel. Sukamaju, Kec. Cibeunying Kaler, Kota Bandung 40191>>",
         {{T::kAddress, C::kHigh,
           "Jl. ******* No. **, RT ***/RW ***, Kel. ********, Kec. ********** *****, Kota ******* *****"}}},
    Case{"<<Jl. Merdeka No. 10>>", {{T::kAddress, C::kMedium, "Jl. ******* No. **"}}},
    Case{"alamat <<Jl. Merdeka No. 10>>", {{T::kAddress, C::kHigh, "Jl. ******* No. **"}}},
    Case{"kami akan datang ke rumah Anda di <<Jl. Kenanga Raya No. 5 RT 02/RW 07>>",
         {{T::kAddress, C::kHigh, "Jl. ******* **** No. * RT **/RW **"}}},
    Case{"<<RT.003/RW.005 Kel. Sukamaju>>", {{T::kAddress, C::kMedium, "RT.***/RW.*** Kel. ********"}}},
    Case{"<<Perum Griya Asri Blok C2 No. 15>>, Bekasi",
         {{T::kAddress, C::kHigh, "Perum ***** **** Blok ** No. **"}}},
    Case{"<<221 Baker Street, Springfield, IL 62704>>",
         {{T::kAddress, C::kHigh, "*** ***** Street, ***********, ** *****"}}},
    Case{"<<Apt 4B, 1600 Pennsylvania Avenue>>", {{T::kAddress, C::kHigh, "Apt **, **** ************ Avenue"}}},
    Case{"<<Desa Sukamaju, Kec. Cibeunying>>", {{T::kAddress, C::kMedium, "Desa ********, Kec. **********"}}},
    Case{"<<Jln. H. Agus Salim No. 7B>>", {{T::kAddress, C::kMedium, "Jln. *. **** ***** No. **"}}},
    Case{"<<Gg. Mawar No. 3, RT 01 RW 02>>", {{T::kAddress, C::kHigh, "Gg. ***** No. *, RT ** RW **"}}},
    Case{"<<Komp. Bumi Indah Blok A1 No. 2>>", {{T::kAddress, C::kHigh, "Komp. **** ***** Blok ** No. *"}}},
    Case{"<<Dusun Krajan RT 1 RW 3 Desa Sukamaju>>",
         {{T::kAddress, C::kMedium, "Dusun ****** RT * RW * Desa ********"}}},
    Case{"<<Tower B Lt. 12 Apartemen Kalibata>>", {{T::kAddress, C::kMedium, "Tower * Lt. ** Apartemen ********"}}},
    Case{"<<Jl. Merdeka no 10, Bandung 40191>>", {{T::kAddress, C::kHigh, "Jl. ******* no **, ******* *****"}}},
    Case{"domisili <<Jalan Pahlawan No. 12>>", {{T::kAddress, C::kHigh, "Jalan ******** No. **"}}},
    Case{"<<JL. MERDEKA NO. 10 RT 3 RW 5>>", {{T::kAddress, C::kHigh, "JL. ******* NO. ** RT * RW *"}}},
    Case{"<<Jl. Merdeka No.10\nRT 003/RW 005>>", {{T::kAddress, C::kHigh, "Jl. ******* No.**\nRT ***/RW ***"}}},
    Case{"<<Kelurahan Sukamaju RT 05>>", {{T::kAddress, C::kMedium, "Kelurahan ******** RT **"}}},
    Case{"<<Jl. Sudirman Kav. 52>>", {{T::kAddress, C::kMedium, "Jl. ******** Kav. **"}}},
    Case{"<<12 Oak Avenue, Apt 3>>", {{T::kAddress, C::kHigh, "** *** Avenue, Apt *"}}},
    Case{"we will visit <<500 Main St.>>", {{T::kAddress, C::kHigh, "*** **** St."}}},
    Case{"<<500 Main St>>", {{T::kAddress, C::kMedium, "*** **** St"}}},
    Case{"rumah <<Jl. Kenanga>>", {{T::kAddress, C::kMedium, "Jl. *******"}}},
    Case{"<<Jl. Melati No. 3, Kec. Coblong, Kab. Bandung, Prov. Jawa Barat 40132>>",
         {{T::kAddress, C::kHigh, "Jl. ****** No. *, Kec. *******, Kab. *******, Prov. **** ***** *****"}}},
    Case{"NIK <<3275014601920007>>, alamat <<Jl. Merdeka No. 10>>",
         {{T::kNik, C::kHigh, "3275********0007"}, {T::kAddress, C::kHigh, "Jl. ******* No. **"}}}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Invalid, AddressDetect, ::testing::Values(
    Case{"ketua RT 05 akan datang", {}},
    Case{"Pak RT dan Bu RW sudah tahu", {}},
    Case{"ayo jalan dulu, jl sama aku", {}},
    Case{"No. 5", {}},
    Case{"No. Invoice 12345", {}},
    Case{"Kota Bandung 40111", {}},
    Case{"Kantor kami: Jl. Sudirman Kav. 52, Jakarta 12190", {}},
    Case{"PT Maju Jaya, Jl. Sudirman No. 1, Jakarta", {}},
    Case{"alamat kami Jl. Sudirman No. 1", {}},
    Case{"Kantor pusat: Jl. Sudirman No. 1", {}},
    Case{"Visit our office at 500 Main St, Springfield, IL 62704", {}},
    Case{"Kec. Coblong, Kota Bandung", {}},
    Case{"Jalan sekarang juga", {}},
    Case{"Jl. Merdeka", {}},
    Case{"RT 05", {}},
    Case{"Springfield, IL 62704", {}},
    Case{"di desa sebelah, kota kami", {}},
    Case{"jalan-jalan ke mal", {}},
    Case{"Blok", {}},
    Case{"kode pos 40111", {}},
    Case{"Jl. Merdeka, lalu belok kiri ke No. 10", {}},
    Case{"Nomor 10 dan RT", {}},
    Case{"Tagihan No. 10 Rp 500.000", {}},
    Case{"Lt. 12", {}},
    Case{"Kota Bandung, Prov. Jawa Barat 40111", {}}));
// clang-format on

TEST(AddressDetect, AllowListMatchesParts) {
  PiiOptions options;
  options.allow = {"Jl. Merdeka No. 10"};
  ExpectCase(Case{"Jl. Merdeka No. 10, RT 003/RW 005", {}}, options);
}

}  // namespace
}  // namespace santun::pii
