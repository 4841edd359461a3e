// The rule pack loader on arbitrary TOML: errors, never a crash.
#include <cstdint>
#include <string>

#include "ruleset/pack_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  santun::PackContents rules;
  santun::LoadPack({"fuzz.toml", std::string(reinterpret_cast<const char*>(data), size)}, &rules);
  return 0;
}
