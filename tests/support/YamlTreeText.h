#pragma once

#include "common/YamlDocument.h"

#include <string>

namespace mqkit::test {

// A YamlNode and everything under it as one line of text (kind, line and bytes of every node), for
// comparing two readings of the same YAML: "3:{4:s4:name=4:s3:abc}" is a map on line 3 with one
// entry. A scalar carries its length, so any bytes compare exactly. Below `depth` levels it writes
// "..." (an alias inside its own anchored node makes a cycle).
inline std::string yamlTreeText(const YamlNode& node, int depth = 200) {
    if (!node)
        return "missing";
    if (depth == 0)
        return "...";
    std::string out = std::to_string(node.line()) + ':';
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return out + '~';
    case YamlNode::Kind::Scalar:
        return out + 's' + std::to_string(node.scalar().size()) + ':' + std::string(node.scalar());
    case YamlNode::Kind::Sequence:
        out += '[';
        for (std::size_t i = 0; i < node.size(); ++i)
            out += (i ? "," : "") + yamlTreeText(node.item(i), depth - 1);
        return out + ']';
    case YamlNode::Kind::Map:
        out += '{';
        for (std::size_t i = 0; i < node.size(); ++i)
            out += (i ? "," : "") + yamlTreeText(node.entry(i).key, depth - 1) + '=' + yamlTreeText(node.entry(i).value, depth - 1);
        return out + '}';
    }
    return out;
}

} // namespace mqkit::test
