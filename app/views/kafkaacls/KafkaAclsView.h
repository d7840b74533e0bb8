#pragma once

#include "backend/BackendTypes.h"
#include "views/kafkaacls/AclDialogs.h"

#include <QPointer>
#include <QWidget>

class KafkaConnection;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The ACLs of one KafkaConnection's cluster, filtered by principal, resource type and name,
// pattern type and operation (the filter goes to the broker, as `kafka-acls --list` does).
// Create (one binding or the producer / consumer shortcut) and delete the selected ones after a
// confirmation that lists exactly them. Read when first shown after a cluster is opened. Failures show as one line under the table.
class KafkaAclsView : public QWidget {
    Q_OBJECT
public:
    enum Column { ResourceTypeColumn, ResourceNameColumn, PatternColumn, PrincipalColumn, HostColumn, OperationColumn, PermissionColumn };

    explicit KafkaAclsView(KafkaConnection* connection, QWidget* parent = nullptr);

    QLineEdit* principalFilter() const { return m_principal; }
    QComboBox* resourceTypeFilter() const { return m_resourceType; }
    QLineEdit* resourceNameFilter() const { return m_resourceName; }
    QComboBox* patternFilter() const { return m_pattern; }
    QComboBox* operationFilter() const { return m_operation; }
    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* createButton() const { return m_createButton; }
    QPushButton* deleteButton() const { return m_deleteButton; }
    CreateAclDialog* createDialog() const { return m_createDialog; }
    DeleteAclsDialog* deleteDialog() const { return m_deleteDialog; }
    const std::vector<mqkit::KafkaAcl>& acls() const { return m_acls; }

    void refresh();

signals:
    void aclsShown(); // the table holds a fresh answer

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilterBar();
    mqkit::KafkaAcl filter() const;
    void showAcls(const std::vector<mqkit::KafkaAcl>& acls);
    std::vector<mqkit::KafkaAcl> selectedAcls() const;
    void openCreateDialog();
    void openDeleteDialog();
    void createAcls(const std::vector<mqkit::KafkaAcl>& acls);
    void deleteAcls(const std::vector<mqkit::KafkaAcl>& acls);
    void say(const QString& text, bool error = false);

    KafkaConnection* m_connection;
    QLineEdit* m_principal = nullptr;
    QComboBox* m_resourceType = nullptr;
    QLineEdit* m_resourceName = nullptr;
    QComboBox* m_pattern = nullptr;
    QComboBox* m_operation = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    std::vector<mqkit::KafkaAcl> m_acls;
    bool m_stale = false; // a cluster was opened while hidden: read it when shown
    QString m_done; // what the last action did, shown with the refresh that follows it
    QPointer<CreateAclDialog> m_createDialog;
    QPointer<DeleteAclsDialog> m_deleteDialog;
};
