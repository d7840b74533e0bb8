#include "CliDump.h"

#include "CommandRunner.h"
#include "Output.h"
#include "common/JsonWriter.h"

#include <string>

namespace {

void writeOption(mqkit::JsonWriter& json, const CLI::Option& opt) {
    json.beginObject();
    json.key("names").beginArray();
    for (const std::string& s : opt.get_snames())
        json.value("-" + s);
    for (const std::string& l : opt.get_lnames())
        json.value("--" + l);
    json.endArray();
    json.field("positional", opt.get_positional() && !opt.nonpositional());
    json.field("name", opt.get_name());
    json.field("description", opt.get_description());
    json.field("type", opt.get_type_name());
    json.field("group", opt.get_group());
    json.field("required", opt.get_required());
    json.field("takes_value", opt.get_items_expected_max() > 0); // 0 for a flag
    json.field("repeatable", opt.get_items_expected_max() > 1);
    json.field("default", opt.get_default_str());
    json.endObject();
}

bool visible(const CLI::App* app) {
    return !app->get_group().empty();
}

void writeApp(mqkit::JsonWriter& json, CLI::App& app) {
    json.beginObject();
    json.field("name", app.get_name());
    json.field("description", app.get_description());
    json.field("footer", app.get_footer());
    json.field("requires_subcommand", app.get_require_subcommand_min() > 0);
    json.key("options").beginArray();
    for (const CLI::Option* opt : app.get_options([](const CLI::Option* o) { return !o->get_group().empty(); }))
        writeOption(json, *opt);
    json.endArray();
    json.key("subcommands").beginArray();
    for (CLI::App* sub : app.get_subcommands([](CLI::App* s) { return visible(s); }))
        writeApp(json, *sub);
    json.endArray();
    json.endObject();
}

} // namespace

void setupCliDump(CLI::App& root, CommandRunner& runner) {
    CLI::App* cmd = root.add_subcommand("__dump-cli", "Print the command tree as JSON (for the man pages and completion)");
    cmd->group(""); // hidden from --help
    cmd->callback([&root, &runner] {
        runner.action = [&root] {
            QByteArray out;
            mqkit::JsonWriter json(out, mqkit::JsonWriter::Style::Indented);
            writeApp(json, root);
            json.endLine();
            writeRaw(out);
            return 0;
        };
    });
}
