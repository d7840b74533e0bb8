#include "common/YamlDocument.h"

#include "common/Error.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <limits>
#include <streambuf>

namespace mqkit {

namespace {
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
}

struct YamlDocumentData {
    struct Node {
        YamlNode::Kind kind;
        std::uint32_t line;  // 1-based
        std::uint32_t first; // a scalar's offset in `text`; a container's first index in `children`
        std::uint32_t count; // a scalar's length; a container's children (two per map entry)
    };
    std::vector<Node> nodes;
    std::vector<std::uint32_t> children; // each container's children back to back: items, or key, value, …
    std::string text;                    // every scalar back to back
    std::uint32_t root = kNone;

    const Node& at(std::uint32_t i) const { return nodes[i]; }
};

namespace {

// Builds the flat arrays, node by node in document order. A container's children are collected on
// a stack while it is open and copied into `children` when it closes, so that they end up
// contiguous.
class DocumentBuilder {
public:
    explicit DocumentBuilder(YamlDocumentData& data) : m_data(data) {}

    std::uint32_t null(int line) { return attach(newNode(YamlNode::Kind::Null, line, 0, 0)); }
    std::uint32_t scalar(int line, std::string_view value) {
        const auto offset = static_cast<std::uint32_t>(m_data.text.size());
        m_data.text += value;
        return attach(newNode(YamlNode::Kind::Scalar, line, offset, static_cast<std::uint32_t>(value.size())));
    }
    // A plain (unquoted) scalar: ~, null, Null, NULL and nothing are YAML's null.
    std::uint32_t plain(int line, std::string_view value) {
        const bool isNull = value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
        return isNull ? null(line) : scalar(line, value);
    }
    std::uint32_t open(YamlNode::Kind kind, int line) {
        const auto index = attach(newNode(kind, line, 0, 0));
        const std::size_t depth = m_openNodes.size();
        m_openNodes.push_back(index);
        if (m_open.size() <= depth)
            m_open.emplace_back();
        m_open[depth].clear();
        return index;
    }
    void close() {
        auto& node = m_data.nodes[m_openNodes.back()];
        m_openNodes.pop_back();
        const auto& kids = m_open[m_openNodes.size()];
        node.first = static_cast<std::uint32_t>(m_data.children.size());
        node.count = static_cast<std::uint32_t>(kids.size());
        m_data.children.insert(m_data.children.end(), kids.begin(), kids.end());
    }
    // Another reference to a node already built (a YAML alias).
    void share(std::uint32_t index) { attach(index); }

private:
    std::uint32_t newNode(YamlNode::Kind kind, int line, std::uint32_t first, std::uint32_t count) {
        m_data.nodes.push_back({kind, static_cast<std::uint32_t>(line), first, count});
        return static_cast<std::uint32_t>(m_data.nodes.size() - 1);
    }
    std::uint32_t attach(std::uint32_t index) {
        if (m_openNodes.empty())
            m_data.root = index;
        else
            m_open[m_openNodes.size() - 1].push_back(index);
        return index;
    }

    YamlDocumentData& m_data;
    std::vector<std::vector<std::uint32_t>> m_open; // the children of each open container, outermost first
    std::vector<std::uint32_t> m_openNodes;            // the open containers, outermost first
};

// yaml-cpp's parse events into a DocumentBuilder: all of YAML, with yaml-cpp's error messages.
class YamlCppEvents : public YAML::EventHandler {
public:
    explicit YamlCppEvents(DocumentBuilder& out) : m_out(out) {}

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { remember(anchor, m_out.null(line(mark))); }
    void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override { m_out.share(m_anchors.at(anchor)); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
        remember(anchor, m_out.scalar(line(mark), value));
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        remember(anchor, m_out.open(YamlNode::Kind::Sequence, line(mark)));
    }
    void OnSequenceEnd() override { m_out.close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
        remember(anchor, m_out.open(YamlNode::Kind::Map, line(mark)));
    }
    void OnMapEnd() override { m_out.close(); }

private:
    static int line(const YAML::Mark& mark) { return mark.line + 1; }
    void remember(YAML::anchor_t anchor, std::uint32_t index) {
        if (anchor == YAML::NullAnchor)
            return;
        if (m_anchors.size() <= anchor)
            m_anchors.resize(anchor + 1, kNone);
        m_anchors[anchor] = index; // yaml-cpp numbers a document's anchors 1, 2, …
    }

