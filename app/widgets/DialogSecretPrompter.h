#pragma once

#include "profile/ConnectionResolver.h"

#include <QPointer>
#include <QWidget>

// Asks core's secret questions in a password dialog (the GUI's side of mqkit::SecretPrompter).
class DialogSecretPrompter : public mqkit::SecretPrompter {
public:
    explicit DialogSecretPrompter(QWidget* parent) : m_parent(parent) {}
    std::optional<QString> askSecret(const QString& what, Need need) override;

private:
    QPointer<QWidget> m_parent;
};
