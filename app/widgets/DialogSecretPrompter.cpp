#include "widgets/DialogSecretPrompter.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

std::optional<QString> DialogSecretPrompter::askSecret(const QString& what, Need /*need: a dialog always has someone to ask*/) {
    bool ok = false;
    const QString text = QInputDialog::getText(m_parent, QCoreApplication::translate("DialogSecretPrompter", "Password"),
                                               what, QLineEdit::Password, {}, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}
