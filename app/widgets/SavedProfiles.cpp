#include "widgets/SavedProfiles.h"

#include "common/Error.h"
#include "profile/ProfileStore.h"

QStringList savedProfileNames(mqkit::ProfileKind kind) {
    QStringList names;
    try {
        for (const mqkit::Profile& p : mqkit::ProfileStore(mqkit::ProfileStore::defaultPath()).list())
            if (p.kind == kind)
                names << p.name;
    } catch (const mqkit::Error&) {
        // no profile store yet
    }
    return names;
}
