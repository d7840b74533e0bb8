#pragma once

#include <QCoreApplication>

namespace mqkit {

// Translation context of core's user-facing strings (errors, prompts, warnings): one per module,
// as Qt Creator's utilstr.h. The GUI installs the translator; lupdate collects CoreTr::tr calls.
struct CoreTr {
    Q_DECLARE_TR_FUNCTIONS(mqkit::CoreTr)
};

} // namespace mqkit
