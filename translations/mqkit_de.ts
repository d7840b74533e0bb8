<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DialogSecretPrompter</name>
    <message>
        <location filename="../app/widgets/DialogSecretPrompter.cpp" line="9"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>KafkaConnection</name>
    <message>
        <location filename="../app/backend/KafkaConnection.cpp" line="76"/>
        <source>listing topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backend/KafkaConnection.cpp" line="83"/>
        <source>measuring consumer lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/backend/KafkaConnection.cpp" line="102"/>
        <source>open a Kafka profile first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaTopicsModel</name>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="33"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="35"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="37"/>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaTopicsView</name>
    <message>
        <location filename="../app/views/kafka/KafkaTopicsView.cpp" line="14"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaWorkspace</name>
    <message>
        <location filename="../app/workspaces/KafkaWorkspace.cpp" line="9"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="82"/>
        <source>MQTT: connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="84"/>
        <source>MQTT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="86"/>
        <source>MQTT: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="94"/>
        <source>Kafka: %1 on %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="100"/>
        <source>Kafka: %n topic(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="97"/>
        <source>Kafka: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="24"/>
        <source>mqkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="37"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="41"/>
        <source>Profile </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="43"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="51"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="52"/>
        <source>MQTT </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="65"/>
        <source>MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="67"/>
        <source>Kafka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="72"/>
        <source>MQTT: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="73"/>
        <source>Kafka: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="116"/>
        <source>MQTT: connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MqttConnection</name>
    <message>
        <location filename="../app/backend/MqttConnection.cpp" line="67"/>
        <source>connect to an MQTT broker first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MqttSessionWorker</name>
    <message>
        <location filename="../app/backend/MqttSessionWorker.cpp" line="70"/>
        <source>Connection to %1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MqttWorkspace</name>
    <message>
        <location filename="../app/workspaces/MqttWorkspace.cpp" line="9"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="53"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="53"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="54"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="196"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="54"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="196"/>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="54"/>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="54"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="54"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="59"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="60"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="61"/>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="62"/>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="66"/>
        <source>Select a topic to see its last payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="67"/>
        <source>JSON path to chart, e.g. $.tempC or $.metrics[0].value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="76"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="123"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="173"/>
        <source>message of %1 (click the newest history row to follow live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="177"/>
        <source>not valid UTF-8: such bytes are shown as \xNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="179"/>
        <source>control bytes are shown as \xNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="181"/>
        <source>truncated view; the message itself is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="197"/>
        <source>Retain flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="197"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="199"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="239"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="197"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="199"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="198"/>
        <source>Payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="199"/>
        <source>Retained on broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="200"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="201"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="201"/>
        <source>%1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="203"/>
        <source>Subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="203"/>
        <source>%1 topics, %2 messages, %3 retained, %4 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="209"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="211"/>
        <source>Payload format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="211"/>
        <source>1 (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="211"/>
        <source>0 (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="213"/>
        <source>Message expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="213"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="215"/>
        <source>Response topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="217"/>
        <source>Correlation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="222"/>
        <source>Subscription ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="225"/>
        <source>User property %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../app/charts/RateChart.cpp" line="12"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/charts/RateChart.cpp" line="13"/>
        <source>messages/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="67"/>
        <source>retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="101"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="103"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="105"/>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="107"/>
        <source>Last payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mqkit::CoreTr</name>
    <message>
        <location filename="../core/common/FormatEscapes.cpp" line="21"/>
        <location filename="../core/mqtt/MessageFormat.cpp" line="17"/>
        <source>bad output format: %1</source>
        <translation>ungültiges Ausgabeformat: %1</translation>
    </message>
    <message>
        <location filename="../core/common/FormatEscapes.cpp" line="31"/>
        <source>escape \x without hex digits</source>
        <translation>Escape-Sequenz \x ohne Hexadezimalziffern</translation>
    </message>
    <message>
        <location filename="../core/common/FormatEscapes.cpp" line="41"/>
        <source>a lone \ at the end</source>
        <translation>ein einzelnes \ am Ende</translation>
    </message>
    <message>
        <location filename="../core/common/FormatEscapes.cpp" line="51"/>
        <source>unknown escape \%1</source>
        <translation>unbekannte Escape-Sequenz \%1</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileStore.cpp" line="103"/>
        <location filename="../core/profile/ProfileBuilder.cpp" line="92"/>
        <source>profile &apos;%1&apos; exists already</source>
        <translation>Profil &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/profile/SecretStore.cpp" line="44"/>
        <source>no system keyring is reachable (no D-Bus session); take the secret from an environment variable (env:VAR) or a file (file:PATH)</source>
        <translation>kein System-Schlüsselbund erreichbar (keine D-Bus-Sitzung); nehmen Sie das Geheimnis aus einer Umgebungsvariablen (env:VAR) oder einer Datei (file:PATH)</translation>
    </message>
    <message>
        <location filename="../core/profile/SecretStore.cpp" line="102"/>
        <source>Password for %1 (profile %2)</source>
        <translation>Passwort für %1 (Profil %2)</translation>
    </message>
    <message>
        <location filename="../core/profile/SecretStore.cpp" line="117"/>
        <source>say which keyring entry: keyring:KEY</source>
        <translation>welcher Schlüsselbund-Eintrag? keyring:SCHLÜSSEL</translation>
    </message>
    <message>
        <location filename="../core/profile/SecretStore.cpp" line="122"/>
        <source>%1: $%2 is not set</source>
        <translation>%1: $%2 ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/profile/SecretStore.cpp" line="130"/>
        <source>%1: there is no terminal to ask on</source>
        <translation>%1: kein Terminal zum Nachfragen vorhanden</translation>
    </message>
    <message>
        <location filename="../core/profile/SecretStore.cpp" line="134"/>
        <source>&apos;%1&apos; names no secret</source>
        <translation>&apos;%1&apos; nennt kein Geheimnis</translation>
    </message>
    <message>
        <location filename="../core/profile/ConnectionResolver.cpp" line="19"/>
        <source>profile &apos;%1&apos; is a Kafka profile, not an MQTT one</source>
        <translation>Profil &apos;%1&apos; ist ein Kafka-Profil, kein MQTT-Profil</translation>
    </message>
    <message>
        <location filename="../core/profile/ConnectionResolver.cpp" line="21"/>
        <source>profile &apos;%1&apos; is an MQTT profile, not a Kafka one</source>
        <translation>Profil &apos;%1&apos; ist ein MQTT-Profil, kein Kafka-Profil</translation>
    </message>
    <message>
        <location filename="../core/profile/ConnectionResolver.cpp" line="39"/>
        <source>Password for %1 at %2</source>
        <translation>Passwort für %1 auf %2</translation>
    </message>
    <message>
        <location filename="../core/profile/ConnectionResolver.cpp" line="81"/>
        <source>the password is to come from $%1, which is not set</source>
        <translation>das Passwort soll aus $%1 kommen, die Variable ist aber nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileBuilder.cpp" line="26"/>
        <source>the property %1 holds a secret, and a profile stores no secret in its settings: give the profile a secret source (the keyring, env:VAR or file:PATH) instead</source>
        <translation>die Eigenschaft %1 enthält ein Geheimnis, und ein Profil speichert keine Geheimnisse in seinen Einstellungen: geben Sie dem Profil stattdessen eine Geheimnisquelle (den Schlüsselbund, env:VAR oder file:PFAD)</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileBuilder.cpp" line="35"/>
        <source>a SASL mechanism is for Kafka profiles; MQTT uses a user name and a password</source>
        <translation>ein SASL-Mechanismus gilt nur für Kafka-Profile; MQTT verwendet Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileBuilder.cpp" line="63"/>
        <source>a given password is stored in the keyring; it cannot be combined with the secret source %1</source>
        <translation>ein angegebenes Passwort wird im Schlüsselbund gespeichert; das lässt sich nicht mit der Geheimnisquelle %1 kombinieren</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileBuilder.cpp" line="95"/>
        <source>Password for %1 (stored in the keyring)</source>
        <translation>Passwort für %1 (wird im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileBuilder.cpp" line="98"/>
        <source>a keyring secret needs the password, given or typed</source>
        <translation>ein Schlüsselbund-Geheimnis braucht das Passwort, übergeben oder eingetippt</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="15"/>
        <source>malformed broker URL &apos;%1&apos;: %2</source>
        <translation>fehlerhafte Broker-URL &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="67"/>
        <source>missing scheme (e.g. mqtt://host:1883)</source>
        <translation>Schema fehlt (z. B. mqtt://host:1883)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="73"/>
        <source>unknown scheme &apos;%1&apos; (use mqtt, mqtts, ws or wss)</source>
        <translation>unbekanntes Schema &apos;%1&apos; (verwenden Sie mqtt, mqtts, ws oder wss)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="83"/>
        <source>a path is only allowed for ws:// and wss://</source>
        <translation>ein Pfad ist nur bei ws:// und wss:// erlaubt</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="96"/>
        <source>passwords do not belong in URLs (they end up in shell history and process lists); give the password separately: MQKIT_PASSWORD, a password file or a profile</source>
        <translation>Passwörter gehören nicht in URLs (sie landen in der Shell-Historie und in Prozesslisten); geben Sie das Passwort getrennt an: MQKIT_PASSWORD, eine Passwortdatei oder ein Profil</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="109"/>
        <source>unterminated IPv6 address</source>
        <translation>nicht abgeschlossene IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="115"/>
        <source>unexpected text after the IPv6 address</source>
        <translation>unerwarteter Text nach der IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="120"/>
        <source>empty port</source>
        <translation>leerer Port</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="125"/>
        <source>missing host</source>
        <translation>Host fehlt</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="128"/>
        <source>invalid host &apos;%1&apos;</source>
        <translation>ungültiger Host &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="138"/>
        <source>port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>Port &apos;%1&apos; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location filename="../core/mqtt/BrokerUrl.cpp" line="147"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="157"/>
        <source>TLS handshake failed: the server&apos;s %1</source>
        <translation>TLS-Handshake fehlgeschlagen: das %1 des Servers</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="158"/>
        <source>the server accepted the TCP connection but the TLS handshake failed%1 (is it a plain MQTT port?%2)</source>
        <translation>der Server hat die TCP-Verbindung angenommen, aber der TLS-Handshake ist fehlgeschlagen%1 (ist es ein unverschlüsselter MQTT-Port?%2)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="161"/>
        <source> Or one that requires a client certificate?</source>
        <translation> Oder einer, der ein Client-Zertifikat verlangt?</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="171"/>
        <source>subscription to &apos;%1&apos; refused by the broker%2</source>
        <translation>Abonnement von &apos;%1&apos; vom Broker abgelehnt%2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="185"/>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>ein Client-Zertifikat braucht sowohl die Zertifikatsdatei als auch ihre Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="190"/>
        <source>a session expiry interval needs an MQTT 5 connection; with MQTT 3.1.1 a persistent session lasts until the broker drops it</source>
        <translation>ein Sitzungsablauf-Intervall braucht eine MQTT-5-Verbindung; mit MQTT 3.1.1 besteht eine dauerhafte Sitzung, bis der Broker sie verwirft</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="193"/>
        <source>Last Will</source>
        <translation>Letzter Wille</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="197"/>
        <source>Last Will properties need an MQTT 5 connection</source>
        <translation>Eigenschaften des Last Will brauchen eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="694"/>
        <source>a subscription identifier needs an MQTT 5 connection</source>
        <translation>eine Subscription-ID braucht eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="755"/>
        <location filename="../core/mqtt/MqttSession.cpp" line="820"/>
        <location filename="../core/mqtt/MqttSession.cpp" line="856"/>
        <source>MQTT 5 properties need an MQTT 5 connection</source>
        <translation>MQTT-5-Eigenschaften brauchen eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="159"/>
        <source>a lone @ at the end (@@ is a literal @)</source>
        <translation>ein einzelnes @ am Ende (@@ ist ein wörtliches @)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="168"/>
        <source>unknown time sequence %1</source>
        <translation>unbekannte Zeitsequenz %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="190"/>
        <source>&apos;%1&apos; at the end is incomplete (%% is a literal %)</source>
        <translation>&apos;%1&apos; am Ende ist unvollständig (%% ist ein wörtliches %)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="199"/>
        <source>%1 takes no flags or width</source>
        <translation>%1 nimmt keine Flags und keine Breite</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="233"/>
        <source>%1 is not available: the MQTT client library does not pass the packet id on</source>
        <translation>%1 ist nicht verfügbar: die MQTT-Client-Bibliothek gibt die Paket-ID nicht weiter</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="236"/>
        <source>%1 is not available: the MQTT client library does not pass the topic alias on</source>
        <translation>%1 ist nicht verfügbar: die MQTT-Client-Bibliothek gibt den Topic-Alias nicht weiter</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="239"/>
        <source>%J is not supported; use %j (payload as text or base64)</source>
        <translation>%J wird nicht unterstützt; verwenden Sie %j (Payload als Text oder Base64)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="241"/>
        <source>unknown sequence %1</source>
        <translation>unbekannte Sequenz %1</translation>
    </message>
    <message>
        <location filename="../core/replay/TopicMap.cpp" line="20"/>
        <source>bad topic rewrite rule &apos;%1&apos;: &apos;#&apos; must be the last level of the %2 side</source>
        <translation>ungültige Topic-Umschreibregel &apos;%1&apos;: &apos;#&apos; muss die letzte Ebene der Seite %2 sein</translation>
    </message>
    <message>
        <location filename="../core/replay/TopicMap.cpp" line="24"/>
        <source>bad topic rewrite rule &apos;%1&apos;: a wildcard must fill a whole level (&apos;%2&apos;)</source>
        <translation>ungültige Topic-Umschreibregel &apos;%1&apos;: ein Platzhalter muss eine ganze Ebene füllen (&apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../core/replay/TopicMap.cpp" line="36"/>
        <source>bad topic rewrite rule &apos;%1&apos;: expected OLD=NEW, e.g. &apos;plant/#=replay/plant/#&apos;</source>
        <translation>ungültige Topic-Umschreibregel &apos;%1&apos;: erwartet ALT=NEU, z. B. &apos;plant/#=replay/plant/#&apos;</translation>
    </message>
    <message>
        <location filename="../core/replay/TopicMap.cpp" line="41"/>
        <source>bad topic rewrite rule &apos;%1&apos;: both sides of &apos;=&apos; must be non-empty</source>
        <translation>ungültige Topic-Umschreibregel &apos;%1&apos;: beide Seiten von &apos;=&apos; dürfen nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/replay/TopicMap.cpp" line="44"/>
        <source>bad topic rewrite rule &apos;%1&apos;: both sides need the same wildcards in the same order (each &apos;+&apos; and &apos;#&apos; on the left reappears on the right)</source>
        <translation>ungültige Topic-Umschreibregel &apos;%1&apos;: beide Seiten brauchen dieselben Platzhalter in derselben Reihenfolge (jedes &apos;+&apos; und &apos;#&apos; links erscheint rechts wieder)</translation>
    </message>
    <message>
        <location filename="../core/replay/ReplaySchedule.cpp" line="14"/>
        <source>the replay speed must be greater than 0</source>
        <translation>die Wiedergabegeschwindigkeit muss größer als 0 sein</translation>
    </message>
    <message>
        <location filename="../core/replay/ReplaySchedule.cpp" line="20"/>
        <source>the maximum replay rate must be greater than 0 messages per second</source>
        <translation>die maximale Wiedergaberate muss größer als 0 Nachrichten pro Sekunde sein</translation>
    </message>
    <message>
        <location filename="../core/replay/MessageReplayer.cpp" line="114"/>
        <source>%1 &apos;%2&apos;: the offset is too large (at most %3 hours)</source>
        <translation>%1 &apos;%2&apos;: der Versatz ist zu groß (höchstens %3 Stunden)</translation>
    </message>
    <message>
        <location filename="../core/replay/MessageReplayer.cpp" line="121"/>
        <source>%1 &apos;%2&apos;: expected an ISO-8601 date-time (2026-01-05T10:00:00Z) or an offset from the recording&apos;s first message (+30s, +1.5m, +500ms, +2h)</source>
        <translation>%1 &apos;%2&apos;: erwartet ein ISO-8601-Datum mit Uhrzeit (2026-01-05T10:00:00Z) oder einen Abstand zur ersten Nachricht der Aufzeichnung (+30s, +1.5m, +500ms, +2h)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientConfig.cpp" line="55"/>
        <source>no Kafka bootstrap servers given (host:port, or a profile)</source>
        <translation>keine Kafka-Bootstrap-Server angegeben (host:port oder ein Profil)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientConfig.cpp" line="60"/>
        <source>malformed bootstrap list &apos;%1&apos;: an empty entry between commas</source>
        <translation>fehlerhafte Bootstrap-Liste &apos;%1&apos;: ein leerer Eintrag zwischen Kommas</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientConfig.cpp" line="72"/>
        <source>the request timeout must be positive</source>
        <translation>das Anfrage-Timeout muss positiv sein</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaRecordFormat.cpp" line="47"/>
        <source>format string ends with a lone &apos;%&apos;</source>
        <translation>Formatstring endet mit einem einzelnen &apos;%&apos;</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaRecordFormat.cpp" line="54"/>
        <source>unknown format token %1 (known: %t %p %o %k %K %s %S %R %T %h %%)</source>
        <translation>unbekanntes Formatzeichen %1 (bekannt: %t %p %o %k %K %s %S %R %T %h %%)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaConsumer.cpp" line="245"/>
        <source>offset &apos;stored&apos; needs a consumer group</source>
        <translation>Offset &apos;stored&apos; braucht eine Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaProducer.cpp" line="86"/>
        <source>the producer failed (%1): %2 (idempotent producer: needs IDEMPOTENT_WRITE on the cluster or WRITE on a topic; the property enable.idempotence=false turns it off)</source>
        <translation>der Producer ist fehlgeschlagen (%1): %2 (idempotenter Producer: braucht IDEMPOTENT_WRITE auf dem Cluster oder WRITE auf einem Topic; die Eigenschaft enable.idempotence=false schaltet ihn ab)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaProducer.cpp" line="168"/>
        <source>producing to %1 refused (%2)</source>
        <translation>Schreiben nach %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="43"/>
        <source>user property name</source>
        <translation>Name der Benutzereigenschaft</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="44"/>
        <source>user property &apos;%1&apos;</source>
        <translation>Benutzereigenschaft &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="46"/>
        <source>content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="48"/>
        <source>response topic</source>
        <translation>Antwort-Topic</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="49"/>
        <source>correlation data</source>
        <translation>Korrelationsdaten</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="55"/>
        <source>empty %1: MQTT needs at least one character</source>
        <translation>leeres %1: MQTT braucht mindestens ein Zeichen</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="57"/>
        <source>%1 &apos;%2&apos; contains a NUL character, which MQTT does not allow</source>
        <translation>%1 &apos;%2&apos; enthält ein NUL-Zeichen, das MQTT nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="65"/>
        <source>%1 is %2 bytes long: MQTT allows at most 65,535</source>
        <translation>%1 ist %2 Bytes lang: MQTT erlaubt höchstens 65.535</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="71"/>
        <source>invalid %1 &apos;%2&apos;: a topic name cannot contain the wildcards &apos;+&apos; or &apos;#&apos;</source>
        <translation>ungültiges %1 &apos;%2&apos;: ein Topic-Name darf die Platzhalter &apos;+&apos; und &apos;#&apos; nicht enthalten</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="76"/>
        <source>topic filter</source>
        <translation>Topic-Filter</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="81"/>
        <source>invalid topic filter &apos;%1&apos;: &apos;#&apos; must be a whole level and the last one (a/#)</source>
        <translation>ungültiger Topic-Filter &apos;%1&apos;: &apos;#&apos; muss eine ganze Ebene und die letzte sein (a/#)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="84"/>
        <source>invalid topic filter &apos;%1&apos;: &apos;+&apos; must be a whole level (a/+/b)</source>
        <translation>ungültiger Topic-Filter &apos;%1&apos;: &apos;+&apos; muss eine ganze Ebene sein (a/+/b)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="94"/>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="99"/>
        <source>%1 of %2 bytes is too large: an MQTT packet holds at most 268,435,455 bytes</source>
        <translation>%1 mit %2 Bytes ist zu groß: ein MQTT-Paket fasst höchstens 268.435.455 Bytes</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="106"/>
        <source>%1 is %2 bytes: an MQTT packet holds at most 268,435,455 bytes</source>
        <translation>%1 hat %2 Bytes: ein MQTT-Paket fasst höchstens 268.435.455 Bytes</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="113"/>
        <location filename="../core/mqtt/MqttLimits.cpp" line="125"/>
        <location filename="../core/mqtt/TlsFiles.cpp" line="32"/>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="20"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttLimits.cpp" line="123"/>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/TlsFiles.cpp" line="56"/>
        <source>client certificate %1 is not a PEM certificate</source>
        <translation>das Client-Zertifikat %1 ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../core/mqtt/TlsFiles.cpp" line="60"/>
        <source>client key %1 is not a PEM private key</source>
        <translation>der Client-Schlüssel %1 ist kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/mqtt/TlsFiles.cpp" line="66"/>
        <source>client key %1 does not match the client certificate %2</source>
        <translation>der Client-Schlüssel %1 passt nicht zum Client-Zertifikat %2</translation>
    </message>
    <message>
        <location filename="../core/store/RecordingFile.cpp" line="112"/>
        <location filename="../core/store/RecordingFile.cpp" line="121"/>
        <source>malformed Kafka headers in the recording</source>
        <translation>fehlerhafte Kafka-Header in der Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="40"/>
        <location filename="../core/bridge/BridgeRoute.cpp" line="28"/>
        <source>bad topic template &apos;%1&apos;: %2</source>
        <translation>fehlerhafte Topic-Vorlage &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="51"/>
        <source>&apos;}&apos; without &apos;{&apos; (write &apos;}}&apos; for a brace)</source>
        <translation>&apos;}&apos; ohne &apos;{&apos; (für eine Klammer &apos;}}&apos; schreiben)</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="58"/>
        <source>&apos;{&apos; is not closed</source>
        <translation>&apos;{&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="77"/>
        <source>unknown placeholder {%1} (known: {key}, {partition}, {topic}, {header:NAME}, {json:PATH})</source>
        <translation>unbekannter Platzhalter {%1} (bekannt: {key}, {partition}, {topic}, {header:NAME}, {json:PFAD})</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="112"/>
        <source>the record has no key</source>
        <translation>der Datensatz hat keinen Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="125"/>
        <source>the record has no header &apos;%1&apos; with a value</source>
        <translation>der Datensatz hat keinen Header &apos;%1&apos; mit Wert</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="132"/>
        <source>%1 selects nothing in the record value</source>
        <translation>%1 wählt im Wert des Datensatzes nichts aus</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="138"/>
        <source>the value &apos;%1&apos; would put a wildcard or NUL into the topic</source>
        <translation>der Wert &apos;%1&apos; brächte einen Platzhalter oder NUL ins Topic</translation>
    </message>
    <message>
        <location filename="../core/kafka/RecordTopicTemplate.cpp" line="142"/>
        <source>the topic would be empty</source>
        <translation>das Topic wäre leer</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaToMqtt.cpp" line="74"/>
        <source>%1 [%2] offset %3: %4</source>
        <translation>%1 [%2] Offset %3: %4</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaToMqtt.cpp" line="112"/>
        <source>the MQTT broker refused the publish to &apos;%1&apos; three times</source>
        <translation>der MQTT-Broker hat die Veröffentlichung nach &apos;%1&apos; dreimal abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaToMqtt.cpp" line="190"/>
        <source>forwarding Kafka to MQTT needs a consumer group</source>
        <translation>die Weiterleitung von Kafka nach MQTT braucht eine Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../core/replay/KafkaReplayTarget.cpp" line="46"/>
        <source>the target cluster %1 has no topic &apos;%2&apos; (create it first)</source>
        <translation>der Zielcluster %1 hat kein Topic &apos;%2&apos; (zuerst anlegen)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaNames.cpp" line="22"/>
        <source>a Kafka topic name cannot be empty</source>
        <translation>ein Kafka-Topic-Name darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaNames.cpp" line="24"/>
        <source>&apos;%1&apos; is not a legal Kafka topic name</source>
        <translation>&apos;%1&apos; ist kein gültiger Kafka-Topic-Name</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaNames.cpp" line="26"/>
        <source>Kafka topic name &apos;%1&apos; is %2 characters long: Kafka allows at most %3</source>
        <translation>der Kafka-Topic-Name &apos;%1&apos; ist %2 Zeichen lang: Kafka erlaubt höchstens %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaNames.cpp" line="32"/>
        <source>&apos;%1&apos; is not a legal Kafka topic name: it contains &apos;%2&apos; (Kafka allows only ASCII letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>&apos;%1&apos; ist kein gültiger Kafka-Topic-Name: er enthält &apos;%2&apos; (Kafka erlaubt nur ASCII-Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="49"/>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="57"/>
        <source>bad partition rule &apos;%1&apos;: expected preserve, key or a map such as 0=1,1=0 (source=target)</source>
        <translation>fehlerhafte Partitionsregel &apos;%1&apos;: erwartet wird preserve, key oder eine Zuordnung wie 0=1,1=0 (Quelle=Ziel)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="54"/>
        <source>bad partition rule &apos;%1&apos;: source partition %2 is mapped twice</source>
        <translation>fehlerhafte Partitionsregel &apos;%1&apos;: Quellpartition %2 ist zweimal zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="109"/>
        <source>bad position &apos;%1&apos;: expected beginning, end, an offset for every partition, PARTITION:OFFSET pairs (0:100,1:200) or an ISO-8601 time (2026-11-23T10:00:00Z)</source>
        <translation>fehlerhafte Position &apos;%1&apos;: erwartet wird beginning, end, ein Offset für jede Partition, PARTITION:OFFSET-Paare (0:100,1:200) oder eine ISO-8601-Zeit (2026-11-23T10:00:00Z)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="139"/>
        <source>cannot read the copy checkpoint %1: %2</source>
        <translation>der Kopier-Checkpoint %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="143"/>
        <source>the copy checkpoint %1 is not valid: %2</source>
        <translation>der Kopier-Checkpoint %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="192"/>
        <source>cannot write the copy checkpoint %1: %2</source>
        <translation>der Kopier-Checkpoint %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="26"/>
        <source>copy of topic &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Kopie von Topic &apos;%1&apos; nach &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="29"/>
        <source>by key</source>
        <translation>nach Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="67"/>
        <source>cannot keep partitions: target topic &apos;%1&apos; has %2 partition(s), fewer than the %3 of source topic &apos;%4&apos;; copy by key or with a partition map, or add partitions to the target first</source>
        <translation>Partitionen können nicht beibehalten werden: das Ziel-Topic &apos;%1&apos; hat %2 Partition(en), weniger als die %3 des Quell-Topics &apos;%4&apos;; nach Schlüssel oder mit einer Partitionszuordnung kopieren oder dem Ziel zuerst Partitionen hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="80"/>
        <source>the partition map has no target for source partition %1 (the source topic has %2 partitions)</source>
        <translation>die Partitionszuordnung hat kein Ziel für Quellpartition %1 (das Quell-Topic hat %2 Partitionen)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="85"/>
        <source>the partition map sends partition %1 to %2, but target topic &apos;%3&apos; has %4 partition(s)</source>
        <translation>die Partitionszuordnung schickt Partition %1 nach %2, aber das Ziel-Topic &apos;%3&apos; hat %4 Partition(en)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="116"/>
        <source>unknown source topic &apos;%1&apos; on %2</source>
        <translation>unbekanntes Quell-Topic &apos;%1&apos; auf %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="132"/>
        <source>cannot read the offsets of %1 [%2]: %3</source>
        <translation>die Offsets von %1 [%2] können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="142"/>
        <source>start raised to the log start %1</source>
        <translation>Start auf den Log-Anfang %1 angehoben</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="153"/>
        <source>unknown target topic &apos;%1&apos; on %2: create it first (with the partitions and configs it needs)</source>
        <translation>unbekanntes Ziel-Topic &apos;%1&apos; auf %2: zuerst anlegen (mit den nötigen Partitionen und Konfigurationen)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="162"/>
        <source>the checkpoint %1 belongs to a copy of &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>der Checkpoint %1 gehört zu einer Kopie von &apos;%2&apos; nach &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="165"/>
        <source>the checkpoint %1 was written by a %2 copy: resume it the same way</source>
        <translation>der Checkpoint %1 wurde von einer %2 Kopie geschrieben: auf dieselbe Weise fortsetzen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="167"/>
        <source>transactional</source>
        <translation>transaktionalen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="167"/>
        <source>non-transactional</source>
        <translation>nicht transaktionalen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="194"/>
        <source>the maximum rate must be &gt;= 0</source>
        <translation>die Höchstrate muss &gt;= 0 sein</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="220"/>
        <source>nothing to resume: no checkpoint at %1</source>
        <translation>nichts fortzusetzen: kein Checkpoint unter %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopy.cpp" line="223"/>
        <source>an unfinished copy of &apos;%1&apos; to &apos;%2&apos; left a checkpoint at %3: resume it, or delete the file to start over</source>
        <translation>eine unvollendete Kopie von &apos;%1&apos; nach &apos;%2&apos; hat einen Checkpoint unter %3 hinterlassen: fortsetzen oder die Datei löschen, um neu zu beginnen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="55"/>
        <source>reading the copy checkpoints of %1 took too long</source>
        <translation>das Lesen der Kopier-Checkpoints von %1 hat zu lange gedauert</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="133"/>
        <source>delivery of %1 [%2] offset %3 to %4 [%5] failed (%6)</source>
        <translation>Zustellung von %1 [%2] Offset %3 nach %4 [%5] fehlgeschlagen (%6)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="166"/>
        <source>starting to read %1 [%2]</source>
        <translation>Lesen von %1 [%2] beginnt</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="192"/>
        <source>cannot create the checkpoint topic %1 (%2): %3</source>
        <translation>das Checkpoint-Topic %1 kann nicht angelegt werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="196"/>
        <source>starting transactions</source>
        <translation>Transaktionen werden gestartet</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="215"/>
        <source>reading %1 [%2]</source>
        <translation>%1 [%2] wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="299"/>
        <source>copying %1 [%2] offset %3 to %4</source>
        <translation>%1 [%2] ab Offset %3 wird nach %4 kopiert</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="327"/>
        <source>%1 failed (%2): %3; the target cluster needs transactions (Kafka 0.11 or newer, a transaction state log, WRITE on the transactional id)</source>
        <translation>%1 fehlgeschlagen (%2): %3; der Zielcluster braucht Transaktionen (Kafka 0.11 oder neuer, ein Transaction-State-Log, WRITE auf die Transactional-ID)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="334"/>
        <source>beginning a transaction</source>
        <translation>Transaktion wird begonnen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="368"/>
        <source>writing the copy checkpoint to %1</source>
        <translation>Kopier-Checkpoint wird nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="373"/>
        <source>committing a transaction</source>
        <translation>Transaktion wird bestätigt</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="423"/>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="451"/>
        <source>%1; the checkpoint %2 keeps everything before it, a resumed copy continues from there</source>
        <translation>%1; der Checkpoint %2 hält alles davor fest, eine fortgesetzte Kopie macht dort weiter</translation>
    </message>
    <message>
        <location filename="../core/kafka/TopicVerify.cpp" line="78"/>
        <source>the recording %1 holds no Kafka record of topic &apos;%2&apos;</source>
        <translation>die Aufzeichnung %1 enthält keinen Kafka-Datensatz von Topic &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="81"/>
        <source>must be a mapping (key: value)</source>
        <translation>muss eine Zuordnung sein (Schlüssel: Wert)</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="94"/>
        <source>unknown field (expected one of %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von %1)</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="102"/>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="108"/>
        <source>must be a single value</source>
        <translation>muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="121"/>
        <source>environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="127"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="133"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="140"/>
        <source>must be a positive integer</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="147"/>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="156"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="209"/>
        <source>topic &apos;%1&apos; is already defined at %2</source>
        <translation>Topic &apos;%1&apos; ist bereits in %2 definiert</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="218"/>
        <source>producer/consumer choose the resources and operations; drop resource and operations</source>
        <translation>producer/consumer legen Ressourcen und Operationen fest; resource und operations weglassen</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="231"/>
        <source>a consumer needs its consumer groups</source>
        <translation>ein Consumer braucht seine Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="236"/>
        <location filename="../core/provision/ProvisionSpec.cpp" line="245"/>
        <source>is required (or producer/consumer)</source>
        <translation>ist erforderlich (oder producer/consumer)</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="303"/>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="313"/>
        <source>role &apos;%1&apos; is defined twice in this file</source>
        <translation>Rolle &apos;%1&apos; ist in dieser Datei zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="326"/>
        <source>secret references are never substituted; write env:VAR instead of ${VAR}</source>
        <translation>Geheimnisverweise werden nie ersetzt; env:VAR statt ${VAR} schreiben</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="328"/>
        <source>must be a secret reference: env:VAR, file:PATH or keyring:NAME</source>
        <translation>muss ein Geheimnisverweis sein: env:VAR, file:PFAD oder keyring:NAME</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="342"/>
        <source>client &apos;%1&apos; is defined twice in this file</source>
        <translation>Client &apos;%1&apos; ist in dieser Datei zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="358"/>
        <source>group &apos;%1&apos; is defined twice in this file</source>
        <translation>Gruppe &apos;%1&apos; ist in dieser Datei zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="477"/>
        <source>no spec file given</source>
        <translation>keine Spezifikationsdatei angegeben</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="482"/>
        <source>cannot read the spec %1: %2</source>
        <translation>die Spezifikation %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="92"/>
        <source>partitions %1 -&gt; %2 (Kafka cannot remove partitions)</source>
        <translation>Partitionen %1 -&gt; %2 (Kafka kann keine Partitionen entfernen)</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="94"/>
        <source>replication factor %1 -&gt; %2 (needs a partition reassignment)</source>
        <translation>Replikationsfaktor %1 -&gt; %2 (erfordert eine Neuzuweisung der Partitionen)</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="98"/>
        <source>topic %1: %2; only a delete and create would do it, which loses its records</source>
        <translation>Topic %1: %2; nur Löschen und Neuanlegen ginge, wobei seine Datensätze verloren gingen</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="103"/>
        <source>replace (-/+): %1; its records are lost</source>
        <translation>ersetzen (-/+): %1; seine Datensätze gehen verloren</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="149"/>
        <source>reset to the broker default (not in the spec)</source>
        <translation>auf den Broker-Standard zurückgesetzt (nicht in der Spezifikation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="232"/>
        <source>%n topic(s) (%1)</source>
        <translation>
            <numerusform>%n Topic (%1)</numerusform>
            <numerusform>%n Topics (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="234"/>
        <source>%n ACL(s)</source>
        <translation>
            <numerusform>%n ACL</numerusform>
            <numerusform>%n ACLs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionApply.cpp" line="78"/>
        <source>the broker did not show the changed ACLs within 10 s</source>
        <translation>der Broker hat die geänderten ACLs nicht innerhalb von 10 s gezeigt</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionApply.cpp" line="122"/>
        <source>unknown plan item %1</source>
        <translation>unbekannter Planeintrag %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/provision/MqttProvision.cpp" line="91"/>
        <source>%n MQTT client(s)/role(s)/group(s) (%1)</source>
        <translation>
            <numerusform>%n MQTT-Client/-Rolle/-Gruppe (%1)</numerusform>
            <numerusform>%n MQTT-Clients/-Rollen/-Gruppen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="54"/>
        <source>a shared subscription is $share/GROUP/FILTER</source>
        <translation>ein geteiltes Abonnement lautet $share/GRUPPE/FILTER</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="65"/>
        <source>level %1: &apos;%2&apos; is not a name (letters, digits, _)</source>
        <translation>Ebene %1: &apos;%2&apos; ist kein Name (Buchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="68"/>
        <source>&apos;{%1}&apos; appears twice</source>
        <translation>&apos;{%1}&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="72"/>
        <source>level %1: a {name} must be a whole level</source>
        <translation>Ebene %1: ein {name} muss eine ganze Ebene sein</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="122"/>
        <source>the key &apos;%1&apos; uses {%2}, which the topic template &apos;%3&apos; does not name (it names: %4)</source>
        <translation>der Schlüssel &apos;%1&apos; verwendet {%2}, das die Topic-Vorlage &apos;%3&apos; nicht benennt (sie benennt: %4)</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="124"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="146"/>
        <source>the payload is not JSON (%1 at byte %2), so the key %3 cannot be read</source>
        <translation>die Nutzdaten sind kein JSON (%1 bei Byte %2), daher kann der Schlüssel %3 nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="155"/>
        <source>the key field %1 is missing from the payload</source>
        <translation>das Schlüsselfeld %1 fehlt in den Nutzdaten</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="170"/>
        <source>a route needs the MQTT topic template it reads from</source>
        <translation>eine Route braucht die MQTT-Topic-Vorlage, aus der sie liest</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="172"/>
        <source>a route needs the Kafka topic it writes to</source>
        <translation>eine Route braucht das Kafka-Topic, in das sie schreibt</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="200"/>
        <source>the payload is not JSON (%1 at byte %2)</source>
        <translation>die Nutzdaten sind kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="235"/>
        <source>&apos;%1&apos; must be a single value</source>
        <translation>&apos;%1&apos; muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="242"/>
        <source>each route is a mapping with from, to, key, require_json</source>
        <translation>jede Route ist eine Zuordnung mit from, to, key, require_json</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="257"/>
        <source>&apos;require_json&apos; is true or false</source>
        <translation>&apos;require_json&apos; ist true oder false</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="260"/>
        <source>unknown field &apos;%1&apos; (a route has from, to, key, require_json)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (eine Route hat from, to, key, require_json)</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="277"/>
        <source>expected a mapping with a &apos;routes&apos; list</source>
        <translation>erwartet wird eine Zuordnung mit einer Liste &apos;routes&apos;</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="280"/>
        <source>&apos;routes&apos; must be a non-empty list</source>
        <translation>&apos;routes&apos; muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeRoute.cpp" line="294"/>
        <source>cannot read the routes file %1: %2</source>
        <translation>die Routendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeSpool.cpp" line="81"/>
        <source>%1 is an SQLite file but not a bridge spool; give a new file or a spool</source>
        <translation>%1 ist eine SQLite-Datei, aber kein Bridge-Spool; eine neue Datei oder einen Spool angeben</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeSpool.cpp" line="237"/>
        <source>the spool holds %1 bytes, its bound is %2</source>
        <translation>der Spool enthält %1 Bytes, seine Grenze ist %2</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeSpool.cpp" line="240"/>
        <source>the oldest record has waited %1 s in the spool, its bound is %2 s</source>
        <translation>der älteste Datensatz wartet seit %1 s im Spool, die Grenze ist %2 s</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="28"/>
        <source>the bridge needs a fixed MQTT client id, so that the broker keeps its session and holds messages while the bridge is down</source>
        <translation>die Bridge braucht eine feste MQTT-Client-ID, damit der Broker ihre Sitzung behält und Nachrichten zurückhält, solange die Bridge nicht läuft</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="31"/>
        <source>the bridge subscribes with QoS 1 or 2 (QoS 0 can lose messages)</source>
        <translation>die Bridge abonniert mit QoS 1 oder 2 (QoS 0 kann Nachrichten verlieren)</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="33"/>
        <source>the bridge needs at least one route</source>
        <translation>die Bridge braucht mindestens eine Route</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="35"/>
        <source>the bridge needs a spool file</source>
        <translation>die Bridge braucht eine Spool-Datei</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="177"/>
        <source>the dead-letter topic %1 refuses records (%2); they stay in the spool %3 until it takes them</source>
        <translation>das Dead-Letter-Topic %1 lehnt Datensätze ab (%2); sie bleiben im Spool %3, bis es sie annimmt</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="225"/>
        <source>unknown ACL type &apos;%1&apos;: use %2</source>
        <translation>unbekannter ACL-Typ &apos;%1&apos;: %2 verwenden</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="237"/>
        <source>create client %1</source>
        <translation>Client %1 anlegen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="238"/>
        <source>delete client %1</source>
        <translation>Client %1 löschen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="239"/>
        <source>modify client %1</source>
        <translation>Client %1 ändern</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="240"/>
        <source>set the client id of client %1</source>
        <translation>Client-ID von Client %1 setzen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="241"/>
        <source>set the password of client %1</source>
        <translation>Passwort von Client %1 setzen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="242"/>
        <source>enable client %1</source>
        <translation>Client %1 aktivieren</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="243"/>
        <source>disable client %1</source>
        <translation>Client %1 deaktivieren</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="244"/>
        <source>read client %1</source>
        <translation>Client %1 lesen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="245"/>
        <source>add role %1 to client %2</source>
        <translation>Rolle %1 zu Client %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="246"/>
        <source>remove role %1 from client %2</source>
        <translation>Rolle %1 von Client %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="247"/>
        <source>create role %1</source>
        <translation>Rolle %1 anlegen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="248"/>
        <source>delete role %1</source>
        <translation>Rolle %1 löschen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="249"/>
        <source>modify role %1</source>
        <translation>Rolle %1 ändern</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="250"/>
        <source>read role %1</source>
        <translation>Rolle %1 lesen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="252"/>
        <source>add a %1 ACL for %2 to role %3</source>
        <translation>eine %1-ACL für %2 zu Rolle %3 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="254"/>
        <source>remove the %1 ACL for %2 from role %3</source>
        <translation>die %1-ACL für %2 von Rolle %3 entfernen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="255"/>
        <source>create group %1</source>
        <translation>Gruppe %1 anlegen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="256"/>
        <source>delete group %1</source>
        <translation>Gruppe %1 löschen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="257"/>
        <source>modify group %1</source>
        <translation>Gruppe %1 ändern</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="258"/>
        <source>read group %1</source>
        <translation>Gruppe %1 lesen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="259"/>
        <source>add role %1 to group %2</source>
        <translation>Rolle %1 zu Gruppe %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="260"/>
        <source>remove role %1 from group %2</source>
        <translation>Rolle %1 von Gruppe %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="261"/>
        <source>add client %1 to group %2</source>
        <translation>Client %1 zu Gruppe %2 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="262"/>
        <source>remove client %1 from group %2</source>
        <translation>Client %1 aus Gruppe %2 entfernen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="263"/>
        <source>set the default ACL access</source>
        <translation>Standard-ACL-Zugriff setzen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="264"/>
        <source>read the default ACL access</source>
        <translation>Standard-ACL-Zugriff lesen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="281"/>
        <location filename="../core/dynsec/DynsecClient.cpp" line="284"/>
        <source>%1 %2 not found</source>
        <translation>%1 %2 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="285"/>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="286"/>
        <source>%1 not found (one of %2)</source>
        <translation>%1 nicht gefunden (eines von %2)</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="303"/>
        <source>client %1 not found</source>
        <translation>Client %1 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="305"/>
        <source>client %1 already exists</source>
        <translation>Client %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="307"/>
        <source>role %1 already exists</source>
        <translation>Rolle %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="309"/>
        <source>group %1 already exists</source>
        <translation>Gruppe %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="311"/>
        <source>role %1 already has a %2 ACL for %3</source>
        <translation>Rolle %1 hat bereits eine %2-ACL für %3</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="314"/>
        <source>role %1 has no %2 ACL for %3</source>
        <translation>Rolle %1 hat keine %2-ACL für %3</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="317"/>
        <source>client %1 is already in group %2</source>
        <translation>Client %1 ist bereits in Gruppe %2</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="319"/>
        <source>this Mosquitto does not know the command &apos;%1&apos;</source>
        <translation>dieses Mosquitto kennt den Befehl &apos;%1&apos; nicht</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="321"/>
        <source>failed without a reason</source>
        <translation>ohne Angabe eines Grundes fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="386"/>
        <source>cannot read the dynamic-security plugin&apos;s answers (%1): %2</source>
        <translation>die Antworten des Dynamic-Security-Plugins können nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="413"/>
        <source>the dynamic-security plugin did not answer within %1 s (is it loaded for this listener, and may this user administer it?)</source>
        <translation>das Dynamic-Security-Plugin hat nicht innerhalb von %1 s geantwortet (ist es für diesen Listener geladen, und darf dieser Benutzer es verwalten?)</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="417"/>
        <source>connection lost while waiting for the dynamic-security plugin: %1</source>
        <translation>Verbindung verloren beim Warten auf das Dynamic-Security-Plugin: %1</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecClient.cpp" line="480"/>
        <source>the dynamic-security plugin refused %1: %2</source>
        <translation>das Dynamic-Security-Plugin hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecPlan.cpp" line="200"/>
        <source>MQTT dynamic security</source>
        <translation>MQTT Dynamic Security</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecPlan.cpp" line="269"/>
        <location filename="../core/dynsec/DynsecPlan.cpp" line="343"/>
        <source>not in the desired state</source>
        <translation>nicht im gewünschten Zustand</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecPlan.cpp" line="402"/>
        <source>read back after the change, still differs in: %1</source>
        <translation>nach der Änderung zurückgelesen, weicht noch ab in: %1</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecPlan.cpp" line="407"/>
        <source>still there after the delete</source>
        <translation>nach dem Löschen noch vorhanden</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecPlan.cpp" line="410"/>
        <source>not there after the create</source>
        <translation>nach dem Anlegen nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecPlan.cpp" line="420"/>
        <source>read back after the change, still differs in: access</source>
        <translation>nach der Änderung zurückgelesen, weicht noch ab in: Zugriff</translation>
    </message>
    <message>
        <location filename="../core/dynsec/DynsecPlan.cpp" line="449"/>
        <source>not deleted: deletions were not allowed</source>
        <translation>nicht gelöscht: Löschungen waren nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="71"/>
        <source>expected USER:HASH (a Mosquitto password file)</source>
        <translation>erwartet wird BENUTZER:HASH (eine Mosquitto-Passwortdatei)</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="74"/>
        <source>user &apos;%1&apos; appears twice</source>
        <translation>Benutzer &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="85"/>
        <source>pattern lines of the acl_file</source>
        <translation>pattern-Zeilen der acl_file</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="86"/>
        <source>topic lines of the acl_file for anonymous clients</source>
        <translation>topic-Zeilen der acl_file für anonyme Clients</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="94"/>
        <source>&apos;user&apos; needs a user name</source>
        <translation>&apos;user&apos; braucht einen Benutzernamen</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="102"/>
        <source>unknown line &apos;%1&apos;: expected user, topic or pattern</source>
        <translation>unbekannte Zeile &apos;%1&apos;: erwartet wird user, topic oder pattern</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="105"/>
        <source>&apos;%1&apos; needs a topic</source>
        <translation>&apos;%1&apos; braucht ein Topic</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="118"/>
        <source>user &apos;%1&apos; has ACLs but no password in the password file</source>
        <translation>Benutzer &apos;%1&apos; hat ACLs, aber kein Passwort in der Passwortdatei</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="136"/>
        <source>role &apos;%1&apos; holds the anonymous clients&apos; ACLs: make it a role of the plugin&apos;s anonymous group on the broker</source>
        <translation>Rolle &apos;%1&apos; enthält die ACLs der anonymen Clients: machen Sie sie auf dem Broker zu einer Rolle der anonymen Gruppe des Plugins</translation>
    </message>
    <message>
        <location filename="../core/dynsec/MosquittoAuthFiles.cpp" line="140"/>
        <source>password hashes are not exported (%1 client(s)): give each client a password reference</source>
        <translation>Passwort-Hashes werden nicht exportiert (%1 Client(s)): geben Sie jedem Client einen Passwortverweis</translation>
    </message>
</context>
</TS>
