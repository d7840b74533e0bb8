#pragma once

class QCoreApplication;

// Installs the translation of the GUI's and core's strings for the system locale (LANG, LC_ALL,
// LC_MESSAGES), from the .qm files the build compiles into the GUI library (:/i18n). Returns
// false when there is none for that locale (English stays).
bool installTranslations(QCoreApplication& app);
