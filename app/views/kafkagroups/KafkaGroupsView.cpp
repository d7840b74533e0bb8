#include "views/kafkagroups/KafkaGroupsView.h"

#include "EventLoopProbe.h"
#include "backend/KafkaConnection.h"
#include "charts/ValueChart.h"
#include "models/KafkaGroupsModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

using namespace mqkit;

// What one refresh brings back: every group's lag and its status over the history window.
struct KafkaGroupsView::Snapshot {
    LagReport report;
    std::vector<GroupVerdict> verdicts;
    qint64 elapsedMs = 0;
};

// The selected group's members and lag per partition, in messages and in time.
struct KafkaGroupsView::Detail {
    QString groupId;
    std::vector<KafkaGroupMember> members;
    GroupLag lag;
    std::int64_t takenAtMs = 0;
};

namespace {
using Series = std::vector<std::pair<std::int64_t, std::int64_t>>;

QTableWidget* detailTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Sets a cell's text in place, so a refresh keeps the table's selection and scroll position.
void setCell(QTableWidget* table, int row, int column, const QString& text) {
    if (QTableWidgetItem* item = table->item(row, column)) {
        if (item->text() != text)
            item->setText(text);
        return;
    }
    table->setItem(row, column, new QTableWidgetItem(text));
}

QString optionalNumber(const std::optional<std::int64_t>& n) {
    return n ? QString::number(*n) : QStringLiteral("-");
}
} // namespace

KafkaGroupsView::KafkaGroupsView(KafkaConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_model(new KafkaGroupsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_groups(new QTableView(this)), m_filter(new QLineEdit(this)),
      m_status(new QLabel(this)), m_detailTitle(new QLabel(this)), m_members(nullptr), m_partitions(nullptr),
      m_chartTopic(new QComboBox(this)), m_chart(new ValueChart(this)), m_timer(new QTimer(this)),
      m_historyPath(LagHistory::defaultPath()) {
    buildLayout();
    connect(m_timer, &QTimer::timeout, this, &KafkaGroupsView::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadDetail();
        loadChart();
    });
    connect(m_chartTopic, &QComboBox::currentIndexChanged, this, &KafkaGroupsView::loadChart);
    connect(connection, &KafkaConnection::opened, this, [this] {
        m_model->setGroups({});
        m_pendingRefresh.reset();
        m_detailLoad = {};
        m_chartLoad = {};
        if (isVisible())
            refresh();
        m_timer->start(kRefreshMs);
    });
    connect(connection, &KafkaConnection::requestFailed, this, [this](const KafkaRequest& request, const QString& message) {
        if (m_pendingRefresh && request.id == m_pendingRefresh->id)
            m_status->setText(tr("Could not read the consumer groups: %1").arg(message));
        requestEnded(request);
    });
    connect(connection, &KafkaConnection::requestDropped, this, &KafkaGroupsView::requestEnded);
    if (connection->isOpen()) {
        m_timer->start(kRefreshMs);
    }
}

void KafkaGroupsView::buildLayout() {
    m_filter->setPlaceholderText(tr("Filter groups"));
    m_filter->setClearButtonEnabled(true);
    m_status->setText(tr("Reading consumer groups…"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(KafkaGroupsModel::GroupColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_groups->setModel(m_proxy);
    m_groups->setSortingEnabled(true);
    m_groups->sortByColumn(KafkaGroupsModel::GroupColumn, Qt::AscendingOrder);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setWordWrap(false);
    m_groups->verticalHeader()->hide();
    // Fixed widths, not ResizeToContents: measuring 1,000 rows after every refresh would stall the loop.
    QHeaderView* header = m_groups->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(KafkaGroupsModel::GroupColumn, 260);
    header->resizeSection(KafkaGroupsModel::StateColumn, 110);
    header->resizeSection(KafkaGroupsModel::TopicsColumn, 220);
    header->setSectionResizeMode(KafkaGroupsModel::TopicsColumn, QHeaderView::Stretch);
    header->resizeSection(KafkaGroupsModel::StatusColumn, 80);

    m_members = detailTable({tr("Consumer id"), tr("Client id"), tr("Host"), tr("Assignment")}, this);
    m_partitions = detailTable({tr("Topic"), tr("Partition"), tr("Committed"), tr("Log end"), tr("Lag"), tr("Time lag"),
                                tr("Status"), tr("Consumer")},
                               this);
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_partitions->setObjectName(QStringLiteral("groupPartitions"));
    auto* chartPane = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPane);
    m_chartTopic->addItem(tr("All topics"), QString());
    chartLayout->addWidget(m_chartTopic, 0, Qt::AlignLeft);
    chartLayout->addWidget(m_chart);
    auto* detailTabs = new QTabWidget(this);
    detailTabs->addTab(m_partitions, tr("Partitions"));
    detailTabs->addTab(m_members, tr("Members"));
    detailTabs->addTab(chartPane, tr("Lag chart (last %n hour(s))", nullptr, kChartHours));

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle->setText(tr("Select a group to see its members and partitions."));
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(detailTabs);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_groups);
    split->addWidget(detail);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &KafkaGroupsView::refresh);
    top->addWidget(m_filter, 1);
    top->addWidget(refreshButton);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
}

QString KafkaGroupsView::selectedGroup() const {
    const QModelIndex current = m_groups->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(KafkaGroupsModel::GroupColumn).data().toString() : QString();
}

void KafkaGroupsView::selectGroup(const QString& groupId) {
    const int row = m_model->rowOf(groupId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, KafkaGroupsModel::GroupColumn));
    m_groups->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_groups->scrollTo(index);
}

