// YAML documents (provisioning specs, bridge route files): the subset reader must give exactly
// what yaml-cpp gives for every text it reads (same nodes, kinds, scalars and lines), and refuse
// the rest to yaml-cpp. A difference is a finding (abort), as is any crash.
#include "../support/YamlTreeText.h"
#include "FuzzSupport.h"
#include "common/YamlDocument.h"

#include <cstdio>
#include <cstdlib>

namespace {

std::string reading(const QByteArray& text, mqkit::YamlDocument::Reader reader) {
    try {
        const mqkit::YamlDocument doc(text, QStringLiteral("in.yaml"), reader);
        return mqkit::test::yamlTreeText(doc.root());
    } catch (const mqkit::Error& e) {
        return "error: " + e.message().toStdString();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray text = fuzz::bytes(data, size);
    const std::string ours = reading(text, mqkit::YamlDocument::Reader::SubsetFirst);
    const std::string reference = reading(text, mqkit::YamlDocument::Reader::YamlCppOnly);
    if (ours != reference) {
        std::fprintf(stderr, "subset reader: %s\nyaml-cpp:      %s\n", ours.c_str(), reference.c_str());
        std::abort();
    }
    return 0;
}