    DocumentBuilder& m_out;
    std::vector<std::uint32_t> m_anchors;
};

// Reads the subset of YAML that specs and route files are written in, several times faster than
// yaml-cpp's scanner, into the same nodes: block mappings and sequences, flow collections on one
// line, plain and quoted scalars on one line, comments. At anything else (anchors, tags, block and
// multi-line scalars, escapes, empty values, tabs, non-ASCII text, document markers, and every
// error) it says no and yaml-cpp reads the text instead, so it is a shortcut, never a second
// dialect. tests/fuzz/fuzz_yaml_document.cpp holds it to yaml-cpp's result.
class SubsetReader {
public:
    SubsetReader(std::string_view text, DocumentBuilder& out) : m_text(text), m_out(out) {}

    bool read() {
        const bool plainAscii = std::all_of(m_text.begin(), m_text.end(), [](char c) { return c == '\n' || (c >= 0x20 && c < 0x7f); });
        if (!plainAscii)
            return false;
        try {
            if (!skipToContent())
                return true; // only comments: no document
            blockNode(m_indent, 0);
            return m_end; // content left at a lower indentation than the first line's
        } catch (const NotInSubset&) {
            return false;
        }
    }

private:
    struct NotInSubset {};
    static constexpr int kMaxDepth = 64;

    [[noreturn]] static void bail() { throw NotInSubset{}; }
    char peek(std::size_t p) const { return p < m_text.size() ? m_text[p] : '\n'; }
    char peek() const { return peek(m_pos); }
    static bool blankOrEnd(char c) { return c == ' ' || c == '\n'; }
    int column() const { return static_cast<int>(m_pos - m_lineStart); }
    void skipSpaces() {
        while (peek() == ' ')
            ++m_pos;
    }
    bool startsSequenceEntry() const { return peek() == '-' && blankOrEnd(peek(m_pos + 1)); }

    // From a line's start to the first line with content; false at the end of the text.
    bool skipToContent() {
        while (m_pos < m_text.size()) {
            skipSpaces();
            const char c = peek();
            if (column() == 0 && (m_text.substr(m_pos, 3) == "---" || m_text.substr(m_pos, 3) == "..."))
                bail(); // document markers
            if (c != '\n' && c != '#') {
                m_indent = column();
                return true;
            }
            while (peek() != '\n')
                ++m_pos;
            nextLine();
        }
        m_end = true;
        return false;
    }
    void nextLine() {
        if (m_pos < m_text.size())
            ++m_pos;
        m_lineStart = m_pos;
        ++m_line;
    }
    // The rest of the line is blank or a comment; then on to the next line with content.
    void endLine() {
        skipSpaces();
        if (peek() == '#' && m_pos > 0 && m_text[m_pos - 1] == ' ') // a comment follows a space
            while (peek() != '\n')
                ++m_pos;
        if (peek() != '\n')
            bail();
        nextLine();
        skipToContent();
    }

    void blockNode(int indent, int depth) {
        if (depth > kMaxDepth)
            bail();
        if (startsSequenceEntry())
            return blockSequence(indent, depth);
        if (keyAhead())
            return blockMapping(indent, depth);
        inlineValue(depth);
        endLine();
    }

    void blockSequence(int indent, int depth) {
        m_out.open(YamlNode::Kind::Sequence, m_line);
        while (true) {
            ++m_pos; // '-'
            skipSpaces();
            if (peek() == '\n' || peek() == '#') {
                endLine();
                if (m_end || m_indent <= indent)
                    bail(); // an empty item
                blockNode(m_indent, depth + 1);
            } else {
                if (startsSequenceEntry())
                    bail(); // "- - x"
                blockNode(column(), depth + 1);
            }
            if (m_end || m_indent < indent)
                break;
            if (m_indent > indent)
                bail();
            if (!startsSequenceEntry())
                break; // a sequence at its mapping's indentation has ended
        }
        m_out.close();
    }

    void blockMapping(int indent, int depth) {
        m_out.open(YamlNode::Kind::Map, m_line);
        while (true) {
            key();
            skipSpaces();
            if (peek() == '\n' || peek() == '#') {
                endLine();
                if (!m_end && m_indent > indent)
                    blockNode(m_indent, depth + 1);
                else if (!m_end && m_indent == indent && startsSequenceEntry())
                    blockSequence(indent, depth + 1);
                else
                    bail(); // an empty value
            } else {
                if (startsSequenceEntry())
                    bail();
                inlineValue(depth + 1);
                endLine();
            }
            if (m_end || m_indent < indent)
                break;
            if (m_indent > indent || startsSequenceEntry())
                bail();
        }
        m_out.close();
    }

