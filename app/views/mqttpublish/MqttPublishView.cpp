#include "views/mqttpublish/MqttPublishView.h"

#include "common/Error.h"
#include "common/Utf8.h"
#include "mqtt/MqttLimits.h"
#include "mqtt/PayloadView.h"
#include "views/mqttpublish/PublishHistory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

using mqkit::PayloadViewKind;

namespace {

constexpr int kMaxCompletions = 20000;
const QString kErrorStyle = QStringLiteral("color: #b00020");
const QString kOkStyle = QStringLiteral("color: #1b7f3b");

QLabel* makeErrorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setStyleSheet(kErrorStyle);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void setLabel(QLabel* label, const QString& text, const QString& style) {
    label->setText(text);
    label->setStyleSheet(style);
    label->setVisible(!text.isEmpty());
}

} // namespace

MqttPublishView::MqttPublishView(MqttConnection* connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_historyStore(std::make_unique<PublishHistory>()),
      m_hintTimer(new QTimer(this)), m_completionTimer(new QTimer(this)), m_topicList(new QStringListModel(this)) {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildForm());
    split->addWidget(buildHistory());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(150); // large payloads are checked once typing pauses
    m_completionTimer->setSingleShot(true);
    m_completionTimer->setInterval(1000);
    connectSignals();
    updateProtocol();
    updatePayloadHint();
    refreshHistory();
}

MqttPublishView::~MqttPublishView() = default;

QWidget* MqttPublishView::buildForm() {
    auto* form = new QWidget(this);
    m_topic = new QLineEdit(form);
    m_topic->setObjectName(QStringLiteral("publishTopic"));
    m_topic->setPlaceholderText(tr("Topic, e.g. sensors/kitchen/temp"));
    m_topic->setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_topicList, m_topic);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_topic->setCompleter(completer);
    m_topicError = makeErrorLabel(form);
    m_format = new QComboBox(form);
    m_format->addItem(tr("Text"), int(PayloadViewKind::Text));
    m_format->addItem(tr("JSON"), int(PayloadViewKind::Json));
    m_format->addItem(tr("Hex"), int(PayloadViewKind::Hex));
    m_format->addItem(tr("Base64"), int(PayloadViewKind::Base64));
    m_format->setToolTip(tr("How the payload is typed: hex and base64 are decoded to the bytes sent"));
    m_payload = new QPlainTextEdit(form);
    m_payload->setObjectName(QStringLiteral("publishPayload"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Payload (empty: a zero-length message)"));
    m_payloadHint = new QLabel(form);
    m_payloadHint->setWordWrap(true);
    m_qos = new QComboBox(form);
    m_qos->addItems({tr("0 – at most once"), tr("1 – at least once"), tr("2 – exactly once")});
    m_retain = new QCheckBox(tr("Retain"), form);
    m_publish = new QPushButton(tr("Publish"), form);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_publish->setToolTip(tr("Publish (Ctrl+Return)"));
    m_publish->setDefault(true);
    m_status = new QLabel(form);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("QoS"), form));
    options->addWidget(m_qos);
    options->addSpacing(12);
    options->addWidget(m_retain);
    options->addStretch(1);
    options->addWidget(new QLabel(tr("Payload as"), form));
    options->addWidget(m_format);
    auto* send = new QHBoxLayout;
    send->addWidget(m_publish);
    send->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(form);
    layout->addWidget(new QLabel(tr("Topic"), form));
    layout->addWidget(m_topic);
    layout->addWidget(m_topicError);
    layout->addLayout(options);
    layout->addWidget(m_payload, 3);
    layout->addWidget(m_payloadHint);
    layout->addWidget(buildPropertiesBox(), 2);
    layout->addLayout(send);
    return form;
}

