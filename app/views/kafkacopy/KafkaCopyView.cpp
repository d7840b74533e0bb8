#include "views/kafkacopy/KafkaCopyView.h"

#include "backend/KafkaConnection.h"
#include "common/Error.h"
#include "profile/ConnectionResolver.h"
#include "widgets/SavedProfiles.h"
#include "widgets/DialogSecretPrompter.h"
#include "widgets/PlanTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace mqkit;

namespace {

const QString kSlotPrefix = QStringLiteral("kafka-copy-");
const QString kTopicPlaceholder = QStringLiteral("{topic}");

Plan combinedPlan(const std::vector<KafkaCopyPlan>& plans) {
    Plan out(KafkaCopyView::tr("copy"));
    for (const auto& p : plans) {
        const Plan plan = p.toPlan();
        for (const PlanItem& item : plan.items())
            out.add(item);
    }
    return out;
}

std::int64_t recordsOf(const std::vector<KafkaCopyPlan>& plans) {
    std::int64_t n = 0;
    for (const auto& p : plans)
        n += p.records();
    return n;
}

} // namespace

KafkaCopyView::KafkaCopyView(KafkaConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_cancel(std::make_shared<std::atomic<bool>>(false)) {
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Copy records"), question, QMessageBox::Ok | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Ok;
    };
    buildLayout();
    reloadProfiles();
    connect(m_connection, &KafkaConnection::requestFailed, this, [this](const KafkaRequest& request, const QString& message) {
        if (request.slot.startsWith(kSlotPrefix))
            setBusy(false, tr("Failed: %1").arg(message));
    });
    setBusy(false, tr("Dry run shows what a copy would do; nothing is copied until you confirm."));
}

// A running copy stops at its next batch (and checkpoints); the connection waits for it.
KafkaCopyView::~KafkaCopyView() {
    m_cancel->store(true);
}

