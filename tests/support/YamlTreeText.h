#pragma once

#include "common/YamlDocument.h"

#include <string>

namespace mqkit::test {

namespace detail {
inline void appendYamlTree(std::string& out, const YamlNode& node, int depth, std::size_t& budget) {
    if (!node) {
        out += "missing";
        return;
    }
    if (depth == 0 || budget == 0) {
        out += "...";
        return;
    }
    --budget;
    out += std::to_string(node.line()) + ':';
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        out += '~';
        return;
    case YamlNode::Kind::Scalar:
        out += 's' + std::to_string(node.scalar().size()) + ':' + std::string(node.scalar());
        return;
    case YamlNode::Kind::Sequence:
        out += '[';
        for (std::size_t i = 0; i < node.size(); ++i) {
            out += i ? "," : "";
            appendYamlTree(out, node.item(i), depth - 1, budget);
        }
        out += ']';
        return;
    case YamlNode::Kind::Map:
        out += '{';
        for (std::size_t i = 0; i < node.size(); ++i) {
            out += i ? "," : "";
            appendYamlTree(out, node.entry(i).key, depth - 1, budget);
            out += '=';
            appendYamlTree(out, node.entry(i).value, depth - 1, budget);
        }
        out += '}';
        return;
    }
}
} // namespace detail

// A YamlNode and everything under it as one line of text (kind, line and bytes of every node), for
// comparing two readings of the same YAML: "3:{4:s4:name=4:s3:abc}" is a map on line 3 with one
// entry. A scalar carries its length, so any bytes compare exactly. Past 200 levels or 100,000
// nodes it writes "..." (aliases repeat nodes, and an alias inside its own anchor is a cycle).
inline std::string yamlTreeText(const YamlNode& node) {
    std::string out;
    std::size_t budget = 100000;
    detail::appendYamlTree(out, node, 200, budget);
    return out;
}

} // namespace mqkit::test
