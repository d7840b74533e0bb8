#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace mqkit {

// A consumer group's health from a window of lag samples, in the spirit of Burrow's evaluator.
// Rules, checked in this order for each partition (oldest sample first, the newest last):
//   ERR     the newest sample could not be read.
//   REWIND  the committed offset went backwards between two samples (someone reset it).
//   OK      the newest lag is 0 (caught up; an idle partition is OK however long it is idle),
//           or the partition has no committed offset, or the window holds fewer than 2 samples.
//   STOP    the committed offset did not move over the whole window, the lag stayed above 0, and
//           the group has no active members: nobody is consuming.
//   STALL   the same, but the group has active members: they are there and not progressing.
//   WARN    the offset moves, but the lag grew between every two samples of a window of at least
//           3: the consumers are falling behind.
//   OK      otherwise.
// A group's status is the worst of its partitions' (ERR > REWIND > STOP > STALL > WARN > OK).
enum class LagStatus { Ok = 0, Warn = 1, Stall = 2, Stop = 3, Rewind = 4, Err = 5 };

struct LagSample {
    std::int64_t takenAtMs = 0;
    std::optional<std::int64_t> committed;
    std::int64_t logEnd = -1;
    std::optional<std::int64_t> lag;
    int members = 0; // active members of the group when sampled
    bool error = false;
};

struct LagVerdict {
    LagStatus status = LagStatus::Ok;
    QString reason; // one short sentence for humans
};

LagVerdict evaluatePartition(const std::vector<LagSample>& window);
QString lagStatusName(LagStatus status); // "OK", "WARN", "STALL", "STOP", "REWIND", "ERR"

} // namespace mqkit
