#include "KafkaConsumeCommands.h"

#include "CommandRunner.h"
#include "ConnectionOptions.h"
#include "NumberChecks.h"
#include "Output.h"
#include "Terminal.h"
#include "common/Error.h"
#include "common/FormatEscapes.h"
#include "kafka/KafkaConsumer.h"
#include "kafka/KafkaProducer.h"
#include "kafka/KafkaRecordFormat.h"
#include "kafka/KafkaRecordJson.h"

#include <QFile>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>

using namespace mqkit;

namespace {

// ---------------------------------------------------------------------------------------------
// consume

struct ConsumeOptions {
    KafkaConnectionFlags connection;
    std::string topic;
    std::string offset = "beginning";
    std::vector<int> partitions;
    long long count = -1; // -c; -1: not given, no limit
    bool exitAtEnd = false;
    std::string group;
    std::string keySeparator;
    bool keySeparatorGiven = false;
    std::string format;
    bool json = false;
    OutputFormat output = OutputFormat::Text;
};

int runConsume(const ConsumeOptions& o) {
    const bool json = o.json || o.output == OutputFormat::Json;
    if (json && !o.format.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("-J/--output json and -f FORMAT are exclusive"));
    KafkaConsumerOptions options;
    options.topic = q(o.topic);
    options.partitions = o.partitions;
    if (o.offset == "json" || o.offset == "text")
        throw Error(ErrorKind::Usage, QStringLiteral("-o is the start offset here, as in kcat; for JSON lines use -J or "
                                                     "--output json"));
    options.start = KafkaStartPosition::parse(q(o.offset));
    options.stopAtEnd = o.exitAtEnd;
    options.groupId = q(o.group);
    std::optional<KafkaRecordFormat> format;
    if (!o.format.empty())
        format = KafkaRecordFormat::parse(q(o.format));
    const QByteArray keySeparator = formatescapes::unescape(QByteArray::fromStdString(o.keySeparator));
    const KafkaClientConfig config = resolveKafkaConnection(o.connection);

    installInterruptHandler();
    KafkaConsumer consumer(config, options);
    long long remaining = o.count;
    QByteArray out;
    out.reserve(4 << 20);
    std::vector<KafkaRecord> batch;
    constexpr int batchSize = 10000;
    while (!interrupted()) {
        const int max = remaining > 0 ? static_cast<int>(std::min<long long>(remaining, batchSize)) : batchSize;
        consumer.poll(batch, max, std::chrono::milliseconds(100));
        for (const KafkaRecord& r : batch) {
            if (json) {
                appendRecordJsonLine(out, r);
            } else if (format) {
                format->append(out, r);
            } else {
                if (o.keySeparatorGiven) {
                    if (r.key)
                        out.append(*r.key);
                    out.append(keySeparator);
                }
                if (r.value)
                    out.append(*r.value);
                out.append('\n');
            }
        }
        if (!out.isEmpty()) {
            writeRaw(out);
            flushStdout();
            out.resize(0); // keeps the capacity
            if (std::ferror(stdout))
                break; // the reader went away (e.g. `| head`): stop quietly
        }
        if (remaining > 0) {
            remaining -= static_cast<long long>(batch.size());
            if (remaining <= 0)
                break;
        }
        if (o.exitAtEnd && consumer.atEnd())
            break;
    }
    consumer.close();
    return exitcode::Ok;
}

// ---------------------------------------------------------------------------------------------
// produce

struct ProduceOptions {
    KafkaConnectionFlags connection;
    std::string topic;
    std::vector<std::string> values;
    std::string file;
    std::string key;
    bool keyGiven = false;
    std::string keySeparator;
    std::vector<std::string> headers;
    int partition = -1;
    long long timestamp = 0;
    bool emptyAsNull = false;
};

std::vector<KafkaHeader> parseHeaders(const std::vector<std::string>& specs) {
    std::vector<KafkaHeader> out;
    for (const auto& spec : specs)
        out.push_back(parseKafkaHeader(QByteArray::fromStdString(spec)));
    return out;
}

int runProduce(const ProduceOptions& o) {
    if (!o.file.empty() && !o.values.empty())
        throw Error(ErrorKind::Usage, QStringLiteral("give message values as arguments or --file, not both"));
    if (o.partition < -1)
        throw Error(ErrorKind::Usage, QStringLiteral("-p needs a partition >= 0"));
    KafkaRecord base;
    base.topic = q(o.topic);
    base.partition = o.partition;
    base.timestamp = o.timestamp;
    base.headers = parseHeaders(o.headers);
    if (o.keyGiven)
        base.key = QByteArray::fromStdString(o.key);
    const QByteArray keySeparator = formatescapes::unescape(QByteArray::fromStdString(o.keySeparator));
    QByteArray fileContents;
    if (!o.file.empty()) {
        QFile f(q(o.file));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorKind::Usage, QStringLiteral("cannot read %1: %2").arg(q(o.file), f.errorString()));
        fileContents = f.readAll();
    }
    const KafkaClientConfig config = resolveKafkaConnection(o.connection);