void KafkaCopyView::buildLayout() {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_sources = new QLineEdit(this);
    m_sources->setObjectName(QStringLiteral("sourceTopics"));
    m_sources->setPlaceholderText(tr("orders.dlq (several: comma-separated)"));
    form->addRow(tr("Source topic(s)"), m_sources);
    auto* targetRow = new QHBoxLayout;
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetTopic"));
    m_target->setPlaceholderText(tr("%1 (the same name), or e.g. %1.copy").arg(kTopicPlaceholder));
    m_targetCluster = new QComboBox(this);
    m_targetCluster->setEditable(true);
    m_targetCluster->setMinimumWidth(220);
    m_targetCluster->lineEdit()->setPlaceholderText(tr("this cluster, a Kafka profile or host:port"));
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(new QLabel(tr("on"), this));
    targetRow->addWidget(m_targetCluster);
    form->addRow(tr("Target topic"), targetRow);
    auto* rangeRow = new QHBoxLayout;
    m_from = new QLineEdit(QStringLiteral("beginning"), this);
    m_from->setToolTip(tr("beginning, end, an offset, P:OFFSET,… or an ISO-8601 time"));
    m_until = new QLineEdit(QStringLiteral("end"), this);
    m_until->setToolTip(tr("end (fixed when the copy starts), an offset, P:OFFSET,… or an ISO-8601 time"));
    m_maxRecords = new QSpinBox(this);
    m_maxRecords->setRange(0, std::numeric_limits<int>::max());
    m_maxRecords->setSpecialValueText(tr("all"));
    rangeRow->addWidget(new QLabel(tr("from"), this));
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("until"), this));
    rangeRow->addWidget(m_until);
    rangeRow->addWidget(new QLabel(tr("at most"), this));
    rangeRow->addWidget(m_maxRecords);
    rangeRow->addWidget(new QLabel(tr("records"), this));
    form->addRow(tr("Range"), rangeRow);
    auto* howRow = new QHBoxLayout;
    m_partitioning = new QComboBox(this);
    m_partitioning->setEditable(true);
    m_partitioning->addItems({QStringLiteral("preserve"), QStringLiteral("key")});
    m_partitioning->setToolTip(tr("preserve, key (Java's partitioner), or a map such as 0=1,1=0"));
    m_maxRate = new QDoubleSpinBox(this);
    m_maxRate->setRange(0, 1e9);
    m_maxRate->setDecimals(0);
    m_maxRate->setSpecialValueText(tr("unlimited"));
    m_maxRate->setSuffix(tr(" records/s"));
    m_provenance = new QCheckBox(tr("provenance headers"), this);
    m_provenance->setChecked(true);
    m_resume = new QCheckBox(tr("resume an interrupted copy"), this);
    howRow->addWidget(new QLabel(tr("partitions"), this));
    howRow->addWidget(m_partitioning);
    howRow->addWidget(new QLabel(tr("max rate"), this));
    howRow->addWidget(m_maxRate);
    howRow->addWidget(m_provenance);
    howRow->addWidget(m_resume);
    howRow->addStretch(1);
    form->addRow(tr("Copy"), howRow);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_dryRunButton = new QPushButton(tr("Dry run"), this);
    m_copyButton = new QPushButton(tr("Copy…"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_verifyButton = new QPushButton(tr("Verify"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table = new PlanTable(this);
    layout->addWidget(m_table, 1);

    connect(m_dryRunButton, &QPushButton::clicked, this, &KafkaCopyView::dryRun);
    connect(m_copyButton, &QPushButton::clicked, this, &KafkaCopyView::copy);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling: the copy stops after its current batch …"));
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &KafkaCopyView::verify);
}

void KafkaCopyView::reloadProfiles() {
    m_kafkaProfiles = savedProfileNames(ProfileKind::Kafka); // none saved: a bootstrap list still works
    m_targetCluster->addItem(tr("(this cluster)"));
    m_targetCluster->addItems(m_kafkaProfiles);
}

void KafkaCopyView::setBusy(bool busy, const QString& status) {
    m_busy = busy;
    m_dryRunButton->setEnabled(!busy);
    m_copyButton->setEnabled(!busy);
    m_verifyButton->setEnabled(!busy);
    m_cancelButton->setEnabled(false); // only while records are copied
    m_status->setText(status);
}

// One copy per source topic, as `kafka copy SRC DST` would be given them. Throws Error(Usage).
std::vector<KafkaCopyOptions> KafkaCopyView::copiesFromFields() {
    const QStringList sources = m_sources->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (sources.isEmpty())
        throw Error(ErrorKind::Usage, tr("give the source topic"));
    const QString target = m_target->text().trimmed().isEmpty() ? kTopicPlaceholder : m_target->text().trimmed();
    if (sources.size() > 1 && !target.contains(kTopicPlaceholder))
        throw Error(ErrorKind::Usage, tr("several source topics need %1 in the target topic").arg(kTopicPlaceholder));
    KafkaCopyOptions base;
    base.source = m_connection->config();
    const QString cluster = m_targetCluster->currentText().trimmed();
    if (cluster.isEmpty() || cluster == m_targetCluster->itemText(0)) {
        base.target = base.source;
    } else {
        KafkaConnectionOverrides overrides;
        if (!m_kafkaProfiles.contains(cluster))
            overrides.bootstrap = cluster;
        DialogSecretPrompter prompter(this);
        base.target = resolveKafkaConnection(m_kafkaProfiles.contains(cluster) ? cluster : QString(), overrides, {}, &prompter);
    }
    base.partitioning = KafkaPartitionRule::parse(m_partitioning->currentText().trimmed());
    base.from = KafkaCopyBound::parse(m_from->text().trimmed());
    base.until = KafkaCopyBound::parse(m_until->text().trimmed());
    base.maxRate = m_maxRate->value();
    base.maxRecords = m_maxRecords->value();
    base.provenance = m_provenance->isChecked();
    base.resume = m_resume->isChecked();
    std::vector<KafkaCopyOptions> copies;
    for (const QString& source : sources) {
        KafkaCopyOptions o = base;
        o.sourceTopic = source;
        o.targetTopic = QString(target).replace(kTopicPlaceholder, source);
        copies.push_back(o);
    }
    return copies;
}

// The copies the fields describe, with an open cluster; false (and the reason shown) otherwise.
bool KafkaCopyView::copiesToRun(std::vector<KafkaCopyOptions>& copies) {
    try {
        if (!m_connection->isOpen())
            throw Error(ErrorKind::Usage, tr("open a Kafka cluster first"));
        copies = copiesFromFields();
        return true;
    } catch (const Error& e) {
        m_status->setText(e.message());
        return false;
    }
}

// The copies the fields describe, planned off the GUI thread; `then` gets them with their plans.
void KafkaCopyView::planCopies(const std::function<void(const std::vector<KafkaCopyOptions>&, const std::vector<KafkaCopyPlan>&)>& then) {
    std::vector<KafkaCopyOptions> copies;
    if (!copiesToRun(copies))
        return;
    setBusy(true, tr("Planning the copy …"));
    m_connection->request<std::vector<KafkaCopyPlan>>(
        kSlotPrefix + QStringLiteral("plan"), KafkaConnection::Lane::Admin, tr("planning a copy"),
        [copies](KafkaAdmin&) {
            std::vector<KafkaCopyPlan> plans;
            for (const auto& o : copies)
                plans.push_back(KafkaCopy(o).plan());
            return plans;
        },
        this, [copies, then](const KafkaRequest&, const std::vector<KafkaCopyPlan>& plans) { then(copies, plans); });
}

// Core's copy plan of each topic, nothing copied (`kafka copy --dry-run`).
void KafkaCopyView::dryRun() {
    planCopies([this](const std::vector<KafkaCopyOptions>&, const std::vector<KafkaCopyPlan>& plans) {
            m_table->showPlan(combinedPlan(plans));
            const KafkaCopyPlan& first = plans.front();
            setBusy(false, tr("Dry run: %1 record(s) to copy from %2 to %3 (partitions: %4); nothing copied.")
                               .arg(recordsOf(plans))
                               .arg(first.sourceTopic, first.targetTopic, first.partitioning));
        });
}

// Plans, asks, then copies (`kafka copy`): each topic in turn with progress; Cancel stops it at the
// next batch with its checkpoint written, so "resume" continues it.
void KafkaCopyView::copy() {
    planCopies([this](const std::vector<KafkaCopyOptions>& copies, const std::vector<KafkaCopyPlan>& plans) {
            m_table->showPlan(combinedPlan(plans));
            const QString question = tr("Copy %1 record(s) from %2 to %3%4?")
                                         .arg(recordsOf(plans))
                                         .arg(plans.front().sourceTopic, plans.front().targetTopic,
                                              plans.size() > 1 ? tr(" and %1 more topic(s)").arg(plans.size() - 1) : QString());
            if (!m_confirm(question)) {
                setBusy(false, tr("Nothing copied."));
                return;
            }
            m_cancel = std::make_shared<std::atomic<bool>>(false);
            m_summaries.clear();
            m_progress->setRange(0, 0);
            setBusy(true, tr("Copying …"));
            m_cancelButton->setEnabled(true);
            QPointer<KafkaCopyView> self(this);
            auto cancel = m_cancel;
            m_connection->request<std::vector<KafkaCopySummary>>(
                kSlotPrefix + QStringLiteral("run"), KafkaConnection::Lane::Admin, tr("copying records"),
                [copies, cancel, self](KafkaAdmin&) {
                    std::vector<KafkaCopySummary> summaries;
                    for (std::size_t i = 0; i < copies.size() && !cancel->load(); ++i) {
                        KafkaCopy copy(copies[i]);
                        const int index = static_cast<int>(i);
                        const int count = static_cast<int>(copies.size());
                        summaries.push_back(copy.run(
                            copy.plan(),
                            [self, index, count](const KafkaCopyProgress& p) {
                                QMetaObject::invokeMethod(self, [self, p, index, count] {
                                    if (self)
                                        self->showProgress(p, index, count);
                                });
                            },
                            [cancel] { return cancel->load(); }));
                    }
                    return summaries;
                },
                this, [this](const KafkaRequest&, const std::vector<KafkaCopySummary>& summaries) {
                    m_summaries = summaries;
                    std::int64_t records = 0;
                    std::int64_t bytes = 0;
                    bool interrupted = false;
                    for (const auto& s : summaries) {
                        records += s.records;
                        bytes += s.bytes;
                        interrupted = interrupted || s.interrupted || !s.complete;
                    }
                    m_progress->setRange(0, 1);
                    m_progress->setValue(interrupted ? 0 : 1);
                    setBusy(false, interrupted ? tr("Cancelled after %1 record(s) (%2): tick \"resume\" to continue from the checkpoint.")
                                                     .arg(records)
                                                     .arg(QLocale().formattedDataSize(bytes))
                                               : tr("Copied %1 record(s) (%2). Verify compares source and target.")
                                                     .arg(records)
                                                     .arg(QLocale().formattedDataSize(bytes)));
                });
        });
}

void KafkaCopyView::showProgress(const KafkaCopyProgress& p, int topicIndex, int topics) {
    if (!m_busy)
        return;
    const double rate = p.seconds > 0 ? static_cast<double>(p.records) / p.seconds : 0;
    const QString eta = rate > 0 && p.total > p.records
                            ? tr("%1 s").arg(std::ceil(static_cast<double>(p.total - p.records) / rate))
                            : QStringLiteral("-");
    m_progress->setRange(0, static_cast<int>(std::max<std::int64_t>(p.total, 1)));
    m_progress->setValue(static_cast<int>(std::min(p.records, p.total)));
    m_status->setText(tr("Copying topic %1 of %2: %3 of %4 record(s), %5, %6 records/s, ETA %7")
                          .arg(topicIndex + 1)
                          .arg(topics)
                          .arg(p.records)
                          .arg(p.total)
                          .arg(QLocale().formattedDataSize(p.bytes))
                          .arg(static_cast<qint64>(rate))
                          .arg(eta));
}

// Source and target compared record by record (`kafka verify`), provenance headers left out.
void KafkaCopyView::verify() {
    std::vector<KafkaCopyOptions> copies;
    if (!copiesToRun(copies))
        return;
    setBusy(true, tr("Verifying: reading both topics to their ends …"));
    m_connection->request<std::vector<TopicVerifyReport>>(
        kSlotPrefix + QStringLiteral("verify"), KafkaConnection::Lane::Admin, tr("verifying a copy"),
        [copies](KafkaAdmin&) {
            std::vector<TopicVerifyReport> reports;
            for (const auto& c : copies) {
                TopicVerifyOptions o;
                o.source = c.source;
                o.target = c.target;
                o.sourceTopic = c.sourceTopic;
                o.targetTopic = c.targetTopic;
                // records moved by key or by a map land in other partitions: compare them per key
                o.byKey = c.partitioning.mode != KafkaPartitionRule::Mode::Preserve;
                reports.push_back(verifyTopics(o));
            }
            return reports;
        },
        this,
        [this, copies](const KafkaRequest&, const std::vector<TopicVerifyReport>& reports) {
            m_verify = reports;
            QStringList lines;
            for (std::size_t i = 0; i < reports.size(); ++i) {
                const TopicVerifyCounts& t = reports[i].total;
                lines << tr("%1 → %2 (compared per %3): %4: %5 source and %6 target record(s); %7 missing, %8 extra, %9 duplicate(s)")
                             .arg(copies[i].sourceTopic, copies[i].targetTopic,
                                  reports[i].byKey ? tr("key") : tr("partition"),
                                  reports[i].matches() ? tr("match") : tr("DIFFERENT"))
                             .arg(t.source)
                             .arg(t.target)
                             .arg(t.missing)
                             .arg(t.extra)
                             .arg(t.duplicates);
            }
            setBusy(false, lines.join(QLatin1Char('\n')));
        });
}
