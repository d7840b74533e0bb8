<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddPartitionsDialog</name>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="113"/>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="117"/>
        <source>Add partitions</source>
        <translation>Partitionen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="118"/>
        <source>Topic &lt;b&gt;%1&lt;/b&gt; has %n partition(s). New total (Kafka cannot remove partitions; keyed records may map to other partitions afterwards):</source>
        <translation>
            <numerusform>Topic &lt;b&gt;%1&lt;/b&gt; hat %n Partition. Neue Gesamtzahl (Kafka kann keine Partitionen entfernen; Datensätze mit Schlüssel landen danach eventuell in anderen Partitionen):</numerusform>
            <numerusform>Topic &lt;b&gt;%1&lt;/b&gt; hat %n Partitionen. Neue Gesamtzahl (Kafka kann keine Partitionen entfernen; Datensätze mit Schlüssel landen danach eventuell in anderen Partitionen):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BridgeRunner</name>
    <message>
        <location filename="../app/views/bridge/BridgeRunner.cpp" line="39"/>
        <source>the spool file %1 is in use by a bridge running in another workspace</source>
        <translation>die Spool-Datei %1 wird von einer Bridge in einem anderen Arbeitsbereich benutzt</translation>
    </message>
</context>
<context>
    <name>BridgeView</name>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="49"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="54"/>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="86"/>
        <source>Records to Kafka per second</source>
        <translation>Datensätze pro Sekunde nach Kafka</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="100"/>
        <source>The bridge subscribes on this broker with its own session and writes to Kafka; messages wait in the spool file until Kafka has them.</source>
        <translation>Die Bridge abonniert auf diesem Broker mit einer eigenen Sitzung und schreibt nach Kafka; Nachrichten warten in der Spool-Datei, bis Kafka sie hat.</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="112"/>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="119"/>
        <source>a Kafka profile or host:9092</source>
        <translation>ein Kafka-Profil oder host:9092</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="120"/>
        <source>Kafka cluster</source>
        <translation>Kafka-Cluster</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="123"/>
        <source>Fixed MQTT client id: the broker keeps this session and holds messages while the bridge is down</source>
        <translation>Feste MQTT-Client-ID: Der Broker behält diese Sitzung und hält Nachrichten zurück, solange die Bridge nicht läuft</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="124"/>
        <source>MQTT client id</source>
        <translation>MQTT-Client-ID</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="126"/>
        <source>1: at least once</source>
        <translation>1: mindestens einmal</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="127"/>
        <source>2: released by the broker only once spooled</source>
        <translation>2: vom Broker erst freigegeben, wenn gespoolt</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="128"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="131"/>
        <source>SQLite file where messages wait until Kafka acknowledged them; kept across starts</source>
        <translation>SQLite-Datei, in der Nachrichten warten, bis Kafka sie bestätigt hat; bleibt über Neustarts erhalten</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="132"/>
        <source>Spool file</source>
        <translation>Spool-Datei</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="145"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="147"/>
        <source>One route</source>
        <translation>Eine Route</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="148"/>
        <source>Routes from a YAML file</source>
        <translation>Routen aus einer YAML-Datei</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="158"/>
        <source>MQTT topic template: a {name} level subscribes as + and names the level; a $share/GROUP/ prefix splits the load between bridges</source>
        <translation>MQTT-Topic-Vorlage: Eine Ebene {name} abonniert als + und benennt die Ebene; ein Präfix $share/GRUPPE/ verteilt die Last auf mehrere Bridges</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="160"/>
        <source>From MQTT</source>
        <translation>Von MQTT</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="162"/>
        <source>telemetry (dead letters go to telemetry.dlq)</source>
        <translation>telemetry (unzustellbare Nachrichten gehen nach telemetry.dlq)</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="163"/>
        <source>To Kafka topic</source>
        <translation>Nach Kafka-Topic</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="165"/>
        <source>{deviceId} or $.deviceId; empty: no key</source>
        <translation>{deviceId} oder $.deviceId; leer: kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="166"/>
        <source>Record key</source>
        <translation>Datensatz-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="167"/>
        <source>Payloads that are not JSON go to the dead-letter topic</source>
        <translation>Nutzdaten, die kein JSON sind, gehen ins Dead-Letter-Topic</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="174"/>
        <source>routes.yaml (routes: [{from, to, key, require_json}])</source>
        <translation>routes.yaml (routes: [{from, to, key, require_json}])</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="175"/>
        <source>Routes file</source>
        <translation>Routen-Datei</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="189"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="190"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="204"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="216"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="217"/>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="218"/>
        <source>&lt;i&gt;total&lt;/i&gt;</source>
        <translation>&lt;i&gt;gesamt&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="219"/>
        <source>&lt;i&gt;per second&lt;/i&gt;</source>
        <translation>&lt;i&gt;pro Sekunde&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="226"/>
        <source>In from MQTT</source>
        <translation>Von MQTT empfangen</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="227"/>
        <source>Out to Kafka</source>
        <translation>Nach Kafka geschrieben</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="228"/>
        <source>Dead letters</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="232"/>
        <source>Duplicates (redelivered)</source>
        <translation>Duplikate (erneut zugestellt)</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="233"/>
        <source>Resent to Kafka</source>
        <translation>Erneut an Kafka gesendet</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="234"/>
        <source>In flight to Kafka</source>
        <translation>Unterwegs zu Kafka</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="238"/>
        <source>Spool</source>
        <translation>Spool</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="239"/>
        <source>Spool bound</source>
        <translation>Spool-Grenze</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="267"/>
        <source>choose the Kafka cluster: a Kafka profile or host:port</source>
        <translation>wählen Sie den Kafka-Cluster: ein Kafka-Profil oder host:port</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="279"/>
        <source>open an MQTT broker first: the bridge subscribes on it</source>
        <translation>öffnen Sie zuerst einen MQTT-Broker: Die Bridge abonniert darauf</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="283"/>
        <source>the route</source>
        <translation>die Route</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="286"/>
        <source>choose the routes file</source>
        <translation>wählen Sie die Routen-Datei</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="304"/>
        <location filename="../app/views/bridge/BridgeView.cpp" line="313"/>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="309"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="320"/>
        <source>Starting: opening the spool, connecting to both brokers …</source>
        <translation>Start: Spool wird geöffnet, Verbindung zu beiden Brokern …</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="328"/>
        <source>Stopping: records in flight may still be acknowledged by Kafka (at most a few seconds) …</source>
        <translation>Wird gestoppt: Datensätze unterwegs können noch von Kafka bestätigt werden (höchstens einige Sekunden) …</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="333"/>
        <source>Running: %1 (subscribed to %2)</source>
        <translation>Läuft: %1 (abonniert: %2)</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="340"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="342"/>
        <source>paused: the spool is at its bound, the broker holds the backlog</source>
        <translation>pausiert: Der Spool ist an seiner Grenze, der Broker hält den Rückstau</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="344"/>
        <source>not connected (reconnecting)</source>
        <translation>nicht verbunden (verbindet neu)</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="345"/>
        <source>cannot be reached (records wait in the spool)</source>
        <translation>nicht erreichbar (Datensätze warten im Spool)</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="345"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="352"/>
        <source>The spool cannot be written: %1</source>
        <translation>Der Spool kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="354"/>
        <source>Kafka cannot be reached: %1. Messages wait in the spool.</source>
        <translation>Kafka ist nicht erreichbar: %1. Nachrichten warten im Spool.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/bridge/BridgeView.cpp" line="382"/>
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n Datensatz, %1</numerusform>
            <numerusform>%n Datensätze, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="385"/>
        <source>, oldest waiting %1 s</source>
        <translation>, ältester wartet seit %1 s</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="388"/>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="390"/>
        <source>full: %1</source>
        <translation>voll: %1</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="392"/>
        <source>below its bounds</source>
        <translation>unter seinen Grenzen</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="398"/>
        <source>The bridge stopped: %1</source>
        <translation>Die Bridge wurde beendet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/bridge/BridgeView.cpp" line="401"/>
        <source>Stopped; %n record(s) wait in the spool for the next start.</source>
        <translation>
            <numerusform>Gestoppt; %n Datensatz wartet im Spool auf den nächsten Start.</numerusform>
            <numerusform>Gestoppt; %n Datensätze warten im Spool auf den nächsten Start.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="402"/>
        <source>Stopped; the spool is empty.</source>
        <translation>Gestoppt; der Spool ist leer.</translation>
    </message>
    <message>
        <location filename="../app/views/bridge/BridgeView.cpp" line="410"/>
        <location filename="../app/views/bridge/BridgeView.cpp" line="411"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="67"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="73"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="74"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="78"/>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="91"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="92"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="93"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="141"/>
        <source>MQTT broker</source>
        <translation>MQTT-Broker</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="142"/>
        <source>Kafka cluster</source>
        <translation>Kafka-Cluster</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="148"/>
        <source>Keyring if a password is typed</source>
        <translation>Schlüsselbund, wenn ein Passwort eingegeben wird</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="149"/>
        <source>System keyring</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="150"/>
        <source>File (first line)</source>
        <translation>Datei (erste Zeile)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="151"/>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="152"/>
        <source>Ask when connecting</source>
        <translation>Beim Verbinden fragen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="153"/>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="156"/>
        <source>None (PLAIN with a user name)</source>
        <translation>Keiner (PLAIN mit Benutzername)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="159"/>
        <source>Do not verify the broker&apos;s certificate</source>
        <translation>Zertifikat des Brokers nicht prüfen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="161"/>
        <source>key=value, one per line (librdkafka properties for Kafka)</source>
        <translation>key=value, eine pro Zeile (librdkafka-Eigenschaften für Kafka)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="165"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="166"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="167"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="168"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="169"/>
        <source>Password kept in</source>
        <translation>Passwort gespeichert in</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="170"/>
        <source>File or variable</source>
        <translation>Datei oder Variable</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="171"/>
        <source>SASL mechanism</source>
        <translation>SASL-Mechanismus</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="173"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="173"/>
        <source>CA certificate (PEM)</source>
        <translation>CA-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="174"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="174"/>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="175"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="175"/>
        <source>Client private key (PEM)</source>
        <translation>Privater Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="177"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="183"/>
        <source>/path/to/password-file</source>
        <translation>/pfad/zur/passwortdatei</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="184"/>
        <source>VARIABLE_NAME</source>
        <translation>VARIABLEN_NAME</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="196"/>
        <source>PEM file (optional)</source>
        <translation>PEM-Datei (optional)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="198"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="212"/>
        <source>host:9092[,host:9092]</source>
        <translation>host:9092[,host:9092]</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="212"/>
        <source>mqtt://host:1883, mqtts://host:8883, ws://…</source>
        <translation>mqtt://host:1883, mqtts://host:8883, ws://…</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="265"/>
        <source>stored in keyring (type to replace)</source>
        <translation>im Schlüsselbund gespeichert (zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="266"/>
        <source>read from file at connect time</source>
        <translation>wird beim Verbinden aus der Datei gelesen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="267"/>
        <source>read from the environment at connect time</source>
        <translation>wird beim Verbinden aus der Umgebung gelesen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="268"/>
        <source>asked when connecting</source>
        <translation>wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="316"/>
        <source>give the profile a name</source>
        <translation>Geben Sie dem Profil einen Namen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="322"/>
        <source>a profile named &apos;%1&apos; exists already</source>
        <translation>ein Profil namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="335"/>
        <source>Saved %1 (password: %2)</source>
        <translation>%1 gespeichert (Passwort: %2)</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="335"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="369"/>
        <source>Testing %1 …</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="377"/>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="387"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="388"/>
        <source>Delete the profile &apos;%1&apos;? Its password is removed from the keyring too.</source>
        <translation>Profil &apos;%1&apos; löschen? Sein Passwort wird auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="406"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
</context>
<context>
    <name>ConnectionSidebar</name>
    <message>
        <location filename="../app/widgets/ConnectionSidebar.cpp" line="28"/>
        <source>connecting …</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <location filename="../app/widgets/ConnectionSidebar.cpp" line="119"/>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
</context>
<context>
    <name>CreateAclDialog</name>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="41"/>
        <source>Idempotent (IdempotentWrite on the cluster)</source>
        <translation>Idempotent (IdempotentWrite auf dem Cluster)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="42"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="43"/>
        <source>Create ACLs</source>
        <translation>ACLs anlegen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="45"/>
        <source>User:alice</source>
        <translation>User:alice</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="47"/>
        <source>One operation</source>
        <translation>Eine Operation</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="47"/>
        <source>Producer: Write, Describe, Create on the topics</source>
        <translation>Producer: Write, Describe, Create auf die Topics</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="48"/>
        <source>Consumer: Read, Describe on the topics, Read on the groups</source>
        <translation>Consumer: Read, Describe auf die Topics, Read auf die Gruppen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="50"/>
        <source>name (shortcuts: topics, comma-separated)</source>
        <translation>Name (Kurzformen: Topics, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="53"/>
        <source>consumer groups, comma-separated</source>
        <translation>Consumer-Gruppen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="56"/>
        <source>Principal:</source>
        <translation>Principal:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="57"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="58"/>
        <source>Permission:</source>
        <translation>Berechtigung:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="59"/>
        <source>Grant:</source>
        <translation>Gewähren:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="60"/>
        <source>Resource type:</source>
        <translation>Ressourcentyp:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="61"/>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="126"/>
        <source>Resource name:</source>
        <translation>Ressourcenname:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="62"/>
        <source>Pattern type:</source>
        <translation>Mustertyp:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="63"/>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="64"/>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="71"/>
        <source>Will create:</source>
        <translation>Wird angelegt:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="106"/>
        <source>Enter a resource name</source>
        <translation>Geben Sie einen Ressourcennamen ein</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="114"/>
        <source>Enter the topics and the consumer groups</source>
        <translation>Geben Sie die Topics und die Consumer-Gruppen ein</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="114"/>
        <source>Enter the topics</source>
        <translation>Geben Sie die Topics ein</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="126"/>
        <source>Topics:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="130"/>
        <source>Enter a principal, e.g. User:alice</source>
        <translation>Geben Sie einen Principal ein, z. B. User:alice</translation>
    </message>
</context>
<context>
    <name>CreateTopicDialog</name>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="16"/>
        <source>Create topic</source>
        <translation>Topic anlegen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="23"/>
        <source>retention.ms=86400000
cleanup.policy=compact</source>
        <translation>retention.ms=86400000
cleanup.policy=compact</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="25"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="27"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="28"/>
        <source>Partitions:</source>
        <translation>Partitionen:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="29"/>
        <source>Replication factor:</source>
        <translation>Replikationsfaktor:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="30"/>
        <source>Configs (key=value, one a line):</source>
        <translation>Konfiguration (key=value, eine pro Zeile):</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="58"/>
        <source>&apos;%1&apos; is not key=value</source>
        <translation>&apos;%1&apos; hat nicht die Form key=value</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="64"/>
        <source>Enter a topic name</source>
        <translation>Geben Sie einen Topic-Namen ein</translation>
    </message>
</context>
<context>
    <name>DeleteAclsDialog</name>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="139"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="140"/>
        <source>Delete ACLs</source>
        <translation>ACLs löschen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="144"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkaacls/AclDialogs.cpp" line="150"/>
        <source>Delete exactly these %n ACL(s)? Principals lose what they grant at once.</source>
        <translation>
            <numerusform>Genau diese %n ACL löschen? Die Principals verlieren sofort, was sie gewährt.</numerusform>
            <numerusform>Genau diese %n ACLs löschen? Die Principals verlieren sofort, was sie gewähren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteTopicDialog</name>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="78"/>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="79"/>
        <source>Delete topic</source>
        <translation>Topic löschen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="81"/>
        <source>Delete topic &lt;b&gt;%1&lt;/b&gt; and every record in it (%2)? This cannot be undone.&lt;br&gt;Type the topic&apos;s name to confirm:</source>
        <translation>Topic &lt;b&gt;%1&lt;/b&gt; mit allen Datensätzen darin (%2) löschen? Dies kann nicht rückgängig gemacht werden.&lt;br&gt;Geben Sie zur Bestätigung den Namen des Topics ein:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicDialogs.cpp" line="90"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DialogSecretPrompter</name>
    <message>
        <location filename="../app/widgets/DialogSecretPrompter.cpp" line="9"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>KafkaAclsView</name>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="32"/>
        <source>Create ACLs…</source>
        <translation>ACLs anlegen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="32"/>
        <source>Delete selected…</source>
        <translation>Auswahl löschen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="34"/>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="34"/>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="82"/>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="34"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="34"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="34"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="34"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="34"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="77"/>
        <source>Principal, e.g. User:alice</source>
        <translation>Principal, z. B. User:alice</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="80"/>
        <source>Any resource</source>
        <translation>Jede Ressource</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="85"/>
        <source>Any pattern</source>
        <translation>Jedes Muster</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="86"/>
        <source>Match: every ACL that applies to the resource name (literal, prefixed and wildcard)</source>
        <translation>Match: jede ACL, die auf den Ressourcennamen zutrifft (literal, prefixed und wildcard)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="88"/>
        <source>Any operation</source>
        <translation>Jede Operation</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="90"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="132"/>
        <source>Reading ACLs…</source>
        <translation>ACLs werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="134"/>
        <source>listing ACLs</source>
        <translation>Auflisten der ACLs</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="154"/>
        <source>%n ACL(s) match the filter, read at %1</source>
        <translation>
            <numerusform>%n ACL passt auf den Filter, gelesen um %1</numerusform>
            <numerusform>%n ACLs passen auf den Filter, gelesen um %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="184"/>
        <source>Creating %n ACL(s)…</source>
        <translation>
            <numerusform>%n ACL wird angelegt…</numerusform>
            <numerusform>%n ACLs werden angelegt…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="186"/>
        <source>creating ACLs</source>
        <translation>Anlegen der ACLs</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="192"/>
        <source>Created %n ACL(s)</source>
        <translation>
            <numerusform>%n ACL angelegt</numerusform>
            <numerusform>%n ACLs angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="209"/>
        <source>Deleting %n ACL(s)…</source>
        <translation>
            <numerusform>%n ACL wird gelöscht…</numerusform>
            <numerusform>%n ACLs werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="211"/>
        <source>deleting ACLs</source>
        <translation>Löschen der ACLs</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="215"/>
        <source>Deleted %n ACL(s)</source>
        <translation>
            <numerusform>%n ACL gelöscht</numerusform>
            <numerusform>%n ACLs gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkaacls/KafkaAclsView.cpp" line="216"/>
        <source>Deleted %1 of %2 ACL(s): the others were already gone</source>
        <translation>%1 von %2 ACL(s) gelöscht: die übrigen waren bereits entfernt</translation>
    </message>
</context>
<context>
    <name>KafkaClusterView</name>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="121"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="123"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="123"/>
        <source>Host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="123"/>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="123"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="142"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="143"/>
        <source>Create topic…</source>
        <translation>Topic anlegen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="145"/>
        <source>Filter topics</source>
        <translation>Topics filtern</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="176"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="177"/>
        <source>Add partitions…</source>
        <translation>Partitionen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="178"/>
        <source>Edit configs…</source>
        <translation>Konfiguration bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="179"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="179"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="179"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="179"/>
        <source>ISR</source>
        <translation>ISR</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="179"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="179"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="179"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="180"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="180"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="180"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="183"/>
        <source>Bold: not Kafka&apos;s default</source>
        <translation>Fett: nicht Kafkas Standardwert</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="220"/>
        <source>Reading the cluster…</source>
        <translation>Cluster wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="222"/>
        <source>describing the cluster</source>
        <translation>Beschreiben des Clusters</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="235"/>
        <source>Cluster %1 · controller: broker %2 · %n broker(s)</source>
        <translation>
            <numerusform>Cluster %1 · Controller: Broker %2 · %n Broker</numerusform>
            <numerusform>Cluster %1 · Controller: Broker %2 · %n Broker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="236"/>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="244"/>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="249"/>
        <source>%n topic(s), read at %1</source>
        <translation>
            <numerusform>%n Topic, gelesen um %1</numerusform>
            <numerusform>%n Topics, gelesen um %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="278"/>
        <source>Select a topic to see its partitions and configs</source>
        <translation>Wählen Sie ein Topic, um seine Partitionen und Konfiguration zu sehen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="284"/>
        <source>Topic %1: reading…</source>
        <translation>Topic %1: wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="291"/>
        <source>describing topic %1</source>
        <translation>Beschreiben von Topic %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="313"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="315"/>
        <source>under-replicated</source>
        <translation>unterrepliziert</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="321"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="322"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="329"/>
        <source>Topic %1: %n partition(s), %2 record(s)</source>
        <translation>
            <numerusform>Topic %1: %n Partition, %2 Datensätze</numerusform>
            <numerusform>Topic %1: %n Partitionen, %2 Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="348"/>
        <source>Creating topic %1…</source>
        <translation>Topic %1 wird angelegt…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="350"/>
        <source>creating topic %1</source>
        <translation>Anlegen von Topic %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="355"/>
        <source>Topic %1 not created (%2): %3</source>
        <translation>Topic %1 nicht angelegt (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="360"/>
        <source>Created topic %1</source>
        <translation>Topic %1 angelegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="368"/>
        <source>%n partition(s), %1 record(s)</source>
        <translation>
            <numerusform>%n Partition, %1 Datensätze</numerusform>
            <numerusform>%n Partitionen, %1 Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="376"/>
        <source>Deleting topic %1…</source>
        <translation>Topic %1 wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="378"/>
        <source>deleting topic %1</source>
        <translation>Löschen von Topic %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="382"/>
        <source>Topic %1 not deleted (%2): %3</source>
        <translation>Topic %1 nicht gelöscht (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="387"/>
        <source>Deleted topic %1</source>
        <translation>Topic %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="403"/>
        <source>Adding partitions to %1…</source>
        <translation>Partitionen werden zu %1 hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="405"/>
        <source>adding partitions to %1</source>
        <translation>Hinzufügen von Partitionen zu %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="411"/>
        <source>Topic %1 now has %2 partitions</source>
        <translation>Topic %1 hat jetzt %2 Partitionen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="429"/>
        <source>planning configs of %1</source>
        <translation>Planen der Konfiguration von %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="439"/>
        <source>changing configs of %1</source>
        <translation>Ändern der Konfiguration von %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/KafkaClusterView.cpp" line="449"/>
        <source>Changed configs of topic %1</source>
        <translation>Konfiguration von Topic %1 geändert</translation>
    </message>
</context>
<context>
    <name>KafkaConnection</name>
    <message>
        <location filename="../app/backend/KafkaConnection.cpp" line="76"/>
        <source>listing topics</source>
        <translation>Auflisten der Topics</translation>
    </message>
    <message>
        <location filename="../app/backend/KafkaConnection.cpp" line="83"/>
        <source>measuring consumer lag</source>
        <translation>Messen des Consumer-Lags</translation>
    </message>
    <message>
        <location filename="../app/backend/KafkaConnection.cpp" line="102"/>
        <source>open a Kafka profile first</source>
        <translation>Öffnen Sie zuerst ein Kafka-Profil</translation>
    </message>
</context>
<context>
    <name>KafkaCopyView</name>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="36"/>
        <source>copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="57"/>
        <source>Copy records</source>
        <translation>Datensätze kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="64"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="66"/>
        <source>Dry run shows what a copy would do; nothing is copied until you confirm.</source>
        <translation>Der Probelauf zeigt, was eine Kopie tun würde; kopiert wird erst, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="79"/>
        <source>orders.dlq (several: comma-separated)</source>
        <translation>orders.dlq (mehrere: durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="80"/>
        <source>Source topic(s)</source>
        <translation>Quell-Topic(s)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="84"/>
        <source>%1 (the same name), or e.g. %1.copy</source>
        <translation>%1 (gleicher Name) oder z. B. %1.copy</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="88"/>
        <source>this cluster, a Kafka profile or host:port</source>
        <translation>dieser Cluster, ein Kafka-Profil oder host:port</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="90"/>
        <source>on</source>
        <translation>auf</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="92"/>
        <source>Target topic</source>
        <translation>Ziel-Topic</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="95"/>
        <source>beginning, end, an offset, P:OFFSET,… or an ISO-8601 time</source>
        <translation>beginning, end, ein Offset, P:OFFSET,… oder eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="97"/>
        <source>end (fixed when the copy starts), an offset, P:OFFSET,… or an ISO-8601 time</source>
        <translation>end (beim Start der Kopie festgelegt), ein Offset, P:OFFSET,… oder eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="100"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="101"/>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="103"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="105"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="107"/>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="108"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="113"/>
        <source>preserve, key (Java&apos;s partitioner), or a map such as 0=1,1=0</source>
        <translation>preserve, key (Partitioner von Java) oder eine Zuordnung wie 0=1,1=0</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="117"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="118"/>
        <source> records/s</source>
        <translation> Datensätze/s</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="119"/>
        <source>provenance headers</source>
        <translation>Herkunfts-Header</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="121"/>
        <source>resume an interrupted copy</source>
        <translation>unterbrochene Kopie fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="122"/>
        <source>partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="124"/>
        <source>max rate</source>
        <translation>max. Rate</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="129"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="133"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="134"/>
        <source>Copy…</source>
        <translation>Kopieren…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="135"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="136"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="157"/>
        <source>Cancelling: the copy stops after its current batch …</source>
        <translation>Wird abgebrochen: die Kopie endet nach dem aktuellen Batch …</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="164"/>
        <source>(this cluster)</source>
        <translation>(dieser Cluster)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="181"/>
        <source>give the source topic</source>
        <translation>Geben Sie das Quell-Topic an</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="184"/>
        <source>several source topics need %1 in the target topic</source>
        <translation>mehrere Quell-Topics brauchen %1 im Ziel-Topic</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="218"/>
        <source>open a Kafka cluster first</source>
        <translation>Öffnen Sie zuerst einen Kafka-Cluster</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="232"/>
        <source>Planning the copy …</source>
        <translation>Kopie wird geplant …</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="234"/>
        <source>planning a copy</source>
        <translation>Planen einer Kopie</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="249"/>
        <source>Dry run: %1 record(s) to copy from %2 to %3 (partitions: %4); nothing copied.</source>
        <translation>Probelauf: %1 Datensätze zu kopieren von %2 nach %3 (Partitionen: %4); nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="260"/>
        <source>Copy %1 record(s) from %2 to %3%4?</source>
        <translation>%1 Datensätze von %2 nach %3%4 kopieren?</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="263"/>
        <source> and %1 more topic(s)</source>
        <translation> und %1 weitere(s) Topic(s)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="265"/>
        <source>Nothing copied.</source>
        <translation>Nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="271"/>
        <source>Copying …</source>
        <translation>Wird kopiert …</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="276"/>
        <source>copying records</source>
        <translation>Kopieren der Datensätze</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="307"/>
        <source>Cancelled after %1 record(s) (%2): tick &quot;resume&quot; to continue from the checkpoint.</source>
        <translation>Abgebrochen nach %1 Datensätzen (%2): Aktivieren Sie &quot;fortsetzen&quot;, um ab dem Checkpoint weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="310"/>
        <source>Copied %1 record(s) (%2). Verify compares source and target.</source>
        <translation>%1 Datensätze kopiert (%2). Prüfen vergleicht Quelle und Ziel.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="322"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="326"/>
        <source>Copying topic %1 of %2: %3 of %4 record(s), %5, %6 records/s, ETA %7</source>
        <translation>Kopiere Topic %1 von %2: %3 von %4 Datensätzen, %5, %6 Datensätze/s, verbleibend %7</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="341"/>
        <source>Verifying: reading both topics to their ends …</source>
        <translation>Prüfung: beide Topics werden bis zum Ende gelesen …</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="343"/>
        <source>verifying a copy</source>
        <translation>Prüfen einer Kopie</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="364"/>
        <source>%1 → %2 (compared per %3): %4: %5 source and %6 target record(s); %7 missing, %8 extra, %9 duplicate(s)</source>
        <translation>%1 → %2 (verglichen pro %3): %4: %5 Quell- und %6 Ziel-Datensätze; %7 fehlend, %8 zusätzlich, %9 doppelt</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="366"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="366"/>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="367"/>
        <source>match</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacopy/KafkaCopyView.cpp" line="367"/>
        <source>DIFFERENT</source>
        <translation>ABWEICHEND</translation>
    </message>
</context>
<context>
    <name>KafkaGroupsModel</name>
    <message>
        <location filename="../app/models/KafkaGroupsModel.cpp" line="94"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaGroupsModel.cpp" line="96"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaGroupsModel.cpp" line="98"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaGroupsModel.cpp" line="100"/>
        <source>Total lag</source>
        <translation>Gesamt-Lag</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaGroupsModel.cpp" line="102"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaGroupsModel.cpp" line="104"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>KafkaGroupsView</name>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="95"/>
        <source>Could not read the consumer groups: %1</source>
        <translation>Die Consumer-Gruppen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="105"/>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="107"/>
        <source>Reading consumer groups…</source>
        <translation>Consumer-Gruppen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="127"/>
        <source>Consumer id</source>
        <translation>Consumer-ID</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="127"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="127"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="127"/>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="128"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="128"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="128"/>
        <source>Committed</source>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="128"/>
        <source>Log end</source>
        <translation>Log-Ende</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="128"/>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="128"/>
        <source>Time lag</source>
        <translation>Zeit-Lag</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="129"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="129"/>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="135"/>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="266"/>
        <source>All topics</source>
        <translation>Alle Topics</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="139"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="140"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="141"/>
        <source>Lag chart (last %n hour(s))</source>
        <translation>
            <numerusform>Lag-Diagramm (letzte %n Stunde)</numerusform>
            <numerusform>Lag-Diagramm (letzte %n Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="146"/>
        <source>Select a group to see its members and partitions.</source>
        <translation>Wählen Sie eine Gruppe, um ihre Mitglieder und Partitionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="154"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="194"/>
        <source>reading consumer groups</source>
        <translation>Lesen der Consumer-Gruppen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="242"/>
        <source>%n group(s), read in %1 ms at %2; status over the last %3 samples</source>
        <translation>
            <numerusform>%n Gruppe, gelesen in %1 ms um %2; Status über die letzten %3 Messungen</numerusform>
            <numerusform>%n Gruppen, gelesen in %1 ms um %2; Status über die letzten %3 Messungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="260"/>
        <source>Group %1: %2, %n member(s)</source>
        <translation>
            <numerusform>Gruppe %1: %2, %n Mitglied</numerusform>
            <numerusform>Gruppe %1: %2, %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="261"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="276"/>
        <source>reading consumer group %1</source>
        <translation>Lesen von Consumer-Gruppe %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkagroups/KafkaGroupsView.cpp" line="351"/>
        <source>reading lag history</source>
        <translation>Lesen des Lag-Verlaufs</translation>
    </message>
</context>
<context>
    <name>KafkaMessagesView</name>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="63"/>
        <source>Select a record to see it in full.</source>
        <translation>Wählen Sie einen Datensatz, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="125"/>
        <source>From the beginning</source>
        <translation>Vom Anfang</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="126"/>
        <source>From the end</source>
        <translation>Vom Ende</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="127"/>
        <source>At offset</source>
        <translation>Ab Offset</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="128"/>
        <source>At time</source>
        <translation>Ab Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="129"/>
        <source>Last N records</source>
        <translation>Letzte N Datensätze</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="132"/>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="134"/>
        <source>Refresh topics</source>
        <translation>Topics aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="135"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="155"/>
        <source>Filter: text in key, value or headers</source>
        <translation>Filter: Text in Schlüssel, Wert oder Headern</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="160"/>
        <source>Live tail</source>
        <translation>Live mitlesen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="161"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="163"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="164"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="165"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="166"/>
        <source>Produce…</source>
        <translation>Produzieren…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="167"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="171"/>
        <source>Show value as:</source>
        <translation>Wert anzeigen als:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="194"/>
        <source>listing topics</source>
        <translation>Auflisten der Topics</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="215"/>
        <source>All partitions</source>
        <translation>Alle Partitionen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="219"/>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="230"/>
        <source>Partition %1</source>
        <translation>Partition %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="241"/>
        <source>offset, e.g. 1200</source>
        <translation>Offset, z. B. 1200</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="242"/>
        <source>time: 2026-12-04T09:30:00Z or epoch ms</source>
        <translation>Zeit: 2026-12-04T09:30:00Z oder Epoch-ms</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="243"/>
        <source>how many records from the end, e.g. 100</source>
        <translation>wie viele Datensätze vom Ende, z. B. 100</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="259"/>
        <source>the offset must be a number of 0 or more</source>
        <translation>der Offset muss eine Zahl größer oder gleich 0 sein</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="264"/>
        <source>the time must be an ISO 8601 date-time or epoch milliseconds</source>
        <translation>die Zeit muss ein ISO-8601-Datum mit Uhrzeit oder Epoch-Millisekunden sein</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="269"/>
        <source>the number of records must be 1 or more</source>
        <translation>die Anzahl der Datensätze muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="371"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="373"/>
        <source>Choose a topic and where to start, then Go.</source>
        <translation>Wählen Sie ein Topic und den Startpunkt und klicken Sie dann auf Los.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="375"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="377"/>
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n Datensatz angezeigt</numerusform>
            <numerusform>%n Datensätze angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="379"/>
        <source> (%1 read, the filter hides the rest)</source>
        <translation> (%1 gelesen, der Filter blendet den Rest aus)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="381"/>
        <source>; the oldest leave the window beyond %1 records</source>
        <translation>; die ältesten fallen ab %1 Datensätzen aus dem Fenster</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="382"/>
        <source> — reading…</source>
        <translation> — wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="382"/>
        <source> — at the end for now</source>
        <translation> — vorerst am Ende</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="398"/>
        <source>, partition %1: offsets %2 to %3</source>
        <translation>, Partition %1: Offsets %2 bis %3</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="417"/>
        <source>%1 [partition %2] at offset %3</source>
        <translation>%1 [Partition %2] bei Offset %3</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="419"/>
        <source>Timestamp: %1 (%2 ms)</source>
        <translation>Zeitstempel: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="420"/>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="420"/>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="422"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="422"/>
        <source>Header %1: %2</source>
        <translation>Header %1: %2</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="425"/>
        <source>Value: (null)</source>
        <translation>Wert: (null)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="429"/>
        <source>(not JSON: %1)</source>
        <translation>(kein JSON: %1)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="459"/>
        <source>Producing a record to %1…</source>
        <translation>Datensatz wird an %1 produziert…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="461"/>
        <source>producing a record</source>
        <translation>Produzieren eines Datensatzes</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="473"/>
        <source>Record produced.</source>
        <translation>Datensatz produziert.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="480"/>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="494"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="498"/>
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="503"/>
        <source>Export records as JSON lines</source>
        <translation>Datensätze als JSON Lines exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaMessagesView.cpp" line="504"/>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>KafkaProduceDialog</name>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="15"/>
        <source>No key (null)</source>
        <translation>Kein Schlüssel (null)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="17"/>
        <source>Produce a record</source>
        <translation>Datensatz produzieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="19"/>
        <source>chosen by the partitioner</source>
        <translation>vom Partitioner gewählt</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="21"/>
        <source>one header per line: name=value</source>
        <translation>ein Header pro Zeile: name=value</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="25"/>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="26"/>
        <source>Partition:</source>
        <translation>Partition:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="27"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="29"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="30"/>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkamessages/KafkaProduceDialog.cpp" line="32"/>
        <source>Produce</source>
        <translation>Produzieren</translation>
    </message>
</context>
<context>
    <name>KafkaRecordsModel</name>
    <message>
        <location filename="../app/models/KafkaRecordsModel.cpp" line="10"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaRecordsModel.cpp" line="58"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaRecordsModel.cpp" line="60"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaRecordsModel.cpp" line="62"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaRecordsModel.cpp" line="64"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaRecordsModel.cpp" line="66"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaRecordsModel.cpp" line="68"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
</context>
<context>
    <name>KafkaResetView</name>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="33"/>
        <source>Plan (dry run)</source>
        <translation>Plan (Probelauf)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="33"/>
        <source>Export undo file…</source>
        <translation>Rückgängig-Datei exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="34"/>
        <source>Execute…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="36"/>
        <source>Reset offsets</source>
        <translation>Offsets zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="65"/>
        <source>Every partition the group committed for</source>
        <translation>Jede Partition, für die die Gruppe Offsets festgeschrieben hat</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="66"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="67"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="69"/>
        <source>Earliest (log start)</source>
        <translation>Frühester (Log-Anfang)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="69"/>
        <source>Latest (log end)</source>
        <translation>Neuester (Log-Ende)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="70"/>
        <source>Current (committed)</source>
        <translation>Aktueller (festgeschrieben)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="70"/>
        <source>To offset</source>
        <translation>Auf Offset</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="71"/>
        <source>Shift by</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="71"/>
        <source>To date and time</source>
        <translation>Auf Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="72"/>
        <source>By duration (now minus)</source>
        <translation>Um Dauer (jetzt minus)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="72"/>
        <source>From file (CSV)</source>
        <translation>Aus Datei (CSV)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="73"/>
        <source>To another group&apos;s offsets</source>
        <translation>Auf die Offsets einer anderen Gruppe</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="80"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="86"/>
        <source>1. Consumer group:</source>
        <translation>1. Consumer-Gruppe:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="87"/>
        <source>2. Scope:</source>
        <translation>2. Umfang:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="89"/>
        <source>3. Target:</source>
        <translation>3. Ziel:</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="93"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="93"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="93"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="93"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="93"/>
        <source>Re-read</source>
        <translation>Erneut zu lesen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="93"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="93"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="99"/>
        <source>4. Make the plan: nothing changes until you execute it.</source>
        <translation>4. Plan erstellen: nichts ändert sich, bis Sie ihn ausführen.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="113"/>
        <source>Undo from file…</source>
        <translation>Aus Datei rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="135"/>
        <source>topic names, separated by spaces</source>
        <translation>Topic-Namen, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="136"/>
        <source>topic:partition,partition … e.g. orders:0,2 payments:1</source>
        <translation>topic:partition,partition … z. B. orders:0,2 payments:1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="139"/>
        <source>offset, e.g. 1200 (kept inside each log)</source>
        <translation>Offset, z. B. 1200 (wird innerhalb jedes Logs gehalten)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="140"/>
        <source>messages to move, e.g. -100 to re-read the last 100</source>
        <translation>zu verschiebende Nachrichten, z. B. -100, um die letzten 100 erneut zu lesen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="141"/>
        <source>ISO-8601 time, e.g. 2026-11-23T10:00:00 (local) or …Z</source>
        <translation>ISO-8601-Zeit, z. B. 2026-11-23T10:00:00 (lokal) oder …Z</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="142"/>
        <source>ISO-8601 duration, e.g. PT30M or P1DT2H</source>
        <translation>ISO-8601-Dauer, z. B. PT30M oder P1DT2H</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="143"/>
        <source>CSV file: topic,partition,offset lines</source>
        <translation>CSV-Datei: Zeilen topic,partition,offset</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="144"/>
        <source>the group whose committed offsets to copy</source>
        <translation>die Gruppe, deren festgeschriebene Offsets kopiert werden sollen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="154"/>
        <source>listing consumer groups</source>
        <translation>Auflisten der Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="181"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="192"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="198"/>
        <source>name the group whose offsets to copy</source>
        <translation>Geben Sie die Gruppe an, deren Offsets kopiert werden sollen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="216"/>
        <source>name the topics or partitions to reset</source>
        <translation>Geben Sie die zurückzusetzenden Topics oder Partitionen an</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="229"/>
        <source>choose a consumer group</source>
        <translation>Wählen Sie eine Consumer-Gruppe</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="237"/>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="240"/>
        <source>planning an offset reset of %1</source>
        <translation>Planen eines Offset-Resets für %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="269"/>
        <source>Dry run for group %1 (%2): %n partition(s), %3 message(s) re-read, %4 skipped. Nothing changed yet.</source>
        <translation>
            <numerusform>Probelauf für Gruppe %1 (%2): %n Partition, %3 Nachricht(en) erneut zu lesen, %4 übersprungen. Noch nichts geändert.</numerusform>
            <numerusform>Probelauf für Gruppe %1 (%2): %n Partitionen, %3 Nachricht(en) erneut zu lesen, %4 übersprungen. Noch nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="272"/>
        <source>unknown state</source>
        <translation>unbekannter Zustand</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="281"/>
        <source>The group has active members, so the reset cannot be executed until they stop: %1</source>
        <translation>Die Gruppe hat aktive Mitglieder, daher kann das Zurücksetzen erst ausgeführt werden, wenn sie anhalten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="293"/>
        <source>Commit %n new offset(s) for consumer group %1?</source>
        <translation>
            <numerusform>%n neuen Offset für Consumer-Gruppe %1 festschreiben?</numerusform>
            <numerusform>%n neue Offsets für Consumer-Gruppe %1 festschreiben?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="298"/>
        <source>Committing…</source>
        <translation>Wird festgeschrieben…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="300"/>
        <source>resetting the offsets of %1</source>
        <translation>Zurücksetzen der Offsets von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="307"/>
        <source>Committed %n offset(s) for group %1.</source>
        <translation>
            <numerusform>%n Offset für Gruppe %1 festgeschrieben.</numerusform>
            <numerusform>%n Offsets für Gruppe %1 festgeschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="318"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="321"/>
        <source>Offsets before the change written to %1 (Undo from file restores them).</source>
        <translation>Offsets vor der Änderung nach %1 geschrieben (Aus Datei rückgängig machen stellt sie wieder her).</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="333"/>
        <source>Export undo file</source>
        <translation>Rückgängig-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="335"/>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="341"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkareset/KafkaResetView.cpp" line="341"/>
        <source>Undo from file</source>
        <translation>Aus Datei rückgängig machen</translation>
    </message>
</context>
<context>
    <name>KafkaTopicsModel</name>
    <message numerus="yes">
        <location filename="../app/models/KafkaTopicsModel.cpp" line="23"/>
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/models/KafkaTopicsModel.cpp" line="25"/>
        <source>%n under-replicated</source>
        <translation>
            <numerusform>%n unterrepliziert</numerusform>
            <numerusform>%n unterrepliziert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="28"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="64"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="66"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="68"/>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="70"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/models/KafkaTopicsModel.cpp" line="72"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>KafkaWorkspace</name>
    <message>
        <location filename="../app/workspaces/KafkaWorkspace.cpp" line="15"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/workspaces/KafkaWorkspace.cpp" line="16"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/workspaces/KafkaWorkspace.cpp" line="17"/>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../app/workspaces/KafkaWorkspace.cpp" line="18"/>
        <source>Offset reset</source>
        <translation>Offset-Reset</translation>
    </message>
    <message>
        <location filename="../app/workspaces/KafkaWorkspace.cpp" line="19"/>
        <source>ACLs</source>
        <translation>ACLs</translation>
    </message>
    <message>
        <location filename="../app/workspaces/KafkaWorkspace.cpp" line="20"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/workspaces/KafkaWorkspace.cpp" line="21"/>
        <source>Provisioning</source>
        <translation>Provisionierung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="190"/>
        <source>MQTT: connected to %1</source>
        <translation>MQTT: verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="193"/>
        <source>MQTT: %1</source>
        <translation>MQTT: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="196"/>
        <source>MQTT: %1: %2</source>
        <translation>MQTT: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="211"/>
        <source>Kafka: %1 on %2 …</source>
        <translation>Kafka: %1 auf %2 …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="225"/>
        <source>Kafka: %n topic(s) on %1</source>
        <translation>
            <numerusform>Kafka: %n Topic auf %1</numerusform>
            <numerusform>Kafka: %n Topics auf %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="220"/>
        <source>Kafka: %1</source>
        <translation>Kafka: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="37"/>
        <location filename="../app/MainWindow.cpp" line="327"/>
        <source>mqkit</source>
        <translation>mqkit</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="155"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="486"/>
        <source>MQTT: not connected</source>
        <translation>MQTT: nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="491"/>
        <source>Kafka: not connected</source>
        <translation>Kafka: nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="217"/>
        <source>Kafka: connected to %1</source>
        <translation>Kafka: verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="43"/>
        <location filename="../app/MainWindow.cpp" line="324"/>
        <source>No connection open: File ▸ Connections… (Ctrl+N)</source>
        <translation>Keine Verbindung geöffnet: Datei ▸ Verbindungen… (Strg+N)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="53"/>
        <source>Open a connection: File ▸ Connections… (Ctrl+N), a profile from File ▸ Open profile, or an address in the toolbar.</source>
        <translation>Öffnen Sie eine Verbindung: Datei ▸ Verbindungen… (Strg+N), ein Profil über Datei ▸ Profil öffnen oder eine Adresse in der Werkzeugleiste.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="62"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="74"/>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="77"/>
        <source>&amp;Open profile</source>
        <translation>&amp;Profil öffnen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="79"/>
        <source>C&amp;lose connection</source>
        <translation>Verbindung &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="92"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="93"/>
        <source>&amp;About mqkit</source>
        <translation>&amp;Über mqkit</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="108"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="112"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="131"/>
        <source>No profiles yet: File ▸ Connections…</source>
        <translation>Noch keine Profile: Datei ▸ Verbindungen…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="136"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="140"/>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="146"/>
        <source>mqtt://host:1883 or Kafka host:9092</source>
        <translation>mqtt://host:1883 oder Kafka host:9092</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="151"/>
        <source>MQTT topic filter to subscribe to</source>
        <translation>Zu abonnierender MQTT-Topic-Filter</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="190"/>
        <location filename="../app/MainWindow.cpp" line="217"/>
        <location filename="../app/MainWindow.cpp" line="225"/>
        <location filename="../app/MainWindow.cpp" line="227"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="193"/>
        <location filename="../app/MainWindow.cpp" line="220"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="196"/>
        <source>connected (%1)</source>
        <translation>verbunden (%1)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="204"/>
        <location filename="../app/MainWindow.cpp" line="266"/>
        <source>Kafka: opening %1 …</source>
        <translation>Kafka: %1 wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="204"/>
        <location filename="../app/MainWindow.cpp" line="252"/>
        <location filename="../app/MainWindow.cpp" line="267"/>
        <source>connecting …</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="251"/>
        <source>MQTT: connecting to %1 …</source>
        <translation>MQTT: Verbindung zu %1 wird aufgebaut …</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="300"/>
        <source>Type an MQTT URL (mqtt://host:1883) or a Kafka bootstrap list (host:9092) first.</source>
        <translation>Geben Sie zuerst eine MQTT-URL (mqtt://host:1883) oder eine Kafka-Bootstrap-Liste (host:9092) ein.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="336"/>
        <source>%1 — mqkit</source>
        <translation>%1 — mqkit</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="383"/>
        <source>About mqkit</source>
        <translation>Über mqkit</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="387"/>
        <source>&lt;h3&gt;mqkit %1&lt;/h3&gt;&lt;p&gt;MQTT and Kafka in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mqkit %1&lt;/h3&gt;&lt;p&gt;MQTT und Kafka in einem Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="388"/>
        <source>Qt %1&lt;br&gt;Paho MQTT C %2&lt;br&gt;librdkafka %3&lt;br&gt;&lt;br&gt;Data directory:&lt;br&gt;%4</source>
        <translation>Qt %1&lt;br&gt;Paho MQTT C %2&lt;br&gt;librdkafka %3&lt;br&gt;&lt;br&gt;Datenverzeichnis:&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="439"/>
        <source>Could not reopen %1: %2</source>
        <translation>%1 konnte nicht erneut geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>MqttChartsView</name>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="78"/>
        <source>Topic or filter, e.g. sensors/+/temp</source>
        <translation>Topic oder Filter, z. B. sensors/+/temp</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="81"/>
        <source>e.g. $.tempC or $.m[0]</source>
        <translation>z. B. $.tempC oder $.m[0]</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="82"/>
        <source>The value to chart: a JSON path into each payload; empty or $ for a payload that is a number</source>
        <translation>Der darzustellende Wert: ein JSON-Pfad in die jeweiligen Nutzdaten; leer oder $ für Nutzdaten, die eine Zahl sind</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="83"/>
        <source>Add series</source>
        <translation>Reihe hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="89"/>
        <source>Remove series</source>
        <translation>Reihe entfernen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="90"/>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="238"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="92"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="93"/>
        <source>Show all points and follow new ones again (drag to pan, wheel to zoom)</source>
        <translation>Alle Punkte zeigen und wieder neuen folgen (Ziehen zum Verschieben, Mausrad zum Zoomen)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="94"/>
        <source>Clear points</source>
        <translation>Punkte löschen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="95"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="96"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="110"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="112"/>
        <source>JSON path</source>
        <translation>JSON-Pfad</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="116"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="144"/>
        <source>%1 %2 is already on the chart</source>
        <translation>%1 %2 ist bereits im Diagramm</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="238"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="272"/>
        <source> (%1 topics, more left out)</source>
        <translation> (%1 Topics, weitere ausgelassen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="272"/>
        <source> (%n topic(s))</source>
        <translation>
            <numerusform> (%n Topic)</numerusform>
            <numerusform> (%n Topics)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="282"/>
        <source>Add a topic and a JSON path to chart their values.</source>
        <translation>Fügen Sie ein Topic und einen JSON-Pfad hinzu, um deren Werte darzustellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="283"/>
        <source>%n line(s), </source>
        <translation>
            <numerusform>%n Linie, </numerusform>
            <numerusform>%n Linien, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="284"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="286"/>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="288"/>
        <source> · zoomed: Reset zoom follows new points again</source>
        <translation> · gezoomt: Zoom zurücksetzen folgt wieder neuen Punkten</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="331"/>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="331"/>
        <source>Export chart as CSV</source>
        <translation>Diagramm als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="333"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="333"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="337"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/views/mqttcharts/MqttChartsView.cpp" line="337"/>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>MqttConnection</name>
    <message>
        <location filename="../app/backend/MqttConnection.cpp" line="87"/>
        <source>connect to an MQTT broker first</source>
        <translation>Verbinden Sie sich zuerst mit einem MQTT-Broker</translation>
    </message>
</context>
<context>
    <name>MqttPublishView</name>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="83"/>
        <source>Topic, e.g. sensors/kitchen/temp</source>
        <translation>Topic, z. B. sensors/kitchen/temp</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="91"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="92"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="93"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="94"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="95"/>
        <source>How the payload is typed: hex and base64 are decoded to the bytes sent</source>
        <translation>Wie die Nutzdaten eingegeben werden: Hex und Base64 werden zu den gesendeten Bytes dekodiert</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="99"/>
        <source>Payload (empty: a zero-length message)</source>
        <translation>Nutzdaten (leer: eine Nachricht der Länge null)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="103"/>
        <source>0 – at most once</source>
        <translation>0 – höchstens einmal</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="103"/>
        <source>1 – at least once</source>
        <translation>1 – mindestens einmal</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="103"/>
        <source>2 – exactly once</source>
        <translation>2 – genau einmal</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="104"/>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="178"/>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="105"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="108"/>
        <source>Publish (Ctrl+Return)</source>
        <translation>Veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="115"/>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="178"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="120"/>
        <source>Payload as</source>
        <translation>Nutzdaten als</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="126"/>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="178"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="138"/>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="237"/>
        <source>MQTT 5 properties</source>
        <translation>MQTT-5-Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="140"/>
        <source>e.g. application/json</source>
        <translation>z. B. application/json</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="143"/>
        <source>sent as UTF-8 bytes</source>
        <translation>als UTF-8-Bytes gesendet</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="146"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="147"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="149"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="149"/>
        <source>0 – unspecified bytes</source>
        <translation>0 – unbestimmte Bytes</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="149"/>
        <source>1 – UTF-8 text</source>
        <translation>1 – UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="151"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="151"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="155"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="156"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="165"/>
        <source>Content type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="166"/>
        <source>Response topic</source>
        <translation>Antwort-Topic</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="167"/>
        <source>Correlation data</source>
        <translation>Korrelationsdaten</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="168"/>
        <source>Message expiry</source>
        <translation>Ablauf der Nachricht</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="169"/>
        <source>Payload format</source>
        <translation>Nutzdatenformat</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="170"/>
        <source>User properties</source>
        <translation>Benutzereigenschaften</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="178"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="178"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="181"/>
        <source>Click to load a message into the form, double-click to send it again</source>
        <translation>Klicken lädt eine Nachricht ins Formular, Doppelklicken sendet sie erneut</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="182"/>
        <source>Re-send</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="185"/>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="229"/>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="338"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="237"/>
        <source>MQTT 5 properties (this connection is MQTT 3.1.1)</source>
        <translation>MQTT-5-Eigenschaften (diese Verbindung nutzt MQTT 3.1.1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="258"/>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="264"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="266"/>
        <source>empty payload</source>
        <translation>leere Nutzdaten</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="271"/>
        <source>valid JSON · %1</source>
        <translation>gültiges JSON · %1</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="273"/>
        <source>JSON error at line %1:%2: %3</source>
        <translation>JSON-Fehler in Zeile %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="276"/>
        <source>not JSON · %1</source>
        <translation>kein JSON · %1</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="306"/>
        <source>user property in row %1 has a value but no name</source>
        <translation>die Benutzereigenschaft in Zeile %1 hat einen Wert, aber keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="323"/>
        <source>Not sent: fix the topic</source>
        <translation>Nicht gesendet: korrigieren Sie das Topic</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="363"/>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="365"/>
        <source>publishing to %1</source>
        <translation>Veröffentlichen an %1</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="379"/>
        <source>Sent to %1 (QoS %2%3) at %4</source>
        <translation>An %1 gesendet (QoS %2%3) um %4</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="382"/>
        <source>, retained</source>
        <translation>, gespeichert (retained)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="385"/>
        <source> (the history could not be saved)</source>
        <translation> (der Verlauf konnte nicht gespeichert werden)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttpublish/MqttPublishView.cpp" line="397"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>MqttRecordView</name>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="59"/>
        <source>recording.db</source>
        <translation>recording.db</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="60"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="62"/>
        <source>Recordings (*.db);;All files (*)</source>
        <translation>Aufzeichnungen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="63"/>
        <source>Record into</source>
        <translation>Aufzeichnen in</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="65"/>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="129"/>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="165"/>
        <source>Replay</source>
        <translation>Wiedergeben</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="98"/>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="110"/>
        <source>Record</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="102"/>
        <source>the current subscription (or filters, space-separated: plant/#)</source>
        <translation>das aktuelle Abonnement (oder Filter, durch Leerzeichen getrennt: plant/#)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="103"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="106"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="107"/>
        <source>Add to an existing recording (never overwritten)</source>
        <translation>An eine bestehende Aufzeichnung anhängen (wird nie überschrieben)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="112"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="114"/>
        <source>Not recording.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="133"/>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="134"/>
        <source>Pick a recording to see what it holds.</source>
        <translation>Wählen Sie eine Aufzeichnung, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="137"/>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="140"/>
        <source>Recorded timing × speed</source>
        <translation>Aufgezeichnetes Timing × Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="141"/>
        <source>As fast as allowed, at most</source>
        <translation>So schnell wie erlaubt, höchstens</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="145"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="150"/>
        <source> msgs/s</source>
        <translation> Nachr./s</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="155"/>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="157"/>
        <source>every topic (or filters, space-separated)</source>
        <translation>jedes Topic (oder Filter, durch Leerzeichen getrennt)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="158"/>
        <source>Only topics</source>
        <translation>Nur Topics</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="161"/>
        <source>one rule per line, first match wins: plant/#=staging/plant/#</source>
        <translation>eine Regel pro Zeile, die erste passende gilt: plant/#=staging/plant/#</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="163"/>
        <source>Topic map</source>
        <translation>Topic-Zuordnung</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="167"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="190"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="210"/>
        <source>give the topics to record, or connect with a subscription first</source>
        <translation>Geben Sie die aufzuzeichnenden Topics an oder verbinden Sie sich zuerst mit einem Abonnement</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="212"/>
        <source>give the file to record into</source>
        <translation>Geben Sie die Datei an, in die aufgezeichnet wird</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="222"/>
        <source>recording</source>
        <translation>Aufzeichnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="233"/>
        <source>Recorded %n message(s) into %1.</source>
        <translation>
            <numerusform>%n Nachricht in %1 aufgezeichnet.</numerusform>
            <numerusform>%n Nachrichten in %1 aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="235"/>
        <source>The connection was lost: %1</source>
        <translation>Die Verbindung wurde unterbrochen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="239"/>
        <source>Recording %1 into %2 …</source>
        <translation>%1 wird in %2 aufgezeichnet …</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="252"/>
        <source>Recording: %1 message(s), %2</source>
        <translation>Aufzeichnung: %1 Nachricht(en), %2</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="262"/>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="270"/>
        <source>%1 message(s) on %2 topic(s) over %3 s</source>
        <translation>%1 Nachricht(en) auf %2 Topic(s) über %3 s</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="275"/>
        <source> (%1 Kafka record(s))</source>
        <translation> (%1 Kafka-Datensätze)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="292"/>
        <source>pick the recording to replay</source>
        <translation>Wählen Sie die wiederzugebende Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="306"/>
        <source>replaying</source>
        <translation>Wiedergeben</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="319"/>
        <source>Replayed %1 of %2 message(s) in %3 s.</source>
        <translation>%1 von %2 Nachricht(en) in %3 s wiedergegeben.</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="320"/>
        <source>Cancelled after %1 of %2 message(s).</source>
        <translation>Abgebrochen nach %1 von %2 Nachricht(en).</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="323"/>
        <source>Replaying %1 …</source>
        <translation>%1 wird wiedergegeben …</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="338"/>
        <source>Replaying: %1 of %2 message(s)</source>
        <translation>Wiedergabe: %1 von %2 Nachricht(en)</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="345"/>
        <source>Recording failed: %1</source>
        <translation>Aufzeichnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/mqttrecord/MqttRecordView.cpp" line="350"/>
        <source>Replay failed: %1</source>
        <translation>Wiedergabe fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>MqttSessionWorker</name>
    <message>
        <location filename="../app/backend/MqttSessionWorker.cpp" line="75"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/backend/MqttSessionWorker.cpp" line="91"/>
        <source>Connection to %1 lost: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
</context>
<context>
    <name>MqttView</name>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="69"/>
        <source>subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="73"/>
        <source>could not subscribe to %1: %2</source>
        <translation>%1 konnte nicht abonniert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="98"/>
        <source>Topic: a case-insensitive part of the topic, or an MQTT filter with + and #. Payload: a part of the last payload&apos;s text.</source>
        <translation>Topic: ein Teil des Topics (ohne Beachtung der Groß-/Kleinschreibung) oder ein MQTT-Filter mit + und #. Nutzdaten: ein Teil des Texts der letzten Nutzdaten.</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="100"/>
        <source>Search: text or a/+/b</source>
        <translation>Suche: Text oder a/+/b</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="102"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="103"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="104"/>
        <source>Search topic names, or the text of each topic&apos;s last payload</source>
        <translation>Topic-Namen oder den Text der letzten Nutzdaten jedes Topics durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="105"/>
        <source>Retained only</source>
        <translation>Nur gespeicherte (retained)</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="106"/>
        <source>Topics the broker holds a retained message for. On MQTT 5 every retained message is known, also those published while the tree is open; on MQTT 3.1.1 only those the broker sent at subscribe time (it clears the flag on live messages).</source>
        <translation>Topics, für die der Broker eine gespeicherte (retained) Nachricht hält. Bei MQTT 5 ist jede gespeicherte Nachricht bekannt, auch solche, die veröffentlicht werden, während der Baum offen ist; bei MQTT 3.1.1 nur die, die der Broker beim Abonnieren gesendet hat (bei Live-Nachrichten löscht er das Flag).</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="111"/>
        <location filename="../app/views/mqtt/MqttView.cpp" line="140"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="112"/>
        <source>Hold live updates; messages keep being counted and are applied on resume</source>
        <translation>Live-Aktualisierungen anhalten; Nachrichten werden weiter gezählt und beim Fortsetzen übernommen</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="140"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="152"/>
        <source>Copy topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="154"/>
        <source>Copy payload</source>
        <translation>Nutzdaten kopieren</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="156"/>
        <source>Subscribe to more filters…</source>
        <translation>Weitere Filter abonnieren…</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="157"/>
        <source>Delete retained…</source>
        <translation>Retained-Nachrichten löschen…</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="158"/>
        <source>Preview and delete the retained messages of the selected subtree</source>
        <translation>Vorschau und Löschen der Retained-Nachrichten des ausgewählten Teilbaums</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="164"/>
        <source>Subscribe…</source>
        <translation>Abonnieren…</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="255"/>
        <source>connect to a broker first</source>
        <translation>Verbinden Sie sich zuerst mit einem Broker</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="262"/>
        <source>Subscribe to more filters</source>
        <translation>Weitere Filter abonnieren</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="263"/>
        <source>Topic filters, separated by spaces (now: %1)</source>
        <translation>Topic-Filter, durch Leerzeichen getrennt (derzeit: %1)</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="280"/>
        <source>subscribing to %1…</source>
        <translation>%1 wird abonniert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mqtt/MqttView.cpp" line="303"/>
        <source>paused, %n new</source>
        <translation>
            <numerusform>pausiert, %n neu</numerusform>
            <numerusform>pausiert, %n neu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="305"/>
        <source>%1 older ones dropped while paused</source>
        <translation>%1 ältere während der Pause verworfen</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="309"/>
        <source>searching %1 topics…</source>
        <translation>durchsuche %1 Topics…</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="311"/>
        <source>%1 topics, %2 retained</source>
        <translation>%1 Topics, %2 gespeichert (retained)</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/MqttView.cpp" line="313"/>
        <source>%1 matching of %2 topics</source>
        <translation>%1 von %2 Topics passen</translation>
    </message>
</context>
<context>
    <name>MqttWorkspace</name>
    <message>
        <location filename="../app/workspaces/MqttWorkspace.cpp" line="13"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../app/workspaces/MqttWorkspace.cpp" line="14"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/workspaces/MqttWorkspace.cpp" line="15"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../app/workspaces/MqttWorkspace.cpp" line="16"/>
        <source>Record / Replay</source>
        <translation>Aufzeichnen / Wiedergeben</translation>
    </message>
    <message>
        <location filename="../app/workspaces/MqttWorkspace.cpp" line="17"/>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="93"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="93"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="94"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="363"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="94"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="363"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="94"/>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="94"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="94"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="99"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="100"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="101"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="102"/>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="103"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="105"/>
        <source>Show what changed since the message before; or select two history rows to compare them</source>
        <translation>Zeigen, was sich seit der vorherigen Nachricht geändert hat; oder zwei Verlaufszeilen zum Vergleichen auswählen</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="106"/>
        <source>Keep for…</source>
        <translation>Beibehalten für…</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="107"/>
        <source>Always show topics matching a filter (e.g. sensors/+/raw) in this view</source>
        <translation>Topics, die auf einen Filter passen (z. B. sensors/+/raw), immer in dieser Ansicht zeigen</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="112"/>
        <source>Select a topic to see its last payload</source>
        <translation>Wählen Sie ein Topic, um seine letzten Nutzdaten zu sehen</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="113"/>
        <source>JSON path to chart, e.g. $.tempC or $.metrics[0].value</source>
        <translation>Darzustellender JSON-Pfad, z. B. $.tempC oder $.metrics[0].value</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="122"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="177"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="256"/>
        <source>Keep the %1 view</source>
        <translation>Ansicht %1 beibehalten</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="257"/>
        <source>Show every topic matching this filter as %1 (+ one level, # the rest):</source>
        <translation>Jedes Topic, das auf diesen Filter passt, als %1 zeigen (+ eine Ebene, # der Rest):</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="305"/>
        <source>no earlier message of this topic in the history to compare with</source>
        <translation>keine frühere Nachricht dieses Topics im Verlauf zum Vergleichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/widgets/PayloadPane.cpp" line="315"/>
        <source>%n change(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Änderung von %1 zu %2</numerusform>
            <numerusform>%n Änderungen von %1 zu %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="317"/>
        <source> (by JSON path)</source>
        <translation> (nach JSON-Pfad)</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="317"/>
        <source> (by line)</source>
        <translation> (nach Zeile)</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="319"/>
        <source>; only the first lines were compared</source>
        <translation>; nur die ersten Zeilen wurden verglichen</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="338"/>
        <source>message of %1 (click the newest history row to follow live)</source>
        <translation>Nachricht von %1 (klicken Sie auf die neueste Verlaufszeile, um live zu folgen)</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="342"/>
        <source>not valid UTF-8: such bytes are shown as \xNN</source>
        <translation>kein gültiges UTF-8: solche Bytes werden als \xNN angezeigt</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="344"/>
        <source>control bytes are shown as \xNN</source>
        <translation>Steuerbytes werden als \xNN angezeigt</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="346"/>
        <source>truncated view; the message itself is whole</source>
        <translation>gekürzte Ansicht; die Nachricht selbst ist vollständig</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="348"/>
        <source>view kept for %1</source>
        <translation>Ansicht beibehalten für %1</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="364"/>
        <source>Retain flag</source>
        <translation>Retain-Flag</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="364"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="366"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="406"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="364"/>
        <location filename="../app/widgets/PayloadPane.cpp" line="366"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="365"/>
        <source>Payload bytes</source>
        <translation>Nutzdaten-Bytes</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="366"/>
        <source>Retained on broker</source>
        <translation>Auf dem Broker gespeichert (retained)</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="367"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="368"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="368"/>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="370"/>
        <source>Subtree</source>
        <translation>Teilbaum</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="370"/>
        <source>%1 topics, %2 messages, %3 retained, %4 msg/s</source>
        <translation>%1 Topics, %2 Nachrichten, %3 gespeichert (retained), %4 Nachr./s</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="376"/>
        <source>Content type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="378"/>
        <source>Payload format</source>
        <translation>Nutzdatenformat</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="378"/>
        <source>1 (UTF-8)</source>
        <translation>1 (UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="378"/>
        <source>0 (bytes)</source>
        <translation>0 (Bytes)</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="380"/>
        <source>Message expiry</source>
        <translation>Ablauf der Nachricht</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="380"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="382"/>
        <source>Response topic</source>
        <translation>Antwort-Topic</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="384"/>
        <source>Correlation data</source>
        <translation>Korrelationsdaten</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="389"/>
        <source>Subscription ids</source>
        <translation>Subscription-IDs</translation>
    </message>
    <message>
        <location filename="../app/widgets/PayloadPane.cpp" line="392"/>
        <source>User property %1</source>
        <translation>Benutzereigenschaft %1</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../app/widgets/PlanTable.cpp" line="33"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
</context>
<context>
    <name>ProvisionView</name>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="42"/>
        <source>%1 topic(s), %2 ACL(s); %3 MQTT client(s), %4 role(s), %5 group(s)</source>
        <translation>%1 Topic(s), %2 ACL(s); %3 MQTT-Client(s), %4 Rolle(n), %5 Gruppe(n)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="54"/>
        <source>Apply the plan</source>
        <translation>Plan anwenden</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="60"/>
        <source>(no cluster open)</source>
        <translation>(kein Cluster geöffnet)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="70"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="80"/>
        <source>pipeline.yaml</source>
        <translation>pipeline.yaml</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="81"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="84"/>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="85"/>
        <location filename="../app/views/provision/ProvisionView.cpp" line="167"/>
        <source>Open a provisioning spec (YAML).</source>
        <translation>Öffnen Sie eine Provisionierungs-Spezifikation (YAML).</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="88"/>
        <source>Kafka cluster</source>
        <translation>Kafka-Cluster</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="94"/>
        <source>an MQTT profile, or mqtt://host:1883</source>
        <translation>ein MQTT-Profil oder mqtt://host:1883</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="96"/>
        <source>dynsec admin user (with a URL)</source>
        <translation>dynsec-Admin-Benutzer (bei einer URL)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="100"/>
        <source>MQTT broker</source>
        <translation>MQTT-Broker</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="102"/>
        <source>Recreate topics whose partitions shrink or replication changes (loses records)</source>
        <translation>Topics neu anlegen, deren Partitionen schrumpfen oder deren Replikation sich ändert (Datensätze gehen verloren)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="103"/>
        <source>topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="104"/>
        <source>ACLs</source>
        <translation>ACLs</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="105"/>
        <source>MQTT clients/roles/groups</source>
        <translation>MQTT-Clients/-Rollen/-Gruppen</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="110"/>
        <source>Allow deletes of</source>
        <translation>Löschen erlauben von</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="115"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="117"/>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="119"/>
        <source>Export live state…</source>
        <translation>Live-Zustand exportieren…</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="132"/>
        <source>Provisioning spec</source>
        <translation>Provisionierungs-Spezifikation</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="133"/>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="184"/>
        <source>the spec has an MQTT section: choose the MQTT broker (a profile or a URL)</source>
        <translation>die Spezifikation hat einen MQTT-Abschnitt: wählen Sie den MQTT-Broker (ein Profil oder eine URL)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="210"/>
        <source>Open a valid spec first.</source>
        <translation>Öffnen Sie zuerst eine gültige Spezifikation.</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="223"/>
        <source>Planning against the live systems …</source>
        <translation>Planung gegen die Live-Systeme …</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="225"/>
        <source>planning provisioning</source>
        <translation>Planen der Provisionierung</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="238"/>
        <source>Plan: %1.</source>
        <translation>Plan: %1.</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="239"/>
        <source>No changes: the live state matches the spec.</source>
        <translation>Keine Änderungen: der Live-Zustand entspricht der Spezifikation.</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="241"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="257"/>
        <source>Nothing applied: %1 change(s) refused (%2)</source>
        <translation>Nichts angewendet: %1 Änderung(en) abgelehnt (%2)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="264"/>
        <source>Nothing applied: the plan deletes %1; allow those deletes first.</source>
        <translation>Nichts angewendet: der Plan löscht %1; erlauben Sie diese Löschungen zuerst.</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="264"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="267"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="269"/>
        <source>Apply %1 to %2?</source>
        <translation>%1 auf %2 anwenden?</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="278"/>
        <source>Password (%1)</source>
        <translation>Passwort (%1)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="281"/>
        <source>Nothing applied: %1</source>
        <translation>Nichts angewendet: %1</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="287"/>
        <source>Applying …</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="289"/>
        <source>applying provisioning</source>
        <translation>Anwenden der Provisionierung</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="307"/>
        <source>Applied %1 of %2 change(s); %3 failed, %4 not applied.</source>
        <translation>%1 von %2 Änderung(en) angewendet; %3 fehlgeschlagen, %4 nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="316"/>
        <source>Export the live state as a spec</source>
        <translation>Live-Zustand als Spezifikation exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="317"/>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="321"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="321"/>
        <source>Export only what the spec manages?</source>
        <translation>Nur exportieren, was die Spezifikation verwaltet?</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="332"/>
        <source>exporting only what a spec manages needs a spec with a managed section</source>
        <translation>nur zu exportieren, was eine Spezifikation verwaltet, erfordert eine Spezifikation mit managed-Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="338"/>
        <source>Exporting …</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="340"/>
        <source>exporting provisioning</source>
        <translation>Exportieren der Provisionierung</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="353"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/views/provision/ProvisionView.cpp" line="358"/>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="50"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/connections/ConnectionManagerDialog.cpp" line="56"/>
        <source>Connected to cluster %1 (%n broker(s))</source>
        <translation>
            <numerusform>Verbunden mit Cluster %1 (%n Broker)</numerusform>
            <numerusform>Verbunden mit Cluster %1 (%n Broker)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../app/charts/RateChart.cpp" line="12"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../app/charts/RateChart.cpp" line="13"/>
        <source>messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
</context>
<context>
    <name>RetainedClearDialog</name>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="25"/>
        <source>Delete retained messages under %1</source>
        <translation>Retained-Nachrichten unter %1 löschen</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="29"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="29"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="29"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="37"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="63"/>
        <source>Reading the retained messages under %1 from the broker…</source>
        <translation>Die Retained-Nachrichten unter %1 werden vom Broker gelesen…</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="71"/>
        <source>Reading retained messages</source>
        <translation>Retained-Nachrichten werden gelesen</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="76"/>
        <source>Retained messages were still arriving after %1 s: the list may be incomplete.</source>
        <translation>Nach %1 s trafen noch Retained-Nachrichten ein: die Liste ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="89"/>
        <source>The broker retains no message under %1: nothing to delete.</source>
        <translation>Der Broker speichert keine Nachricht unter %1: nichts zu löschen.</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="90"/>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="128"/>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="153"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="93"/>
        <source>The broker retains %n message(s) under %1. Deleting publishes an empty retained message to each topic below; nothing changes until you confirm.</source>
        <translation>
            <numerusform>Der Broker speichert %n Nachricht unter %1 (retained). Beim Löschen wird an jedes Topic unten eine leere Retained-Nachricht veröffentlicht; nichts ändert sich, bevor Sie bestätigen.</numerusform>
            <numerusform>Der Broker speichert %n Nachrichten unter %1 (retained). Beim Löschen wird an jedes Topic unten eine leere Retained-Nachricht veröffentlicht; nichts ändert sich, bevor Sie bestätigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="99"/>
        <source>Delete %n retained message(s)</source>
        <translation>
            <numerusform>%n Retained-Nachricht löschen</numerusform>
            <numerusform>%n Retained-Nachrichten löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="108"/>
        <source>Deleting, then reading the broker again to see what is gone…</source>
        <translation>Wird gelöscht, danach wird der Broker erneut gelesen, um zu sehen, was entfernt ist…</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="112"/>
        <source>Deleting retained messages</source>
        <translation>Retained-Nachrichten werden gelöscht</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="127"/>
        <source>Cleared %1 of %2 retained messages; %3 still retained.</source>
        <translation>%1 von %2 Retained-Nachrichten gelöscht; %3 weiterhin gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="138"/>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="140"/>
        <source>still retained: %1</source>
        <translation>weiterhin gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/views/mqtt/RetainedClearDialog.cpp" line="152"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TopicConfigEditor</name>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="22"/>
        <source>(sensitive)</source>
        <translation>(vertraulich)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="23"/>
        <source>(null)</source>
        <translation>(null)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="36"/>
        <source>Remove override</source>
        <translation>Überschreibung entfernen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="37"/>
        <source>Preview changes</source>
        <translation>Vorschau der Änderungen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="37"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="38"/>
        <source>Configs of topic %1</source>
        <translation>Konfiguration von Topic %1</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="41"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="41"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="41"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="53"/>
        <source>Edit values, then preview: nothing changes on the cluster until you apply the plan shown below. Bold: not Kafka&apos;s default.</source>
        <translation>Bearbeiten Sie Werte und zeigen Sie dann die Vorschau: auf dem Cluster ändert sich nichts, bis Sie den unten gezeigten Plan anwenden. Fett: nicht Kafkas Standardwert.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="62"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="71"/>
        <source>Plan (what Apply sends, from the topic&apos;s current dynamic configs):</source>
        <translation>Plan (was Anwenden sendet, ausgehend von der aktuellen dynamischen Konfiguration des Topics):</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="91"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="163"/>
        <source>%1 is not set on this topic: there is no override to remove</source>
        <translation>%1 ist für dieses Topic nicht gesetzt: es gibt keine Überschreibung zu entfernen</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="168"/>
        <source>(default after apply)</source>
        <translation>(Standardwert nach dem Anwenden)</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="177"/>
        <source>Nothing changed: edit a value or remove an override first</source>
        <translation>Nichts geändert: bearbeiten Sie zuerst einen Wert oder entfernen Sie eine Überschreibung</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="180"/>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="199"/>
        <source>Plan: %1. Apply sends exactly this.</source>
        <translation>Plan: %1. Anwenden sendet genau dies.</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="200"/>
        <source>The topic already has these values: nothing to apply</source>
        <translation>Das Topic hat diese Werte bereits: nichts anzuwenden</translation>
    </message>
    <message>
        <location filename="../app/views/kafkacluster/TopicConfigEditor.cpp" line="209"/>
        <source>Applied (%1); the values above are read back from the cluster</source>
        <translation>Angewendet (%1); die Werte oben wurden vom Cluster zurückgelesen</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="142"/>
        <source>retained</source>
        <translation>gespeichert (retained)</translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="164"/>
        <source>%1 (retained on the broker)</source>
        <translation>%1 (auf dem Broker gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="180"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="182"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="184"/>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../app/models/TopicTreeModel.cpp" line="186"/>
        <source>Last payload</source>
        <translation>Letzte Nutzdaten</translation>
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
        <location filename="../core/mqtt/MqttSession.cpp" line="159"/>
        <source>TLS handshake failed: the server&apos;s %1</source>
        <translation>TLS-Handshake fehlgeschlagen: das %1 des Servers</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="160"/>
        <source>the server accepted the TCP connection but the TLS handshake failed%1 (is it a plain MQTT port?%2)</source>
        <translation>der Server hat die TCP-Verbindung angenommen, aber der TLS-Handshake ist fehlgeschlagen%1 (ist es ein unverschlüsselter MQTT-Port?%2)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="163"/>
        <source> Or one that requires a client certificate?</source>
        <translation> Oder einer, der ein Client-Zertifikat verlangt?</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="173"/>
        <source>subscription to &apos;%1&apos; refused by the broker%2</source>
        <translation>Abonnement von &apos;%1&apos; vom Broker abgelehnt%2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="187"/>
        <source>a client certificate needs both the certificate file and its key file</source>
        <translation>ein Client-Zertifikat braucht sowohl die Zertifikatsdatei als auch ihre Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="192"/>
        <source>a session expiry interval needs an MQTT 5 connection; with MQTT 3.1.1 a persistent session lasts until the broker drops it</source>
        <translation>ein Sitzungsablauf-Intervall braucht eine MQTT-5-Verbindung; mit MQTT 3.1.1 besteht eine dauerhafte Sitzung, bis der Broker sie verwirft</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="195"/>
        <source>Last Will</source>
        <translation>Letzter Wille</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="199"/>
        <source>Last Will properties need an MQTT 5 connection</source>
        <translation>Eigenschaften des Last Will brauchen eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="461"/>
        <source>cannot restore the MQTT session state kept in %1 (%2)</source>
        <translation>der in %1 gespeicherte MQTT-Sitzungszustand kann nicht wiederhergestellt werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="713"/>
        <source>retain as published needs an MQTT 5 connection</source>
        <translation>„Retain as published“ braucht eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="716"/>
        <source>a subscription identifier needs an MQTT 5 connection</source>
        <translation>eine Subscription-ID braucht eine MQTT-5-Verbindung</translation>
    </message>
    <message>
        <location filename="../core/mqtt/MqttSession.cpp" line="782"/>
        <location filename="../core/mqtt/MqttSession.cpp" line="847"/>
        <location filename="../core/mqtt/MqttSession.cpp" line="883"/>
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
        <location filename="../core/kafka/KafkaRecordFormat.cpp" line="100"/>
        <source>bad header &apos;%1&apos;: expected name=value</source>
        <translation>fehlerhafter Header &apos;%1&apos;: erwartet name=value</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaConsumer.cpp" line="210"/>
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
        <location filename="../core/sim/DeviceFleet.cpp" line="67"/>
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
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="50"/>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="58"/>
        <source>bad partition rule &apos;%1&apos;: expected preserve, key or a map such as 0=1,1=0 (source=target)</source>
        <translation>fehlerhafte Partitionsregel &apos;%1&apos;: erwartet wird preserve, key oder eine Zuordnung wie 0=1,1=0 (Quelle=Ziel)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="55"/>
        <source>bad partition rule &apos;%1&apos;: source partition %2 is mapped twice</source>
        <translation>fehlerhafte Partitionsregel &apos;%1&apos;: Quellpartition %2 ist zweimal zugeordnet</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="110"/>
        <source>bad position &apos;%1&apos;: expected beginning, end, an offset for every partition, PARTITION:OFFSET pairs (0:100,1:200) or an ISO-8601 time (2026-11-23T10:00:00Z)</source>
        <translation>fehlerhafte Position &apos;%1&apos;: erwartet wird beginning, end, ein Offset für jede Partition, PARTITION:OFFSET-Paare (0:100,1:200) oder eine ISO-8601-Zeit (2026-11-23T10:00:00Z)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="140"/>
        <source>cannot read the copy checkpoint %1: %2</source>
        <translation>der Kopier-Checkpoint %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="144"/>
        <source>the copy checkpoint %1 is not valid: %2</source>
        <translation>der Kopier-Checkpoint %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyRules.cpp" line="187"/>
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
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="145"/>
        <source>delivery of %1 [%2] offset %3 to %4 [%5] failed (%6)</source>
        <translation>Zustellung von %1 [%2] Offset %3 nach %4 [%5] fehlgeschlagen (%6)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="179"/>
        <source>starting to read %1 [%2]</source>
        <translation>Lesen von %1 [%2] beginnt</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="205"/>
        <source>cannot create the checkpoint topic %1 (%2): %3</source>
        <translation>das Checkpoint-Topic %1 kann nicht angelegt werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="209"/>
        <source>starting transactions</source>
        <translation>Transaktionen werden gestartet</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="228"/>
        <source>reading %1 [%2]</source>
        <translation>%1 [%2] wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="312"/>
        <source>copying %1 [%2] offset %3 to %4</source>
        <translation>%1 [%2] ab Offset %3 wird nach %4 kopiert</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="340"/>
        <source>%1 failed (%2): %3; the target cluster needs transactions (Kafka 0.11 or newer, a transaction state log, WRITE on the transactional id)</source>
        <translation>%1 fehlgeschlagen (%2): %3; der Zielcluster braucht Transaktionen (Kafka 0.11 oder neuer, ein Transaction-State-Log, WRITE auf die Transactional-ID)</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="347"/>
        <source>beginning a transaction</source>
        <translation>Transaktion wird begonnen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="381"/>
        <source>writing the copy checkpoint to %1</source>
        <translation>Kopier-Checkpoint wird nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="386"/>
        <source>committing a transaction</source>
        <translation>Transaktion wird bestätigt</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="411"/>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="465"/>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="415"/>
        <source>copying to %1</source>
        <translation>beim Kopieren nach %1</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaCopyTransport.cpp" line="495"/>
        <source>%1; the checkpoint %2 keeps everything before it, a resumed copy continues from there</source>
        <translation>%1; der Checkpoint %2 hält alles davor fest, eine fortgesetzte Kopie macht dort weiter</translation>
    </message>
    <message>
        <location filename="../core/kafka/TopicVerify.cpp" line="68"/>
        <source>the recording %1 holds no Kafka record of topic &apos;%2&apos;</source>
        <translation>die Aufzeichnung %1 enthält keinen Kafka-Datensatz von Topic &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="82"/>
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
        <location filename="../core/provision/ProvisionSpec.cpp" line="126"/>
        <source>environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="116"/>
        <location filename="../core/provision/ProvisionSpec.cpp" line="132"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="138"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="145"/>
        <source>must be a positive integer</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="152"/>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="161"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="214"/>
        <source>topic &apos;%1&apos; is already defined at %2</source>
        <translation>Topic &apos;%1&apos; ist bereits in %2 definiert</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="223"/>
        <source>producer/consumer choose the resources and operations; drop resource and operations</source>
        <translation>producer/consumer legen Ressourcen und Operationen fest; resource und operations weglassen</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="236"/>
        <source>a consumer needs its consumer groups</source>
        <translation>ein Consumer braucht seine Consumer-Gruppen</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="241"/>
        <location filename="../core/provision/ProvisionSpec.cpp" line="250"/>
        <source>is required (or producer/consumer)</source>
        <translation>ist erforderlich (oder producer/consumer)</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="308"/>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="318"/>
        <source>role &apos;%1&apos; is defined twice in this file</source>
        <translation>Rolle &apos;%1&apos; ist in dieser Datei zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="331"/>
        <source>secret references are never substituted; write env:VAR instead of ${VAR}</source>
        <translation>Geheimnisverweise werden nie ersetzt; env:VAR statt ${VAR} schreiben</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="333"/>
        <source>must be a secret reference: env:VAR, file:PATH or keyring:NAME</source>
        <translation>muss ein Geheimnisverweis sein: env:VAR, file:PFAD oder keyring:NAME</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="347"/>
        <source>client &apos;%1&apos; is defined twice in this file</source>
        <translation>Client &apos;%1&apos; ist in dieser Datei zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="363"/>
        <source>group &apos;%1&apos; is defined twice in this file</source>
        <translation>Gruppe &apos;%1&apos; ist in dieser Datei zweimal definiert</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="512"/>
        <source>no spec file given</source>
        <translation>keine Spezifikationsdatei angegeben</translation>
    </message>
    <message>
        <location filename="../core/provision/ProvisionSpec.cpp" line="517"/>
        <source>cannot read the spec %1: %2</source>
        <translation>die Spezifikation %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="93"/>
        <source>partitions %1 -&gt; %2 (Kafka cannot remove partitions)</source>
        <translation>Partitionen %1 -&gt; %2 (Kafka kann keine Partitionen entfernen)</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="95"/>
        <source>replication factor %1 -&gt; %2 (needs a partition reassignment)</source>
        <translation>Replikationsfaktor %1 -&gt; %2 (erfordert eine Neuzuweisung der Partitionen)</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="99"/>
        <source>topic %1: %2; only a delete and create would do it, which loses its records</source>
        <translation>Topic %1: %2; nur Löschen und Neuanlegen ginge, wobei seine Datensätze verloren gingen</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="104"/>
        <source>replace (-/+): %1; its records are lost</source>
        <translation>ersetzen (-/+): %1; seine Datensätze gehen verloren</translation>
    </message>
    <message>
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="148"/>
        <source>reset to the broker default (not in the spec)</source>
        <translation>auf den Broker-Standard zurückgesetzt (nicht in der Spezifikation)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="284"/>
        <source>%n topic(s) (%1)</source>
        <translation>
            <numerusform>%n Topic (%1)</numerusform>
            <numerusform>%n Topics (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/provision/KafkaProvisionPlan.cpp" line="286"/>
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
        <location filename="../core/provision/MqttProvision.cpp" line="141"/>
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
        <location filename="../core/bridge/Bridge.cpp" line="29"/>
        <source>the bridge needs a fixed MQTT client id, so that the broker keeps its session and holds messages while the bridge is down</source>
        <translation>die Bridge braucht eine feste MQTT-Client-ID, damit der Broker ihre Sitzung behält und Nachrichten zurückhält, solange die Bridge nicht läuft</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="32"/>
        <source>the bridge subscribes with QoS 1 or 2 (QoS 0 can lose messages)</source>
        <translation>die Bridge abonniert mit QoS 1 oder 2 (QoS 0 kann Nachrichten verlieren)</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="34"/>
        <source>the bridge needs at least one route</source>
        <translation>die Bridge braucht mindestens eine Route</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="36"/>
        <source>the bridge needs a spool file</source>
        <translation>die Bridge braucht eine Spool-Datei</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="69"/>
        <source>the spool %1 holds %2 QoS 2 message(s) received over MQTT 3.1.1 that the broker has not released yet; run the bridge with MQTT 3.1.1 until they are bridged, then switch to MQTT 5</source>
        <translation>der Spool %1 enthält %2 über MQTT 3.1.1 empfangene QoS-2-Nachricht(en), die der Broker noch nicht freigegeben hat; die Bridge mit MQTT 3.1.1 laufen lassen, bis sie übertragen sind, dann auf MQTT 5 wechseln</translation>
    </message>
    <message>
        <location filename="../core/bridge/Bridge.cpp" line="222"/>
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
    <message>
        <location filename="../core/mqtt/PayloadView.cpp" line="171"/>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <location filename="../core/mqtt/PayloadView.cpp" line="181"/>
        <source>not exactly one value</source>
        <translation>nicht genau ein Wert</translation>
    </message>
    <message>
        <location filename="../core/mqtt/PayloadView.cpp" line="199"/>
        <source>not hex: &apos;%1&apos; at position %2</source>
        <translation>kein Hex: &apos;%1&apos; an Position %2</translation>
    </message>
    <message>
        <location filename="../core/mqtt/PayloadView.cpp" line="203"/>
        <source>not hex: an odd number of digits (%1)</source>
        <translation>kein Hex: eine ungerade Anzahl Ziffern (%1)</translation>
    </message>
    <message>
        <location filename="../core/mqtt/PayloadView.cpp" line="214"/>
        <source>not base64</source>
        <translation>kein Base64</translation>
    </message>
    <message>
        <location filename="../core/mqtt/PayloadView.cpp" line="229"/>
        <source>not JSON: %1 at line %2, column %3</source>
        <translation>kein JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../core/kafka/KafkaTopicRead.cpp" line="24"/>
        <source>cannot read the end of %1 partition %2: %3</source>
        <translation>das Ende von %1 Partition %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/sim/FleetSummary.cpp" line="49"/>
        <source>cannot write the summary %1: %2</source>
        <translation>die Zusammenfassung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/FleetSummary.cpp" line="55"/>
        <source>%1 is not a simulator summary: %2</source>
        <translation>%1 ist keine Simulator-Zusammenfassung: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/FleetSummary.cpp" line="64"/>
        <source>a device without a deviceId</source>
        <translation>ein Gerät ohne deviceId</translation>
    </message>
    <message>
        <location filename="../core/sim/FleetSummary.cpp" line="73"/>
        <source>device %1 has a boot without a bootId or with lastSeq before firstSeq</source>
        <translation>Gerät %1 hat einen Boot ohne bootId oder mit lastSeq vor firstSeq</translation>
    </message>
    <message>
        <location filename="../core/sim/FleetSummary.cpp" line="84"/>
        <source>cannot read the summary %1: %2</source>
        <translation>die Zusammenfassung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/FleetSummary.cpp" line="91"/>
        <source>no &quot;format&quot;: &quot;mqkit-sim-summary/1&quot;</source>
        <translation>kein &quot;format&quot;: &quot;mqkit-sim-summary/1&quot;</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="34"/>
        <source>the %1 template &apos;%2&apos; must be a topic name (no wildcards)</source>
        <translation>die %1-Vorlage &apos;%2&apos; muss ein Topic-Name sein (keine Wildcards)</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="40"/>
        <source>the %1 template &apos;%2&apos;: level &apos;%3&apos; may only be {tenant} or {deviceId}, as a whole level</source>
        <translation>die %1-Vorlage &apos;%2&apos;: die Ebene &apos;%3&apos; darf nur {tenant} oder {deviceId} sein, als ganze Ebene</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="44"/>
        <source>the %1 template &apos;%2&apos; needs a {deviceId} level, as in t/{tenant}/d/{deviceId}/telemetry</source>
        <translation>die %1-Vorlage &apos;%2&apos; braucht eine {deviceId}-Ebene, wie in t/{tenant}/d/{deviceId}/telemetry</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="52"/>
        <source>the number of devices must be 1..1000000</source>
        <translation>die Anzahl der Geräte muss 1..1000000 sein</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="54"/>
        <source>the number of connections must be 1..%1 (at most one per device)</source>
        <translation>die Anzahl der Verbindungen muss 1..%1 sein (höchstens eine pro Gerät)</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="56"/>
        <source>the number of tenants must be 1..%1 (the number of devices)</source>
        <translation>die Anzahl der Mandanten muss 1..%1 sein (die Anzahl der Geräte)</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="58"/>
        <source>QoS must be 0, 1 or 2</source>
        <translation>QoS muss 0, 1 oder 2 sein</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="60"/>
        <source>the rate and the count must not be negative</source>
        <translation>Rate und Anzahl dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="62"/>
        <source>give a message count or a duration</source>
        <translation>Geben Sie eine Nachrichtenanzahl oder eine Dauer an</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="64"/>
        <source>the payload size must be 0..268435456 bytes</source>
        <translation>die Nutzdatengröße muss 0..268435456 Bytes betragen</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="66"/>
        <source>the reboot rate is a probability per message, 0..1</source>
        <translation>die Neustartrate ist eine Wahrscheinlichkeit pro Nachricht, 0..1</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="68"/>
        <source>status topic</source>
        <translation>Status-Topic</translation>
    </message>
    <message>
        <location filename="../core/sim/DeviceFleet.cpp" line="70"/>
        <source>the status topic must differ from the telemetry topic</source>
        <translation>das Status-Topic muss sich vom Telemetrie-Topic unterscheiden</translation>
    </message>
    <message>
        <location filename="../core/common/MetricsHttpServer.cpp" line="55"/>
        <location filename="../core/common/MetricsHttpServer.cpp" line="71"/>
        <source>cannot serve metrics on %1: %2</source>
        <translation>Metriken können nicht auf %1 bereitgestellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/common/MetricsHttpServer.cpp" line="125"/>
        <source>cannot serve metrics: %1</source>
        <translation>Metriken können nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeSetup.cpp" line="11"/>
        <source>give either a routes file or one route, not both</source>
        <translation>geben Sie entweder eine Routen-Datei oder eine Route an, nicht beides</translation>
    </message>
    <message>
        <location filename="../core/bridge/BridgeSetup.cpp" line="17"/>
        <source>give the route (the MQTT topic template it reads from and the Kafka topic it writes to), or a routes file</source>
        <translation>geben Sie die Route an (die MQTT-Topic-Vorlage, aus der sie liest, und das Kafka-Topic, in das sie schreibt) oder eine Routen-Datei</translation>
    </message>
</context>
</TS>