QGroupBox* MqttPublishView::buildPropertiesBox() {
    m_propertiesBox = new QGroupBox(tr("MQTT 5 properties"), this);
    m_contentType = new QLineEdit(m_propertiesBox);
    m_contentType->setPlaceholderText(tr("e.g. application/json"));
    m_responseTopic = new QLineEdit(m_propertiesBox);
    m_correlationData = new QLineEdit(m_propertiesBox);
    m_correlationData->setPlaceholderText(tr("sent as UTF-8 bytes"));
    m_expiry = new QSpinBox(m_propertiesBox);
    m_expiry->setRange(0, std::numeric_limits<int>::max());
    m_expiry->setSpecialValueText(tr("never"));
    m_expiry->setSuffix(tr(" s"));
    m_payloadFormat = new QComboBox(m_propertiesBox);
    m_payloadFormat->addItems({tr("not set"), tr("0 – unspecified bytes"), tr("1 – UTF-8 text")});
    m_userProperties = new QTableWidget(0, 2, m_propertiesBox);
    m_userProperties->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_userProperties->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_userProperties->verticalHeader()->setVisible(false);
    m_userProperties->setMinimumHeight(80);
    m_addUserProperty = new QPushButton(tr("Add"), m_propertiesBox);
    m_removeUserProperty = new QPushButton(tr("Remove"), m_propertiesBox);
    auto* userButtons = new QVBoxLayout;
    userButtons->addWidget(m_addUserProperty);
    userButtons->addWidget(m_removeUserProperty);
    userButtons->addStretch(1);
    auto* user = new QHBoxLayout;
    user->addWidget(m_userProperties, 1);
    user->addLayout(userButtons);
    auto* layout = new QFormLayout(m_propertiesBox);
    layout->addRow(tr("Content type"), m_contentType);
    layout->addRow(tr("Response topic"), m_responseTopic);
    layout->addRow(tr("Correlation data"), m_correlationData);
    layout->addRow(tr("Message expiry"), m_expiry);
    layout->addRow(tr("Payload format"), m_payloadFormat);
    layout->addRow(tr("User properties"), user);
    return m_propertiesBox;
}

QWidget* MqttPublishView::buildHistory() {
    auto* page = new QWidget(this);
    m_history = new QTreeWidget(page);
    m_history->setObjectName(QStringLiteral("publishHistory"));
    m_history->setHeaderLabels({tr("Sent"), tr("Topic"), tr("QoS"), tr("Retain"), tr("Payload")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setToolTip(tr("Click to load a message into the form, double-click to send it again"));
    m_resend = new QPushButton(tr("Re-send"), page);
    m_resend->setEnabled(false);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Sent messages"), page));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_resend, 0, Qt::AlignRight);
    return page;
}

void MqttPublishView::connectSignals() {
    connect(m_topic, &QLineEdit::textChanged, this, [this] { updateTopicError(false); });
    connect(m_payload, &QPlainTextEdit::textChanged, m_hintTimer, qOverload<>(&QTimer::start));
    connect(m_format, &QComboBox::currentIndexChanged, this, &MqttPublishView::updatePayloadHint);
    connect(m_hintTimer, &QTimer::timeout, this, &MqttPublishView::updatePayloadHint);
    connect(m_publish, &QPushButton::clicked, this, &MqttPublishView::publishForm);
    connect(m_resend, &QPushButton::clicked, this, &MqttPublishView::resendSelected);
    connect(m_history, &QTreeWidget::itemSelectionChanged, this, &MqttPublishView::loadHistoryEntry);
    connect(m_history, &QTreeWidget::itemDoubleClicked, this, &MqttPublishView::resendSelected);
    connect(m_addUserProperty, &QPushButton::clicked, this, [this] {
        const int row = m_userProperties->rowCount();
        m_userProperties->insertRow(row);
        m_userProperties->setItem(row, 0, new QTableWidgetItem);
        m_userProperties->setItem(row, 1, new QTableWidgetItem);
        m_userProperties->setCurrentCell(row, 0);
        m_userProperties->editItem(m_userProperties->item(row, 0));
    });
    connect(m_removeUserProperty, &QPushButton::clicked, this, [this] {
        if (m_userProperties->currentRow() >= 0)
            m_userProperties->removeRow(m_userProperties->currentRow());
    });
    connect(m_connection, &MqttConnection::opened, this, [this] {
        updateProtocol();
        m_seenTopics.clear(); // the next broker's topics, not the previous one's
        m_completionTimer->start();
    });
    connect(m_connection, &MqttConnection::batchReady, this, &MqttPublishView::collectTopics);
    connect(m_completionTimer, &QTimer::timeout, this, [this] {
        QStringList topics(m_seenTopics.cbegin(), m_seenTopics.cend());
        topics.sort();
        m_topicList->setStringList(topics);
    });
    connect(m_connection, &MqttConnection::taskFailed, this, [this](const MqttTaskControlPtr& task, const QString& message) {
        if (task != m_task)
            return;
        m_task.reset();
        m_publish->setEnabled(true);
        m_resend->setEnabled(!m_history->selectedItems().isEmpty());
        showStatus(tr("Not sent: %1").arg(message), true);
    });
}

// Properties go only to MQTT 5 brokers: on MQTT 3.1.1 the box stays visible but disabled.
void MqttPublishView::updateProtocol() {
    const bool v5 = m_connection->options().protocolVersion == 5;
    m_propertiesBox->setEnabled(v5);
    m_propertiesBox->setTitle(v5 ? tr("MQTT 5 properties") : tr("MQTT 5 properties (this connection is MQTT 3.1.1)"));
}

void MqttPublishView::updateTopicError(bool showEmpty) {
    QString error;
    if (showEmpty || !m_topic->text().isEmpty()) {
        try {
            mqkit::checkTopicName(m_topic->text());
        } catch (const mqkit::Error& e) {
            error = e.message();
        }
    }
    setLabel(m_topicError, error, kErrorStyle);
}

void MqttPublishView::updatePayloadHint() {
    const auto kind = static_cast<PayloadViewKind>(m_format->currentData().toInt());
    const QString text = m_payload->toPlainText();
    if (kind == PayloadViewKind::Hex || kind == PayloadViewKind::Base64) {
        try {
            const qsizetype bytes = mqkit::payloadFromText(text, kind).size();
            return setLabel(m_payloadHint, tr("%n byte(s)", nullptr, static_cast<int>(bytes)), QString());
        } catch (const mqkit::Error& e) {
            return setLabel(m_payloadHint, e.message(), kErrorStyle);
        }
    }
    const QByteArray bytes = text.toUtf8();
    const QString size = tr("%n byte(s)", nullptr, static_cast<int>(bytes.size()));
    if (bytes.trimmed().isEmpty() && kind == PayloadViewKind::Text)
        return setLabel(m_payloadHint, text.isEmpty() ? tr("empty payload") : size, QString());
    const mqkit::JsonSyntax syntax = mqkit::checkJsonSyntax(bytes);
    const QChar first = text.trimmed().isEmpty() ? QChar() : text.trimmed().front();
    const bool looksLikeJson = first == QLatin1Char('{') || first == QLatin1Char('[');
    if (syntax.valid)
        setLabel(m_payloadHint, tr("valid JSON · %1").arg(size), kOkStyle);
    else if (kind == PayloadViewKind::Json || looksLikeJson)
        setLabel(m_payloadHint, tr("JSON error at line %1:%2: %3").arg(syntax.line).arg(syntax.column).arg(syntax.error),
                 kind == PayloadViewKind::Json ? kErrorStyle : QString());
    else
        setLabel(m_payloadHint, tr("not JSON · %1").arg(size), QString());
}

QString MqttPublishView::payloadHint() const {
    return m_payloadHint->text();
}

QString MqttPublishView::topicError() const {
    return m_topicError->text();
}

QString MqttPublishView::statusText() const {
    return m_status->text();
}

void MqttPublishView::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? kErrorStyle : QString());
}

