#include "views/kafkacluster/TopicDialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CreateTopicDialog::CreateTopicDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_partitions(new QSpinBox(this)), m_replication(new QSpinBox(this)),
      m_configs(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Create topic"));
    setMinimumWidth(460);
    m_name->setObjectName(QStringLiteral("topicName"));
    m_partitions->setRange(1, 100000);
    m_partitions->setValue(1);
    m_replication->setRange(1, 32);
    m_replication->setValue(1);
    m_configs->setPlaceholderText(tr("retention.ms=86400000\ncleanup.policy=compact"));
    m_configs->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Partitions:"), m_partitions);
    form->addRow(tr("Replication factor:"), m_replication);
    form->addRow(tr("Configs (key=value, one a line):"), m_configs);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateTopicDialog::check);
    connect(m_configs, &QPlainTextEdit::textChanged, this, &CreateTopicDialog::check);
    check();
}

QPushButton* CreateTopicDialog::createButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

std::optional<mqkit::KafkaNewTopic> CreateTopicDialog::topic(QString* error) const {
    mqkit::KafkaNewTopic t;
    t.name = m_name->text().trimmed();
    t.partitions = m_partitions->value();
    t.replicationFactor = m_replication->value();
    const QStringList lines = m_configs->toPlainText().split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("'%1' is not key=value").arg(line);
            return std::nullopt;
        }
        t.configs.emplace_back(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    if (t.name.isEmpty()) {
        *error = tr("Enter a topic name");
        return std::nullopt;
    }
    return t;
}

void CreateTopicDialog::check() {
    QString error;
    const bool ok = topic(&error).has_value();
    m_problem->setText(ok ? QString() : error);
    createButton()->setEnabled(ok);
}

DeleteTopicDialog::DeleteTopicDialog(const QString& topic, const QString& contents, QWidget* parent)
    : QDialog(parent), m_topic(topic), m_confirm(new QLineEdit(this)), m_delete(new QPushButton(tr("Delete topic"), this)) {
    setWindowTitle(tr("Delete topic"));
    setMinimumWidth(460);
    auto* text = new QLabel(tr("Delete topic <b>%1</b> and every record in it (%2)? This cannot be undone.<br>"
                               "Type the topic's name to confirm:")
                                .arg(topic.toHtmlEscaped(), contents.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_delete->setEnabled(false);
    // Return never deletes by accident: neither button is the default; Return in the field deletes
    // only when the name matches.
    auto* cancel = new QPushButton(tr("Cancel"), this);
    m_delete->setAutoDefault(false);
    cancel->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    connect(m_confirm, &QLineEdit::textChanged, this, [this](const QString& typed) { m_delete->setEnabled(typed == m_topic); });
    const auto confirmIfTyped = [this] {
        if (m_confirm->text() == m_topic)
            accept();
    };
    connect(m_delete, &QPushButton::clicked, this, confirmIfTyped);
    connect(m_confirm, &QLineEdit::returnPressed, this, confirmIfTyped);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

AddPartitionsDialog::AddPartitionsDialog(const QString& topic, int current, QWidget* parent)
    : QDialog(parent), m_topic(topic), m_total(new QSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add partitions"));
    setMinimumWidth(460);
    m_total->setRange(current + 1, 100000);
    m_total->setValue(current + 1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add partitions"));
    auto* text = new QLabel(tr("Topic <b>%1</b> has %n partition(s). New total (Kafka cannot remove partitions; "
                               "keyed records may map to other partitions afterwards):",
                               nullptr, current)
                                .arg(topic.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_total);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* AddPartitionsDialog::addButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}
