#include "bridge/BridgeSetup.h"

#include "common/CoreTr.h"
#include "common/Error.h"

namespace mqkit {

std::vector<BridgeRouteSpec> chooseBridgeRoutes(const QString& routesFile, const BridgeRouteSpec& oneRoute) {
    const bool routeGiven = !oneRoute.from.isEmpty() || !oneRoute.to.isEmpty() || !oneRoute.key.isEmpty() || oneRoute.requireJson;
    if (!routesFile.isEmpty() && routeGiven)
        throw Error(ErrorKind::Usage, CoreTr::tr("give either a routes file or one route, not both"));
    std::vector<BridgeRouteSpec> routes;
    if (!routesFile.isEmpty()) {
        routes = loadBridgeRoutes(routesFile);
    } else {
        if (oneRoute.from.isEmpty() || oneRoute.to.isEmpty())
            throw Error(ErrorKind::Usage, CoreTr::tr("give the route (the MQTT topic template it reads from and the "
                                                     "Kafka topic it writes to), or a routes file"));
        routes.push_back(oneRoute);
    }
    for (const BridgeRouteSpec& spec : routes)
        (void)BridgeRoute::fromSpec(spec);
    return routes;
}

} // namespace mqkit
