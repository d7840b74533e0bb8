#include "views/kafkacluster/KafkaClusterView.h"

#include "backend/KafkaConnection.h"
#include "common/Error.h"
#include "kafka/KafkaConfigAlter.h"
#include "models/KafkaTopicsModel.h"
#include "views/kafkacluster/TopicConfigEditor.h"
#include "views/kafkacluster/TopicDialogs.h"

#include <QHBoxLayout>
#include <algorithm>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

using namespace mqkit;

namespace {

const QString kSlotPrefix = QStringLiteral("cluster.");

QString idList(const std::vector<int>& ids) {
    QStringList out;
    for (int id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QString offsetText(std::int64_t v) {
    return v < 0 ? QStringLiteral("-") : QString::number(v);
}

QTableWidget* readOnlyTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, bool bold = false) {
    for (int c = 0; c < static_cast<int>(cells.size()); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (bold) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
        table->setItem(row, c, item);
    }
}

// The rack a broker was given (broker.rack), empty when none or when its configs cannot be read.
QString brokerRack(KafkaAdmin& admin, int brokerId) {
    try {
        for (const auto& e : admin.describeConfigs({KafkaConfigResourceType::Broker, QString::number(brokerId)}))
            if (e.name == QLatin1String("broker.rack"))
                return e.value.value_or(QString());
    } catch (const Error&) {
        // A user without DescribeConfigs on the cluster still sees the brokers.
    }
    return {};
}

} // namespace

struct KafkaClusterView::Overview {
    KafkaClusterInfo cluster;
    std::map<int, QString> racks;
    std::vector<KafkaTopicDescription> topics;
};

struct KafkaClusterView::Detail {
    KafkaTopicDescription topic;
    std::vector<KafkaConfigEntry> configs;
};

KafkaClusterView::KafkaClusterView(KafkaConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_model(new KafkaTopicsModel(this)), m_proxy(new QSortFilterProxyModel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(KafkaTopicsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildTopicsPane());
    splitter->addWidget(buildDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_message = new QLabel(this);
    m_message->setWordWrap(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildClusterPane());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    connect(connection, &KafkaConnection::opened, this, [this] {
        m_model->setTopics({});
        m_selected.clear();
        refresh();
    });
    connect(connection, &KafkaConnection::requestFailed, this, &KafkaClusterView::showFailure);
    topicSelectionChanged();
}

QWidget* KafkaClusterView::buildClusterPane() {
    auto* pane = new QWidget(this);
    m_clusterLabel = new QLabel(tr("Not connected"), pane);
    m_clusterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_brokers = readOnlyTable({tr("Broker"), tr("Host:port"), tr("Rack"), tr("Role")}, pane);
    fitBrokersTable();
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_clusterLabel);
    layout->addWidget(m_brokers);
    return pane;
}

// As high as its rows (a few brokers), up to five; the topics get the rest.
void KafkaClusterView::fitBrokersTable() {
    const int shown = std::clamp(m_brokers->rowCount(), 1, 5);
    m_brokers->setFixedHeight(m_brokers->horizontalHeader()->sizeHint().height() +
                              shown * m_brokers->verticalHeader()->defaultSectionSize() + 2 * m_brokers->frameWidth());
    m_brokers->setVerticalScrollBarPolicy(m_brokers->rowCount() > 5 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

QWidget* KafkaClusterView::buildTopicsPane() {
    auto* pane = new QWidget(this);
    m_refreshButton = new QPushButton(tr("Refresh"), pane);
    m_createButton = new QPushButton(tr("Create topic…"), pane);
    m_filter = new QLineEdit(pane);
    m_filter->setPlaceholderText(tr("Filter topics"));
    m_filter->setClearButtonEnabled(true);
    m_topics = new QTableView(pane);
    m_topics->setModel(m_proxy);
    m_topics->setSortingEnabled(true);
    m_topics->sortByColumn(KafkaTopicsModel::NameColumn, Qt::AscendingOrder);
    m_topics->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topics->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topics->setWordWrap(false);
    m_topics->verticalHeader()->hide();
    m_topics->verticalHeader()->setDefaultSectionSize(m_topics->fontMetrics().height() + 8);
    m_topics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topics->horizontalHeader()->setSectionResizeMode(KafkaTopicsModel::NameColumn, QHeaderView::Stretch);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_createButton);
    bar->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_topics);
    connect(m_refreshButton, &QPushButton::clicked, this, &KafkaClusterView::refresh);
    connect(m_createButton, &QPushButton::clicked, this, &KafkaClusterView::openCreateDialog);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_topics->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KafkaClusterView::topicSelectionChanged);
    return pane;
}

QWidget* KafkaClusterView::buildDetailPane() {
    auto* pane = new QWidget(this);
    m_detailLabel = new QLabel(pane);
    m_deleteButton = new QPushButton(tr("Delete…"), pane);
    m_addPartitionsButton = new QPushButton(tr("Add partitions…"), pane);
    m_editConfigsButton = new QPushButton(tr("Edit configs…"), pane);
    m_partitions = readOnlyTable({tr("Partition"), tr("Leader"), tr("Replicas"), tr("ISR"), tr("Low"), tr("High"), tr("State")}, pane);
    m_configs = readOnlyTable({tr("Config"), tr("Value"), tr("Source")}, pane);
    m_configs->horizontalHeader()->setStretchLastSection(false);
    m_configs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_configs->setToolTip(tr("Bold: not Kafka's default"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_deleteButton);
    bar->addWidget(m_addPartitionsButton);
    bar->addWidget(m_editConfigsButton);
    bar->addStretch();
    auto* split = new QSplitter(Qt::Vertical, pane);
    split->addWidget(m_partitions);
    split->addWidget(m_configs);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_detailLabel);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connect(m_deleteButton, &QPushButton::clicked, this, &KafkaClusterView::openDeleteDialog);
    connect(m_addPartitionsButton, &QPushButton::clicked, this, &KafkaClusterView::openAddPartitionsDialog);
    connect(m_editConfigsButton, &QPushButton::clicked, this, &KafkaClusterView::openConfigEditor);
    return pane;
}

void KafkaClusterView::say(const QString& text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    m_message->setText(text);
    m_message->setToolTip(text); // the whole line, when the window is narrower than it
}

void KafkaClusterView::showFailure(const KafkaRequest& request, const QString& message) {
    if (!request.slot.startsWith(kSlotPrefix))
        return;
    if (request.slot.startsWith(kSlotPrefix + QLatin1String("config")) && m_configEditor) {
        m_configEditor->showError(message);
        return;
    }
    say(message, true);
}

void KafkaClusterView::refresh() {
    say(tr("Reading the cluster…"));
    m_connection->request<Overview>(
        kSlotPrefix + QLatin1String("overview"), KafkaConnection::Lane::OffsetsConsumer, tr("describing the cluster"),
        [](KafkaAdmin& admin) {
            Overview o;
            o.cluster = admin.describeCluster();
            for (const auto& b : o.cluster.brokers)
                o.racks[b.id] = brokerRack(admin, b.id);
            o.topics = admin.describeTopics({});
            return o;
        },
        this, [this](const KafkaRequest&, const Overview& o) { showOverview(o); });
}

void KafkaClusterView::showOverview(const Overview& o) {
    m_clusterLabel->setText(tr("Cluster %1 · controller: broker %2 · %n broker(s)", nullptr, static_cast<int>(o.cluster.brokers.size()))
                                .arg(o.cluster.clusterId.isEmpty() ? tr("(no id)") : o.cluster.clusterId)
                                .arg(o.cluster.controllerId));
    m_brokers->setRowCount(static_cast<int>(o.cluster.brokers.size()));
    int row = 0;
    for (const auto& b : o.cluster.brokers) {
        const QString rack = o.racks.count(b.id) ? o.racks.at(b.id) : QString();
        setRow(m_brokers, row++,
               {QString::number(b.id), QStringLiteral("%1:%2").arg(b.host).arg(b.port), rack.isEmpty() ? QStringLiteral("-") : rack,
                b.id == o.cluster.controllerId ? tr("controller") : QString()});
    }
    fitBrokersTable();
    const QString keep = m_selected;
    m_model->setDescriptions(o.topics);
    const QString counts = tr("%n topic(s), read at %1", nullptr, static_cast<int>(o.topics.size()))
                               .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    say(m_done.isEmpty() ? counts : m_done + QStringLiteral(" · ") + counts);
    m_done.clear();
    if (!keep.isEmpty())
        selectTopic(keep);
    emit overviewShown();
}

void KafkaClusterView::selectTopic(const QString& topic) {
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, KafkaTopicsModel::NameColumn);
        if (index.data().toString() == topic) {
            m_topics->selectRow(r);
            m_topics->scrollTo(index);
            return;
        }
    }
    m_topics->clearSelection();
}