    KafkaProducer producer(config);
    // Each record is tagged with where it came from (its line, argument), to name it if it fails.
    auto send = [&](const QByteArray& text, bool split, std::int64_t tag) {
        KafkaRecord r = base;
        QByteArray value = text;
        if (split && !keySeparator.isEmpty()) {
            const qsizetype at = text.indexOf(keySeparator);
            if (at >= 0) {
                r.key = text.left(at);
                value = text.mid(at + keySeparator.size());
            }
        }
        if (!(o.emptyAsNull && value.isEmpty()))
            r.value = value;
        producer.send(r, tag);
    };
    QString source = QStringLiteral("line");
    if (!o.file.empty()) {
        source = q(o.file);
        send(fileContents, false, 1);
    } else if (!o.values.empty()) {
        source = QStringLiteral("value");
        std::int64_t index = 0;
        for (const auto& v : o.values)
            send(QByteArray::fromStdString(v), true, ++index);
    } else {
        // One message per stdin line (as kcat -P), without the line break.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw Error(ErrorKind::Io, QStringLiteral("cannot read standard input"));
        std::int64_t lineNumber = 0;
        while (true) {
            QByteArray line = in.readLine();
            if (line.isEmpty())
                break;
            if (line.endsWith('\n'))
                line.chop(1);
            send(line, true, ++lineNumber);
        }
    }
    const KafkaDeliveryReport report = producer.flush();
    if (report.failed > 0) {
        // Every failure, named by its input; the records after a failed one were still sent.
        for (const KafkaDeliveryFailure& failure : report.failures)
            printDiagnostic(o.file.empty() ? QStringLiteral("%1 %2: %3").arg(source).arg(failure.tag).arg(failure.error)
                                           : QStringLiteral("%1: %2").arg(source, failure.error));
        if (report.failed > static_cast<std::int64_t>(report.failures.size()))
            printDiagnostic(QStringLiteral("... and %1 more failures")
                                .arg(report.failed - static_cast<std::int64_t>(report.failures.size())));
        printDiagnostic(QStringLiteral("%1 of %2 messages to %3 failed, %4 delivered; first: %5")
                            .arg(report.failed)
                            .arg(report.failed + report.delivered)
                            .arg(base.topic)
                            .arg(report.delivered)
                            .arg(report.firstError));
        return exitcode::Failure;
    }
    printDiagnostic(QStringLiteral("%1 message%2 delivered to %3")
                        .arg(report.delivered)
                        .arg(report.delivered == 1 ? "" : "s")
                        .arg(base.topic));
    return exitcode::Ok;
}

} // namespace

void setupKafkaConsumeCommands(CLI::App* kafka, CommandRunner& runner) {
    auto c = std::make_shared<ConsumeOptions>();
    auto* consume = kafka->add_subcommand(
        "consume", "Read records from a topic (flags as kcat -C). Prints each value on a line, or -K SEP key and value, "
                   "-J JSON lines, -f a format string");
    addKafkaConnectionFlags(consume, c->connection);
    consume->add_option("topic", c->topic, "Topic to read")->required();
    consume->add_option("-o,--offset", c->offset,
                        "Where to start in each partition (kcat's -o): beginning (default), end, OFFSET, -N (N before "
                        "the end), s@TIMESTAMP_MS (first record at or after it); with -G: beginning, end or stored "
                        "(only used where the group has no committed offset)")
        ->allow_extra_args(false);
    consume->add_option("-p,--partition", c->partitions, "Read only this partition (repeatable; default: all)")
        ->allow_extra_args(false);
    consume->add_option("-c,--count", c->count, "Exit after this many records (a count > 0; without -c: no limit)")
        ->check(checks::Positive);
    consume->add_flag("-e,--exit", c->exitAtEnd, "Exit when every partition has been read to its end");
    consume->add_option("-G,--group", c->group,
                        "Consume as a member of this consumer group and commit the offsets of what was printed");
    consume->add_option("-K,--key-separator", c->keySeparator, "Print the key, this separator, then the value")
        ->each([c](const std::string&) { c->keySeparatorGiven = true; });
    consume->add_option("-f,--format", c->format,
                        "Format string as kcat's -f: %t topic, %p partition, %o offset, %k key, %K key length, %s "
                        "value, %S value length, %R value length as 4 bytes big-endian, %T timestamp (ms), %h "
                        "headers (n=v,...), %% and the escapes of mqtt sub -F: \\n \\r \\t \\\\ \\0 \\a \\e \\xNN");
    consume->add_flag("-J,--json", c->json, "One JSON object per record and line (same as --output json)");
    static const std::map<std::string, OutputFormat> formats{{"text", OutputFormat::Text}, {"json", OutputFormat::Json}};
    consume->add_option("--output", c->output, "Output format: text or json (-o is the offset here, as in kcat)")
        ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
        ->option_text("text|json");
    runner.bind(consume, c, runConsume);

    auto p = std::make_shared<ProduceOptions>();
    auto* produce = kafka->add_subcommand(
        "produce", "Send records to a topic (flags as kcat -P): each VALUE argument, else each line of standard "
                   "input, else --file as one record. Idempotent with acks=all; exits 1 if any delivery failed");
    addKafkaConnectionFlags(produce, p->connection);
    produce->add_option("topic", p->topic, "Topic to write to")->required();
    produce->add_option("value", p->values, "Message values (default: one per line of standard input)");
    produce->add_option("--file", p->file, "Send the whole file as one message");
    produce->add_option("-k,--key", p->key, "Key of every message")->each([p](const std::string&) { p->keyGiven = true; });
    produce->add_option("-K,--key-separator", p->keySeparator,
                        "Split each line (or VALUE) at the first SEP into key and value");
    produce->add_option("-H,--header", p->headers, "Header name=value (repeatable, order kept)")->allow_extra_args(false);
    produce->add_option("-p,--partition", p->partition, "Partition (default: by key, else spread)");
    produce->add_option("--timestamp", p->timestamp, "Record timestamp in ms since the epoch (default: now)");
    produce->add_flag("-Z,--null-empty", p->emptyAsNull, "Send empty values as null (tombstones), as kcat -Z");
    runner.bind(produce, p, runProduce);
}
