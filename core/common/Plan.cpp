#include "common/Plan.h"

#include "common/Error.h"
#include "common/JsonWriter.h"

#include <algorithm>

namespace mqkit {

QString planActionName(PlanAction action) {
    switch (action) {
    case PlanAction::Create: return QStringLiteral("create");
    case PlanAction::Update: return QStringLiteral("update");
    case PlanAction::Delete: return QStringLiteral("delete");
    case PlanAction::Keep: break;
    }
    return QStringLiteral("keep");
}

QString planActionSymbol(PlanAction action) {
    switch (action) {
    case PlanAction::Create: return QStringLiteral("+");
    case PlanAction::Update: return QStringLiteral("~");
    case PlanAction::Delete: return QStringLiteral("-");
    case PlanAction::Keep: break;
    }
    return QStringLiteral("=");
}

QString planOutcomeName(PlanOutcome outcome) {
    switch (outcome) {
    case PlanOutcome::Planned: return QStringLiteral("planned");
    case PlanOutcome::Applied: return QStringLiteral("applied");
    case PlanOutcome::Failed: return QStringLiteral("failed");
    case PlanOutcome::Skipped: break;
    }
    return QStringLiteral("skipped");
}

QJsonValue PlanItem::detail(const QString& name) const {
    for (const auto& [key, value] : details)
        if (key == name)
            return value;
    return QJsonValue(QJsonValue::Undefined);
}

PlanAction PlanItem::actionFor(const std::optional<QString>& before, const std::optional<QString>& after) {
    if (!before && after)
        return PlanAction::Create;
    if (before && !after)
        return PlanAction::Delete;
    return before == after ? PlanAction::Keep : PlanAction::Update;
}

PlanItem& Plan::add(PlanItem item) {
    m_items.push_back(std::move(item));
    return m_items.back();
}

std::size_t Plan::count(PlanAction action) const {
    return static_cast<std::size_t>(
        std::count_if(m_items.begin(), m_items.end(), [&](const PlanItem& i) { return i.action == action; }));
}

std::size_t Plan::count(PlanOutcome outcome) const {
    return static_cast<std::size_t>(
        std::count_if(m_items.begin(), m_items.end(), [&](const PlanItem& i) { return i.outcome == outcome; }));
}

std::size_t Plan::changes() const {
    return m_items.size() - count(PlanAction::Keep);
}

QString Plan::summary() const {
    return QStringLiteral("%1 to create, %2 to update, %3 to delete")
        .arg(count(PlanAction::Create))
        .arg(count(PlanAction::Update))
        .arg(count(PlanAction::Delete));
}

std::size_t Plan::apply(const std::function<void(const PlanItem&)>& apply, bool stopOnError) {
    std::size_t applied = 0;
    bool stopped = false;
    for (auto& item : m_items) {
        if (item.action == PlanAction::Keep)
            continue;
        if (stopped) {
            item.outcome = PlanOutcome::Skipped;
            continue;
        }
        try {
            apply(item);
            item.outcome = PlanOutcome::Applied;
            ++applied;
        } catch (const Error& e) {
            item.outcome = PlanOutcome::Failed;
            item.error = e.message();
            stopped = stopOnError;
        }
    }
    return applied;
}

void Plan::applyAll(const std::function<void()>& apply) {
    try {
        apply();
    } catch (const Error& e) {
        for (auto& item : m_items)
            if (item.action != PlanAction::Keep) {
                item.outcome = PlanOutcome::Failed;
                item.error = e.message();
            }
        throw;
    }
    for (auto& item : m_items)
        if (item.action != PlanAction::Keep)
            item.outcome = PlanOutcome::Applied;
}

std::vector<PlanColumn> Plan::defaultColumns() {
    const auto orDash = [](const std::optional<QString>& v) { return v ? *v : QStringLiteral("-"); };
    return {
        {QStringLiteral("ACTION"), [](const PlanItem& i) { return planActionSymbol(i.action); }},
        {QStringLiteral("TARGET"), [](const PlanItem& i) { return i.target; }},
        {QStringLiteral("BEFORE"), [orDash](const PlanItem& i) { return orDash(i.before); }},
        {QStringLiteral("AFTER"), [orDash](const PlanItem& i) { return orDash(i.after); }},
        {QStringLiteral("NOTE"), [](const PlanItem& i) { return i.note.isEmpty() ? QStringLiteral("-") : i.note; }},
    };
}

QStringList Plan::headers(const std::vector<PlanColumn>& columns) const {
    QStringList out;
    for (const auto& c : columns)
        out << c.header;
    return out;
}

std::vector<QStringList> Plan::rows(const std::vector<PlanColumn>& columns) const {
    std::vector<QStringList> out;
    out.reserve(m_items.size());
    for (const auto& item : m_items) {
        QStringList row;
        for (const auto& c : columns)
            row << c.cell(item);
        out.push_back(row);
    }
    return out;
}

QStringList Plan::diffLines() const {
    QStringList out;
    for (const auto& item : m_items)
        if (item.action != PlanAction::Keep)
            out << QStringLiteral("%1: %2 -> %3")
                       .arg(item.target, item.before.value_or(QStringLiteral("(not set)")),
                            item.after.value_or(QStringLiteral("(deleted)")));
    return out;
}

QStringList Plan::targets() const {
    QStringList out;
    for (const auto& item : m_items)
        out << item.target;
    return out;
}

void Plan::writeItemsJson(JsonWriter& w, const QString& targetKey) const {
    w.beginArray();
    for (const auto& item : m_items) {
        w.beginObject().field("action", planActionName(item.action));
        w.key(targetKey).value(item.target);
        if (item.hidden)
            w.key("before").null().key("after").null();
        else
            w.field("before", item.before).field("after", item.after);
        w.field("note", item.note);
        if (item.outcome != PlanOutcome::Planned) {
            w.field("result", planOutcomeName(item.outcome));
            if (!item.error.isEmpty())
                w.field("error", item.error);
        }
        for (const auto& [key, value] : item.details)
            w.key(key).value(value);
        w.endObject();
    }
    w.endArray();
}

void Plan::writeJson(JsonWriter& w, bool executed) const {
    w.beginObject().field("subject", m_subject).field("executed", executed);
    w.key("summary")
        .beginObject()
        .field("create", count(PlanAction::Create))
        .field("update", count(PlanAction::Update))
        .field("delete", count(PlanAction::Delete))
        .endObject();
    w.key("items");
    writeItemsJson(w);
    w.endObject();
}

Plan Plan::inverse() const {
    Plan undo(m_subject);
    for (const auto& item : m_items) {
        if (item.action == PlanAction::Keep || item.hidden)
            continue;
        PlanItem back;
        back.target = item.target;
        back.before = item.after;
        back.after = item.before;
        back.action = PlanItem::actionFor(back.before, back.after);
        back.details = item.details;
        undo.add(std::move(back));
    }
    return undo;
}

} // namespace mqkit