// A hidden tab refreshes with the timer (the history keeps being written); shown for the first
// time it does not wait for the next tick.
void KafkaGroupsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_model->rowCount() == 0)
        refresh();
}

void KafkaGroupsView::refresh() {
    if (!m_connection->isOpen() || m_pendingRefresh)
        return;
    const QString historyPath = m_historyPath;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 pruneBefore = now - m_lastPruneMs > 3600 * 1000 ? now - qint64(kKeepHours) * 3600 * 1000 : 0;
    if (pruneBefore > 0)
        m_lastPruneMs = now;
    m_pendingRefresh = m_connection->request<Snapshot>(
        QStringLiteral("groups"), KafkaConnection::Lane::OffsetsConsumer, tr("reading consumer groups"),
        [historyPath, pruneBefore](KafkaAdmin& admin) {
            QElapsedTimer clock;
            clock.start();
            Snapshot s;
            s.report = LagInspector(admin).inspect();
            LagHistory history(historyPath);
            if (pruneBefore > 0)
                history.prune(pruneBefore);
            history.append(s.report);
            s.verdicts = history.evaluate(s.report, kStatusWindow);
            s.elapsedMs = clock.elapsed();
            return s;
        },
        this, [this](const KafkaRequest&, const Snapshot& s) {
            m_pendingRefresh.reset();
            showSnapshot(s);
        });
}

void KafkaGroupsView::requestEnded(const KafkaRequest& request) {
    if (m_pendingRefresh && request.id == m_pendingRefresh->id)
        m_pendingRefresh.reset();
    if (m_detailLoad.request && request.id == m_detailLoad.request->id)
        endLoad(m_detailLoad, &KafkaGroupsView::loadDetail);
    if (m_chartLoad.request && request.id == m_chartLoad.request->id)
        endLoad(m_chartLoad, &KafkaGroupsView::loadChart);
}

void KafkaGroupsView::endLoad(InFlight& load, void (KafkaGroupsView::*reload)()) {
    load.request.reset();
    if (load.again) {
        load.again = false;
        (this->*reload)();
    }
}

void KafkaGroupsView::showSnapshot(const Snapshot& snapshot) {
    QElapsedTimer clock;
    clock.start();
    m_verdicts = snapshot.verdicts;
    m_lastRefreshMs = snapshot.elapsedMs;
    m_model->setGroups(KafkaGroupsModel::rowsFrom(snapshot.report, snapshot.verdicts));
    // For tests/bench/gui_groups_refresh.sh: what each refresh cost, off and on the GUI thread.
    if (EventLoopProbe::enabledByEnvironment())
        std::fprintf(stderr, "groups refresh: %zu groups, broker work %lld ms, model update %lld ms\n",
                     snapshot.report.groups.size(), static_cast<long long>(snapshot.elapsedMs),
                     static_cast<long long>(clock.elapsed()));
    m_status->setText(tr("%n group(s), read in %1 ms at %2; status over the last %3 samples", nullptr,
                         static_cast<int>(snapshot.report.groups.size()))
                          .arg(snapshot.elapsedMs)
                          .arg(QDateTime::fromMSecsSinceEpoch(snapshot.report.takenAtMs).toString(QStringLiteral("HH:mm:ss")))
                          .arg(kStatusWindow));
    ++m_refreshes;
    emit refreshed();
    if (!selectedGroup().isEmpty()) {
        loadDetail();
        loadChart();
    }
}

