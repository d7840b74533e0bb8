// mqkit: the scriptable front end. Data on stdout, one-line diagnostics on stderr.
// Exit codes: 0 success, 1 runtime failure (broker, network, auth, timeout), 2 usage error.

#include "BridgeCommands.h"
#include "CliDump.h"
#include "CommandRunner.h"
#include "KafkaCommands.h"
#include "MqttCommands.h"
#include "NumberChecks.h"
#include "Output.h"
#include "ProfileCommands.h"
#include "ProvisionCommands.h"
#include "SimCommands.h"
#include "VerifyCommands.h"
#include "common/Error.h"
#include "common/Version.h"

#include <QCoreApplication>

#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mqkit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQKIT_VERSION));

    CLI::App cli{"mqkit: operations toolkit for MQTT and Kafka\n\n"
                 "Exit codes: 0 success, 1 runtime failure (broker, network, auth, timeout), 2 usage error,\n"
                 "3 a check's answer is no: changes present (`provision plan --exit-code`), messages missing or out of\n"
                 "order (`verify`), two sides that differ (`kafka verify`).",
                 "mqkit"};
    cli.set_version_flag("--version", std::string("mqkit ") + MQKIT_VERSION);
    cli.require_subcommand(1);
    cli.fallthrough(false);

    CommandRunner runner;
    setupProfileCommands(cli, runner);
    setupMqttCommands(cli, runner);
    setupKafkaCommands(cli, runner);
    setupProvisionCommands(cli, runner);
    setupBridgeCommands(cli, runner); // bridge (issue 12)
    setupSimCommands(cli, runner);    // device simulator (issue 12, sim/verify)
    setupVerifyCommands(cli, runner); // pipeline verifier (issue 12, sim/verify)
    setupCliDump(cli, runner); // last: it prints the whole tree
    checks::requireFiniteNumbers(cli);

    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return cli.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return cli.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return cli.exit(e);
    } catch (const CLI::ParseError& e) {
        printDiagnostic(QString::fromStdString(e.what()) + QStringLiteral(" (see --help)"));
        return mqkit::exitcode::Usage;
    } catch (const mqkit::Error& e) {
        printDiagnostic(e.message());
        return mqkit::exitCodeFor(e.kind());
    }

    if (!runner.action) {
        printDiagnostic(QStringLiteral("no command given (see --help)"));
        return mqkit::exitcode::Usage;
    }
    try {
        return runner.action();
    } catch (const mqkit::Error& e) {
        printDiagnostic(e.message());
        return mqkit::exitCodeFor(e.kind());
    } catch (const std::exception& e) {
        printDiagnostic(QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())));
        return mqkit::exitcode::Failure;
    }
}