    // Whether the line goes on with "key:" (a plain or quoted scalar, then ": " or ":" at the end).
    bool keyAhead() const {
        const char c = peek();
        if (c == '\'' || c == '"') {
            const std::size_t end = quotedEnd(m_pos);
            return end != std::string_view::npos && peek(end) == ':' && blankOrEnd(peek(end + 1));
        }
        return plainStart() && peek(plainEnd(false)) == ':';
    }
    void key() {
        const int line = m_line;
        const std::size_t start = m_pos;
        if (peek() == '\'' || peek() == '"')
            m_out.scalar(line, quoted());
        else
            m_out.plain(line, plain(false));
        if (m_pos - start > 1024 || peek() != ':' || !blankOrEnd(peek(m_pos + 1)))
            bail();
        ++m_pos;
    }
    // A scalar or a flow collection, in block context, ending before the line's end or comment.
    void inlineValue(int depth) {
        const char c = peek();
        if (c == '[' || c == '{')
            return flowCollection(depth);
        if (c == '\'' || c == '"') {
            m_out.scalar(m_line, quoted());
            return;
        }
        m_out.plain(m_line, plain(false));
        if (peek() == ':')
            bail(); // "a: b: c"
    }

    void flowCollection(int depth) {
        if (depth > kMaxDepth)
            bail();
        const bool map = peek() == '{';
        const char close = map ? '}' : ']';
        m_out.open(map ? YamlNode::Kind::Map : YamlNode::Kind::Sequence, m_line);
        ++m_pos;
        skipSpaces();
        if (peek() == close) {
            ++m_pos;
            m_out.close();
            return;
        }
        while (true) {
            if (map) {
                flowNode(depth + 1);
                if (peek() != ':' || peek(m_pos + 1) != ' ')
                    bail(); // a key without a value, or "a":b
                m_pos += 2;
                skipSpaces();
            }
            flowNode(depth + 1);
            if (peek() == ':')
                bail(); // a single-pair mapping in a sequence, or "a: b: c"
            if (peek() == close)
                break;
            if (peek() != ',')
                bail();
            ++m_pos;
            skipSpaces();
            if (peek() == close)
                bail(); // a trailing comma
        }
        ++m_pos;
        m_out.close();
    }
    // A node in flow context; stops at the spaces before what follows it.
    void flowNode(int depth) {
        const char c = peek();
        if (c == '[' || c == '{')
            flowCollection(depth);
        else if (c == '\'' || c == '"')
            m_out.scalar(m_line, quoted());
        else
            m_out.plain(m_line, plain(true));
        skipSpaces();
    }

    bool plainStart() const {
        const char c = peek();
        if (c == ' ' || c == '\n' || std::string_view(",[]{}#&*!|>'\"%@`?:").find(c) != std::string_view::npos)
            return false;
        return c != '-' || !blankOrEnd(peek(m_pos + 1));
    }
    // Where the plain scalar at the position stops: at ": " (and in flow context at ":," ":]" ":}"
    // and any of ",?[]{}"), at " #" or at the line's end.
    std::size_t plainEnd(bool flow) const {
        for (std::size_t p = m_pos;; ++p) {
            const char c = peek(p);
            const char next = peek(p + 1);
            if (c == '\n' || (c == ' ' && next == '#'))
                return p;
            if (c == ':' && (blankOrEnd(next) || (flow && (next == ',' || next == ']' || next == '}'))))
                return p;
            if (flow && std::string_view(",?[]{}").find(c) != std::string_view::npos)
                return p;
        }
    }
    // A plain scalar on one line (see plainEnd), trailing spaces trimmed.
    std::string_view plain(bool flow) {
        if (!plainStart())
            bail();
        const std::size_t start = m_pos;
        const std::size_t p = plainEnd(flow);
        if (flow && (peek(p) == '?' || peek(p) == '[' || peek(p) == '{'))
            bail();
        m_pos = p;
        std::size_t end = p;
        while (end > start && m_text[end - 1] == ' ')
            --end;
        return m_text.substr(start, end - start);
    }
    // Where the quoted scalar starting at `p` ends (after its closing quote); npos when it does not
    // end on its line or has an escape.
    std::size_t quotedEnd(std::size_t p) const {
        const char quote = peek(p);
        for (++p; p < m_text.size(); ++p) {
            const char c = m_text[p];
            if (c == '\n' || (quote == '"' && c == '\\'))
                break;
            if (c == quote) {
                if (quote == '\'' && peek(p + 1) == '\'') {
                    ++p;
                    continue;
                }
                return p + 1;
            }
        }
        return std::string_view::npos;
    }
    std::string_view quoted() {
        const std::size_t end = quotedEnd(m_pos);
        if (end == std::string_view::npos)
            bail();
        const bool single = peek() == '\'';
        const std::string_view inner = m_text.substr(m_pos + 1, end - m_pos - 2);
        m_pos = end;
        if (single && inner.find("''") != std::string_view::npos) {
            m_unquoted.clear();
            for (std::size_t i = 0; i < inner.size(); ++i) {
                m_unquoted += inner[i];
                if (inner[i] == '\'')
                    ++i;
            }
            return m_unquoted;
        }
        return inner;
    }

