// sms-segments: an SMS longer than the allowed segments (each one is billed and may arrive apart).
#include "engine/checks/check.h"
#include "text/sms.h"
#include "text/utf8.h"

namespace santun {

void CheckSmsSegments(const CheckContext& context, const Rule& rule, std::vector<CheckHit>* hits) {
  if (context.channel != "sms") return;
  const SmsEncoding e = SmsEncodingOf(context.source.text());
  if (e.segments <= ParamInt(rule, "max_segments", 1)) return;
  std::string detail = std::to_string(e.segments) + " × " + (e.ucs2 ? "UCS-2" : "GSM-7") + ", " +
                       std::to_string(e.units) + (e.ucs2 ? " UTF-16 units" : " septets");
  if (e.ucs2) {
    detail += "; UCS-2 because of '";
    utf8::Append(detail, e.first_non_gsm);
    detail += "'";
  }
  hits->push_back({context.FirstLine(), detail});
}

}  // namespace santun
