#pragma once

#include "profile/Profile.h"

#include <QDialog>
#include <QThreadPool>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace mqkit {
struct ProfileSettings;
}

// The connection manager: the saved profiles (core's ProfileStore) on the left, the selected
// one's settings on the right. Saving goes through core's buildProfile/saveProfile, so the GUI
// validates exactly as `mqkit profile add` does. Passwords go to the keyring (or stay where a
// file:/env: reference says) and are never shown. Test connects off the GUI thread.
class ConnectionManagerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionManagerDialog(QWidget* parent = nullptr);
    ~ConnectionManagerDialog() override; // waits for a running test (bounded by its timeout)

    // For tests and callers: the form's fields, by what they hold.
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* systemBox() const { return m_system; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* secretBox() const { return m_secretSource; }
    QLineEdit* secretDetailEdit() const { return m_secretDetail; }
    QComboBox* saslBox() const { return m_sasl; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QLineEdit* certFileEdit() const { return m_certFile; }
    QLineEdit* keyFileEdit() const { return m_keyFile; }
    QCheckBox* insecureBox() const { return m_insecure; }
    QPlainTextEdit* propertiesEdit() const { return m_properties; }
    QListWidget* profileList() const { return m_list; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* deleteButton() const { return m_delete; }
    QString messageText() const; // the last save/test/delete outcome shown under the form

    void reload();                       // the list from the store
    void selectProfile(const QString& name);
    void newProfile();
    bool saveCurrent();                  // false with the reason shown
    void testCurrent();                  // result -> testFinished
    bool deleteCurrent(bool askFirst = true);

signals:
    void openRequested(const QString& profileName);
    void testFinished(bool ok, const QString& message);

private:
    QWidget* buildForm();
    QWidget* buildFileField(QLineEdit*& edit, const QString& caption);
    void showProfile(const mqkit::Profile& profile);
    mqkit::ProfileSettings settingsFromForm() const;
    void updateFieldsForSystem();
    void showMessage(const QString& text, bool error);
    std::optional<mqkit::Profile> storedProfile(const QString& name) const;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_system = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_secretSource = nullptr;
    QLineEdit* m_secretDetail = nullptr;
    QComboBox* m_sasl = nullptr;
    QLabel* m_saslLabel = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_certFile = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QCheckBox* m_insecure = nullptr;
    QPlainTextEdit* m_properties = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_delete = nullptr;
    QString m_loadedName; // the stored profile the form shows; empty for a new one
    QThreadPool m_testPool;
};
