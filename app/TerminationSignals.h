#pragma once

class QCoreApplication;

// SIGTERM and SIGINT end mqkit-gui the way closing the window does (settings saved, the probe's
// figures printed, connections closed), not mid-event: the handler only writes to a pipe that a
// QSocketNotifier reads in the event loop.
void quitOnTerminationSignals(QCoreApplication& app);
