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
    <name>MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="41"/>
        <source>MQTT: connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="43"/>
        <source>MQTT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="45"/>
        <source>MQTT: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="48"/>
        <source>Kafka: %n topic(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="51"/>
        <source>Kafka: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="69"/>
        <source>mqkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="72"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="76"/>
        <source>Profile </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="78"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="86"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="87"/>
        <source>MQTT </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="124"/>
        <source>MQTT topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="128"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="135"/>
        <source>Kafka topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="138"/>
        <source>MQTT: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="139"/>
        <source>Kafka: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="156"/>
        <source>MQTT: connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="167"/>
        <source>Kafka: open a Kafka profile first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="170"/>
        <source>Kafka: listing topics on %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MqttWorker</name>
    <message>
        <location filename="../app/workers/MqttWorker.cpp" line="55"/>
        <source>Connection to %1 lost: %2</source>
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
        <location filename="../core/mqtt/MessageFormat.cpp" line="18"/>
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
        <location filename="../core/profile/ProfileStore.cpp" line="102"/>
        <location filename="../core/profile/ProfileBuilder.cpp" line="80"/>
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
        <location filename="../core/profile/ProfileBuilder.cpp" line="24"/>
        <source>a SASL mechanism is for Kafka profiles; MQTT uses a user name and a password</source>
        <translation>ein SASL-Mechanismus gilt nur für Kafka-Profile; MQTT verwendet Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileBuilder.cpp" line="52"/>
        <source>a given password is stored in the keyring; it cannot be combined with the secret source %1</source>
        <translation>ein angegebenes Passwort wird im Schlüsselbund gespeichert; das lässt sich nicht mit der Geheimnisquelle %1 kombinieren</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileBuilder.cpp" line="83"/>
        <source>Password for %1 (stored in the keyring)</source>
        <translation>Passwort für %1 (wird im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../core/profile/ProfileBuilder.cpp" line="86"/>
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
        <location filename="../core/mqtt/MqttSession.cpp" line="122"/>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>ein Client-Zertifikat braucht sowohl die Zertifikatsdatei als auch ihre Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="126"/>
        <source>a session expiry interval needs an MQTT 5 connection; with MQTT 3.1.1 a persistent session lasts until the broker drops it</source>
        <translation>ein Sitzungsablauf-Intervall braucht eine MQTT-5-Verbindung; mit MQTT 3.1.1 besteht eine dauerhafte Sitzung, bis der Broker sie verwirft</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="134"/>
        <source>Last Will properties need an MQTT 5 connection</source>
        <translation>Eigenschaften des Last Will brauchen eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="564"/>
        <source> (if the broker requires a client certificate, give a certificate file and its key file)</source>
        <translation> (falls der Broker ein Client-Zertifikat verlangt, geben Sie eine Zertifikatsdatei und ihre Schlüsseldatei an)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="587"/>
        <source>a subscription identifier needs an MQTT 5 connection</source>
        <translation>eine Subscription-ID braucht eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="653"/>
        <location filename="../core/mqtt/MqttSession.cpp" line="711"/>
        <source>MQTT 5 properties need an MQTT 5 connection</source>
        <translation>MQTT-5-Eigenschaften brauchen eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="160"/>
        <source>a lone @ at the end (@@ is a literal @)</source>
        <translation>ein einzelnes @ am Ende (@@ ist ein wörtliches @)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="169"/>
        <source>unknown time sequence %1</source>
        <translation>unbekannte Zeitsequenz %1</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="191"/>
        <source>&apos;%1&apos; at the end is incomplete (%% is a literal %)</source>
        <translation>&apos;%1&apos; am Ende ist unvollständig (%% ist ein wörtliches %)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="200"/>
        <source>%1 takes no flags or width</source>
        <translation>%1 nimmt keine Flags und keine Breite</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="234"/>
        <source>%1 is not available: the MQTT client library does not pass the packet id on</source>
        <translation>%1 ist nicht verfügbar: die MQTT-Client-Bibliothek gibt die Paket-ID nicht weiter</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="237"/>
        <source>%1 is not available: the MQTT client library does not pass the topic alias on</source>
        <translation>%1 ist nicht verfügbar: die MQTT-Client-Bibliothek gibt den Topic-Alias nicht weiter</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="240"/>
        <source>%J is not supported; use %j (payload as text or base64)</source>
        <translation>%J wird nicht unterstützt; verwenden Sie %j (Payload als Text oder Base64)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MessageFormat.cpp" line="242"/>
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
        <location filename="../core/replay/MessageReplayer.cpp" line="106"/>
        <source>%1 &apos;%2&apos;: expected an ISO-8601 date-time (2026-01-05T10:00:00Z) or an offset from the recording&apos;s first message (+30s, +1.5m, +500ms, +2h)</source>
        <translation>%1 &apos;%2&apos;: erwartet ein ISO-8601-Datum mit Uhrzeit (2026-01-05T10:00:00Z) oder einen Abstand zur ersten Nachricht der Aufzeichnung (+30s, +1.5m, +500ms, +2h)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaClientConfig.cpp" line="37"/>
        <source>no Kafka bootstrap servers given (host:port, or a profile)</source>
        <translation>keine Kafka-Bootstrap-Server angegeben (host:port oder ein Profil)</translation>
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
        <location filename="../core/kafka/KafkaConsumer.cpp" line="243"/>
        <source>offset &apos;stored&apos; needs a consumer group</source>
        <translation>Offset &apos;stored&apos; braucht eine Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaProducer.cpp" line="45"/>
        <source>the producer failed (%1): %2 (idempotent producer: needs IDEMPOTENT_WRITE on the cluster or WRITE on a topic; the property enable.idempotence=false turns it off)</source>
        <translation>der Producer ist fehlgeschlagen (%1): %2 (idempotenter Producer: braucht IDEMPOTENT_WRITE auf dem Cluster oder WRITE auf einem Topic; die Eigenschaft enable.idempotence=false schaltet ihn ab)</translation>
    </message>
</context>
</TS>
