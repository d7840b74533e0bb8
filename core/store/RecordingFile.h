#pragma once

#include "kafka/KafkaRecord.h"
#include "store/SqliteDb.h"

#include <QString>

#include <memory>

namespace mqkit {

// The on-disk format of an MQTT or Kafka recording, shared by MessageRecorder (writes) and
// RecordingReader (reads). Schema versioned with PRAGMA user_version:
//   meta(key, value)          format = 'mqkit-recording', created_by = mqkit version
//   runs(id, started_at_ms, ended_at_ms, broker_url, filters JSON, qos, protocol, mqkit_version)
//                             one row per recording run (--append adds one); ended_at_ms is
//                             NULL when the recorder was killed
//   messages(id, run_id, received_at_ms, topic, payload BLOB, qos, retain, properties JSON|NULL)
//   gaps(id, run_id, lost_at_ms, resumed_at_ms, reason)   optional (absent from older files; no
//                             version bump, so older mqkit still reads newer files): the connection
//                             was lost during the run and nothing was recorded until it came back;
//                             resumed_at_ms NULL: it never came back before the run ended
// Format 2 (a migration adds these to a format 1 file when Kafka records are first written into
// it, so a recording of MQTT only stays format 1, readable by older mqkit; MQTT rows are unchanged):
//   runs.system               'mqtt' or 'kafka'; a Kafka run keeps the bootstrap list in broker_url,
//                             the topics in filters, qos and protocol 0
//   messages.kafka_partition, kafka_offset, kafka_timestamp (ms), kafka_timestamp_type (0 none,
//   1 CreateTime, 2 LogAppendTime), kafka_key BLOB (NULL: no key), kafka_headers BLOB (NULL: no
//   headers; else per header in order: int32 name length, name UTF-8, int32 value length or -1
//   for a null value, value bytes; big-endian). A Kafka record has kafka_partition NOT NULL, its
//   topic in topic and its value in payload (NULL: a null value, a tombstone).
// Journal: WAL, synchronous=NORMAL (a killed process loses nothing committed; an OS crash at
// most the last transactions).
namespace recordingfile {

constexpr const char* kFormat = "mqkit-recording";

// Opens an existing recording; throws Error(Usage) when the file is missing, is not an SQLite
// database or not an mqkit recording, Error(Io) for other I/O failures.
std::unique_ptr<SqliteDb> openExisting(const QString& path);

// Creates a new recording (refuses an existing file) or, with append, opens an existing one.
std::unique_ptr<SqliteDb> openForWriting(const QString& path, bool append);

// The newest format version this mqkit reads and writes (PRAGMA user_version).
int formatVersion();
constexpr int kKafkaFormat = 2;
// Whether the file has the Kafka columns (format 2), and the migration that adds them.
bool hasKafkaColumns(SqliteDb& db);
void enableKafka(SqliteDb& db);

// Kafka headers in the kafka_headers encoding above, and back (Error(Usage) when malformed).
QByteArray encodeKafkaHeaders(const std::vector<KafkaHeader>& headers);
std::vector<KafkaHeader> decodeKafkaHeaders(const QByteArray& encoded);

// Whether the recording has the (optional) gaps table.
bool hasGapsTable(SqliteDb& db);

} // namespace recordingfile

} // namespace mqkit
