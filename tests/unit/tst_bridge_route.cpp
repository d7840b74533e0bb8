// The bridge's routes without a broker: topic templates, keys from the topic or the payload,
// the record's headers, dead letters, and routes read from YAML (errors name file:line).

#include "TestSupport.h"
#include "bridge/BridgeRoute.h"
#include "common/Error.h"

#include <QTest>

using namespace mqkit;

namespace {

MqttMessage message(const QString& topic, const QByteArray& payload, int qos = 1, bool retained = false) {
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.qos = qos;
    m.retained = retained;
    m.receivedAtMs = 1700000000123;
    return m;
}

BridgeRoute route(const QString& from, const QString& to, const QString& key, bool requireJson = false) {
    return BridgeRoute::fromSpec({from, to, key, requireJson, QStringLiteral("test")});
}

std::optional<QByteArray> header(const KafkaRecord& r, const QString& name) {
    for (const auto& h : r.headers)
        if (h.name == name)
            return h.value.value_or(QByteArray());
    return std::nullopt;
}

QString usageErrorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::Usage)
            return e.message();
        return QStringLiteral("wrong kind: ") + e.message();
    }
    return {};
}

} // namespace

class TestBridgeRoute : public QObject {
    Q_OBJECT
private slots:
    void namedLevelsSubscribeAsPlusAndNameTheLevels() {
        const auto t = TopicTemplate::parse(QStringLiteral("t/{tenant}/d/{deviceId}/telemetry"));
        QCOMPARE(t.subscription(), QStringLiteral("t/+/d/+/telemetry"));
        QCOMPARE(t.names(), (QStringList{QStringLiteral("tenant"), QStringLiteral("deviceId")}));
        const auto levels = t.match(QStringLiteral("t/acme/d/dev-7/telemetry"));
        QVERIFY(levels);
        QCOMPARE(levels->size(), std::size_t(2));
        QCOMPARE(levels->at(1).second, QStringLiteral("dev-7"));
        QVERIFY(!t.match(QStringLiteral("t/acme/d/dev-7/state")));
        QVERIFY(!t.match(QStringLiteral("t/acme/d/dev-7/telemetry/extra")));
    }

    void sharedSubscriptionKeepsItsPrefixButMatchesWithoutIt() {
        const auto t = TopicTemplate::parse(QStringLiteral("$share/bridges/t/{tenant}/d/{deviceId}/telemetry"));
        QCOMPARE(t.subscription(), QStringLiteral("$share/bridges/t/+/d/+/telemetry"));
        QCOMPARE(t.filter(), QStringLiteral("t/+/d/+/telemetry"));
        QVERIFY(t.match(QStringLiteral("t/a/d/b/telemetry")));
    }

    void plainWildcardsAreAllowed() {
        const auto t = TopicTemplate::parse(QStringLiteral("plant/{site}/#"));
        QCOMPARE(t.subscription(), QStringLiteral("plant/+/#"));
        QCOMPARE(t.match(QStringLiteral("plant/north/a/b"))->at(0).second, QStringLiteral("north"));
    }

