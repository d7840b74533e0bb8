#pragma once

#include "bridge/BridgeRoute.h"

#include <QString>

#include <vector>

namespace mqkit {

// The routes a user chose for a bridge, the same way in every front end (command line, GUI):
// either a routes YAML file or one route written out (oneRoute.from/to/key/requireJson; its
// origin names it in messages). Every route is checked (BridgeRoute::fromSpec), so a bad one is
// reported before anything connects. Throws Error(Usage): both or neither given, a route without
// its MQTT template or Kafka topic, a routes file that cannot be read or is malformed.
std::vector<BridgeRouteSpec> chooseBridgeRoutes(const QString& routesFile, const BridgeRouteSpec& oneRoute);

} // namespace mqkit
