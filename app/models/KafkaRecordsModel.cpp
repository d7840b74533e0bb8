#include "models/KafkaRecordsModel.h"

#include "common/JsonWriter.h"
#include "mqtt/PayloadView.h"

namespace {
constexpr int kSummaryChars = 120;

QString nullableSummary(const std::optional<QByteArray>& bytes) {
    return bytes ? mqkit::payloadSummary(*bytes, kSummaryChars) : KafkaRecordsModel::tr("(null)");
}

QString headersSummary(const std::vector<mqkit::KafkaHeader>& headers) {
    QStringList parts;
    for (const auto& h : headers)
        parts << QStringLiteral("%1=%2").arg(h.name, h.value ? mqkit::payloadSummary(*h.value, 40) : QStringLiteral("(null)"));
    return parts.join(QStringLiteral(", "));
}
} // namespace

KafkaRecordsModel::KafkaRecordsModel(QObject* parent) : QAbstractTableModel(parent) {}

int KafkaRecordsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KafkaRecordsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KafkaRecordsModel::data(const QModelIndex& index, int role) const {
    const mqkit::KafkaRecord* r = recordAt(index.row());
    if (!r || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case PartitionColumn:
        return r->partition;
    case OffsetColumn:
        return QVariant::fromValue<qlonglong>(r->offset);
    case TimestampColumn:
        return r->timestamp >= 0 ? mqkit::isoTimeUtc(r->timestamp) : QString();
    case KeyColumn:
        return nullableSummary(r->key);
    case ValueColumn:
        return nullableSummary(r->value);
    case HeadersColumn:
        return headersSummary(r->headers);
    default:
        return {};
    }
}

QVariant KafkaRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PartitionColumn:
        return tr("Partition");
    case OffsetColumn:
        return tr("Offset");
    case TimestampColumn:
        return tr("Timestamp");
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case HeadersColumn:
        return tr("Headers");
    default:
        return {};
    }
}

void KafkaRecordsModel::clear() {
    replaceRecords({});
}

void KafkaRecordsModel::replaceRecords(std::vector<KafkaShownRecord> records) {
    beginResetModel();
    m_rows.assign(std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
    endResetModel();
}

void KafkaRecordsModel::appendRecords(const std::vector<KafkaShownRecord>& records) {
    if (records.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    m_rows.insert(m_rows.end(), records.begin(), records.end());
    endInsertRows();
}

void KafkaRecordsModel::dropBefore(quint64 firstKeptSeq) {
    int count = 0;
    while (count < static_cast<int>(m_rows.size()) && m_rows[static_cast<size_t>(count)].seq < firstKeptSeq)
        ++count;
    if (count == 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

const mqkit::KafkaRecord* KafkaRecordsModel::recordAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return m_rows[static_cast<size_t>(row)].record.get();
}

std::vector<std::shared_ptr<const mqkit::KafkaRecord>> KafkaRecordsModel::records() const {
    std::vector<std::shared_ptr<const mqkit::KafkaRecord>> out;
    out.reserve(m_rows.size());
    for (const auto& row : m_rows)
        out.push_back(row.record);
    return out;
}