void KafkaClusterView::topicSelectionChanged() {
    const QModelIndexList rows = m_topics->selectionModel()->selectedRows(KafkaTopicsModel::NameColumn);
    const QString topic = rows.isEmpty() ? QString() : rows.front().data().toString();
    const bool same = topic == m_selected && !topic.isEmpty();
    m_selected = topic;
    for (auto* b : {m_deleteButton, m_addPartitionsButton, m_editConfigsButton})
        b->setEnabled(!topic.isEmpty());
    if (topic.isEmpty()) {
        m_detailLabel->setText(tr("Select a topic to see its partitions and configs"));
        m_partitions->setRowCount(0);
        m_configs->setRowCount(0);
        return;
    }
    if (!same)
        m_detailLabel->setText(tr("Topic %1: reading…").arg(topic));
    loadDetail();
}

void KafkaClusterView::loadDetail() {
    const QString topic = m_selected;
    m_connection->request<Detail>(
        kSlotPrefix + QLatin1String("detail"), KafkaConnection::Lane::OffsetsConsumer, tr("describing topic %1").arg(topic),
        [topic](KafkaAdmin& admin) {
            Detail d;
            const auto described = admin.describeTopics({topic}, true);
            if (!described.empty())
                d.topic = described.front();
            d.configs = admin.describeConfigs({KafkaConfigResourceType::Topic, topic});
            return d;
        },
        this, [this](const KafkaRequest&, const Detail& d) { showDetail(d); });
}