mqkit::MqttProperties MqttPublishView::propertiesFromForm() const {
    mqkit::MqttProperties p;
    for (int row = 0; row < m_userProperties->rowCount(); ++row) {
        const QTableWidgetItem* name = m_userProperties->item(row, 0);
        const QTableWidgetItem* value = m_userProperties->item(row, 1);
        const QString key = name ? name->text() : QString();
        const QString text = value ? value->text() : QString();
        if (key.isEmpty() && text.isEmpty())
            continue;
        if (key.isEmpty())
            throw mqkit::Error(mqkit::ErrorKind::Usage, tr("user property in row %1 has a value but no name").arg(row + 1));
        p.user.emplace_back(key, text);
    }
    p.contentType = m_contentType->text();
    p.responseTopic = m_responseTopic->text();
    p.correlationData = m_correlationData->text().toUtf8();
    if (m_expiry->value() > 0)
        p.messageExpirySeconds = static_cast<std::uint32_t>(m_expiry->value());
    if (m_payloadFormat->currentIndex() > 0)
        p.payloadFormat = m_payloadFormat->currentIndex() - 1;
    return p;
}

// The form as a message, checked by core; what is wrong shows beside the field it concerns.
std::optional<mqkit::MqttMessage> MqttPublishView::messageFromForm() {
    updateTopicError(true);
    if (!m_topicError->text().isEmpty()) {
        showStatus(tr("Not sent: fix the topic"), true);
        m_topic->setFocus();
        return std::nullopt;
    }
    mqkit::MqttMessage message;
    message.topic = m_topic->text();
    message.qos = m_qos->currentIndex();
    message.retained = m_retain->isChecked();
    try {
        message.payload = mqkit::payloadFromText(m_payload->toPlainText(),
                                                 static_cast<PayloadViewKind>(m_format->currentData().toInt()));
        if (m_propertiesBox->isEnabled())
            message.properties = propertiesFromForm();
        mqkit::checkPublishable(message);
    } catch (const mqkit::Error& e) {
        showStatus(tr("Not sent: %1").arg(e.message()), true);
        return std::nullopt;
    }
    return message;
}

void MqttPublishView::publishForm() {
    if (m_task)
        return;
    if (const auto message = messageFromForm())
        publish(*message);
}

