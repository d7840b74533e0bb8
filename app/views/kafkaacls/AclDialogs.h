#pragma once

#include "backend/BackendTypes.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Create ACLs: one binding (principal, host, permission, resource, pattern, operation) or the
// producer / consumer shortcut (core's KafkaAclShorthand, the expansion `mqkit kafka acls create
// --producer/--consumer` uses). The bindings that will be created are listed before Create.
class CreateAclDialog : public QDialog {
    Q_OBJECT
public:
    enum Grant { OperationGrant, ProducerGrant, ConsumerGrant };

    explicit CreateAclDialog(QWidget* parent = nullptr);

    QLineEdit* principalEdit() const { return m_principal; }
    QLineEdit* hostEdit() const { return m_host; }
    QComboBox* permissionBox() const { return m_permission; }
    QComboBox* grantBox() const { return m_grant; }
    QComboBox* resourceTypeBox() const { return m_resourceType; }
    QLineEdit* resourceNameEdit() const { return m_resourceName; }
    QComboBox* patternBox() const { return m_pattern; }
    QComboBox* operationBox() const { return m_operation; }
    QLineEdit* groupsEdit() const { return m_groups; }
    QCheckBox* idempotentBox() const { return m_idempotent; }
    QListWidget* previewList() const { return m_preview; }
    QPushButton* createButton() const { return m_create; }

    // The bindings the form describes; empty with the reason in `error` when it is incomplete.
    std::vector<mqkit::KafkaAcl> bindings(QString* error) const;

private:
    void update();

    QFormLayout* m_form;
    QLineEdit* m_principal;
    QLineEdit* m_host;
    QComboBox* m_permission;
    QComboBox* m_grant;
    QComboBox* m_resourceType;
    QLineEdit* m_resourceName;
    QComboBox* m_pattern;
    QComboBox* m_operation;
    QLineEdit* m_groups;
    QCheckBox* m_idempotent;
    QListWidget* m_preview;
    QLabel* m_problem;
    QPushButton* m_create;
};

// Shows exactly the ACLs a delete removes; Delete or Cancel.
class DeleteAclsDialog : public QDialog {
    Q_OBJECT
public:
    DeleteAclsDialog(const std::vector<mqkit::KafkaAcl>& acls, QWidget* parent = nullptr);

    const std::vector<mqkit::KafkaAcl>& acls() const { return m_acls; }
    QListWidget* list() const { return m_list; }
    QPushButton* deleteButton() const { return m_delete; }

private:
    std::vector<mqkit::KafkaAcl> m_acls;
    QListWidget* m_list;
    QPushButton* m_delete;
};

// The ACL operations and resource types as Kafka's tools name them, for the combo boxes.
QStringList kafkaAclOperations();
