#include "engine/atom_index.h"

#include <queue>
#include <sstream>

#include "ruleset/atom_edges.h"

namespace santun {
namespace {

void Mix(uint64_t* h, std::string_view bytes) {
  for (unsigned char c : bytes) *h = (*h ^ c) * 0x100000001b3ULL;
}

template <typename T>
void CxxArray(std::ostringstream& out, const char* type, const char* name, const T* data, size_t n) {
  out << "const " << type << " " << name << "[] = {";
  for (size_t i = 0; i < n; ++i) out << (i % 24 == 0 ? "\n    " : "") << +data[i] << ",";
  out << (n == 0 ? "0" : "") << "};\n";
}

}  // namespace

void AtomIndex::Add(std::string_view atom, uint32_t value) {
  Mix(&fingerprint_, atom);
  const char sep[5] = {'\0', static_cast<char>(value), static_cast<char>(value >> 8), static_cast<char>(value >> 16),
                       static_cast<char>(value >> 24)};
  Mix(&fingerprint_, std::string_view(sep, sizeof sep));
  ++added_;
  const EdgedAtom a = SplitWordEdges(atom);
  if (!a.text.empty()) pending_.push_back({std::string(a.text), value, a.left, a.right});
}

void AtomIndex::Build() {
  const AtomTables* built_in = BuiltinAtomTables();
  if (built_in && built_in->fingerprint == fingerprint_ && built_in->atoms == added_) {
    tables_ = *built_in;
    precomputed_ = true;
  } else {
    BuildOwned();
  }
  pending_ = {};
}

void AtomIndex::BuildOwned() {
  int classes = 1;
  for (const Pending& p : pending_) {
    for (char ch : p.atom) {
      uint8_t& c = class_of_[static_cast<unsigned char>(ch)];
      if (c == 0) c = static_cast<uint8_t>(classes++);
    }
  }
  const size_t k = static_cast<size_t>(classes);
  // Reserve for the most nodes the trie can have (one per atom byte): only
  // the pages written are ever touched, and the table is not copied as it
  // grows (those copies were a fifth of start-up's page faults).
  size_t most_nodes = 1;
  for (const Pending& p : pending_) most_nodes += p.atom.size();
  next_.reserve(most_nodes * k);
  output_.reserve(most_nodes);
  next_.assign(k, -1);
  output_.assign(1, -1);
  // The trie.
  for (const auto& [atom, value, left, right] : pending_) {
    int32_t node = 0;
    for (char ch : atom) {
      int32_t& slot = next_[static_cast<size_t>(node) * k + class_of_[static_cast<unsigned char>(ch)]];
      if (slot < 0) {
        slot = static_cast<int32_t>(output_.size());
        output_.push_back(-1);
        next_.resize(next_.size() + k, -1);
      }
      node = next_[static_cast<size_t>(node) * k + class_of_[static_cast<unsigned char>(ch)]];
    }
    outputs_.push_back({value, output_[static_cast<size_t>(node)], static_cast<uint32_t>(atom.size()), left, right});
    output_[static_cast<size_t>(node)] = static_cast<int32_t>(outputs_.size() - 1);
  }
  // Failure links, breadth-first, folded into the transition table so that
  // Scan() takes one step per byte.
  const size_t nodes = output_.size();
  std::vector<int32_t> fail(nodes, 0);
  dict_.assign(nodes, -1);
  std::queue<int32_t> queue;
  for (size_t c = 0; c < k; ++c) {
    int32_t& child = next_[c];
    if (child < 0) {
      child = 0;
    } else {
      queue.push(child);
    }
  }
  while (!queue.empty()) {
    const auto node = static_cast<size_t>(queue.front());
    queue.pop();
    const auto f = static_cast<size_t>(fail[node]);
    dict_[node] = output_[f] >= 0 ? static_cast<int32_t>(f) : dict_[f];
    for (size_t c = 0; c < k; ++c) {
      int32_t& child = next_[node * k + c];
      if (child < 0) {
        child = next_[f * k + c];
      } else {
        fail[static_cast<size_t>(child)] = next_[f * k + c];
        queue.push(child);
      }
    }
  }
  tables_ = {fingerprint_,
             added_,
             class_of_.data(),
             static_cast<uint32_t>(k),
             static_cast<uint32_t>(nodes),
             next_.data(),
             output_.data(),
             dict_.data(),
             static_cast<uint32_t>(outputs_.size()),
             outputs_.data()};
}

void AtomIndex::Scan(std::string_view text, std::vector<uint32_t>* values) const {
  if (!tables_.next) return;
  const size_t k = tables_.classes;
  const int32_t* next = tables_.next;
  const int32_t* output = tables_.output;
  const int32_t* dict = tables_.dict;
  const AtomTables::Output* outputs = tables_.outputs;
  const uint8_t* class_of = tables_.class_of;
  int32_t node = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    node = next[static_cast<size_t>(node) * k + class_of[static_cast<unsigned char>(text[i])]];
    for (int32_t n = node; n > 0; n = dict[static_cast<size_t>(n)]) {
      for (int32_t o = output[static_cast<size_t>(n)]; o >= 0; o = outputs[static_cast<size_t>(o)].next) {
        const AtomTables::Output& out = outputs[static_cast<size_t>(o)];
        if ((out.left || out.right) &&
            !HasWordEdges(text, i + 1 - out.length, i + 1, EdgedAtom{{}, out.left, out.right})) {
          continue;
        }
        values->push_back(out.value);
      }
    }
  }
}

std::string AtomIndex::ToCxx() const {
  const AtomTables& t = tables_;
  std::ostringstream out;
  out << "namespace {\n\n";
  CxxArray(out, "uint8_t", "kAtomClassOf", t.class_of, t.class_of ? 256 : 0);
  CxxArray(out, "int32_t", "kAtomNext", t.next, static_cast<size_t>(t.nodes) * t.classes);
  CxxArray(out, "int32_t", "kAtomOutput", t.output, t.nodes);
  CxxArray(out, "int32_t", "kAtomDict", t.dict, t.nodes);
  out << "const AtomTables::Output kAtomOutputs[] = {";
  for (uint32_t i = 0; i < t.outputs_size; ++i) {
    const AtomTables::Output& o = t.outputs[i];
    out << (i % 6 == 0 ? "\n    " : "") << "{" << o.value << "," << o.next << "," << o.length << ","
        << (o.left ? "true" : "false") << "," << (o.right ? "true" : "false") << "},";
  }
  out << (t.outputs_size == 0 ? "{}" : "") << "};\n\n}  // namespace\n\n"
      << "const AtomTables* BuiltinAtomTables() {\n"
      << "  static const AtomTables kTables = {" << t.fingerprint << "ULL, " << t.atoms << ", kAtomClassOf, "
      << t.classes << ", " << t.nodes << ", kAtomNext, kAtomOutput, kAtomDict, " << t.outputs_size
      << ", kAtomOutputs};\n"
      << "  return " << (t.next ? "&kTables" : "nullptr") << ";\n}\n";
  return out.str();
}

}  // namespace santun
