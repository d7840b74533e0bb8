#pragma once

#include <CLI/CLI.hpp>

// Number checks for options, with messages a user can read ("0 is not greater than 0"; CLI11's own
// print both bounds with six decimals, 309 digits for "no upper bound"). Every check refuses NaN
// and infinities, which pass any comparison-based range test.
namespace checks {

CLI::Validator range(double min, double max); // min <= value <= max
extern const CLI::Validator Positive;         // value > 0
extern const CLI::Validator NonNegative;      // value >= 0

// Adds a finiteness check to every floating-point option of root and its subcommands, so "nan",
// "inf" and "1e999" are usage errors wherever a number of seconds, a rate or a speed is expected.
void requireFiniteNumbers(CLI::App& root);

} // namespace checks
