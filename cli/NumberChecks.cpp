#include "NumberChecks.h"

#include <QString>

#include <cmath>
#include <functional>
#include <limits>
#include <string>

namespace checks {

namespace {

std::string readable(double value) {
    return QString::number(value, 'g', 15).toStdString();
}

// The number in input, or an error message when it is none or not finite.
std::string parseFinite(const std::string& input, double& value) {
    if (!CLI::detail::lexical_cast(input, value))
        return "'" + input + "' is not a number";
    if (!std::isfinite(value))
        return "'" + input + "' is not a finite number";
    return {};
}

CLI::Validator numberCheck(std::function<std::string(double, const std::string&)> rule, const std::string& name) {
    return CLI::Validator(
        [rule = std::move(rule)](std::string& input) {
            double value = 0;
            if (std::string bad = parseFinite(input, value); !bad.empty())
                return bad;
            return rule(value, input);
        },
        name);
}

} // namespace

CLI::Validator range(double min, double max) {
    return numberCheck(
        [min, max](double value, const std::string& input) {
            if (value < min || value > max)
                return input + " is not in the range " + readable(min) + " to " + readable(max);
            return std::string{};
        },
        "[" + readable(min) + " - " + readable(max) + "]");
}

const CLI::Validator Positive = numberCheck(
    [](double value, const std::string& input) {
        return value > 0 ? std::string{} : input + " is not greater than 0";
    },
    "POSITIVE");

const CLI::Validator NonNegative = numberCheck(
    [](double value, const std::string& input) {
        return value >= 0 ? std::string{} : input + " is negative";
    },
    "NONNEGATIVE");

void requireFiniteNumbers(CLI::App& root) {
    static const CLI::Validator finite(
        [](std::string& input) {
            double value = 0;
            return parseFinite(input, value);
        },
        std::string{});
    for (CLI::Option* option : root.get_options())
        if (option->get_type_name().rfind("FLOAT", 0) == 0)
            option->check(finite);
    for (CLI::App* sub : root.get_subcommands(std::function<bool(CLI::App*)>{}))
        requireFiniteNumbers(*sub);
}

} // namespace checks
