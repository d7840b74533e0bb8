#pragma once

#include <QString>

// Destructive commands go ahead with --yes, or after the user types "y" on a terminal. Without
// --yes and without a terminal on stdin this throws Error(Usage) saying so (exit 2); a "no"
// throws Error(Usage) too. `what` completes "Delete ...?".
void requireConfirmation(bool yes, const QString& what);
