#pragma once

#include "backend/BackendTypes.h"
#include "lag/LagHistory.h"
#include "lag/LagStatus.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

// One row per consumer group: state, members, total lag, topics and the lag status over the last
// samples (core's LagHistory verdict). setGroups() takes a whole refresh and applies it as the
// smallest change: rows of vanished groups removed, new groups inserted in place, dataChanged over
// the rows whose values changed. The selection and scroll position of a view survive a refresh.
class KafkaGroupsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GroupColumn, StateColumn, MembersColumn, TotalLagColumn, TopicsColumn, StatusColumn, ColumnCount };

    struct Row {
        QString groupId;
        QString state;
        int members = 0;
        qint64 totalLag = 0;
        QStringList topics;
        mqkit::LagVerdict verdict;
        QString error;
        bool operator==(const Row& o) const {
            return groupId == o.groupId && state == o.state && members == o.members && totalLag == o.totalLag &&
                   topics == o.topics && verdict.status == o.verdict.status && verdict.reason == o.verdict.reason &&
                   error == o.error;
        }
    };
    // The rows of a lag report with the verdicts LagHistory::evaluate gave for it.
    static std::vector<Row> rowsFrom(const mqkit::LagReport& report, const std::vector<mqkit::GroupVerdict>& verdicts);

    explicit KafkaGroupsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setGroups(std::vector<Row> rows); // any order; shown sorted by group id
    const Row* group(const QString& groupId) const;
    int rowOf(const QString& groupId) const; // -1 when absent

private:
    void removeVanished(const std::vector<Row>& rows);
    void insertNew(const std::vector<Row>& rows);
    std::vector<Row> m_rows; // sorted by group id
};