    void badTemplatesAreRefused_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("placeholder inside a level") << "t/x{id}/a" << "whole level";
        QTest::newRow("name twice") << "t/{id}/{id}" << "twice";
        QTest::newRow("not a name") << "t/{a-b}" << "not a name";
        QTest::newRow("hash not last") << "t/#/x" << "";
        QTest::newRow("share without filter") << "$share/g" << "$share/GROUP/FILTER";
    }
    void badTemplatesAreRefused() {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const QString error = usageErrorOf([&] { TopicTemplate::parse(text); });
        QVERIFY2(!error.isEmpty() && error.contains(says), qPrintable(error));
    }

    void keyFromTopicLevels() {
        const auto r = route(QStringLiteral("t/{tenant}/d/{deviceId}/telemetry"), QStringLiteral("telemetry"),
                             QStringLiteral("{tenant}:{deviceId}"));
        const auto out = r.map(message(QStringLiteral("t/acme/d/dev-7/telemetry"), "not json"), QStringLiteral("mqtt://b"));
        QVERIFY(!out.deadLetter);
        QCOMPARE(out.record.topic, QStringLiteral("telemetry"));
        QCOMPARE(out.record.key, std::optional<QByteArray>("acme:dev-7"));
        QCOMPARE(out.record.value, std::optional<QByteArray>("not json"));
        QCOMPARE(out.record.timestamp, std::int64_t(1700000000123));
    }

    void keyUsingAnUnnamedLevelIsAUsageErrorNamingTheOrigin() {
        const QString error = usageErrorOf([] {
            BridgeRoute::fromSpec({QStringLiteral("t/{tenant}/x"), QStringLiteral("k"), QStringLiteral("{deviceId}"), false,
                                   QStringLiteral("routes.yaml:4")});
        });
        QVERIFY2(error.startsWith(QStringLiteral("routes.yaml:4: ")) && error.contains(QStringLiteral("{deviceId}")),
                 qPrintable(error));
    }

    void keyFromJsonPath_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("string") << QByteArray(R"({"deviceId":"d-1"})") << QByteArray("d-1");
        QTest::newRow("number") << QByteArray(R"({"deviceId":42})") << QByteArray("42");
        QTest::newRow("object") << QByteArray(R"({"deviceId":{"a":1}})") << QByteArray(R"({"a":1})");
    }
    void keyFromJsonPath() {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, key);
        const auto r = route(QStringLiteral("t/#"), QStringLiteral("out"), QStringLiteral("$.deviceId"));
        const auto out = r.map(message(QStringLiteral("t/x"), payload), QStringLiteral("mqtt://b"));
        QVERIFY(!out.deadLetter);
        QCOMPARE(out.record.key, std::optional<QByteArray>(key));
    }

    void missingJsonKeyIsADeadLetterWithReasonAndOrigin() {
        const auto r = route(QStringLiteral("t/#"), QStringLiteral("out"), QStringLiteral("$.deviceId"));
        const auto out = r.map(message(QStringLiteral("t/x"), R"({"other":1})"), QStringLiteral("mqtt://b:1883"));
        QVERIFY(out.deadLetter);
        QCOMPARE(out.record.topic, QStringLiteral("out.dlq"));
        QVERIFY(out.reason.contains(QStringLiteral("$.deviceId")));
        QCOMPARE(header(out.record, bridgeheaders::kDlqReason), std::optional<QByteArray>(out.reason.toUtf8()));
        QCOMPARE(header(out.record, bridgeheaders::kDlqOrigin), std::optional<QByteArray>("mqtt://b:1883 t/#"));
        QCOMPARE(out.record.value, std::optional<QByteArray>(R"({"other":1})")); // the payload is kept as it came
    }

    void requireJsonSendsOtherPayloadsToTheDeadLetterTopic() {
        const auto r = route(QStringLiteral("t/{id}"), QStringLiteral("out"), QStringLiteral("{id}"), true);
        const auto good = r.map(message(QStringLiteral("t/a"), R"({"v":1})"), QStringLiteral("o"));
        QVERIFY(!good.deadLetter);
        const auto bad = r.map(message(QStringLiteral("t/a"), "{broken"), QStringLiteral("o"));
        QVERIFY(bad.deadLetter);
        QCOMPARE(bad.record.topic, QStringLiteral("out.dlq"));
        QVERIFY2(bad.reason.contains(QStringLiteral("not JSON")), qPrintable(bad.reason));
        QCOMPARE(bad.record.key, std::optional<QByteArray>()); // decided before the key
    }

    void headersCarryTopicQosRetainAndUserProperties() {
        const auto r = route(QStringLiteral("t/{id}"), QStringLiteral("out"), QString());
        MqttMessage m = message(QStringLiteral("t/a"), "v", 2, true);
        m.properties.user = {{QStringLiteral("trace"), QStringLiteral("1")}, {QStringLiteral("trace"), QStringLiteral("2")}};
        const auto out = r.map(m, QStringLiteral("o"));
        QCOMPARE(out.record.key, std::optional<QByteArray>());
        const std::vector<KafkaHeader> expected{{bridgeheaders::kTopic, QByteArray("t/a")},
                                                {bridgeheaders::kQos, QByteArray("2")},
                                                {bridgeheaders::kRetain, QByteArray("true")},
                                                {QStringLiteral("trace"), QByteArray("1")},
                                                {QStringLiteral("trace"), QByteArray("2")}};
        QCOMPARE(out.record.headers, expected);
    }

    void firstMatchingRouteWins() {
        const std::vector<BridgeRoute> routes{route(QStringLiteral("a/{x}"), QStringLiteral("one"), QString()),
                                              route(QStringLiteral("a/#"), QStringLiteral("two"), QString())};
        QCOMPARE(firstMatchingRoute(routes, QStringLiteral("a/b")), 0);
        QCOMPARE(firstMatchingRoute(routes, QStringLiteral("a/b/c")), 1);
        QCOMPARE(firstMatchingRoute(routes, QStringLiteral("z")), -1);
    }

    void routesFromYaml() {
        const QByteArray yaml = "routes:\n"
                                "  - from: 't/{tenant}/d/{deviceId}/telemetry'\n"
                                "    to: telemetry\n"
                                "    key: '{deviceId}'\n"
                                "    require_json: true\n"
                                "  - from: 'alarms/#'\n"
                                "    to: alarms\n";
        const auto specs = parseBridgeRoutes(yaml, QStringLiteral("routes.yaml"));
        QCOMPARE(specs.size(), std::size_t(2));
        QCOMPARE(specs[0].key, QStringLiteral("{deviceId}"));
        QVERIFY(specs[0].requireJson);
        QCOMPARE(specs[0].origin, QStringLiteral("routes.yaml:2"));
        QCOMPARE(specs[1].origin, QStringLiteral("routes.yaml:6"));
        QVERIFY(!specs[1].requireJson);
    }

    void yamlErrorsNameFileAndLine_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown field") << QByteArray("routes:\n  - from: a\n    to: b\n    kee: x\n")
                                       << "routes.yaml:4: unknown field 'kee'";
        QTest::newRow("syntax") << QByteArray("routes:\n  - from: [a\n") << "routes.yaml:";
        QTest::newRow("no routes") << QByteArray("other: 1\n") << "routes.yaml:1: ";
        QTest::newRow("bad bool") << QByteArray("routes:\n  - from: a\n    to: b\n    require_json: maybe\n")
                                  << "routes.yaml:4: 'require_json'";
    }
    void yamlErrorsNameFileAndLine() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, says);
        const QString error = usageErrorOf([&] { parseBridgeRoutes(yaml, QStringLiteral("routes.yaml")); });
        QVERIFY2(error.startsWith(says), qPrintable(error));
    }

    void badRouteInYamlNamesItsLine() {
        const auto specs = parseBridgeRoutes("routes:\n  - from: 't/{a}'\n    to: 'bad topic!'\n", QStringLiteral("r.yaml"));
        const QString error = usageErrorOf([&] { BridgeRoute::fromSpec(specs[0]); });
        QVERIFY2(error.startsWith(QStringLiteral("r.yaml:2: ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBridgeRoute)
#include "tst_bridge_route.moc"
