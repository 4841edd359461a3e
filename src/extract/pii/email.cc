#include "extract/pii/email.h"

#include <array>
#include <string>

#include <re2/re2.h>

#include "extract/pii/context.h"
#include "text/ascii.h"

namespace santun::pii {
namespace {

// clang-format off
constexpr auto kGenericTlds = std::to_array<std::string_view>({
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi", "asia",
    "tel", "travel", "jobs", "aero", "coop", "museum", "cat", "app", "dev", "xyz", "online",
    "site", "store", "tech", "shop", "blog", "cloud", "email", "live", "news", "top", "club",
    "vip", "link", "page", "space", "website", "fun", "today", "world", "digital", "bank"});
// clang-format on

// ISO 3166-1 alpha-2 country-code TLDs, plus .uk, .eu and .ac.
constexpr std::string_view kCountryTlds =
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs "
    "bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee "
    "eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm "
    "hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb "
    "lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz "
    "na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs "
    "ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm "
    "tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

// clang-format off
constexpr auto kRoleLocals = std::to_array<std::string_view>({
    "cs", "info", "support", "admin", "noreply", "no-reply", "donotreply", "billing", "halo",
    "hello", "help", "helpdesk", "care", "customercare", "customer.care", "customerservice",
    "layanan", "pengaduan", "kontak", "contact", "collection", "penagihan", "finance", "legal",
    "compliance", "kepatuhan", "privacy", "sales", "marketing", "office", "hrd", "cs.care", "service",
    "fraud", "security", "abuse", "report", "complaint", "complaints", "feedback", "enquiries", "inquiries",
    "accounts", "payments"});
// Role words long enough to name a function inside a compound local part
// ("fightfraud", "customersupport", "mybilling").
constexpr auto kRoleStems = std::to_array<std::string_view>({
    "support", "fraud", "billing", "collection", "service", "finance", "compliance", "privacy", "helpdesk",
    "security", "complaint", "pengaduan", "penagihan", "noreply"});
// clang-format on

// The domain's first label, lower case ("fairmoney" of "fairmoney.ng").
std::string FirstLabel(std::string_view domain) { return ascii::ToLower(domain.substr(0, domain.find('.'))); }

// True when the text names the domain's owner outside the address itself:
// "… outside the FairMoney App to fightfraud@fairmoney.ng" is the company's
// address, not a person's.
bool DomainNamedInText(std::string_view text, std::string_view domain, Span address) {
  const std::string label = FirstLabel(domain);
  if (label.size() < 4 || IsFreeMailDomain(label)) return false;
  const std::string lower = ascii::ToLower(text);
  for (size_t at = lower.find(label); at != std::string::npos; at = lower.find(label, at + 1)) {
    if (at + label.size() <= address.begin || at >= address.end) return true;
  }
  return false;
}

bool IsDomainLabel(std::string_view l) {
  if (l.empty() || l.size() > 63 || l.front() == '-' || l.back() == '-') return false;
  for (char c : l) {
    if (!(ascii::IsLetter(c) || ascii::IsDigit(c) || c == '-')) return false;
  }
  return true;
}

}  // namespace

bool HasPublicTld(std::string_view domain) {
  const size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos) return false;
  const std::string tld = ascii::ToLower(domain.substr(dot + 1));
  for (std::string_view t : kGenericTlds) {
    if (t == tld) return true;
  }
  if (tld.size() != 2) return false;
  for (size_t i = 0; i + 2 <= kCountryTlds.size(); i += 3) {
    if (kCountryTlds.substr(i, 2) == tld) return true;
  }
  return false;
}

bool IsValidEmail(std::string_view address) {
  const size_t at = address.find('@');
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos || address.size() > 254) {
    return false;
  }
  const std::string_view local = address.substr(0, at);
  const std::string_view domain = address.substr(at + 1);
  if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.' ||
      local.find("..") != std::string_view::npos) {
    return false;
  }
  for (char c : local) {
    if (!(ascii::IsLetter(c) || ascii::IsDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '\'' ||
          c == '-')) {
      return false;
    }
  }
  size_t b = 0;
  int labels = 0;
  while (b <= domain.size()) {
    size_t e = domain.find('.', b);
    if (e == std::string_view::npos) e = domain.size();
    if (!IsDomainLabel(domain.substr(b, e - b))) return false;
    ++labels;
    b = e + 1;
  }
  return labels >= 2 && HasPublicTld(domain);
}

