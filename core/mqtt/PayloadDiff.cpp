#include "mqtt/PayloadDiff.h"

#include "mqtt/PayloadView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mqkit {

namespace {

QString jsonText(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default: { // a scalar: wrap it in an array to let Qt spell it, then unwrap
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    }
}

bool isIdentifier(const QString& key) {
    if (key.isEmpty() || key.front().isDigit())
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
}

QString keyPath(const QString& parent, const QString& key) {
    if (isIdentifier(key))
        return parent + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return parent + QLatin1String("['") + quoted + QLatin1String("']");
}

void diffValue(const QString& path, const QJsonValue& a, const QJsonValue& b, std::vector<DiffEntry>& out);

void diffObjects(const QString& path, const QJsonObject& a, const QJsonObject& b, std::vector<DiffEntry>& out) {
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QString p = keyPath(path, it.key());
        if (!b.contains(it.key()))
            out.push_back({DiffOp::Removed, p, jsonText(it.value()), {}});
        else
            diffValue(p, it.value(), b.value(it.key()), out);
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            out.push_back({DiffOp::Added, keyPath(path, it.key()), {}, jsonText(it.value())});
}

void diffArrays(const QString& path, const QJsonArray& a, const QJsonArray& b, std::vector<DiffEntry>& out) {
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i)
        diffValue(path + QStringLiteral("[%1]").arg(i), a.at(i), b.at(i), out);
    for (qsizetype i = common; i < a.size(); ++i)
        out.push_back({DiffOp::Removed, path + QStringLiteral("[%1]").arg(i), jsonText(a.at(i)), {}});
    for (qsizetype i = common; i < b.size(); ++i)
        out.push_back({DiffOp::Added, path + QStringLiteral("[%1]").arg(i), {}, jsonText(b.at(i))});
}

void diffValue(const QString& path, const QJsonValue& a, const QJsonValue& b, std::vector<DiffEntry>& out) {
    if (a.isObject() && b.isObject())
        return diffObjects(path, a.toObject(), b.toObject(), out);
    if (a.isArray() && b.isArray())
        return diffArrays(path, a.toArray(), b.toArray(), out);
    if (a != b)
        out.push_back({DiffOp::Changed, path, jsonText(a), jsonText(b)});
}

QStringList splitLines(const QByteArray& payload) {
    QString text = renderText(payload).text;
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.split(u'\n');
}

} // namespace

std::size_t PayloadDiff::changes() const {
    return static_cast<std::size_t>(
        std::count_if(entries.begin(), entries.end(), [](const DiffEntry& e) { return e.op != DiffOp::Same; }));
}

QStringList PayloadDiff::lines() const {
    QStringList out;
    for (const DiffEntry& e : entries) {
        if (json) {
            if (e.op == DiffOp::Changed)
                out << QStringLiteral("~ %1: %2 -> %3").arg(e.path, e.before, e.after);
            else if (e.op == DiffOp::Added)
                out << QStringLiteral("+ %1: %2").arg(e.path, e.after);
            else if (e.op == DiffOp::Removed)
                out << QStringLiteral("- %1: %2").arg(e.path, e.before);
        } else {
            const QString sign = e.op == DiffOp::Added ? QStringLiteral("+ ")
                                 : e.op == DiffOp::Removed ? QStringLiteral("- ")
                                                           : QStringLiteral("  ");
            out << sign + (e.op == DiffOp::Added ? e.after : e.before);
        }
    }
    if (changes() == 0)
        out << QStringLiteral("(no differences)");
    return out;
}

std::vector<DiffEntry> diffJson(const QJsonValue& before, const QJsonValue& after) {
    std::vector<DiffEntry> out;
    diffValue(QStringLiteral("$"), before, after, out);
    return out;
}

// Common prefix and suffix are taken off first; the middle gets the classic LCS table.
PayloadDiff diffLines(const QStringList& beforeAll, const QStringList& afterAll, qsizetype maxLines) {
    PayloadDiff d;
    d.truncated = beforeAll.size() > maxLines || afterAll.size() > maxLines;
    const QStringList a = beforeAll.mid(0, maxLines);
    const QStringList b = afterAll.mid(0, maxLines);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    // lcs[i][j]: length of the LCS of a[prefix+i..] and b[prefix+j..] (middle parts only)
    std::vector<std::vector<int>> lcs(static_cast<std::size_t>(n + 1), std::vector<int>(static_cast<std::size_t>(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j) {
            const auto ui = static_cast<std::size_t>(i), uj = static_cast<std::size_t>(j);
            lcs[ui][uj] = a[prefix + i] == b[prefix + j] ? lcs[ui + 1][uj + 1] + 1 : std::max(lcs[ui + 1][uj], lcs[ui][uj + 1]);
        }
    for (qsizetype i = 0; i < prefix; ++i)
        d.entries.push_back({DiffOp::Same, {}, a[i], a[i]});
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        const auto ui = static_cast<std::size_t>(i), uj = static_cast<std::size_t>(j);
        if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
            d.entries.push_back({DiffOp::Same, {}, a[prefix + i], a[prefix + i]});
            ++i, ++j;
        } else if (i < n && (j == m || lcs[ui + 1][uj] >= lcs[ui][uj + 1])) {
            d.entries.push_back({DiffOp::Removed, {}, a[prefix + i++], {}}); // removals before additions
        } else {
            d.entries.push_back({DiffOp::Added, {}, {}, b[prefix + j++]});
        }
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        d.entries.push_back({DiffOp::Same, {}, a[k], a[k]});
    return d;
}

PayloadDiff diffPayloads(const QByteArray& before, const QByteArray& after) {
    const auto a = parseJsonPayload(before);
    const auto b = parseJsonPayload(after);
    if (a && b) {
        PayloadDiff d;
        d.json = true;
        d.entries = diffJson(*a, *b);
        return d;
    }
    return diffLines(splitLines(before), splitLines(after));
}

} // namespace mqkit