void MqttPublishView::resendSelected() {
    const int row = m_history->indexOfTopLevelItem(m_history->currentItem());
    if (m_task || row < 0 || row >= static_cast<int>(m_historyStore->entries().size()))
        return;
    mqkit::MqttMessage message = m_historyStore->entries()[static_cast<std::size_t>(row)];
    message.receivedAtMs = 0;
    publish(message);
}

void MqttPublishView::publish(const mqkit::MqttMessage& message) {
    m_publish->setEnabled(false);
    m_resend->setEnabled(false);
    showStatus(tr("Sending to %1…").arg(message.topic), false);
    m_task = m_connection->runTask<std::int64_t>(
        tr("publishing to %1").arg(message.topic),
        [message](mqkit::MqttSession& session, MqttTaskControl&) {
            session.publish(message);
            return QDateTime::currentMSecsSinceEpoch();
        },
        this, [this, message](const std::int64_t& sentAtMs) { finishPublish(message, sentAtMs); });
}

void MqttPublishView::finishPublish(mqkit::MqttMessage message, std::int64_t sentAtMs) {
    m_task.reset();
    m_publish->setEnabled(true);
    message.receivedAtMs = sentAtMs;
    const bool saved = m_historyStore->add(message);
    refreshHistory();
    QString text = tr("Sent to %1 (QoS %2%3) at %4")
                       .arg(message.topic)
                       .arg(message.qos)
                       .arg(message.retained ? tr(", retained") : QString())
                       .arg(QDateTime::fromMSecsSinceEpoch(sentAtMs).toString(QStringLiteral("HH:mm:ss")));
    if (!saved)
        text += tr(" (the history could not be saved)");
    showStatus(text, false);
}

void MqttPublishView::refreshHistory() {
    const QSignalBlocker block(m_history);
    m_history->clear();
    for (const mqkit::MqttMessage& m : m_historyStore->entries()) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, QDateTime::fromMSecsSinceEpoch(m.receivedAtMs).toString(QStringLiteral("MM-dd HH:mm:ss")));
        item->setText(1, m.topic);
        item->setText(2, QString::number(m.qos));
        item->setText(3, m.retained ? tr("yes") : QString());
        item->setText(4, mqkit::payloadSummary(m.payload, 60));
        item->setToolTip(1, m.topic);
    }
    for (int c = 0; c < 4; ++c)
        m_history->resizeColumnToContents(c);
    m_resend->setEnabled(false);
}

// A selected history entry fills the form, so it can be changed before sending it again.
void MqttPublishView::loadHistoryEntry() {
    const int row = m_history->indexOfTopLevelItem(m_history->currentItem());
    m_resend->setEnabled(row >= 0 && !m_task);
    if (row < 0 || row >= static_cast<int>(m_historyStore->entries().size()))
        return;
    const mqkit::MqttMessage& m = m_historyStore->entries()[static_cast<std::size_t>(row)];
    m_topic->setText(m.topic);
    const bool text = mqkit::isValidUtf8(m.payload);
    m_format->setCurrentIndex(m_format->findData(int(text ? PayloadViewKind::Text : PayloadViewKind::Hex)));
    m_payload->setPlainText(text ? QString::fromUtf8(m.payload) : QString::fromLatin1(m.payload.toHex(' ')));
    m_qos->setCurrentIndex(m.qos);
    m_retain->setChecked(m.retained);
    const mqkit::MqttProperties& p = m.properties;
    m_contentType->setText(p.contentType);
    m_responseTopic->setText(p.responseTopic);
    m_correlationData->setText(QString::fromUtf8(p.correlationData));
    m_expiry->setValue(p.messageExpirySeconds ? static_cast<int>(std::min<std::uint32_t>(*p.messageExpirySeconds, std::numeric_limits<int>::max())) : 0);
    m_payloadFormat->setCurrentIndex(p.payloadFormat ? *p.payloadFormat + 1 : 0);
    m_userProperties->setRowCount(0);
    for (const auto& [key, value] : p.user) {
        const int r = m_userProperties->rowCount();
        m_userProperties->insertRow(r);
        m_userProperties->setItem(r, 0, new QTableWidgetItem(key));
        m_userProperties->setItem(r, 1, new QTableWidgetItem(value));
    }
}

// The topics the connection delivers feed the topic completion (bounded; refreshed at most once a second).
void MqttPublishView::collectTopics(const MqttBatchPtr& batch) {
    const QString* previous = nullptr;
    for (const mqkit::MqttMessage& m : *batch) {
        if (m_seenTopics.size() >= kMaxCompletions)
            break;
        if (previous && *previous == m.topic)
            continue;
        previous = &m.topic;
        if (!m_seenTopics.contains(m.topic)) {
            m_seenTopics.insert(m.topic);
            if (!m_completionTimer->isActive())
                m_completionTimer->start();
        }
    }
}