void KafkaGroupsView::loadDetail() {
    const QString groupId = selectedGroup();
    if (groupId.isEmpty() || !m_connection->isOpen())
        return;
    const KafkaGroupsModel::Row* row = m_model->group(groupId);
    m_detailTitle->setText(row ? tr("Group %1: %2, %n member(s)", nullptr, row->members).arg(groupId, row->state)
                               : tr("Group %1").arg(groupId));
    // The topics the chart can show: this group's.
    const QString chosen = m_chartTopic->currentData().toString();
    const QSignalBlocker block(m_chartTopic);
    m_chartTopic->clear();
    m_chartTopic->addItem(tr("All topics"), QString());
    for (const QString& topic : row ? row->topics : QStringList())
        m_chartTopic->addItem(topic, topic);
    m_chartTopic->setCurrentIndex(std::max(0, m_chartTopic->findData(chosen)));

    if (m_detailLoad.request) {
        m_detailLoad.again = true;
        return;
    }
    m_detailLoad.request = m_connection->request<Detail>(
        QStringLiteral("group-detail"), KafkaConnection::Lane::OffsetsConsumer, tr("reading consumer group %1").arg(groupId),
        [groupId](KafkaAdmin& admin) {
            Detail d;
            d.groupId = groupId;
            for (const auto& desc : admin.describeGroups({groupId}))
                d.members = desc.members;
            LagOptions options; // the time budget of `kafka lag --time-lag`: a loaded broker answers late
            options.timeLag = true;
            const LagReport report = LagInspector(admin).inspect({groupId}, options);
            if (!report.groups.empty())
                d.lag = report.groups.front();
            d.takenAtMs = report.takenAtMs;
            return d;
        },
        this, [this](const KafkaRequest&, const Detail& d) {
            showDetail(d);
            endLoad(m_detailLoad, &KafkaGroupsView::loadDetail);
        });
}

void KafkaGroupsView::showDetail(const Detail& detail) {
    if (detail.groupId != selectedGroup())
        return;
    m_members->setRowCount(static_cast<int>(detail.members.size()));
    for (int r = 0; r < m_members->rowCount(); ++r) {
        const KafkaGroupMember& m = detail.members[static_cast<size_t>(r)];
        QStringList assignment;
        for (const auto& tp : m.assignment)
            assignment << QStringLiteral("%1:%2").arg(tp.topic).arg(tp.partition);
        setCell(m_members, r, 0, m.consumerId);
        setCell(m_members, r, 1, m.clientId);
        setCell(m_members, r, 2, m.host);
        setCell(m_members, r, 3, assignment.join(QStringLiteral(", ")));
    }
    fillPartitions(detail.lag, detail.takenAtMs);
    ++m_details;
    emit detailShown();
}

void KafkaGroupsView::fillPartitions(const GroupLag& lag, std::int64_t takenAtMs) {
    std::map<KafkaTopicPartition, LagVerdict> verdicts;
    for (const auto& g : m_verdicts)
        if (g.groupId == lag.groupId)
            for (const auto& p : g.partitions)
                verdicts[{p.topic, p.partition}] = p.verdict;
    m_partitions->setRowCount(static_cast<int>(lag.partitions.size()));
    for (int r = 0; r < m_partitions->rowCount(); ++r) {
        const PartitionLag& p = lag.partitions[static_cast<size_t>(r)];
        const auto verdict = verdicts.find({p.topic, p.partition});
        setCell(m_partitions, r, TopicCol, p.topic);
        setCell(m_partitions, r, PartitionCol, QString::number(p.partition));
        setCell(m_partitions, r, CommittedCol, optionalNumber(p.committed));
        setCell(m_partitions, r, LogEndCol, QString::number(p.logEnd));
        setCell(m_partitions, r, LagCol, optionalNumber(p.lag));
        setCell(m_partitions, r, TimeLagCol, lagDurationText(p.timeLagMs(takenAtMs)));
        setCell(m_partitions, r, StatusCol, verdict == verdicts.end() ? QStringLiteral("-") : lagStatusName(verdict->second.status));
        setCell(m_partitions, r, ConsumerCol, p.clientId.isEmpty() ? QStringLiteral("-") : p.clientId);
        if (verdict != verdicts.end())
            m_partitions->item(r, StatusCol)->setToolTip(verdict->second.reason);
    }
}

void KafkaGroupsView::loadChart() {
    const QString groupId = selectedGroup();
    if (groupId.isEmpty())
        return;
    const QString topic = m_chartTopic->currentData().toString();
    const QString historyPath = m_historyPath;
    const std::int64_t since = QDateTime::currentMSecsSinceEpoch() - std::int64_t(kChartHours) * 3600 * 1000;
    if (m_chartLoad.request) {
        m_chartLoad.again = true;
        return;
    }
    // The history is a local file, but a large one: read it off the GUI thread too.
    m_chartLoad.request = m_connection->request<Series>(
        QStringLiteral("group-chart"), KafkaConnection::Lane::Admin, tr("reading lag history"),
        [historyPath, groupId, topic, since](KafkaAdmin&) {
            LagHistory history(historyPath);
            return topic.isEmpty() ? history.totalLagSeries(groupId, since) : history.topicLagSeries(groupId, topic, since);
        },
        this, [this, groupId, topic](const KafkaRequest&, const Series& series) {
            if (groupId == selectedGroup() && topic == m_chartTopic->currentData().toString()) {
                std::vector<std::pair<std::int64_t, double>> points;
                points.reserve(series.size());
                for (const auto& [at, lag] : series)
                    points.emplace_back(at, static_cast<double>(lag));
                m_chart->setPoints(points);
            }
            endLoad(m_chartLoad, &KafkaGroupsView::loadChart);
        });
}