std::string DeobfuscateEmail(std::string_view value) {
  std::string compact;
  for (char c : value) {
    if (c != ' ' && c != '\t') compact.push_back(ascii::ToLower(c));
  }
  std::string out;
  for (size_t i = 0; i < compact.size();) {
    const std::string_view rest = std::string_view(compact).substr(i);
    bool replaced = false;
    for (std::string_view open : {"[", "(", "{"}) {
      if (!rest.starts_with(open)) continue;
      for (auto [word, ch] : {std::pair{"at]", '@'},
                              {"at)", '@'},
                              {"at}", '@'},
                              {"et]", '@'},
                              {"et)", '@'},
                              {"dot]", '.'},
                              {"dot)", '.'},
                              {"dot}", '.'},
                              {"titik]", '.'},
                              {"titik)", '.'}}) {
        if (rest.substr(1).starts_with(word)) {
          out.push_back(ch);
          i += 1 + std::string_view(word).size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(compact[i++]);
  }
  return out;
}

bool IsFreeMailDomain(std::string_view label) {
  const std::string l = ascii::ToLower(label);
  for (std::string_view d : {"gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "icloud", "aol",
                             "proton", "protonmail", "mail", "gmx", "yandex", "example"}) {
    if (l == d) return true;
  }
  return false;
}

bool IsRoleLocalPart(std::string_view local) {
  const std::string l = ascii::ToLower(local);
  auto role = [](std::string_view w) {
    for (std::string_view r : kRoleLocals) {
      if (r == w || (w.size() == r.size() + 1 && w.back() == 's' && w.substr(0, r.size()) == r)) return true;
    }
    return false;
  };
  if (role(l)) return true;
  for (std::string_view stem : kRoleStems) {
    if (l.find(stem) != std::string::npos) return true;
  }
  // "collections.id", "billing-team": a role word of four letters or more
  // among its parts (short ones such as "cs" also begin personal addresses).
  size_t start = 0;
  for (size_t i = 0; i <= l.size(); ++i) {
    if (i == l.size() || l[i] == '.' || l[i] == '_' || l[i] == '-') {
      if (i >= start + 4 && role(std::string_view(l).substr(start, i - start))) return true;
      start = i + 1;
    }
  }
  return false;
}

std::vector<Detection> FindEmails(std::string_view text) {
  static const RE2 plain(
      R"(([A-Za-z0-9._%+'*#-]+)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+))");
  static const RE2 obfuscated(
      R"((?i)([a-z0-9._%+-]+)\s*[\[\(\{]\s*(?:at|et)\s*[\]\)\}]\s*([a-z0-9-]+(?:\s*[\[\(\{]\s*(?:dot|titik)\s*[\]\)\}]\s*[a-z0-9-]+)+))");
  std::vector<Detection> out;
  auto creditor = [&](uint32_t begin) {
    return FindLabelBefore(text, LabelWindowBegin(text, 0, begin), begin).company;
  };
  re2::StringPiece rest = text;
  re2::StringPiece local, domain;
  while (RE2::FindAndConsume(&rest, plain, &local, &domain)) {
    const auto begin = static_cast<uint32_t>(local.data() - text.data());
    const auto end = static_cast<uint32_t>(domain.data() + domain.size() - text.data());
    if (std::string_view(local).find_first_of("*#") != std::string_view::npos) continue;  // masked
    const std::string_view address = text.substr(begin, end - begin);
    if (!IsValidEmail(address) || IsRoleLocalPart(local) || creditor(begin) ||
        DomainNamedInText(text, domain, Span{begin, end})) {
      continue;
    }
    out.push_back({Span{begin, end}, PiiType::kEmail, Confidence::kHigh, "email: valid address with a public TLD"});
  }
  rest = text;
  while (RE2::FindAndConsume(&rest, obfuscated, &local, &domain)) {
    const auto begin = static_cast<uint32_t>(local.data() - text.data());
    const auto end = static_cast<uint32_t>(domain.data() + domain.size() - text.data());
    const std::string_view whole = text.substr(begin, end - begin);
    if (!IsValidEmail(DeobfuscateEmail(whole)) || IsRoleLocalPart(local) || creditor(begin)) {
      continue;
    }
    out.push_back({Span{begin, end}, PiiType::kEmail, Confidence::kMedium, "email: obfuscated with [at]/[dot]"});
  }
  return out;
}

}  // namespace santun::pii
