#pragma once

#include "profile/Profile.h"

#include <QStringList>

// The names of the saved connection profiles of one kind, for a view's "which broker / cluster"
// choice. None when the profile store cannot be read yet: a typed address still works.
QStringList savedProfileNames(mqkit::ProfileKind kind);
