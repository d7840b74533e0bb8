#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mqkit {

struct YamlDocumentData;

// One node of a YamlDocument: a view (the document and an index), cheap to copy, valid while the
// document lives. A missing node (absent key, default-constructed) tests false.
class YamlNode {
public:
    enum class Kind : std::uint8_t { Null, Scalar, Sequence, Map };
    struct Entry;

    YamlNode() = default;

    explicit operator bool() const { return m_data != nullptr; }
    Kind kind() const;
    bool isNull() const { return m_data && kind() == Kind::Null; }
    bool isScalar() const { return m_data && kind() == Kind::Scalar; }
    bool isSequence() const { return m_data && kind() == Kind::Sequence; }
    bool isMap() const { return m_data && kind() == Kind::Map; }
    int line() const; // 1-based; 0 for a missing node

    std::string_view scalar() const; // empty unless a scalar
    QString text() const;            // the scalar as text
    // YAML's booleans as yaml-cpp reads them: y/n, yes/no, true/false, on/off in lower, UPPER or
    // Capitalized case; std::nullopt for anything else.
    std::optional<bool> toBool() const;

    std::size_t size() const;            // a map's entries, a sequence's items; 0 otherwise
    YamlNode item(std::size_t i) const;  // a sequence's item
    Entry entry(std::size_t i) const;    // a map's entry
    // A map's value for the first key equal to `key`; a missing node when absent or not a map.
    YamlNode operator[](std::string_view key) const;

private:
    friend class YamlDocument;
    YamlNode(const YamlDocumentData* data, std::uint32_t index) : m_data(data), m_index(index) {}

    const YamlDocumentData* m_data = nullptr;
    std::uint32_t m_index = 0;
};

struct YamlNode::Entry {
    YamlNode key;
    YamlNode value;
};

// The first YAML document of a text, in flat arrays: a node is 16 bytes and the scalars share one
// buffer, where yaml-cpp's own node tree takes several allocations per node and spends as long
// building and freeing it as scanning the text. Aliases share the anchored node, as in yaml-cpp.
//
// Text in the subset of YAML that specs are written in (block collections, one-line flow
// collections and scalars, comments; ASCII) is read by a reader of our own, about ten times faster
// than yaml-cpp's scanner (a 900 KB spec in 15 ms instead of 170 ms); anything else, including
// every error, by yaml-cpp's event parser. Both give the same nodes (tests/fuzz/fuzz_yaml_document
// and tst_yaml_document hold the subset reader to yaml-cpp).
class YamlDocument {
public:
    enum class Reader {
        SubsetFirst, // the subset reader, yaml-cpp for what it does not read
        YamlCppOnly, // yaml-cpp for everything (tests comparing the two)
    };

    // Throws Error(Usage) "name:line: what yaml-cpp says" for text that is not YAML.
    YamlDocument(const QByteArray& text, const QString& name, Reader reader = Reader::SubsetFirst);
    ~YamlDocument();
    YamlDocument(YamlDocument&&) noexcept;
    YamlDocument& operator=(YamlDocument&&) noexcept;

    YamlNode root() const; // missing for an empty text
    bool readBySubsetReader() const { return m_bySubsetReader; }

private:
    std::unique_ptr<YamlDocumentData> m_data;
    bool m_bySubsetReader = false;
};

} // namespace mqkit
