#include "views/kafkamessages/KafkaProduceDialog.h"

#include "kafka/KafkaRecordFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

KafkaProduceDialog::KafkaProduceDialog(QWidget* parent)
    : QDialog(parent), m_topic(new QLineEdit(this)), m_partition(new QSpinBox(this)), m_key(new QLineEdit(this)),
      m_nullKey(new QCheckBox(tr("No key (null)"), this)), m_value(new QPlainTextEdit(this)),
      m_headers(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Produce a record"));
    m_partition->setRange(-1, 1 << 20);
    m_partition->setSpecialValueText(tr("chosen by the partitioner"));
    m_partition->setValue(-1);
    m_headers->setPlaceholderText(tr("one header per line: name=value"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(fontMetrics().height() * 6);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(tr("Partition:"), m_partition);
    form->addRow(tr("Key:"), m_key);
    form->addRow(QString(), m_nullKey);
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("Headers:"), m_headers);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Produce"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nullKey, &QCheckBox::toggled, m_key, &QWidget::setDisabled);
    resize(520, 420);
}

void KafkaProduceDialog::prepare(const QString& topic, int partitions) {
    if (m_topic->text().isEmpty() || !topic.isEmpty())
        m_topic->setText(topic);
    m_partition->setMaximum(partitions > 0 ? partitions - 1 : (1 << 20));
}

void KafkaProduceDialog::setFields(const QString& topic, int partition, const QString& key, const QString& value,
                                   const QString& headerLines) {
    m_topic->setText(topic);
    m_partition->setValue(partition);
    m_key->setText(key);
    m_value->setPlainText(value);
    m_headers->setPlainText(headerLines);
}

void KafkaProduceDialog::setNullKey(bool on) {
    m_nullKey->setChecked(on);
}

mqkit::KafkaRecord KafkaProduceDialog::record() const {
    mqkit::KafkaRecord r;
    r.topic = m_topic->text().trimmed();
    r.partition = m_partition->value();
    if (!m_nullKey->isChecked())
        r.key = m_key->text().toUtf8();
    r.value = m_value->toPlainText().toUtf8();
    for (const QString& line : m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        r.headers.push_back(mqkit::parseKafkaHeader(line.toUtf8()));
    return r;
}
