// Throughput and start-up costs of the library (Google Benchmark).
// Build: cmake -DSANTUN_BUILD_BENCH=ON; run: build/bench/santun_bench.
#include <benchmark/benchmark.h>

#include "engine/linter.h"
#include "ruleset/load_rules.h"
#include "ruleset/rule_set.h"
#include "text/normalizer.h"

namespace santun {
namespace {

const char* kShort = "Dasar p3n1pu, bayar sekarang juga!";
const char* kPolite =
    "Yth. Bapak Budi Santoso,\n\nKami dari PT Dana Kilat Sejahtera ingin mengingatkan bahwa tagihan "
    "pinjaman Anda sebesar Rp 1.500.000 akan jatuh tempo pada 25 Desember 2026. Pembayaran dapat "
    "dilakukan melalui transfer ke Virtual Account BCA 8808 1234 5678 9012 atas nama PT Dana Kilat "
    "Sejahtera. Jika Bapak mengalami kesulitan, kami dapat membantu menyusun jadwal pembayaran yang "
    "sesuai. Abaikan pesan ini jika Bapak sudah membayar.\n\nHormat kami,\nRina Wulandari\nPT Dana "
    "Kilat Sejahtera | 021-5550-0100";
const char* kDisguised =
    "Ｐｅｎｉｐｕ!!! Pen\u200bipu, kami l a p o r p o l i s i, data kamu kami sebar ke semua kontak, "
    "реnірu, penipuuuuu, BAYAR SEKARANG JUGA";

const RuleSet& Rules() {
  static const RuleSet* rules = [] {
    auto* r = new RuleSet;
    LoadRuleSet(PackSources{}, r);
    return r;
  }();
  return *rules;
}

const Linter& SharedLinter() {
  static const Linter* linter = new Linter(Rules());
  return *linter;
}

void BM_LoadBuiltinRules(benchmark::State& state) {
  for (auto _ : state) {
    RuleSet r;
    benchmark::DoNotOptimize(LoadRuleSet(PackSources{}, &r));
  }
}
BENCHMARK(BM_LoadBuiltinRules)->Unit(benchmark::kMillisecond);

void BM_CompilePrefilter(benchmark::State& state) {
  for (auto _ : state) {
    Linter linter(Rules());
    benchmark::DoNotOptimize(&linter);
  }
}
BENCHMARK(BM_CompilePrefilter)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state, const char* text) {
  std::string s(text);
  for (auto _ : state) benchmark::DoNotOptimize(Normalize(s));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(s.size()));
}
BENCHMARK_CAPTURE(BM_Normalize, ascii_polite, kPolite);
BENCHMARK_CAPTURE(BM_Normalize, unicode_disguised, kDisguised);

void BM_Lint(benchmark::State& state, const char* text) {
  const Linter& linter = SharedLinter();
  SourceText source("bench", text);
  for (auto _ : state) benchmark::DoNotOptimize(linter.Lint(source));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(source.text().size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK_CAPTURE(BM_Lint, short_abusive, kShort);
BENCHMARK_CAPTURE(BM_Lint, polite_letter, kPolite);
BENCHMARK_CAPTURE(BM_Lint, disguised, kDisguised);

}  // namespace
}  // namespace santun
