// Provisioning specs (mqkit provision plan/apply -f spec.yaml): the input as YAML, parsed and
// validated with ${TENANT} set; a spec that parses is written back (provision export) and that
// text parsed again.
#include "FuzzSupport.h"
#include "provision/ProvisionSpec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto env = [](const QString& name) -> std::optional<QString> {
        if (name == QLatin1String("TENANT"))
            return QStringLiteral("acme");
        return std::nullopt;
    };
    fuzz::refusalAllowed([&] {
        const mqkit::provision::ProvisionSpec spec = mqkit::provision::parseProvisionSpec(fuzz::bytes(data, size), QStringLiteral("spec.yaml"), env);
        const QByteArray exported = mqkit::provision::writeProvisionSpec(spec);
        (void)mqkit::provision::parseProvisionSpec(exported, QStringLiteral("export.yaml"), env);
    });
    return 0;
}
