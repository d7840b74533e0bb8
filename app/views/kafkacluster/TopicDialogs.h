#pragma once

#include "backend/BackendTypes.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Create a topic: name, partitions, replication factor and configs (key=value, one a line).
class CreateTopicDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateTopicDialog(QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* partitionsBox() const { return m_partitions; }
    QSpinBox* replicationBox() const { return m_replication; }
    QPlainTextEdit* configsEdit() const { return m_configs; }
    QPushButton* createButton() const;

    // The topic as entered; an empty optional (with the reason in `error`) when a config line is not key=value.
    std::optional<mqkit::KafkaNewTopic> topic(QString* error) const;

private:
    void check();

    QLineEdit* m_name;
    QSpinBox* m_partitions;
    QSpinBox* m_replication;
    QPlainTextEdit* m_configs;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

// Delete a topic: refused until the topic's name is typed.
class DeleteTopicDialog : public QDialog {
    Q_OBJECT
public:
    DeleteTopicDialog(const QString& topic, const QString& contents, QWidget* parent = nullptr);

    QString topic() const { return m_topic; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QPushButton* deleteButton() const { return m_delete; }

private:
    QString m_topic;
    QLineEdit* m_confirm;
    QPushButton* m_delete;
};

// Grow a topic to a new total of partitions (Kafka cannot remove partitions).
class AddPartitionsDialog : public QDialog {
    Q_OBJECT
public:
    AddPartitionsDialog(const QString& topic, int current, QWidget* parent = nullptr);

    QString topic() const { return m_topic; }
    QSpinBox* totalBox() const { return m_total; }
    QPushButton* addButton() const;

private:
    QString m_topic;
    QSpinBox* m_total;
    QDialogButtonBox* m_buttons;
};
