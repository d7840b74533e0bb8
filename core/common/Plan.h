#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace mqkit {

class JsonWriter;

// Plan, then apply, as terraform does: every command that changes a broker (config alter, offset
// reset, retained clear, provisioning) first computes a Plan against the live state, prints it the
// same way (a table or JSON, `+ create`, `~ update`, `- delete`), and changes nothing unless the
// user asked to execute it. Applying goes item by item and records each item's outcome.

enum class PlanAction { Create, Update, Delete, Keep };
QString planActionName(PlanAction action);  // "create", "update", "delete", "keep"
QString planActionSymbol(PlanAction action); // "+", "~", "-", "="

enum class PlanOutcome { Planned, Applied, Failed, Skipped };
QString planOutcomeName(PlanOutcome outcome); // "planned", "applied", "failed", "skipped"

struct PlanItem {
    QString target;                // what changes: a config key, "topic:partition", an MQTT topic ...
    std::optional<QString> before; // absent: does not exist now
    std::optional<QString> after;  // absent: will not exist
    PlanAction action = PlanAction::Update;
    QString note; // clamped, fallback, a warning ...
    bool hidden = false; // before/after are not real values (a sensitive config): no undo for it
    // Domain fields for JSON and custom columns, in order (e.g. "log_start": 0). Never secrets.
    std::vector<std::pair<QString, QJsonValue>> details;
    PlanOutcome outcome = PlanOutcome::Planned;
    QString error; // Failed: why

    QJsonValue detail(const QString& name) const; // Undefined when absent
    // "+", "~", "-" from before/after: absent before is a create, absent after a delete, equal a keep.
    static PlanAction actionFor(const std::optional<QString>& before, const std::optional<QString>& after);
};

// The one confirmation rule: a plan is a dry run unless the user asked to execute it.
enum class PlanMode { DryRun, Execute };
inline PlanMode planMode(bool execute) {
    return execute ? PlanMode::Execute : PlanMode::DryRun;
}

// One column of a plan's table: a header and how to show an item in it.
struct PlanColumn {
    QString header;
    std::function<QString(const PlanItem&)> cell;
};

class Plan {
public:
    Plan() = default;
    explicit Plan(QString subject) : m_subject(std::move(subject)) {}

    const QString& subject() const { return m_subject; } // "topic 'orders'", "consumer group 'billing'" ...
    std::vector<PlanItem>& items() { return m_items; }
    const std::vector<PlanItem>& items() const { return m_items; }
    PlanItem& add(PlanItem item);

    std::size_t count(PlanAction action) const;
    std::size_t count(PlanOutcome outcome) const;
    std::size_t changes() const; // items that are not Keep
    bool hasChanges() const { return changes() > 0; }
    QString summary() const; // "1 to create, 2 to update, 0 to delete"

    // Applies the items in order: `apply` changes one item and throws mqkit::Error to fail it. Keep
    // items are left Planned. With stopOnError the items after the first failure are Skipped.
    // Returns how many were applied.
    std::size_t apply(const std::function<void(const PlanItem&)>& apply, bool stopOnError = false);
    // Applies every changing item with one call (a batched request): all Applied, or all Failed
    // with the error, which is then rethrown.
    void applyAll(const std::function<void()>& apply);

    // Text forms. columns() is terraform's: ACTION (+ ~ - =), TARGET, BEFORE, AFTER, NOTE.
    static std::vector<PlanColumn> defaultColumns();
    QStringList headers(const std::vector<PlanColumn>& columns = defaultColumns()) const;
    std::vector<QStringList> rows(const std::vector<PlanColumn>& columns = defaultColumns()) const;
    // One line per changing item: "target: before -> after", "(not set)" and "(deleted)" for absent values.
    QStringList diffLines() const;
    QStringList targets() const;

    // The items as a JSON array: {"action", "target", "before", "after", "note", ["result", "error"], details...}.
    void writeItemsJson(JsonWriter& w, const QString& targetKey = QStringLiteral("target")) const;
    // {"subject", "executed", "summary": {"create", "update", "delete"}, "items": [...]}
    void writeJson(JsonWriter& w, bool executed) const;

    // The plan that restores the state before this one: before and after swapped, create <-> delete.
    // Where the old state cannot be written down (a hidden value) the item is left out.
    Plan inverse() const;

private:
    QString m_subject;
    std::vector<PlanItem> m_items;
};

} // namespace mqkit
