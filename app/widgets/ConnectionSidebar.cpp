#include "widgets/ConnectionSidebar.h"

#include <QEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace {
enum Role { WorkspaceRole = Qt::UserRole + 1, SystemRole, NameRole, StateRole };
}

ConnectionSidebar::ConnectionSidebar(QWidget* parent) : QListWidget(parent) {
    setObjectName(QStringLiteral("connectionSidebar"));
    setIconSize(QSize(24, 24));
    setContextMenuPolicy(Qt::CustomContextMenu);
    setUniformItemSizes(false);
    setWordWrap(true);
    connect(this, &QListWidget::customContextMenuRequested, this, &ConnectionSidebar::showContextMenu);
    connect(this, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { emit currentWorkspaceChanged(item ? item->data(WorkspaceRole).value<QWidget*>() : nullptr); });
}

void ConnectionSidebar::addConnection(QWidget* workspace, System system, const QString& name) {
    auto* item = new QListWidgetItem(systemIcon(system), QString());
    item->setData(WorkspaceRole, QVariant::fromValue(workspace));
    item->setData(SystemRole, static_cast<int>(system));
    item->setData(NameRole, name);
    item->setData(StateRole, tr("connecting …"));
    refreshText(item);
    addItem(item);
}

void ConnectionSidebar::removeConnection(QWidget* workspace) {
    delete itemFor(workspace); // QListWidget moves the current row and says so
}

void ConnectionSidebar::setState(QWidget* workspace, const QString& state) {
    if (QListWidgetItem* item = itemFor(workspace)) {
        item->setData(StateRole, state);
        refreshText(item);
    }
}

void ConnectionSidebar::setName(QWidget* workspace, const QString& name) {
    if (QListWidgetItem* item = itemFor(workspace)) {
        item->setData(NameRole, name);
        refreshText(item);
    }
}

void ConnectionSidebar::select(QWidget* workspace) {
    if (QListWidgetItem* item = itemFor(workspace))
        setCurrentItem(item);
}

QString ConnectionSidebar::nameOf(QWidget* workspace) const {
    QListWidgetItem* item = itemFor(workspace);
    return item ? item->data(NameRole).toString() : QString();
}

QString ConnectionSidebar::stateOf(QWidget* workspace) const {
    QListWidgetItem* item = itemFor(workspace);
    return item ? item->data(StateRole).toString() : QString();
}

QWidget* ConnectionSidebar::workspaceAt(int row) const {
    QListWidgetItem* it = item(row);
    return it ? it->data(WorkspaceRole).value<QWidget*>() : nullptr;
}

QWidget* ConnectionSidebar::currentWorkspace() const {
    return currentItem() ? currentItem()->data(WorkspaceRole).value<QWidget*>() : nullptr;
}

QListWidgetItem* ConnectionSidebar::itemFor(QWidget* workspace) const {
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(WorkspaceRole).value<QWidget*>() == workspace)
            return item(row);
    return nullptr;
}

void ConnectionSidebar::refreshText(QListWidgetItem* item) {
    const QString name = item->data(NameRole).toString();
    const QString state = item->data(StateRole).toString();
    item->setText(name + QLatin1Char('\n') + state);
    item->setToolTip(name + QLatin1Char('\n') + state);
}

// A badge with the system's letter in the palette's highlight colours, so it follows light/dark.
QIcon ConnectionSidebar::systemIcon(System system) const {
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(system == System::Mqtt ? QPalette::Highlight : QPalette::Link));
    painter.drawRoundedRect(QRectF(2, 2, 44, 44), 10, 10);
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(28);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, system == System::Mqtt ? QStringLiteral("M") : QStringLiteral("K"));
    return QIcon(pixmap);
}

void ConnectionSidebar::changeEvent(QEvent* event) {
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // the system switched light/dark
        for (int row = 0; row < count(); ++row)
            item(row)->setIcon(systemIcon(static_cast<System>(item(row)->data(SystemRole).toInt())));
}

void ConnectionSidebar::showContextMenu(const QPoint& pos) {
    QListWidgetItem* it = itemAt(pos);
    if (!it)
        return;
    QMenu menu(this);
    QAction* close = menu.addAction(tr("Close connection"));
    if (menu.exec(viewport()->mapToGlobal(pos)) == close)
        emit closeRequested(it->data(WorkspaceRole).value<QWidget*>());
}