    std::string_view m_text;
    DocumentBuilder& m_out;
    std::size_t m_pos = 0;
    std::size_t m_lineStart = 0;
    int m_line = 1;
    int m_indent = 0; // the current content line's
    bool m_end = false;
    std::string m_unquoted;
};

// An istream over bytes that stay where they are.
class ByteViewBuffer : public std::streambuf {
public:
    explicit ByteViewBuffer(const QByteArray& bytes) {
        char* begin = const_cast<char*>(bytes.constData());
        setg(begin, begin, begin + bytes.size());
    }
};

bool isFlexibleCase(std::string_view s) {
    const auto lower = [](std::string_view v) { return std::none_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; }); };
    const auto upper = [](std::string_view v) { return std::none_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; }); };
    return s.empty() || lower(s) || upper(s) || (upper(s.substr(0, 1)) && lower(s.substr(1)));
}

} // namespace

YamlNode::Kind YamlNode::kind() const {
    return m_data->at(m_index).kind;
}

int YamlNode::line() const {
    return m_data ? static_cast<int>(m_data->at(m_index).line) : 0;
}

std::string_view YamlNode::scalar() const {
    if (!isScalar())
        return {};
    const auto& n = m_data->at(m_index);
    return std::string_view(m_data->text).substr(n.first, n.count);
}

QString YamlNode::text() const {
    const auto s = scalar();
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::optional<bool> YamlNode::toBool() const {
    const auto s = scalar();
    if (!isScalar() || !isFlexibleCase(s))
        return std::nullopt;
    std::string lower(s);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    for (const char* yes : {"y", "yes", "true", "on"})
        if (lower == yes)
            return true;
    for (const char* no : {"n", "no", "false", "off"})
        if (lower == no)
            return false;
    return std::nullopt;
}

std::size_t YamlNode::size() const {
    if (isSequence())
        return m_data->at(m_index).count;
    if (isMap())
        return m_data->at(m_index).count / 2;
    return 0;
}

YamlNode YamlNode::item(std::size_t i) const {
    if (!isSequence() || i >= size())
        return {};
    return {m_data, m_data->children[m_data->at(m_index).first + i]};
}

YamlNode::Entry YamlNode::entry(std::size_t i) const {
    if (!isMap() || i >= size())
        return {};
    const auto first = m_data->at(m_index).first + 2 * i;
    return {{m_data, m_data->children[first]}, {m_data, m_data->children[first + 1]}};
}

YamlNode YamlNode::operator[](std::string_view key) const {
    for (std::size_t i = 0, n = size(); isMap() && i < n; ++i) {
        const Entry e = entry(i);
        if (e.key.isScalar() && e.key.scalar() == key)
            return e.value;
    }
    return {};
}

YamlDocument::YamlDocument(const QByteArray& text, const QString& name, Reader reader)
    : m_data(std::make_unique<YamlDocumentData>()) {
    if (reader == Reader::SubsetFirst) {
        DocumentBuilder builder(*m_data);
        m_bySubsetReader = SubsetReader(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), builder).read();
        if (m_bySubsetReader)
            return;
        *m_data = YamlDocumentData();
    }
    ByteViewBuffer buffer(text);
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        DocumentBuilder builder(*m_data);
        YamlCppEvents events(builder);
        parser.HandleNextDocument(events);
    } catch (const YAML::Exception& e) {
        throw Error(ErrorKind::Usage,
                    QStringLiteral("%1:%2: %3").arg(name).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
    }
}

YamlDocument::~YamlDocument() = default;
YamlDocument::YamlDocument(YamlDocument&&) noexcept = default;
YamlDocument& YamlDocument::operator=(YamlDocument&&) noexcept = default;

YamlNode YamlDocument::root() const {
    if (m_data->root == kNone)
        return {};
    return {m_data.get(), m_data->root};
}

} // namespace mqkit
