#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace mqkit {

// The difference between two payloads of a topic, for the GUI's message pane. When both are JSON
// the diff is by value: one entry per JSON path that was added, removed or changed ("$.a.b",
// "$.list[2]"), key order and number spelling ignored (keys are listed alphabetically, additions
// after the rest). Otherwise it is a line diff (longest common
// subsequence), every line kept, marked unchanged, added or removed.

enum class DiffOp { Same, Added, Removed, Changed };

struct DiffEntry {
    DiffOp op = DiffOp::Same;
    QString path;   // JSON diff: the path of the value; line diff: empty
    QString before; // JSON: the old value as compact JSON; lines: the line (Same, Removed)
    QString after;  // JSON: the new value as compact JSON; lines: the line (Same, Added)
};

struct PayloadDiff {
    bool json = false;            // both payloads were JSON: entries are by path
    bool truncated = false;       // a line diff of very long payloads compared only their first lines
    std::vector<DiffEntry> entries; // JSON: only what differs; lines: every line
    std::size_t changes() const;   // entries that are not Same
    // Readable lines: JSON "~ $.t: 21.5 -> 22", "+ $.new: 1", "- $.old: true";
    // lines "  same", "- old", "+ new". "(no differences)" when nothing differs.
    QStringList lines() const;
};

PayloadDiff diffPayloads(const QByteArray& before, const QByteArray& after);
std::vector<DiffEntry> diffJson(const QJsonValue& before, const QJsonValue& after);
// Line diff; inputs longer than maxLines lines each are cut there (the result says so).
PayloadDiff diffLines(const QStringList& before, const QStringList& after, qsizetype maxLines = 2000);

} // namespace mqkit