void KafkaClusterView::showDetail(const Detail& d) {
    if (d.topic.name != m_selected)
        return;
    m_selectedPartitions = static_cast<int>(d.topic.partitions.size());
    m_selectedRecords = 0;
    m_partitions->setRowCount(m_selectedPartitions);
    int row = 0;
    for (const auto& p : d.topic.partitions) {
        QStringList state;
        if (p.offline)
            state << tr("offline");
        if (p.underReplicated)
            state << tr("under-replicated");
        if (!p.error.isEmpty())
            state << p.error;
        if (p.low >= 0 && p.high >= 0)
            m_selectedRecords += p.high - p.low;
        setRow(m_partitions, row++,
               {QString::number(p.partition), p.leader < 0 ? tr("none") : QString::number(p.leader), idList(p.replicas),
                idList(p.isr), offsetText(p.low), offsetText(p.high), state.isEmpty() ? tr("ok") : state.join(QStringLiteral(", "))});
    }
    m_selectedConfigs = nonDefaultFirst(d.configs);
    m_configs->setRowCount(static_cast<int>(m_selectedConfigs.size()));
    row = 0;
    for (const auto& e : m_selectedConfigs)
        setRow(m_configs, row++, {e.name, configValueText(e), configSourceName(e.source)}, isNonDefaultConfig(e));
    m_detailLabel->setText(tr("Topic %1: %n partition(s), %2 record(s)", nullptr, m_selectedPartitions)
                               .arg(d.topic.name, QLocale().toString(m_selectedRecords)));
    emit detailShown(d.topic.name);
}

// ---- Actions: each a dialog (window-modal, not blocking), then one request ----

void KafkaClusterView::openCreateDialog() {
    m_createDialog = new CreateTopicDialog(this);
    m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_createDialog, &QDialog::accepted, this, [this, dialog = m_createDialog] {
        QString error;
        if (const auto topic = dialog->topic(&error))
            createTopic(*topic);
    });
    m_createDialog->open();
}

void KafkaClusterView::createTopic(const KafkaNewTopic& topic) {
    say(tr("Creating topic %1…").arg(topic.name));
    m_connection->request<QString>(
        kSlotPrefix + QLatin1String("create"), KafkaConnection::Lane::Admin, tr("creating topic %1").arg(topic.name),
        [topic](KafkaAdmin& admin) {
            const auto results = admin.createTopics({topic});
            for (const auto& r : results)
                if (!r.ok())
                    throw Error(ErrorKind::Broker, tr("Topic %1 not created (%2): %3").arg(r.name, r.errorName, r.message));
            return topic.name;
        },
        this, [this](const KafkaRequest&, const QString& name) {
            m_selected = name;
            m_done = tr("Created topic %1").arg(name);
            refresh();
        });
}

