#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

bool installTranslations(QCoreApplication& app) {
    auto* translator = new QTranslator(&app);
    if (!translator->load(QLocale(), QStringLiteral("mqkit"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}
