// The one plan/apply shape: actions, summary, text and JSON forms, per-item apply results, undo.

#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Plan.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mqkit;


namespace {

PlanItem item(const QString& target, std::optional<QString> before, std::optional<QString> after) {
    PlanItem i;
    i.target = target;
    i.before = std::move(before);
    i.after = std::move(after);
    i.action = PlanItem::actionFor(i.before, i.after);
    return i;
}

Plan threeChangesAndAKeep() {
    Plan plan(QStringLiteral("topic 'orders'"));
    plan.add(item("cleanup.policy", std::nullopt, QStringLiteral("compact")));
    plan.add(item("retention.ms", QStringLiteral("300000"), QStringLiteral("400000")));
    plan.add(item("segment.bytes", QStringLiteral("20971520"), std::nullopt));
    plan.add(item("max.message.bytes", QStringLiteral("1"), QStringLiteral("1")));
    return plan;
}

QJsonObject jsonOf(const Plan& plan, bool executed) {
    QByteArray out;
    JsonWriter w(out);
    plan.writeJson(w, executed);
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class TestPlan : public QObject {
    Q_OBJECT
private slots:
    void actionFollowsBeforeAndAfter();
    void summaryCountsEachAction();
    void diffLinesShowAbsentValuesAndSkipKeeps();
    void tableUsesTerraformSymbols();
    void jsonCarriesActionsValuesDetailsAndSummary();
    void hiddenValuesAreNullInJsonAndLeftOutOfTheUndo();
    void applyRecordsEachItemsOutcome();
    void applyStopOnErrorSkipsTheRest();
    void applyAllMarksEveryChangeAndRethrows();
    void inverseRestoresTheStateBefore();
    void dryRunUnlessExecute();
};

void TestPlan::actionFollowsBeforeAndAfter() {
    QCOMPARE(PlanItem::actionFor(std::nullopt, QStringLiteral("a")), PlanAction::Create);
    QCOMPARE(PlanItem::actionFor(QStringLiteral("a"), std::nullopt), PlanAction::Delete);
    QCOMPARE(PlanItem::actionFor(QStringLiteral("a"), QStringLiteral("b")), PlanAction::Update);
    QCOMPARE(PlanItem::actionFor(QStringLiteral("a"), QStringLiteral("a")), PlanAction::Keep);
}

void TestPlan::summaryCountsEachAction() {
    const Plan plan = threeChangesAndAKeep();
    QCOMPARE(plan.summary(), QStringLiteral("1 to create, 1 to update, 1 to delete"));
    QCOMPARE(plan.changes(), std::size_t(3));
    QVERIFY(plan.hasChanges());
    QVERIFY(!Plan().hasChanges());
}

void TestPlan::diffLinesShowAbsentValuesAndSkipKeeps() {
    const QStringList expected{"cleanup.policy: (not set) -> compact", "retention.ms: 300000 -> 400000",
                               "segment.bytes: 20971520 -> (deleted)"};
    QCOMPARE(threeChangesAndAKeep().diffLines(), expected);
}

void TestPlan::tableUsesTerraformSymbols() {
    const Plan plan = threeChangesAndAKeep();
    QCOMPARE(plan.headers(), (QStringList{"ACTION", "TARGET", "BEFORE", "AFTER", "NOTE"}));
    const auto rows = plan.rows();
    QCOMPARE(rows.size(), std::size_t(4));
    QCOMPARE(rows[0], (QStringList{"+", "cleanup.policy", "-", "compact", "-"}));
    QCOMPARE(rows[1].at(0), QStringLiteral("~"));
    QCOMPARE(rows[2], (QStringList{"-", "segment.bytes", "20971520", "-", "-"}));
    QCOMPARE(rows[3].at(0), QStringLiteral("="));
    const std::vector<PlanColumn> custom{{"T", [](const PlanItem& i) { return i.target.toUpper(); }}};
    QCOMPARE(plan.rows(custom)[0], QStringList{"CLEANUP.POLICY"});
}

void TestPlan::jsonCarriesActionsValuesDetailsAndSummary() {
    Plan plan = threeChangesAndAKeep();
    plan.items()[1].note = QStringLiteral("clamped");
    plan.items()[1].details = {{QStringLiteral("partition"), 2}};
    const QJsonObject o = jsonOf(plan, false);
    QCOMPARE(o.value("subject").toString(), QStringLiteral("topic 'orders'"));
    QCOMPARE(o.value("executed").toBool(), false);
    QCOMPARE(o.value("summary").toObject().value("delete").toInt(), 1);
    const QJsonArray items = o.value("items").toArray();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items[0].toObject().value("action").toString(), QStringLiteral("create"));
    QVERIFY(items[0].toObject().value("before").isNull());
    QCOMPARE(items[1].toObject().value("after").toString(), QStringLiteral("400000"));
    QCOMPARE(items[1].toObject().value("note").toString(), QStringLiteral("clamped"));
    QCOMPARE(items[1].toObject().value("partition").toInt(), 2);
    QVERIFY2(!items[1].toObject().contains("result"), "no result before apply");
}

void TestPlan::hiddenValuesAreNullInJsonAndLeftOutOfTheUndo() {
    Plan plan;
    PlanItem secret = item("ssl.key.password", QStringLiteral("(sensitive)"), QStringLiteral("(sensitive)"));
    secret.action = PlanAction::Update;
    secret.hidden = true;
    plan.add(secret);
    const QJsonObject o = jsonOf(plan, false).value("items").toArray().at(0).toObject();
    QVERIFY(o.value("before").isNull() && o.value("after").isNull());
    QVERIFY(plan.inverse().items().empty());
}

void TestPlan::applyRecordsEachItemsOutcome() {
    Plan plan = threeChangesAndAKeep();
    QStringList seen;
    const std::size_t applied = plan.apply([&](const PlanItem& i) {
        seen << i.target;
        if (i.target == QLatin1String("retention.ms"))
            throw Error(ErrorKind::Broker, QStringLiteral("refused"));
    });
    QCOMPARE(applied, std::size_t(2));
    QCOMPARE(seen, (QStringList{"cleanup.policy", "retention.ms", "segment.bytes"}));
    QCOMPARE(plan.items()[0].outcome, PlanOutcome::Applied);
    QCOMPARE(plan.items()[1].outcome, PlanOutcome::Failed);
    QCOMPARE(plan.items()[1].error, QStringLiteral("refused"));
    QCOMPARE(plan.items()[2].outcome, PlanOutcome::Applied);
    QCOMPARE(plan.items()[3].outcome, PlanOutcome::Planned); // a keep is never applied
    const QJsonArray items = jsonOf(plan, true).value("items").toArray();
    QCOMPARE(items[1].toObject().value("result").toString(), QStringLiteral("failed"));
    QCOMPARE(items[1].toObject().value("error").toString(), QStringLiteral("refused"));
}

void TestPlan::applyStopOnErrorSkipsTheRest() {
    Plan plan = threeChangesAndAKeep();
    plan.apply([](const PlanItem&) { throw Error(ErrorKind::Broker, QStringLiteral("down")); }, true);
    QCOMPARE(plan.count(PlanOutcome::Failed), std::size_t(1));
    QCOMPARE(plan.count(PlanOutcome::Skipped), std::size_t(2));
}

void TestPlan::applyAllMarksEveryChangeAndRethrows() {
    Plan ok = threeChangesAndAKeep();
    ok.applyAll([] {});
    QCOMPARE(ok.count(PlanOutcome::Applied), std::size_t(3));
    Plan bad = threeChangesAndAKeep();
    QVERIFY_THROWS_EXCEPTION(Error, bad.applyAll([] { throw Error(ErrorKind::Broker, QStringLiteral("no")); }));
    QCOMPARE(bad.count(PlanOutcome::Failed), std::size_t(3));
}

void TestPlan::inverseRestoresTheStateBefore() {
    const Plan undo = threeChangesAndAKeep().inverse();
    QCOMPARE(undo.items().size(), std::size_t(3));
    QCOMPARE(undo.items()[0].action, PlanAction::Delete);
    QCOMPARE(undo.items()[1].after.value_or(QString()), QStringLiteral("300000"));
    QCOMPARE(undo.items()[2].action, PlanAction::Create);
    QCOMPARE(undo.items()[2].after.value_or(QString()), QStringLiteral("20971520"));
}

void TestPlan::dryRunUnlessExecute() {
    QCOMPARE(planMode(false), PlanMode::DryRun);
    QCOMPARE(planMode(true), PlanMode::Execute);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