void KafkaClusterView::openDeleteDialog() {
    if (m_selected.isEmpty())
        return;
    const QString contents = tr("%n partition(s), %1 record(s)", nullptr, m_selectedPartitions).arg(QLocale().toString(m_selectedRecords));
    m_deleteDialog = new DeleteTopicDialog(m_selected, contents, this);
    m_deleteDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_deleteDialog, &QDialog::accepted, this, [this, dialog = m_deleteDialog] { deleteTopic(dialog->topic()); });
    m_deleteDialog->open();
}

void KafkaClusterView::deleteTopic(const QString& topic) {
    say(tr("Deleting topic %1…").arg(topic));
    m_connection->request<QString>(
        kSlotPrefix + QLatin1String("delete"), KafkaConnection::Lane::Admin, tr("deleting topic %1").arg(topic),
        [topic](KafkaAdmin& admin) {
            for (const auto& r : admin.deleteTopics({topic}))
                if (!r.ok())
                    throw Error(ErrorKind::Broker, tr("Topic %1 not deleted (%2): %3").arg(r.name, r.errorName, r.message));
            return topic;
        },
        this, [this](const KafkaRequest&, const QString& name) {
            m_topics->clearSelection();
            m_done = tr("Deleted topic %1").arg(name);
            refresh();
        });
}

void KafkaClusterView::openAddPartitionsDialog() {
    if (m_selected.isEmpty())
        return;
    m_addPartitionsDialog = new AddPartitionsDialog(m_selected, m_selectedPartitions, this);
    m_addPartitionsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_addPartitionsDialog, &QDialog::accepted, this,
            [this, dialog = m_addPartitionsDialog] { addPartitions(dialog->topic(), dialog->totalBox()->value()); });
    m_addPartitionsDialog->open();
}

void KafkaClusterView::addPartitions(const QString& topic, int total) {
    say(tr("Adding partitions to %1…").arg(topic));
    m_connection->request<int>(
        kSlotPrefix + QLatin1String("partitions"), KafkaConnection::Lane::Admin, tr("adding partitions to %1").arg(topic),
        [topic, total](KafkaAdmin& admin) {
            admin.createPartitions(topic, total);
            return total;
        },
        this, [this, topic](const KafkaRequest&, int now) {
            m_done = tr("Topic %1 now has %2 partitions").arg(topic).arg(now);
            refresh();
        });
}

void KafkaClusterView::openConfigEditor() {
    if (m_selected.isEmpty() || m_selectedConfigs.empty())
        return;
    m_configEditor = new TopicConfigEditor(m_selected, m_selectedConfigs, this);
    m_configEditor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_configEditor, &TopicConfigEditor::previewRequested, this,
            [this, editor = m_configEditor](const KafkaConfigAlterRequest& request) { planConfigs(editor->topic(), request); });
    connect(m_configEditor, &TopicConfigEditor::applyRequested, this, &KafkaClusterView::applyConfigs);
    m_configEditor->open();
}

void KafkaClusterView::planConfigs(const QString& topic, const KafkaConfigAlterRequest& request) {
    m_connection->request<KafkaConfigPlan>(
        kSlotPrefix + QLatin1String("configPlan"), KafkaConnection::Lane::Admin, tr("planning configs of %1").arg(topic),
        [topic, request](KafkaAdmin& admin) { return planConfigAlter(admin, {KafkaConfigResourceType::Topic, topic}, request); },
        this, [this](const KafkaRequest&, const KafkaConfigPlan& plan) {
            if (m_configEditor)
                m_configEditor->showPlan(plan);
        });
}

void KafkaClusterView::applyConfigs(const KafkaConfigPlan& plan) {
    m_connection->request<std::vector<KafkaConfigEntry>>(
        kSlotPrefix + QLatin1String("configApply"), KafkaConnection::Lane::Admin, tr("changing configs of %1").arg(plan.resource.name),
        [plan](KafkaAdmin& admin) {
            admin.applyConfigPlan(plan);
            return admin.describeConfigs(plan.resource);
        },
        this, [this, topic = plan.resource.name](const KafkaRequest&, const std::vector<KafkaConfigEntry>& configs) {
            if (m_configEditor)
                m_configEditor->showApplied(configs);
            if (topic == m_selected)
                loadDetail();
            say(tr("Changed configs of topic %1").arg(topic));
        });
}
