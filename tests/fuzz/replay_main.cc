// Runs a fuzz target without libFuzzer, so that every build (g++, and the
// sanitizer build that CI runs) exercises the targets: each seed file as
// is, every prefix of it, and a fixed set of byte mutations (a seeded
// xorshift, the same on every run). A target reports a bug by aborting;
// the sanitizers report the rest.
//
// usage: fuzz_X_replay [--mutations N] SEED_FILE_OR_DIR...
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void Run(const std::string& input) {
  // A copy of exactly `size` bytes, so that ASan sees any read past the end.
  std::vector<uint8_t> bytes(input.begin(), input.end());
  LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
}

uint64_t Next(uint64_t* state) {
  uint64_t x = *state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *state = x;
}

// Bytes that matter to the parsers: quotes, brackets, separators, digits,
// newlines, the start of a multi-byte character, and a zero-width space.
const char* const kInteresting[] = {
    "\"",       "\\",           "{",  "}",  "[",  "]",  "=", ",", ".", ":", "\n", "0", "9",
    "\xC3\xA9", "\xE2\x80\x8B", "<<", ">>", "{{", "}}", " ", "!"};

std::string Mutate(const std::string& seed, uint64_t* state) {
  std::string s = seed;
  const int edits = 1 + static_cast<int>(Next(state) % 4);
  for (int e = 0; e < edits; ++e) {
    const size_t at = s.empty() ? 0 : Next(state) % (s.size() + 1);
    switch (Next(state) % 4) {
      case 0:  // delete a run
        if (at < s.size()) s.erase(at, 1 + Next(state) % 8);
        break;
      case 1:  // insert an interesting token
        s.insert(at, kInteresting[Next(state) % (sizeof(kInteresting) / sizeof(*kInteresting))]);
        break;
      case 2:  // duplicate a slice
        if (at < s.size()) s.insert(at, s.substr(at, 1 + Next(state) % 16));
        break;
      default:  // overwrite a byte with any value
        if (at < s.size()) s[at] = static_cast<char>(Next(state) & 0xFF);
        break;
    }
  }
  return s;
}

bool ReadFile(const std::filesystem::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream content;
  content << in.rdbuf();
  *out = content.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int mutations = 300;
  std::vector<std::filesystem::path> seeds;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--mutations") == 0 && i + 1 < argc) {
      mutations = std::atoi(argv[++i]);
    } else if (std::filesystem::is_directory(argv[i])) {
      for (const auto& entry : std::filesystem::directory_iterator(argv[i])) {
        if (entry.is_regular_file()) seeds.push_back(entry.path());
      }
    } else {
      seeds.emplace_back(argv[i]);
    }
  }
  std::sort(seeds.begin(), seeds.end());
  if (seeds.empty()) {
    std::fprintf(stderr, "no seed files given\n");
    return 2;
  }
  size_t runs = 0;
  for (const auto& path : seeds) {
    std::string seed;
    if (!ReadFile(path, &seed)) {
      std::fprintf(stderr, "%s: cannot read\n", path.c_str());
      return 2;
    }
    Run(seed);
    for (size_t n = 0; n < seed.size(); ++n) Run(seed.substr(0, n));
    uint64_t state = 0x9E3779B97F4A7C15ULL ^ seed.size();
    for (int m = 0; m < mutations; ++m) Run(Mutate(seed, &state));
    runs += 1 + seed.size() + static_cast<size_t>(mutations);
  }
  std::printf("%zu inputs from %zu seeds, no failure\n", runs, seeds.size());
  return 0;
}
