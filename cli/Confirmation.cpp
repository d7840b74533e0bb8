#include "Confirmation.h"

#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"

#include <cstdio>
#include <iostream>
#include <string>

void requireConfirmation(bool yes, const QString& what) {
    if (yes)
        return;
    if (!stdinIsTerminal())
        throw mqkit::Error(mqkit::ErrorKind::Usage,
                           QStringLiteral("refusing to delete %1 without --yes (no terminal to confirm on)").arg(what));
    flushStdout();
    std::fputs(QStringLiteral("Delete %1? [y/N] ").arg(what).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string answer;
    std::getline(std::cin, answer);
    const QString a = QString::fromStdString(answer).trimmed().toLower();
    if (a != QLatin1String("y") && a != QLatin1String("yes"))
        throw mqkit::Error(mqkit::ErrorKind::Usage, QStringLiteral("not confirmed: nothing deleted"));
}
