#include "engine/atom_index.h"

#include <queue>

#include "ruleset/atom_edges.h"

namespace santun {

void AtomIndex::Add(std::string_view atom, uint32_t value) {
  const EdgedAtom a = SplitWordEdges(atom);
  if (!a.text.empty()) pending_.push_back({std::string(a.text), value, a.left, a.right});
}

void AtomIndex::Build() {
  for (const Pending& p : pending_) {
    for (char ch : p.atom) {
      uint8_t& c = class_of_[static_cast<unsigned char>(ch)];
      if (c == 0) c = static_cast<uint8_t>(classes_++);
    }
  }
  const size_t k = static_cast<size_t>(classes_);
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
}

void AtomIndex::Scan(std::string_view text, std::vector<uint32_t>* values) const {
  if (next_.empty()) return;
  const size_t k = static_cast<size_t>(classes_);
  int32_t node = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    node = next_[static_cast<size_t>(node) * k + class_of_[static_cast<unsigned char>(text[i])]];
    for (int32_t n = node; n > 0; n = dict_[static_cast<size_t>(n)]) {
      for (int32_t o = output_[static_cast<size_t>(n)]; o >= 0; o = outputs_[static_cast<size_t>(o)].next) {
        const Output& out = outputs_[static_cast<size_t>(o)];
        if ((out.left || out.right) &&
            !HasWordEdges(text, i + 1 - out.length, i + 1, EdgedAtom{{}, out.left, out.right})) {
          continue;
        }
        values->push_back(out.value);
      }
    }
  }
}

}  // namespace santun
