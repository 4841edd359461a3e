#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace santun {

/// A template placeholder such as "[nama debitur]" or "{{ due_date }}".
struct Placeholder {
  Span span;         // including the delimiters
  std::string name;  // normalized: lower case, spaces/dashes -> '_', e.g. "nama_debitur"
  enum class Type { kUnknown, kAmount, kDate, kPerson, kSender, kOther } type = Type::kUnknown;
  bool malformed = false;  // "{{amount}", "[jumlah" (unclosed), "{{ }}"
  /// A form that prose and quoted code also use ("$balance", "<surname>",
  /// "(borrower name)"): it types the slot (amount, date, sender) but is not
  /// reported as left unfilled in a message about to be sent.
  bool weak = false;
  std::string problem;  // why it is malformed (English, lower case), else ""
};

/// Returns the placeholders of `text` (valid UTF-8) in text order, without
/// overlaps. Recognised forms, each on one line:
///   {{name}} {{ name }} {{{name}}} {{name | filter}}  (Mustache, Jinja, Handlebars)
///   ${name}  %(name)s  %name%  <<name>>  {name}  [name]
///   code expressions: {{$mail->name}} {$tgl} {{ cmp()->companyName }} $name
///   $this->dueDate (the name is the last identifier), <salutation>, and
///   "(borrower name)"-style parentheses whose name is a person, amount,
///   date or sender.
/// A name is letters (any script), digits, '_', '-', '.' and single spaces,
/// starting with a letter or '_', at most 64 bytes; "[…]" and "{…}" names
/// also need two letters and at most 4 words, since brackets and braces occur
/// in prose. camelCase is split ("dueDate" -> "due_date").
///
/// Not placeholders: footnotes and checkboxes ("[1]", "[x]", "[ ]"), markdown
/// links and images ("[text](url)", "[text][ref]"), editorial tags ("[sic]",
/// "[PENTING]", "[INFO]"), the "[at]" and "[dot]" of an obfuscated e-mail,
/// JSON-like or code braces ("{"id": 1}", "{a, b}"), Mustache sections and
/// comments ("{{#items}}", "{{/items}}", "{{! …}}"), Jinja tags ("{% if %}"),
/// "<<" without ">>" on its line ("<< kembali"), parenthesised numbers
/// ("ayat (2)").
///
/// Malformed (returned with malformed = true and a problem):
/// - "{{amount}" (closed with '}'), "{amount}}" (closed with '}}');
/// - "{{amount", "${amount" (unclosed on the line), and "[jumlah", "{jumlah"
///   when the name ends the line;
/// - "{{ }}", "${}" (empty);
/// - "%(amount)" without a conversion letter.
/// The type of a malformed placeholder comes from its name when it has one.
std::vector<Placeholder> ExtractPlaceholders(std::string_view text);

/// Returns the type the text right before `p` gives it: an amount after a
/// currency or an amount label ("Rp. {plafond}", "KES {Amount}", "Total:
/// {{x}}"), a date after a due-date cue ("jatuh tempo {tgl}", "due on
/// {{when}}", "paling lambat [x]"); else p.type. ExtractPlaceholders uses it
/// for names that say nothing of their own.
Placeholder::Type PlaceholderTypeByContext(std::string_view text, const Placeholder& p);

/// Returns the type named by a normalized placeholder name, matched on its
/// words (split at '_' and '.'), in this order of precedence:
/// - an identifier word (nomor, no, number, kode, code, id, ref, nik) ->
///   kOther ("nomor_tagihan", "invoice_number");
/// - sender: perusahaan, company, creditor, kreditur, sender, pengirim,
///   agent, agen, collector, kolektor, petugas, lender, or "nama_anda",
///   "nama_saya", "your_name", "my_name";
/// - date: tanggal, tgl, date, tempo (jatuh_tempo), deadline, tenggat,
///   "batas_waktu" ("due_date", "tanggal_tagihan");
/// - amount: jumlah, nominal, tagihan, amount, balance, total, utang, hutang,
///   sisa, saldo, cicilan, angsuran, denda, biaya, fee, outstanding, debt;
/// - person: nama, name, debitur, debtor, customer, nasabah, pelanggan,
///   peminjam, borrower, client, klien, penerima, recipient;
/// - other recognised names: invoice, faktur, va, virtual_account, rekening,
///   account, link, url, alamat, address, telepon, phone, hp, email, produk,
///   product, aplikasi, app, bank, kontrak, contract, pinjaman, loan;
/// - anything else -> kUnknown.
Placeholder::Type PlaceholderTypeOf(std::string_view normalized_name);

/// Returns the normalized form of a raw placeholder name: camelCase split,
/// ASCII lower case, runs of spaces, '-' and '_' as one '_', no '_' at
/// either end ("Nama Debitur" -> "nama_debitur", "dueDate" -> "due_date").
std::string NormalizePlaceholderName(std::string_view raw);

}  // namespace santun
