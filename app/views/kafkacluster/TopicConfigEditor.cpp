#include "views/kafkacluster/TopicConfigEditor.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace mqkit;

bool isNonDefaultConfig(const KafkaConfigEntry& entry) {
    return entry.source != KafkaConfigSource::Default && entry.source != KafkaConfigSource::Unknown;
}

QString configValueText(const KafkaConfigEntry& entry) {
    if (entry.sensitive)
        return QCoreApplication::translate("TopicConfigEditor", "(sensitive)");
    return entry.value.value_or(QCoreApplication::translate("TopicConfigEditor", "(null)"));
}

std::vector<KafkaConfigEntry> nonDefaultFirst(std::vector<KafkaConfigEntry> configs) {
    std::stable_sort(configs.begin(), configs.end(), [](const KafkaConfigEntry& a, const KafkaConfigEntry& b) {
        const bool ad = isNonDefaultConfig(a), bd = isNonDefaultConfig(b);
        return ad != bd ? ad : a.name < b.name;
    });
    return configs;
}

TopicConfigEditor::TopicConfigEditor(const QString& topic, const std::vector<KafkaConfigEntry>& configs, QWidget* parent)
    : QDialog(parent), m_topic(topic), m_table(new QTableWidget(this)), m_diff(new QTableWidget(this)),
      m_message(new QLabel(this)), m_removeOverride(new QPushButton(tr("Remove override"), this)),
      m_preview(new QPushButton(tr("Preview changes"), this)), m_apply(new QPushButton(tr("Apply"), this)) {
    setWindowTitle(tr("Configs of topic %1").arg(topic));
    resize(760, 620);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Config"), tr("Value"), tr("Source")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_diff->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setWordWrap(true);
    m_apply->setEnabled(false);
    auto* hint = new QLabel(tr("Edit values, then preview: nothing changes on the cluster until you apply the plan shown "
                               "below. Bold: not Kafka's default."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_removeOverride);
    buttons->addStretch();
    buttons->addWidget(m_preview);
    buttons->addWidget(m_apply);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(close);
    // Enter edits a value; it never presses a button by accident.
    for (auto* b : {m_removeOverride, m_preview, m_apply})
        b->setAutoDefault(false);
    close->setAutoDefault(false);
    auto* diffPane = new QWidget(this);
    auto* diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(new QLabel(tr("Plan (what Apply sends, from the topic's current dynamic configs):"), diffPane));
    diffLayout->addWidget(m_diff);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(diffPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    fill(configs);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { editsChanged(); });
    connect(m_removeOverride, &QPushButton::clicked, this, &TopicConfigEditor::removeSelectedOverride);
    connect(m_preview, &QPushButton::clicked, this, &TopicConfigEditor::preview);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_plan)
            return;
        m_apply->setEnabled(false);
        m_message->setText(tr("Applying…"));
        emit applyRequested(*m_plan);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void TopicConfigEditor::fill(const std::vector<KafkaConfigEntry>& configs) {
    m_filling = true;
    m_configs = nonDefaultFirst(configs);
    m_removed.clear();
    m_table->setRowCount(static_cast<int>(m_configs.size()));
    for (int r = 0; r < static_cast<int>(m_configs.size()); ++r) {
        const auto& e = m_configs[static_cast<size_t>(r)];
        auto* key = new QTableWidgetItem(e.name);
        auto* value = new QTableWidgetItem(configValueText(e));
        auto* source = new QTableWidgetItem(configSourceName(e.source));
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        source->setFlags(source->flags() & ~Qt::ItemIsEditable);
        if (e.readOnly || e.sensitive)
            value->setFlags(value->flags() & ~Qt::ItemIsEditable);
        QFont font = key->font();
        font.setBold(isNonDefaultConfig(e));
        for (auto* item : {key, value, source})
            item->setFont(font);
        m_table->setItem(r, KeyColumn, key);
        m_table->setItem(r, ValueColumn, value);
        m_table->setItem(r, SourceColumn, source);
    }
    m_filling = false;
}

int TopicConfigEditor::rowOf(const QString& key) const {
    for (int r = 0; r < static_cast<int>(m_configs.size()); ++r)
        if (m_configs[static_cast<size_t>(r)].name == key)
            return r;
    return -1;
}

KafkaConfigAlterRequest TopicConfigEditor::alterRequest() const {
    KafkaConfigAlterRequest request;
    for (int r = 0; r < static_cast<int>(m_configs.size()); ++r) {
        const auto& e = m_configs[static_cast<size_t>(r)];
        if (m_removed.count(e.name)) {
            request.remove << e.name;
            continue;
        }
        const QString text = m_table->item(r, ValueColumn)->text();
        if (!e.readOnly && !e.sensitive && text != configValueText(e))
            request.set[e.name] = text;
    }
    return request;
}

void TopicConfigEditor::editsChanged() {
    if (m_filling)
        return;
    // A plan answers the edits it was computed for: any further edit needs a new preview.
    m_plan.reset();
    m_apply->setEnabled(false);
    m_diff->clear();
    m_diff->setRowCount(0);
    m_diff->setColumnCount(0);
    m_message->clear();
    m_message->setStyleSheet(QString());
}

void TopicConfigEditor::removeSelectedOverride() {
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    const auto& e = m_configs[static_cast<size_t>(r)];
    if (e.source != KafkaConfigSource::DynamicTopic) {
        m_message->setText(tr("%1 is not set on this topic: there is no override to remove").arg(e.name));
        return;
    }
    m_removed.insert(e.name);
    m_filling = true;
    m_table->item(r, ValueColumn)->setText(tr("(default after apply)"));
    m_table->item(r, ValueColumn)->setFlags(m_table->item(r, ValueColumn)->flags() & ~Qt::ItemIsEditable);
    m_filling = false;
    editsChanged();
}

void TopicConfigEditor::preview() {
    const KafkaConfigAlterRequest request = alterRequest();
    if (request.set.empty() && request.remove.isEmpty()) {
        m_message->setText(tr("Nothing changed: edit a value or remove an override first"));
        return;
    }
    m_message->setText(tr("Planning…"));
    emit previewRequested(request);
}

void TopicConfigEditor::showPlan(const KafkaConfigPlan& plan) {
    m_message->setStyleSheet(QString());
    const Plan items = configChangePlan(plan);
    const QStringList headers = items.headers();
    const auto rows = items.rows();
    m_diff->clear();
    m_diff->setColumnCount(static_cast<int>(headers.size()));
    m_diff->setHorizontalHeaderLabels(headers);
    m_diff->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r)
        for (int c = 0; c < static_cast<int>(rows[static_cast<size_t>(r)].size()); ++c)
            m_diff->setItem(r, c, new QTableWidgetItem(rows[static_cast<size_t>(r)][c]));
    m_diff->resizeColumnsToContents();
    m_plan = plan;
    m_apply->setEnabled(items.hasChanges());
    m_message->setText(items.hasChanges() ? tr("Plan: %1. Apply sends exactly this.").arg(items.summary())
                                          : tr("The topic already has these values: nothing to apply"));
}

void TopicConfigEditor::showApplied(const std::vector<KafkaConfigEntry>& configs) {
    m_message->setStyleSheet(QString());
    const QString summary = m_plan ? configChangePlan(*m_plan).summary() : QString();
    fill(configs);
    m_plan.reset();
    m_apply->setEnabled(false);
    m_message->setText(tr("Applied (%1); the values above are read back from the cluster").arg(summary));
}

void TopicConfigEditor::showError(const QString& message) {
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_apply->setEnabled(m_plan.has_value());
}
