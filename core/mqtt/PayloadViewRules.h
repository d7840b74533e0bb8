#pragma once

#include "mqtt/PayloadView.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mqkit {

QString payloadViewKindName(PayloadViewKind kind); // "text", "json", "hex", "base64"
std::optional<PayloadViewKind> payloadViewKindFromName(const QString& name);

// Which view (decoder) to show a topic's payloads in, chosen per MQTT topic filter
// ("sensors/+/raw" -> hex) and applied to every topic the filter matches, also to topics that
// appear later. When several rules match, the most specific wins: the one with more literal
// levels, then the one without '#', then the one set last.
struct PayloadViewRule {
    QString filter;
    PayloadViewKind kind = PayloadViewKind::Text;
};

class PayloadViewRules {
public:
    // Replaces the rule of the same filter. Throws Error(Usage) for a malformed filter.
    void set(const QString& filter, PayloadViewKind kind);
    bool remove(const QString& filter);
    std::optional<PayloadViewKind> kindFor(const QString& topic) const;
    std::optional<PayloadViewRule> ruleFor(const QString& topic) const;
    const std::vector<PayloadViewRule>& rules() const { return m_rules; }

    // Stored form, one rule per string: "json sensors/+/raw" (the kind, a space, the filter).
    QStringList toStrings() const;
    static PayloadViewRules fromStrings(const QStringList& lines); // skips lines it cannot read

private:
    std::vector<PayloadViewRule> m_rules; // in the order they were set
};

} // namespace mqkit
