#include "cli/message_settings.h"

namespace santun::cli {

const Selection& Selections::For(const FileSettings& settings) {
  std::unique_ptr<Selection>& s = by_key_[settings.SelectionKey()];
  if (!s) {
    s = std::make_unique<Selection>();
    Selection::Create(rules_, settings.select, settings.ignore, s.get());  // ids validated before
  }
  return *s;
}

MessageOptions MessageOptionsFor(const CheckOptions& opt, const Config& config, const FileSettings& settings,
                                 const Selection& selection, const std::string& path) {
  MessageOptions m;
  m.lang = settings.lang;
  m.profile = settings.profile;
  m.selection = &selection;
  m.severity = &settings.severity;
  m.allow = &config.allow;
  m.template_mode = IsTemplatePath(settings.template_mode, config.template_extensions, path);
  m.today = opt.today;
  m.send_at = opt.send_at;
  m.tz = opt.tz;
  m.channel = opt.channel;
  return m;
}

}  // namespace santun::cli
