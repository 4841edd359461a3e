#pragma once

#include <string_view>

namespace santun {

/// Returns true when the ORIGINAL message shows who sends it by its shape,
/// which needs capital letters (the normalized text has none):
/// - a signature at the end: "- Bluegate Collections", "— Tim CicilAja",
///   "Thanks, Northwind Lending", "Salam, Rina" (capitalised words after a
///   dash or a closing word);
/// - a sender prefix on the first line: "First Street Credit: …",
///   "CicilAja: …" (capitalised words before a colon, not a greeting or a
///   label such as "Pengingat:" or "REMINDER:");
/// - an introduction: "Lakeshore Student Loan Servicing here", "dari Mega
///   CicilAja", "from Oak Valley";
/// - a business name: capitalised words ending in a business word
///   ("Northwind Lending", "Bluegate Collections", "Maple Ridge Financial");
/// - the brand of the account or the payee: "your Summit Card Services
///   payment", "owed to First Street Credit", "tunggakan JULO Anda", "the
///   Okash loan", "di aplikasi Pinjaman Dompet"; a last sentence that is only
///   a name ("… Rp 370.000. CicilAja");
/// - a contact address at a company's own mail domain ("Hubungi
///   collections@julo.co.id"; not gmail.com and the like), or its web
///   address ("Bayar sekarang: julo.co.id/r/sms"; not bit.ly, wa.me and the
///   like).
bool HasSenderSignal(std::string_view original);

}  // namespace santun
