<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Framewise</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a line break (CR)</source>
        <translation>einen Zeilenumbruch (CR)</translation>
    </message>
    <message>
        <source>a line break (LF)</source>
        <translation>einen Zeilenumbruch (LF)</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
</context>
<context>
    <name>Framewise::CaCommands</name>
    <message>
        <source>framewise-cli ca: %1</source>
        <translation>framewise-cli ca: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli ca --help&apos; for the options.</source>
        <translation>„framewise-cli ca --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>The Framewise certificate authority (what the proxy decrypts TLS with; its key stays in the keychain):
  framewise-cli ca --export PATH [--der]   write its certificate for apps and browsers to trust
  framewise-cli ca --fingerprint           show its fingerprints and validity
  framewise-cli ca --regenerate            replace it (apps must then trust the new one)
</source>
        <translation>Die Zertifizierungsstelle von Framewise (mit ihr entschlüsselt der Proxy TLS; ihr Schlüssel bleibt im Schlüsselbund):
  framewise-cli ca --export PFAD [--der]   ihr Zertifikat schreiben, damit Apps und Browser ihm vertrauen
  framewise-cli ca --fingerprint           ihre Fingerabdrücke und Gültigkeit anzeigen
  framewise-cli ca --regenerate            sie ersetzen (Apps müssen dann der neuen vertrauen)
</translation>
    </message>
    <message>
        <source>The Framewise certificate authority that framewise-cli proxy (and the window&apos;s proxy) decrypts TLS with. It is made on first use; its private key lives in the system keychain and never in a file. Apps and browsers trust it once its certificate is imported (see the README).

Exit status: 0 done, 1 failed (no keychain, a file that cannot be written), 2 usage error.</source>
        <translation>Die Zertifizierungsstelle von Framewise, mit der framewise-cli proxy (und der Proxy des Fensters) TLS entschlüsselt. Sie wird bei der ersten Verwendung erstellt; ihr privater Schlüssel liegt im Schlüsselbund des Systems und nie in einer Datei. Apps und Browser vertrauen ihr, sobald ihr Zertifikat importiert ist (siehe README).

Exit-Status: 0 fertig, 1 fehlgeschlagen (kein Schlüsselbund, eine Datei, die nicht geschrieben werden kann), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Write the CA&apos;s certificate to this file (PEM unless --der).</source>
        <translation>Das Zertifikat der CA in diese Datei schreiben (PEM, außer mit --der).</translation>
    </message>
    <message>
        <source>With --export: DER instead of PEM.</source>
        <translation>Mit --export: DER statt PEM.</translation>
    </message>
    <message>
        <source>Print the CA&apos;s SHA-256 and SHA-1 fingerprints, subject and validity.</source>
        <translation>SHA-256- und SHA-1-Fingerabdruck, Inhaber und Gültigkeit der CA ausgeben.</translation>
    </message>
    <message>
        <source>Make a new CA in place of the old one. Apps that trusted the old one must be given the new one.</source>
        <translation>Eine neue CA anstelle der alten erstellen. Apps, die der alten vertraut haben, müssen die neue bekommen.</translation>
    </message>
    <message>
        <source>ca takes no arguments besides options (got “%1”).</source>
        <translation>ca nimmt außer Optionen keine Argumente an („%1“ erhalten).</translation>
    </message>
    <message>
        <source>say what to do: --export PATH, --fingerprint or --regenerate.</source>
        <translation>geben Sie an, was zu tun ist: --export PFAD, --fingerprint oder --regenerate.</translation>
    </message>
    <message>
        <source>--der is for --export.</source>
        <translation>--der gehört zu --export.</translation>
    </message>
    <message>
        <source>framewise-cli ca: no keychain, so no Framewise CA is kept and there is nothing to %1. A running framewise-cli proxy makes one for as long as it runs and hands out its certificate at http://ADDRESS:PORT/framewise-ca.pem.</source>
        <translation>framewise-cli ca: kein Schlüsselbund, daher wird keine Framewise-CA aufbewahrt, und es gibt nichts %1. Ein laufendes framewise-cli proxy erstellt für seine Laufzeit eine und stellt ihr Zertifikat unter http://ADDRESS:PORT/framewise-ca.pem bereit.</translation>
    </message>
    <message>
        <source>regenerate</source>
        <translation>neu zu erzeugen</translation>
    </message>
    <message>
        <source>show or export</source>
        <translation>anzuzeigen oder zu exportieren</translation>
    </message>
    <message>
        <source>A new Framewise CA was made. Apps and browsers that trusted the old one must be given this one.</source>
        <translation>Eine neue Framewise-CA wurde erstellt. Apps und Browser, die der alten vertraut haben, müssen diese bekommen.</translation>
    </message>
    <message>
        <source>framewise-cli ca: cannot write %1: %2</source>
        <translation>framewise-cli ca: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (%1) to %2</source>
        <translation>Das Zertifikat der Framewise-CA (%1) wurde nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>SHA-1: %1</source>
        <translation>SHA-1: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>Framewise::CaDetailsDialog</name>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Neu erzeugen…</translation>
    </message>
    <message>
        <source>Framewise CA</source>
        <translation>Framewise-CA</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Apps and browsers accept the certificates Framewise makes for intercepted wss:// hosts only once they trust this CA: export it (PEM, or DER for some devices) and import it as the README&apos;s section “Trusting the Framewise CA” shows for Firefox, Chromium and Debian system-wide. Its private key never leaves the keychain.</source>
        <translation>Apps und Browser akzeptieren die Zertifikate, die Framewise für abgefangene wss://-Hosts erstellt, erst, wenn sie dieser CA vertrauen: Exportieren Sie sie (PEM, oder DER für manche Geräte) und importieren Sie sie so, wie es der Abschnitt „Trusting the Framewise CA“ im README für Firefox, Chromium und systemweit für Debian zeigt. Ihr privater Schlüssel verlässt den Schlüsselbund nie.</translation>
    </message>
    <message>
        <source>How to trust the CA</source>
        <translation>So vertrauen Sie der CA</translation>
    </message>
    <message>
        <source>Write the CA&apos;s certificate to a file (File › Export CA certificate…)</source>
        <translation>Das Zertifikat der CA in eine Datei schreiben (Datei › CA-Zertifikat exportieren…)</translation>
    </message>
    <message>
        <source>Make a new CA in place of this one</source>
        <translation>Eine neue CA anstelle dieser erstellen</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Aufbewahrt:</translation>
    </message>
    <message>
        <source>No Framewise CA: %1</source>
        <translation>Keine Framewise-CA: %1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source> (expired: regenerate it)</source>
        <translation> (abgelaufen: erzeugen Sie sie neu)</translation>
    </message>
    <message>
        <source> (not valid yet: check this machine&apos;s clock)</source>
        <translation> (noch nicht gültig: prüfen Sie die Uhr dieses Rechners)</translation>
    </message>
    <message>
        <source>A new Framewise CA was made. Give its certificate to every app, browser and device that trusted the old one (Export…). New proxy tabs use the new CA.</source>
        <translation>Eine neue Framewise-CA wurde erstellt. Geben Sie ihr Zertifikat jeder App, jedem Browser und jedem Gerät, die der alten vertraut haben (Exportieren…). Neue Proxy-Reiter verwenden die neue CA.</translation>
    </message>
    <message>
        <source>The proxy tabs open now (%1) keep decrypting with the old one until they are closed.</source>
        <translation>Die jetzt offenen Proxy-Reiter (%1) entschlüsseln weiter mit der alten, bis sie geschlossen werden.</translation>
    </message>
    <message>
        <source>Regenerate the Framewise CA</source>
        <translation>Framewise-CA neu erzeugen</translation>
    </message>
    <message>
        <source>Make a new Framewise CA?</source>
        <translation>Eine neue Framewise-CA erstellen?</translation>
    </message>
    <message>
        <source>The current CA is replaced for good. Every app, browser and device that trusts it stops accepting Framewise&apos;s certificates until it is given the new one. Proxy tabs open now keep the current CA until they are closed; new proxy tabs use the new one.</source>
        <translation>Die aktuelle CA wird endgültig ersetzt. Jede App, jeder Browser und jedes Gerät, die ihr vertrauen, akzeptieren die Zertifikate von Framewise nicht mehr, bis sie die neue bekommen. Jetzt offene Proxy-Reiter behalten die aktuelle CA, bis sie geschlossen werden; neue Proxy-Reiter verwenden die neue.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
</context>
<context>
    <name>Framewise::CaStore</name>
    <message>
        <source>No keychain is available, so Framewise&apos;s certificate authority lasts for this session only and its private key is never written to disk. Whatever trusts it now must be given the new one after Framewise restarts.</source>
        <translation>Kein Schlüsselbund verfügbar, daher gilt die Zertifizierungsstelle von Framewise nur für diese Sitzung, und ihr privater Schlüssel wird nie auf die Festplatte geschrieben. Was ihr jetzt vertraut, muss nach einem Neustart von Framewise die neue bekommen.</translation>
    </message>
    <message>
        <source>The certificate authority in the keychain cannot be used: %1 Regenerate it to replace it.</source>
        <translation>Die Zertifizierungsstelle im Schlüsselbund ist nicht verwendbar: %1 Erzeugen Sie sie neu, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>Framewise::CertificateAuthority</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>Der Hostname ist leer.</translation>
    </message>
    <message>
        <source>The host name contains a control character.</source>
        <translation>Der Hostname enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The host name “%1” contains a space.</source>
        <translation>Der Hostname „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The address “%1” has a zone (%2), which a certificate cannot name.</source>
        <translation>Die Adresse „%1“ hat eine Zone (%2), die ein Zertifikat nicht benennen kann.</translation>
    </message>
    <message>
        <source>“%1” is in brackets but is not an IPv6 address.</source>
        <translation>„%1“ steht in eckigen Klammern, ist aber keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The host name “%1” contains “%2”, which a host name cannot hold.</source>
        <translation>Der Hostname „%1“ enthält „%2“, das in einem Hostnamen nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalized host name.</source>
        <translation>„%1“ ist kein gültiger internationalisierter Hostname.</translation>
    </message>
    <message>
        <source>The host name “%1” is longer than 253 characters.</source>
        <translation>Der Hostname „%1“ ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>The host name “%1” has an empty label (a dot at the start or two in a row).</source>
        <translation>Der Hostname „%1“ hat ein leeres Label (ein Punkt am Anfang oder zwei hintereinander).</translation>
    </message>
    <message>
        <source>The host name “%1” has a label longer than 63 characters.</source>
        <translation>Der Hostname „%1“ hat ein Label mit mehr als 63 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot make the certificate authority: %1</source>
        <translation>Die Zertifizierungsstelle kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate (%1).</source>
        <translation>Das CA-Zertifikat ist kein PEM-Zertifikat (%1).</translation>
    </message>
    <message>
        <source>The CA private key is not an unencrypted PEM private key (%1).</source>
        <translation>Der private Schlüssel der CA ist kein unverschlüsselter privater PEM-Schlüssel (%1).</translation>
    </message>
    <message>
        <source>The private key does not belong to the CA certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum CA-Zertifikat.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is neither an EC nor an RSA key, which Framewise cannot sign with.</source>
        <translation>Der Schlüssel der CA ist weder ein EC- noch ein RSA-Schlüssel; damit kann Framewise nicht signieren.</translation>
    </message>
    <message>
        <source>The certificate “%1” is not a certificate authority (its basic constraints do not say CA:TRUE).</source>
        <translation>Das Zertifikat „%1“ ist keine Zertifizierungsstelle (seine Basic Constraints enthalten nicht CA:TRUE).</translation>
    </message>
    <message>
        <source>The certificate “%1” may not sign certificates (its key usage lacks keyCertSign).</source>
        <translation>Das Zertifikat „%1“ darf keine Zertifikate signieren (seiner Schlüsselverwendung fehlt keyCertSign).</translation>
    </message>
    <message>
        <source>Cannot load the certificate authority: %1</source>
        <translation>Die Zertifizierungsstelle kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>There is no certificate authority to sign with.</source>
        <translation>Es gibt keine Zertifizierungsstelle, mit der signiert werden kann.</translation>
    </message>
    <message>
        <source>The certificate authority expired on %1; regenerate it.</source>
        <translation>Die Zertifizierungsstelle ist am %1 abgelaufen; erzeugen Sie sie neu.</translation>
    </message>
    <message>
        <source>Cannot make a certificate for “%1”: %2</source>
        <translation>Für „%1“ kann kein Zertifikat erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::ChannelError</name>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>This connection was already opened.</source>
        <translation>Diese Verbindung wurde bereits geöffnet.</translation>
    </message>
    <message>
        <source>This setting can only be changed before connecting.</source>
        <translation>Diese Einstellung kann nur vor dem Verbinden geändert werden.</translation>
    </message>
    <message>
        <source>The connection is not open yet.</source>
        <translation>Die Verbindung ist noch nicht offen.</translation>
    </message>
    <message>
        <source>The connection is closing or closed; nothing more can be sent.</source>
        <translation>Die Verbindung wird geschlossen oder ist geschlossen; es kann nichts mehr gesendet werden.</translation>
    </message>
    <message>
        <source>The address must be an absolute ws:// or wss:// URL with a host name.</source>
        <translation>Die Adresse muss eine absolute ws://- oder wss://-URL mit Hostnamen sein.</translation>
    </message>
    <message>
        <source>That close code may not be sent (allowed: 1000-1003, 1007-1014, 3000-4999).</source>
        <translation>Dieser Schließcode darf nicht gesendet werden (erlaubt: 1000-1003, 1007-1014, 3000-4999).</translation>
    </message>
    <message>
        <source>The close reason is longer than 123 bytes of UTF-8.</source>
        <translation>Der Schließgrund ist länger als 123 Bytes UTF-8.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Ungültiges Argument.</translation>
    </message>
</context>
<context>
    <name>Framewise::CliProfile</name>
    <message>
        <source>The profile “%1” needs secrets that have no saved value: %2. %3</source>
        <translation>Das Profil „%1“ braucht Geheimnisse ohne gespeicherten Wert: %2. %3</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::CliRunner</name>
    <message>
        <source>nothing listens on the port</source>
        <translation>an dem Port lauscht nichts</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>der Hostname konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the connection was not open within --timeout-open</source>
        <translation>die Verbindung war nicht innerhalb von --timeout-open offen</translation>
    </message>
    <message>
        <source>the server answered the upgrade with an HTTP status other than 101</source>
        <translation>der Server beantwortete das Upgrade mit einem anderen HTTP-Status als 101</translation>
    </message>
    <message>
        <source>the server&apos;s 101 answer breaks RFC 6455</source>
        <translation>die 101-Antwort des Servers verletzt RFC 6455</translation>
    </message>
    <message>
        <source>the server broke the framing rules (1002 sent)</source>
        <translation>der Server hat die Framing-Regeln verletzt (1002 gesendet)</translation>
    </message>
    <message>
        <source>text or a close reason was not UTF-8 (1007 sent)</source>
        <translation>Text oder ein Schließgrund war kein UTF-8 (1007 gesendet)</translation>
    </message>
    <message>
        <source>a message exceeded the size limit (1009 sent)</source>
        <translation>eine Nachricht überschritt die Größengrenze (1009 gesendet)</translation>
    </message>
    <message>
        <source>no answer to a keepalive ping within --ping-timeout</source>
        <translation>keine Antwort auf einen Keepalive-Ping innerhalb von --ping-timeout</translation>
    </message>
    <message>
        <source>the server did not answer our Close in time</source>
        <translation>der Server hat unser Close nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>the connection ended without a Close frame (1006)</source>
        <translation>die Verbindung endete ohne Close-Frame (1006)</translation>
    </message>
    <message>
        <source>the TLS handshake or certificate check failed</source>
        <translation>der TLS-Handshake oder die Zertifikatsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>another network error</source>
        <translation>ein anderer Netzwerkfehler</translation>
    </message>
    <message>
        <source>interrupted before the connection was open, or twice</source>
        <translation>unterbrochen, bevor die Verbindung offen war, oder zweimal</translation>
    </message>
    <message>
        <source>a handshake redirect could not be followed</source>
        <translation>einer Handshake-Umleitung konnte nicht gefolgt werden</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <source>the connection was closed cleanly</source>
        <translation>die Verbindung wurde sauber geschlossen</translation>
    </message>
    <message>
        <source>internal error (the local echo server could not start)</source>
        <translation>interner Fehler (der lokale Echo-Server konnte nicht starten)</translation>
    </message>
    <message>
        <source>usage error: bad URL or option value</source>
        <translation>Aufruffehler: ungültige URL oder ungültiger Optionswert</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>Keine URL angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2.</source>
        <translation>„%1“ ist keine gültige URL: %2.</translation>
    </message>
    <message>
        <source>“%1” has no scheme; write ws://host/ or wss://host/.</source>
        <translation>„%1“ hat kein Schema; schreiben Sie ws://host/ oder wss://host/.</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only ws:// and wss:// are WebSocket URLs.</source>
        <translation>„%1“ verwendet das Schema „%2“; nur ws:// und wss:// sind WebSocket-URLs.</translation>
    </message>
    <message>
        <source>“%1” has no host.</source>
        <translation>„%1“ hat keinen Host.</translation>
    </message>
    <message>
        <source>“%1” has a fragment (#%2), which WebSocket URLs may not have.</source>
        <translation>„%1“ hat ein Fragment (#%2), das WebSocket-URLs nicht haben dürfen.</translation>
    </message>
    <message>
        <source>Give either a URL or --local-echo, not both.</source>
        <translation>Geben Sie entweder eine URL oder --local-echo an, nicht beides.</translation>
    </message>
    <message>
        <source>--close-code %1 may not be sent in a Close frame; use 1000-1003, 1007-1014 or 3000-4999 (or 0 for none).</source>
        <translation>--close-code %1 darf nicht in einem Close-Frame gesendet werden; verwenden Sie 1000-1003, 1007-1014 oder 3000-4999 (oder 0 für keinen).</translation>
    </message>
    <message numerus="yes">
        <source>--close-reason is %n bytes of UTF-8; at most %1 fit in a Close frame.</source>
        <translation>
            <numerusform>--close-reason ist %n Byte UTF-8 lang; höchstens %1 passen in einen Close-Frame.</numerusform>
            <numerusform>--close-reason ist %n Bytes UTF-8 lang; höchstens %1 passen in einen Close-Frame.</numerusform>
        </translation>
    </message>
    <message>
        <source>--close-reason needs a close code; --close-code 0 sends none.</source>
        <translation>--close-reason braucht einen Schließcode; --close-code 0 sendet keinen.</translation>
    </message>
    <message>
        <source>--count must be 0 or more.</source>
        <translation>--count muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>--send-file %1: no such file.</source>
        <translation>--send-file %1: Datei existiert nicht.</translation>
    </message>
    <message>
        <source>--send-file %1: not a regular file (its length must be known before sending).</source>
        <translation>--send-file %1: keine reguläre Datei (ihre Länge muss vor dem Senden bekannt sein).</translation>
    </message>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli --help&apos; for the options.</source>
        <translation>„framewise-cli --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>--send-file %1: %2</source>
        <translation>--send-file %1: %2</translation>
    </message>
    <message>
        <source>The local echo server could not start: %1</source>
        <translation>Der lokale Echo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>--timeout-open must be 1 or more milliseconds.</source>
        <translation>--timeout-open muss 1 oder mehr Millisekunden betragen.</translation>
    </message>
    <message>
        <source>* redirected (%1) to %2</source>
        <translation>* umgeleitet (%1) nach %2</translation>
    </message>
    <message>
        <source>&lt; ping %1 B</source>
        <translation>&lt; Ping %1 B</translation>
    </message>
    <message>
        <source>&lt; pong %1 B</source>
        <translation>&lt; Pong %1 B</translation>
    </message>
    <message>
        <source>, round trip %1 ms</source>
        <translation>, Umlaufzeit %1 ms</translation>
    </message>
    <message>
        <source> (unsolicited)</source>
        <translation> (unaufgefordert)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>extensions: %1</source>
        <translation>Erweiterungen: %1</translation>
    </message>
    <message>
        <source>* connected to %1</source>
        <translation>* verbunden mit %1</translation>
    </message>
    <message>
        <source>Cannot send “%1”: %2</source>
        <translation>„%1“ kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>&gt; text %1 B: %2</source>
        <translation>&gt; Text %1 B: %2</translation>
    </message>
    <message>
        <source>Cannot send %1: %2</source>
        <translation>%1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>&gt; binary %1 B from %2</source>
        <translation>&gt; binär %1 B aus %2</translation>
    </message>
    <message>
        <source>&lt; text %1 B: %2</source>
        <translation>&lt; Text %1 B: %2</translation>
    </message>
    <message>
        <source>&lt; binary %1 B: %2</source>
        <translation>&lt; binär %1 B: %2</translation>
    </message>
    <message>
        <source>&gt; text %1 B: %2 (echo)</source>
        <translation>&gt; Text %1 B: %2 (Echo)</translation>
    </message>
    <message>
        <source>&gt; binary %1 B (echo)</source>
        <translation>&gt; binär %1 B (Echo)</translation>
    </message>
    <message>
        <source>Cannot echo a message: %1</source>
        <translation>Eine Nachricht kann nicht zurückgesendet werden: %1</translation>
    </message>
    <message>
        <source>&gt; %1 %2 B</source>
        <translation>&gt; %1 %2 B</translation>
    </message>
    <message>
        <source>%1 close (no code)</source>
        <translation>%1 Close (ohne Code)</translation>
    </message>
    <message>
        <source>%1 close %2</source>
        <translation>%1 Close %2</translation>
    </message>
    <message>
        <source>%1 close %2: %3</source>
        <translation>%1 Close %2: %3</translation>
    </message>
    <message>
        <source>* closed: %1</source>
        <translation>* geschlossen: %1</translation>
    </message>
    <message>
        <source>Not recording: %1</source>
        <translation>Keine Aufzeichnung: %1</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Aufzeichnung beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>* recorded as session %1 (%n records) in %2</source>
        <translation>
            <numerusform>* als Sitzung %1 aufgezeichnet (%n Eintrag) in %2</numerusform>
            <numerusform>* als Sitzung %1 aufgezeichnet (%n Einträge) in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the session database or a file could not be used (sessions, export, import, --profile)</source>
        <translation>die Sitzungsdatenbank oder eine Datei war nicht verwendbar (sessions, export, import, --profile)</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation>
            <numerusform>(%n Byte Binärdaten)</numerusform>
            <numerusform>(%n Bytes Binärdaten)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the body goes on: --jsonl has all of it that was read)</source>
        <translation>(der Body geht weiter: --jsonl enthält alles, was gelesen wurde)</translation>
    </message>
    <message numerus="yes">
        <source>* TLS: %1, %2 (%n bits)</source>
        <translation>
            <numerusform>* TLS: %1, %2 (%n Bit)</numerusform>
            <numerusform>* TLS: %1, %2 (%n Bit)</numerusform>
        </translation>
    </message>
    <message>
        <source>* certificate: %1, issued by %2, valid until %3</source>
        <translation>* Zertifikat: %1, ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>* SHA-256: %1</source>
        <translation>* SHA-256: %1</translation>
    </message>
    <message>
        <source>* verified</source>
        <translation>* verifiziert</translation>
    </message>
    <message>
        <source>* not verified (%1); trusted by your pin</source>
        <translation>* nicht verifiziert (%1); vertraut durch Ihren Pin</translation>
    </message>
    <message>
        <source>* not verified: %1</source>
        <translation>* nicht verifiziert: %1</translation>
    </message>
    <message>
        <source>* to trust this certificate anyway (and no other): --pin %1</source>
        <translation>* um diesem Zertifikat trotzdem zu vertrauen (und keinem anderen): --pin %1</translation>
    </message>
</context>
<context>
    <name>Framewise::CloseCode</name>
    <message>
        <source>No code</source>
        <translation>Kein Code</translation>
    </message>
    <message>
        <source>Normal closure</source>
        <translation>Normales Schließen</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>Nicht unterstützte Daten</translation>
    </message>
    <message>
        <source>No status code</source>
        <translation>Kein Statuscode</translation>
    </message>
    <message>
        <source>Abnormal closure (no Close frame)</source>
        <translation>Abnormales Schließen (kein Close-Frame)</translation>
    </message>
    <message>
        <source>Invalid payload data</source>
        <translation>Ungültige Nutzdaten</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Mandatory extension missing</source>
        <translation>Erforderliche Erweiterung fehlt</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>Neustart des Dienstes</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Registered code (%1)</source>
        <translation>Registrierter Code (%1)</translation>
    </message>
    <message>
        <source>Private use (%1)</source>
        <translation>Private Nutzung (%1)</translation>
    </message>
    <message>
        <source>Reserved code (%1)</source>
        <translation>Reservierter Code (%1)</translation>
    </message>
    <message>
        <source>registered code</source>
        <translation>registrierter Code</translation>
    </message>
    <message>
        <source>private use</source>
        <translation>private Nutzung</translation>
    </message>
    <message>
        <source>reserved code</source>
        <translation>reservierter Code</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>close code and its meaning</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Framewise::CloseDialog</name>
    <message>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <source>No code (empty Close frame)</source>
        <translation>Kein Code (leerer Close-Frame)</translation>
    </message>
    <message>
        <source>Other code…</source>
        <translation>Anderer Code…</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Schließcode</translation>
    </message>
    <message>
        <source>Custom close code</source>
        <translation>Eigener Schließcode</translation>
    </message>
    <message>
        <source>Optional reason (at most 123 bytes)</source>
        <translation>Optionaler Grund (höchstens 123 Bytes)</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Schließgrund</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Custom code:</source>
        <translation>Eigener Code:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Code %1 may not be sent. Use 1000–1003, 1007–1014 or 3000–4999.</source>
        <translation>Code %1 darf nicht gesendet werden. Verwenden Sie 1000–1003, 1007–1014 oder 3000–4999.</translation>
    </message>
    <message>
        <source>A reason can only be sent together with a code.</source>
        <translation>Ein Grund kann nur zusammen mit einem Code gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is %n bytes of UTF-8; at most 123 fit in a Close frame.</source>
        <translation>
            <numerusform>Der Grund ist %n Byte UTF-8 lang; höchstens 123 passen in einen Close-Frame.</numerusform>
            <numerusform>Der Grund ist %n Bytes UTF-8 lang; höchstens 123 passen in einen Close-Frame.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 123 bytes</source>
        <translation>%1 von 123 Bytes</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>Sendet:</translation>
    </message>
    <message>
        <source>an empty Close frame</source>
        <translation>einen leeren Close-Frame</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <comment>close code label, reason</comment>
        <translation>%1, „%2“</translation>
    </message>
</context>
<context>
    <name>Framewise::Composer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>Datei senden…</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Schließen…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>Nachrichtenformat</translation>
    </message>
    <message>
        <source>Message editor</source>
        <translation>Nachrichteneditor</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>ping payload</source>
        <translation>Ping-Nutzdaten</translation>
    </message>
    <message>
        <source>Ping payload</source>
        <translation>Ping-Nutzdaten</translation>
    </message>
    <message>
        <source>A ping payload can be at most 125 bytes (this one has %1).</source>
        <translation>Ping-Nutzdaten dürfen höchstens 125 Bytes lang sein (diese haben %1).</translation>
    </message>
    <message>
        <source>Not valid base64: “%1” at position %2.</source>
        <translation>Kein gültiges Base64: „%1“ an Position %2.</translation>
    </message>
    <message>
        <source>Not valid base64: check the length and the padding (=) at the end.</source>
        <translation>Kein gültiges Base64: Prüfen Sie die Länge und das Auffüllen (=) am Ende.</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>Datei als eine binäre Nachricht senden</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Bausteine</translation>
    </message>
    <message>
        <source>Saved messages of this profile: click one to send it</source>
        <translation>Gespeicherte Nachrichten dieses Profils: Zum Senden eine anklicken</translation>
    </message>
    <message>
        <source>Snippet “%1” uses undefined variable(s): %2. Nothing was sent.</source>
        <translation>Baustein „%1“ verwendet nicht definierte Variable(n): %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No snippets in this profile yet</source>
        <translation>Noch keine Bausteine in diesem Profil</translation>
    </message>
    <message>
        <source>Save message as snippet…</source>
        <translation>Nachricht als Baustein speichern…</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>Baustein speichern</translation>
    </message>
    <message>
        <source>Name of the snippet:</source>
        <translation>Name des Bausteins:</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>In den Editor laden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Message to send — Ctrl+Enter sends, Ctrl+Up/Ctrl+Down recall earlier messages</source>
        <translation>Zu sendende Nachricht — Strg+Eingabe sendet, Strg+Hoch/Strg+Runter holen frühere Nachrichten zurück</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; the sent message stays selected, so typing replaces it and Ctrl+Enter sends it again.
Ctrl+Up / Ctrl+Down (or Up on the first line, Down on the last line) go through the messages sent in this tab.</source>
        <translation>Strg+Eingabe sendet; die gesendete Nachricht bleibt markiert, Tippen ersetzt sie und Strg+Eingabe sendet sie erneut.
Strg+Hoch / Strg+Runter (oder Hoch in der ersten Zeile, Runter in der letzten) blättern durch die in diesem Tab gesendeten Nachrichten.</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionPanel</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Offer permessage-deflate compression</source>
        <translation>permessage-deflate-Kompression anbieten</translation>
    </message>
    <message>
        <source>Unsaved connection</source>
        <translation>Ungespeicherte Verbindung</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Gespeicherte Verbindungsprofile</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket-URL</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>Verbinden oder trennen</translation>
    </message>
    <message>
        <source>Connect / disconnect (Ctrl+K)</source>
        <translation>Verbinden / trennen (Strg+K)</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>e.g. chat, superchat</source>
        <translation>z. B. chat, superchat</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Subprotokolle</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Request-Header</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Ping-Intervall</translation>
    </message>
    <message>
        <source>Ping timeout</source>
        <translation>Ping-Zeitlimit</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Message size limit</source>
        <translation>Größengrenze für Nachrichten</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>Subprotocols:</source>
        <translation>Subprotokolle:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Keepalive ping:</source>
        <translation>Keepalive-Ping:</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Größte Nachricht:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Schließe…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Geschlossen: %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Geheimnisse zeigen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Profilaktionen</translation>
    </message>
    <message>
        <source>Save, rename, duplicate, delete, import or export profiles</source>
        <translation>Profile speichern, umbenennen, duplizieren, löschen, importieren oder exportieren</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Verbindungsmeldung</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>Geheime Werte zeigen</translation>
    </message>
    <message>
        <source>Secret header values, secret variables and passwords are shown as dots until ticked</source>
        <translation>Geheime Header-Werte, geheime Variablen und Passwörter werden als Punkte gezeigt, bis dies angehakt ist</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Load “%2” anyway?</source>
        <translation>Die Änderungen an „%1“ sind nicht gespeichert. „%2“ trotzdem laden?</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>Write {{name}} in the URL, Origin, headers or snippets; it is replaced by the value when connecting.</source>
        <translation>Schreiben Sie {{name}} in URL, Origin, Header oder Bausteine; beim Verbinden wird es durch den Wert ersetzt.</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Umleitungen folgen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>PEM or DER files, separated by ;</source>
        <translation>PEM- oder DER-Dateien, getrennt durch ;</translation>
    </message>
    <message>
        <source>Extra trusted CA files</source>
        <translation>Zusätzliche vertrauenswürdige CA-Dateien</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints, separated by commas</source>
        <translation>SHA-256-Fingerabdrücke, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprints</source>
        <translation>Gepinnte Zertifikats-Fingerabdrücke</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12-Datei</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>Vertrauenswürdige CAs:</translation>
    </message>
    <message>
        <source>Pinned certificates:</source>
        <translation>Gepinnte Zertifikate:</translation>
    </message>
    <message>
        <source>Client certificate (PEM):</source>
        <translation>Client-Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>Client key (PEM):</source>
        <translation>Client-Schlüssel (PEM):</translation>
    </message>
    <message>
        <source>Or PKCS#12 bundle:</source>
        <translation>Oder PKCS#12-Bündel:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>HTTP user</source>
        <translation>HTTP-Benutzer</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>HTTP-Passwort</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>Proxy-Benutzer:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Proxy-Passwort:</translation>
    </message>
    <message>
        <source>HTTP user (401):</source>
        <translation>HTTP-Benutzer (401):</translation>
    </message>
    <message>
        <source>HTTP password:</source>
        <translation>HTTP-Passwort:</translation>
    </message>
    <message>
        <source>Proxy and login</source>
        <translation>Proxy und Anmeldung</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes</source>
        <translation>„%1“ hat ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Undefined variable(s) in the URL: %1</source>
        <translation>Nicht definierte Variable(n) in der URL: %1</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>„%1“ geladen.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Name des neuen Profils:</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Als „%1“ dupliziert.</translation>
    </message>
    <message>
        <source>Deleted “%1”; its secrets were removed from the keychain.</source>
        <translation>„%1“ gelöscht; seine Geheimnisse wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) without their secrets.</source>
        <translation>
            <numerusform>%n Profil ohne seine Geheimnisse exportiert.</numerusform>
            <numerusform>%n Profile ohne ihre Geheimnisse exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n Profil importiert.</numerusform>
            <numerusform>%n Profile importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save profile as</source>
        <translation>Profil speichern unter</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved secrets?</source>
        <translation>Das Profil „%1“ und seine gespeicherten Geheimnisse löschen?</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation>Profile importieren…</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Framewise profiles (*.json);;All files (*)</source>
        <translation>Framewise-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export profiles…</source>
        <translation>Profile exportieren…</translation>
    </message>
    <message>
        <source>Export profiles (without secrets)</source>
        <translation>Profile exportieren (ohne Geheimnisse)</translation>
    </message>
    <message>
        <source>Framewise profiles (*.json)</source>
        <translation>Framewise-Profile (*.json)</translation>
    </message>
    <message>
        <source>Start over with no profiles…</source>
        <translation>Ohne Profile neu beginnen…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>%1

Start a new, empty profiles file? The damaged one stays in its backup.</source>
        <translation>%1

Eine neue, leere Profildatei anlegen? Die beschädigte bleibt in ihrer Sicherung erhalten.</translation>
    </message>
    <message>
        <source>Started a new profiles file.</source>
        <translation>Eine neue Profildatei wurde angelegt.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause receiving</source>
        <translation>Empfang anhalten</translation>
    </message>
    <message>
        <source>Pause receiving (Ctrl+Shift+P): stop reading from the server. What it sends waits in the network buffers and TCP holds it back; nothing is lost, keepalive pings pause, sending still works.</source>
        <translation>Empfang anhalten (Strg+Umschalt+P): nicht mehr vom Server lesen. Was er sendet, wartet in den Netzwerkpuffern, und TCP bremst ihn; nichts geht verloren, Keepalive-Pings pausieren, Senden geht weiter.</translation>
    </message>
    <message>
        <source>Open · receiving paused</source>
        <translation>Offen · Empfang angehalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>RTT probe interval</source>
        <translation>RTT-Messintervall</translation>
    </message>
    <message>
        <source>Sends a ping (payload rtt-probe-N) this often while the connection is open, however busy it is, and plots each pong&apos;s round-trip time. Off by default.</source>
        <translation>Sendet in diesem Abstand einen Ping (Nutzdaten rtt-probe-N), solange die Verbindung offen ist, wie beschäftigt sie auch ist, und zeichnet die Umlaufzeit jedes Pongs auf. Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Keepalive pings only after this much silence, so a busy connection never measures its round-trip time. To measure it anyway, set an RTT probe.</source>
        <translation>Keepalive pingt erst nach so langer Stille; eine beschäftigte Verbindung misst daher nie ihre Umlaufzeit. Um sie trotzdem zu messen, stellen Sie eine RTT-Messung ein.</translation>
    </message>
    <message>
        <source>regardless of traffic</source>
        <translation>unabhängig vom Verkehr</translation>
    </message>
    <message>
        <source>RTT probe:</source>
        <translation>RTT-Messung:</translation>
    </message>
    <message>
        <source>Show handshake</source>
        <translation>Handshake anzeigen</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionSecurity</name>
    <message>
        <source>%1 holds no certificate (expected PEM or DER).</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER erwartet).</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 is not a readable private key (is it encrypted? give its passphrase).</source>
        <translation>%1 ist kein lesbarer privater Schlüssel (ist er verschlüsselt? Geben Sie seine Passphrase an).</translation>
    </message>
    <message>
        <source>%1 is not a readable private key, or the passphrase is wrong.</source>
        <translation>%1 ist kein lesbarer privater Schlüssel, oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable PKCS#12 bundle, or the passphrase is wrong.</source>
        <translation>%1 ist kein lesbares PKCS#12-Bündel, oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address: use http://host:port or socks5://host:port, with user:password@ before the host when the proxy asks for it.</source>
        <translation>„%1“ ist keine Proxy-Adresse: Verwenden Sie http://host:port oder socks5://host:port, mit benutzer:passwort@ vor dem Host, wenn der Proxy danach fragt.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hex-Ziffern, Doppelpunkte erlaubt).</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionSettings</name>
    <message>
        <source>Enter a ws:// or wss:// address.</source>
        <translation>Geben Sie eine ws://- oder wss://-Adresse ein.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>Das ist keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>Use %1:// instead of %2:// for WebSocket connections.</source>
        <translation>Verwenden Sie %1:// statt %2:// für WebSocket-Verbindungen.</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss://.</source>
        <translation>Die Adresse muss mit ws:// oder wss:// beginnen.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>WebSocket addresses cannot have a #fragment.</source>
        <translation>WebSocket-Adressen dürfen kein #Fragment haben.</translation>
    </message>
    <message>
        <source>The Origin contains %1; it would end the header line and add text of its own to the request.</source>
        <translation>Der Origin enthält %1; das würde die Headerzeile beenden und eigenen Text in die Anfrage einfügen.</translation>
    </message>
    <message>
        <source>A header name contains %1.</source>
        <translation>Ein Headername enthält %1.</translation>
    </message>
    <message>
        <source>The header name “%1” is not a valid HTTP token (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>Der Headername „%1“ ist kein gültiges HTTP-Token (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise as the WebSocket protocol requires; it cannot be set.</source>
        <translation>Der Header „%1“ wird von Framewise geschrieben, wie es das WebSocket-Protokoll verlangt; er kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>The value of header “%1” contains %2.</source>
        <translation>Der Wert des Headers „%1“ enthält %2.</translation>
    </message>
    <message>
        <source>A subprotocol contains %1.</source>
        <translation>Ein Subprotokoll enthält %1.</translation>
    </message>
    <message>
        <source>A subprotocol name is empty.</source>
        <translation>Ein Subprotokollname ist leer.</translation>
    </message>
    <message>
        <source>The subprotocol “%1” is not a valid name (an HTTP token: no spaces, commas or quotes).</source>
        <translation>Das Subprotokoll „%1“ ist kein gültiger Name (ein HTTP-Token: keine Leerzeichen, Kommas oder Anführungszeichen).</translation>
    </message>
    <message>
        <source>The connection is already open; its headers cannot change.</source>
        <translation>Die Verbindung ist bereits offen; ihre Header können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise; set subprotocols in their own field (framewise-cli: --protocol).</source>
        <translation>Der Header „%1“ wird von Framewise geschrieben; Subprotokolle gehören in ihr eigenes Feld (framewise-cli: --protocol).</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise; compression is its own option (framewise-cli: --no-compression to turn it off).</source>
        <translation>Der Header „%1“ wird von Framewise geschrieben; Kompression ist eine eigene Option (framewise-cli: --no-compression schaltet sie ab).</translation>
    </message>
</context>
<context>
    <name>Framewise::DeflateParameters</name>
    <message>
        <source>The server accepted extension “%1”, which was not offered.</source>
        <translation>Der Server hat die Erweiterung „%1“ angenommen, die nicht angeboten wurde.</translation>
    </message>
    <message>
        <source>The server accepted permessage-deflate more than once.</source>
        <translation>Der Server hat permessage-deflate mehr als einmal angenommen.</translation>
    </message>
    <message>
        <source>The server accepted permessage-deflate, which was not offered.</source>
        <translation>Der Server hat permessage-deflate angenommen, obwohl es nicht angeboten wurde.</translation>
    </message>
    <message>
        <source>The server sent client_max_window_bits, which was not offered.</source>
        <translation>Der Server hat client_max_window_bits gesendet, obwohl es nicht angeboten wurde.</translation>
    </message>
    <message>
        <source>The server repeated the parameter “%1”.</source>
        <translation>Der Server hat den Parameter „%1“ wiederholt.</translation>
    </message>
    <message>
        <source>The parameter “%1” must not have a value.</source>
        <translation>Der Parameter „%1“ darf keinen Wert haben.</translation>
    </message>
    <message>
        <source>server_max_window_bits “%1” is not a number from 8 to 15.</source>
        <translation>server_max_window_bits „%1“ ist keine Zahl von 8 bis 15.</translation>
    </message>
    <message>
        <source>client_max_window_bits “%1” is not a number from 8 to 15.</source>
        <translation>client_max_window_bits „%1“ ist keine Zahl von 8 bis 15.</translation>
    </message>
    <message>
        <source>The server sent the unknown permessage-deflate parameter “%1”.</source>
        <translation>Der Server hat den unbekannten permessage-deflate-Parameter „%1“ gesendet.</translation>
    </message>
    <message>
        <source>server_max_window_bits=%1 is larger than the %2 offered.</source>
        <translation>server_max_window_bits=%1 ist größer als die angebotenen %2.</translation>
    </message>
    <message>
        <source>client_max_window_bits=%1 is larger than the %2 offered.</source>
        <translation>client_max_window_bits=%1 ist größer als die angebotenen %2.</translation>
    </message>
    <message>
        <source>The server ignored the requested server_no_context_takeover.</source>
        <translation>Der Server hat das angeforderte server_no_context_takeover ignoriert.</translation>
    </message>
    <message>
        <source>The server ignored the requested server_max_window_bits.</source>
        <translation>Der Server hat das angeforderte server_max_window_bits ignoriert.</translation>
    </message>
</context>
<context>
    <name>Framewise::DetailPane</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1 #%2 at %3</source>
        <translation>%1 #%2 um %3</translation>
    </message>
    <message>
        <source> · %1 on the wire (compressed, %2%)</source>
        <translation> · %1 auf der Leitung (komprimiert, %2 %)</translation>
    </message>
    <message numerus="yes">
        <source> · %n frame(s)</source>
        <translation>
            <numerusform> · %n Frame</numerusform>
            <numerusform> · %n Frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file was streamed to the server; its %1 bytes were not kept.</source>
        <translation>
            <numerusform>Diese Datei wurde zum Server gestreamt; ihr %1 Byte wurde nicht aufbewahrt.</numerusform>
            <numerusform>Diese Datei wurde zum Server gestreamt; ihre %1 Bytes wurden nicht aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This text is %1; it is shown in the Hex tab.</source>
        <translation>Dieser Text ist %1 groß; er wird im Reiter Hex gezeigt.</translation>
    </message>
    <message>
        <source>Message as a tree</source>
        <translation>Nachricht als Baum</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Ctrl+C copies the value, Ctrl+Shift+C its path ($.items[2].name); right-click for more</source>
        <translation>Strg+C kopiert den Wert, Strg+Umschalt+C seinen Pfad ($.items[2].name); Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>The text exactly as it was sent or received</source>
        <translation>Der Text genau so, wie er gesendet oder empfangen wurde</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>JSON indented, keys in the message&apos;s order</source>
        <translation>JSON eingerückt, Schlüssel in der Reihenfolge der Nachricht</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>JSON as a tree of keys, values and types; copy a value or its path</source>
        <translation>JSON als Baum aus Schlüsseln, Werten und Typen; Wert oder Pfad kopieren</translation>
    </message>
    <message>
        <source>Pretty shows the first %1 lines of this message; Raw shows all of it.</source>
        <translation>Formatiert zeigt die ersten %1 Zeilen dieser Nachricht; Roh zeigt alles.</translation>
    </message>
    <message>
        <source>The tree holds the first %1 values of this message; Raw and Pretty show all of it.</source>
        <translation>Der Baum enthält die ersten %1 Werte dieser Nachricht; Roh und Formatiert zeigen alles.</translation>
    </message>
    <message>
        <source> · code %1</source>
        <translation> · Code %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was streamed to the server from a file; its %3 bytes were not kept.</source>
        <translation>
            <numerusform>%1 (%2) wurde aus einer Datei an den Server gestreamt; sein %3 Byte wurde nicht behalten.</numerusform>
            <numerusform>%1 (%2) wurde aus einer Datei an den Server gestreamt; seine %3 Bytes wurden nicht behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message&apos;s %1 bytes were not kept.</source>
        <translation>
            <numerusform>Das %1 Byte dieser Nachricht wurde nicht behalten.</numerusform>
            <numerusform>Die %1 Bytes dieser Nachricht wurden nicht behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Ursprüngliche Nachricht</translation>
    </message>
    <message>
        <source>Message as forwarded</source>
        <translation>Nachricht wie weitergeleitet</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As forwarded</source>
        <translation>Wie weitergeleitet</translation>
    </message>
    <message>
        <source>Original ↔ edited</source>
        <translation>Original ↔ bearbeitet</translation>
    </message>
</context>
<context>
    <name>Framewise::ExportDialog</name>
    <message numerus="yes">
        <source>The whole session (%n records)</source>
        <translation>
            <numerusform>Die ganze Sitzung (%n Eintrag)</numerusform>
            <numerusform>Die ganze Sitzung (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows the filter shows (%n)</source>
        <translation>
            <numerusform>Die vom Filter angezeigte Zeile (%n)</numerusform>
            <numerusform>Die vom Filter angezeigten Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows (%n)</source>
        <translation>
            <numerusform>Die ausgewählte Zeile (%n)</numerusform>
            <numerusform>Die ausgewählten Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include secrets (Authorization, Cookie and headers marked secret)</source>
        <translation>Geheimnisse einschließen (Authorization, Cookie und als geheim markierte Header)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>HAR 1.2 (Chrome DevTools, Firefox, HAR viewers)</source>
        <translation>HAR 1.2 (Chrome DevTools, Firefox, HAR-Betrachter)</translation>
    </message>
    <message>
        <source>JSON Lines (one message per line, for jq and scripts)</source>
        <translation>JSON Lines (eine Nachricht pro Zeile, für jq und Skripte)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Plain text (for a bug report)</source>
        <translation>Reiner Text (für einen Fehlerbericht)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Off: their values are replaced by [redacted] in the file.</source>
        <translation>Aus: Ihre Werte werden in der Datei durch [redacted] ersetzt.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>Es gibt keine Zeilen zum Exportieren.</translation>
    </message>
    <message>
        <source>The session cannot be read: %1</source>
        <translation>Die Sitzung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Framewise::FrameLogModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Rtg.</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>RSV</source>
        <translation>RSV</translation>
    </message>
    <message>
        <source>Mask key</source>
        <translation>Maskenschlüssel</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>Framewise::FrameParser</name>
    <message>
        <source>A frame had reserved bits (RSV1-3) set that no extension allows.</source>
        <translation>Ein Frame hatte reservierte Bits (RSV1-3) gesetzt, die keine Erweiterung erlaubt.</translation>
    </message>
    <message>
        <source>A frame used reserved opcode 0x%1.</source>
        <translation>Ein Frame verwendete den reservierten Opcode 0x%1.</translation>
    </message>
    <message>
        <source>A control frame was fragmented (FIN not set).</source>
        <translation>Ein Steuer-Frame war fragmentiert (FIN nicht gesetzt).</translation>
    </message>
    <message>
        <source>A control frame carried %1 bytes; at most 125 are allowed.</source>
        <translation>Ein Steuer-Frame trug %1 Bytes; höchstens 125 sind erlaubt.</translation>
    </message>
    <message>
        <source>The server masked a frame; servers must not mask.</source>
        <translation>Der Server hat einen Frame maskiert; Server dürfen nicht maskieren.</translation>
    </message>
    <message>
        <source>A frame length was not encoded in the minimal number of bytes.</source>
        <translation>Eine Frame-Länge war nicht mit der minimalen Anzahl Bytes kodiert.</translation>
    </message>
    <message>
        <source>A frame length had its most significant bit set.</source>
        <translation>Bei einer Frame-Länge war das höchstwertige Bit gesetzt.</translation>
    </message>
    <message>
        <source>A frame of %1 bytes exceeds the frame size limit of %2 bytes.</source>
        <translation>Ein Frame von %1 Bytes überschreitet die Größengrenze für Frames von %2 Bytes.</translation>
    </message>
    <message>
        <source>The client sent an unmasked frame; clients must mask every frame.</source>
        <translation>Der Client hat einen unmaskierten Frame gesendet; Clients müssen jeden Frame maskieren.</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakePane</name>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Connect to see the opening handshake.</source>
        <translation>Verbinden Sie, um den Eröffnungs-Handshake zu sehen.</translation>
    </message>
    <message>
        <source>•••• (hidden)</source>
        <translation>•••• (verborgen)</translation>
    </message>
    <message>
        <source>Redirects:
</source>
        <translation>Umleitungen:
</translation>
    </message>
    <message>
        <source>▶ Request to %1
</source>
        <translation>▶ Anfrage an %1
</translation>
    </message>
    <message>
        <source>◀ Response
</source>
        <translation>◀ Antwort
</translation>
    </message>
    <message>
        <source>
… (body truncated at 64 KiB)</source>
        <translation>
… (Rumpf nach 64 KiB abgeschnitten)</translation>
    </message>
    <message>
        <source>Subprotocol: %1
</source>
        <translation>Subprotokoll: %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Extensions: %1
</source>
        <translation>Erweiterungen: %1
</translation>
    </message>
    <message>
        <source>
Stopped: %1
</source>
        <translation>
Beendet: %1
</translation>
    </message>
    <message>
        <source>Recorded session of %1
</source>
        <translation>Aufgezeichnete Sitzung von %1
</translation>
    </message>
    <message>
        <source>Imported from %1
</source>
        <translation>Importiert aus %1
</translation>
    </message>
    <message>
        <source>Started: %1
</source>
        <translation>Begonnen: %1
</translation>
    </message>
    <message>
        <source>Ended: %1
</source>
        <translation>Beendet: %1
</translation>
    </message>
    <message>
        <source>State: %1
</source>
        <translation>Zustand: %1
</translation>
    </message>
    <message>
        <source>▶ Request
</source>
        <translation>▶ Anfrage
</translation>
    </message>
    <message>
        <source>Handshake took %1 ms
</source>
        <translation>Handshake dauerte %1 ms
</translation>
    </message>
    <message>
        <source>Close code: %1 %2
</source>
        <translation>Schließcode: %1 %2
</translation>
    </message>
    <message>
        <source>▶ 1. Request from the app
</source>
        <translation>▶ 1. Anfrage der App
</translation>
    </message>
    <message>
        <source>▶ 2. Request sent upstream to %1
</source>
        <translation>▶ 2. An den Upstream %1 gesendete Anfrage
</translation>
    </message>
    <message>
        <source>◀ 3. Response from the server
</source>
        <translation>◀ 3. Antwort des Servers
</translation>
    </message>
    <message>
        <source>◀ 4. Response sent to the app
</source>
        <translation>◀ 4. An die App gesendete Antwort
</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeRequestParser</name>
    <message>
        <source>The client&apos;s request has more than %1 header lines.</source>
        <translation>Die Anfrage des Clients hat mehr als %1 Headerzeilen.</translation>
    </message>
    <message>
        <source>The client&apos;s request has a header block larger than %1 KiB.</source>
        <translation>Die Anfrage des Clients hat einen Header-Block größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The client closed the connection without sending a request.</source>
        <translation>Der Client hat die Verbindung geschlossen, ohne eine Anfrage zu senden.</translation>
    </message>
    <message>
        <source>The client closed the connection in the middle of its request.</source>
        <translation>Der Client hat die Verbindung mitten in seiner Anfrage geschlossen.</translation>
    </message>
    <message>
        <source>The client&apos;s request has a carriage return inside a line: “%1”.</source>
        <translation>Die Anfrage des Clients enthält einen Wagenrücklauf innerhalb einer Zeile: „%1“.</translation>
    </message>
    <message>
        <source>The client&apos;s request does not start with an HTTP request line: “%1”.</source>
        <translation>Die Anfrage des Clients beginnt nicht mit einer HTTP-Anfragezeile: „%1“.</translation>
    </message>
    <message>
        <source>The client&apos;s request continues a header on a second line: “%1”.</source>
        <translation>Die Anfrage des Clients setzt einen Header in einer zweiten Zeile fort: „%1“.</translation>
    </message>
    <message>
        <source>The client&apos;s request has a malformed header line: “%1”.</source>
        <translation>Die Anfrage des Clients hat eine fehlerhafte Headerzeile: „%1“.</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeResponse</name>
    <message>
        <source>The server answered with HTTP status %1 instead of 101 Switching Protocols.</source>
        <translation>Der Server antwortete mit HTTP-Status %1 statt 101 Switching Protocols.</translation>
    </message>
    <message>
        <source>The answer lacks the header “Upgrade: websocket”.</source>
        <translation>Der Antwort fehlt der Header „Upgrade: websocket“.</translation>
    </message>
    <message>
        <source>The answer lacks the header “Connection: Upgrade”.</source>
        <translation>Der Antwort fehlt der Header „Connection: Upgrade“.</translation>
    </message>
    <message>
        <source>The answer lacks the Sec-WebSocket-Accept header.</source>
        <translation>Der Antwort fehlt der Header Sec-WebSocket-Accept.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is “%1” but should be “%2”.</source>
        <translation>Sec-WebSocket-Accept ist „%1“, sollte aber „%2“ sein.</translation>
    </message>
    <message>
        <source>The server chose more than one subprotocol.</source>
        <translation>Der Server hat mehr als ein Subprotokoll gewählt.</translation>
    </message>
    <message>
        <source>The server chose subprotocol “%1”, which was not offered.</source>
        <translation>Der Server hat das Subprotokoll „%1“ gewählt, das nicht angeboten wurde.</translation>
    </message>
    <message>
        <source>The server accepted extensions “%1” that were not offered.</source>
        <translation>Der Server hat die Erweiterungen „%1“ angenommen, die nicht angeboten wurden.</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeResponseParser</name>
    <message>
        <source>The server&apos;s answer has a header block larger than %1 KiB.</source>
        <translation>Die Antwort des Servers hat einen Header-Block größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering the handshake.</source>
        <translation>Der Server hat die Verbindung geschlossen, ohne den Handshake zu beantworten.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its handshake answer.</source>
        <translation>Der Server hat die Verbindung mitten in seiner Handshake-Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not start with an HTTP status line: “%1”.</source>
        <translation>Die Antwort des Servers beginnt nicht mit einer HTTP-Statuszeile: „%1“.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header line: “%1”.</source>
        <translation>Die Antwort des Servers hat eine fehlerhafte Headerzeile: „%1“.</translation>
    </message>
</context>
<context>
    <name>Framewise::HeldMessageDialog</name>
    <message>
        <source>&amp;Hex</source>
        <translation>&amp;Hex</translation>
    </message>
    <message>
        <source>Edit held message</source>
        <translation>Zurückgehaltene Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Ursprüngliche Nachricht</translation>
    </message>
    <message>
        <source>Message to forward</source>
        <translation>Weiterzuleitende Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>Original (%n bytes)</source>
        <translation>
            <numerusform>Original (%n Byte)</numerusform>
            <numerusform>Original (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>To forward</source>
        <translation>Weiterzuleiten</translation>
    </message>
    <message>
        <source>Save edit</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <source>The hex text has an odd number of digits; each byte needs two.</source>
        <translation>Der Hex-Text hat eine ungerade Anzahl Ziffern; jedes Byte braucht zwei.</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not a hex digit.</source>
        <translation>„%1“ an Position %2 ist keine Hex-Ziffer.</translation>
    </message>
    <message>
        <source>A text message must be valid UTF-8; these bytes are not.</source>
        <translation>Eine Textnachricht muss gültiges UTF-8 sein; diese Bytes sind es nicht.</translation>
    </message>
</context>
<context>
    <name>Framewise::HeldMessagesModel</name>
    <message>
        <source>app → server</source>
        <translation>App → Server</translation>
    </message>
    <message>
        <source>server → app</source>
        <translation>Server → App</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>, bearbeitet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Verb.</translation>
    </message>
</context>
<context>
    <name>Framewise::HexPane</name>
    <message>
        <source>Find bytes: de ad be ef</source>
        <translation>Bytes suchen: de ad be ef</translation>
    </message>
    <message>
        <source>Find in the bytes</source>
        <translation>In den Bytes suchen</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Find as</source>
        <translation>Suchen als</translation>
    </message>
    <message>
        <source>Hex: bytes written as hex digits (de ad be ef, deadbeef, 0xde 0xad). Text: the characters as UTF-8, case-sensitive.</source>
        <translation>Hex: Bytes als Hex-Ziffern (de ad be ef, deadbeef, 0xde 0xad). Text: die Zeichen als UTF-8, Groß-/Kleinschreibung beachtet.</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Find bytes or text (Ctrl+F)</source>
        <translation>Bytes oder Text suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text (UTF-8)</source>
        <translation>Text suchen (UTF-8)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Geben Sie den zu suchenden Text ein.</translation>
    </message>
    <message>
        <source>Not hex: %1 Write bytes as pairs of hex digits (de ad be ef), or choose Text to find characters.</source>
        <translation>Kein Hex: %1 Schreiben Sie Bytes als Paare von Hex-Ziffern (de ad be ef) oder wählen Sie Text, um Zeichen zu suchen.</translation>
    </message>
    <message>
        <source>Type the bytes to find as hex, e.g. de ad be ef.</source>
        <translation>Geben Sie die zu suchenden Bytes als Hex ein, z. B. de ad be ef.</translation>
    </message>
    <message>
        <source>There are no bytes to search.</source>
        <translation>Es gibt keine Bytes zum Durchsuchen.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Found at 0x%1 (%2).</source>
        <translation>Gefunden bei 0x%1 (%2).</translation>
    </message>
    <message>
        <source>Went on from the start.</source>
        <translation>Am Anfang fortgesetzt.</translation>
    </message>
    <message>
        <source>Went on from the end.</source>
        <translation>Am Ende fortgesetzt.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>Framewise::HexView</name>
    <message>
        <source>Hex view</source>
        <translation>Hex-Ansicht</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Als Hex kopieren</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>Als C-Array kopieren</translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation>Als Base64 kopieren</translation>
    </message>
    <message>
        <source>Copy Raw Bytes</source>
        <translation>Rohe Bytes kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Go to Offset…</source>
        <translation>Gehe zu Offset…</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not followed by hex digits.</source>
        <translation>Auf „%1“ an Position %2 folgen keine Hex-Ziffern.</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not a hex digit.</source>
        <translation>„%1“ an Position %2 ist keine Hex-Ziffer.</translation>
    </message>
    <message>
        <source>The hex digit “%1” at position %2 has no partner: every byte takes two digits.</source>
        <translation>Die Hex-Ziffer „%1“ an Position %2 hat keinen Partner: Jedes Byte braucht zwei Ziffern.</translation>
    </message>
    <message>
        <source>There is no data to go to.</source>
        <translation>Es gibt keine Daten, zu denen gesprungen werden kann.</translation>
    </message>
    <message>
        <source>Enter an offset: a decimal number, 0x followed by hex digits, or -N to count back from the end.</source>
        <translation>Geben Sie einen Offset ein: eine Dezimalzahl, 0x gefolgt von Hex-Ziffern, oder -N, um vom Ende zurückzuzählen.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: the digits are missing.</source>
        <translation>„%1“ ist kein Offset: Die Ziffern fehlen.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: “%2” at position %3 is not a hex digit.</source>
        <translation>„%1“ ist kein Offset: „%2“ an Position %3 ist keine Hex-Ziffer.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: “%2” at position %3 is not a decimal digit. Write a decimal number, 0x followed by hex digits, or -N to count back from the end.</source>
        <translation>„%1“ ist kein Offset: „%2“ an Position %3 ist keine Dezimalziffer. Schreiben Sie eine Dezimalzahl, 0x gefolgt von Hex-Ziffern, oder -N, um vom Ende zurückzuzählen.</translation>
    </message>
    <message>
        <source>“%1” is too large for an offset: the data ends at %2.</source>
        <translation>„%1“ ist zu groß für einen Offset: Die Daten enden bei %2.</translation>
    </message>
    <message>
        <source>%1 is outside the data: counting back from the end runs from -1 to -%2.</source>
        <translation>%1 liegt außerhalb der Daten: Vom Ende zurückgezählt reicht es von -1 bis -%2.</translation>
    </message>
    <message>
        <source>%1 is outside the data: offsets run from 0 to %2 (0x%3).</source>
        <translation>%1 liegt außerhalb der Daten: Offsets reichen von 0 bis %2 (0x%3).</translation>
    </message>
    <message>
        <source>Offset (decimal, 0x followed by hex, or -N from the end):</source>
        <translation>Offset (dezimal, 0x gefolgt von Hex oder -N vom Ende):</translation>
    </message>
    <message>
        <source>Go to Offset</source>
        <translation>Gehe zu Offset</translation>
    </message>
    <message>
        <source>0x%1 (%2)</source>
        <translation>0x%1 (%2)</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>Selection 1 byte (0x1) from %1</source>
        <translation>Auswahl 1 Byte (0x1) ab %1</translation>
    </message>
    <message>
        <source>Selection %1 bytes (0x%2) from %3</source>
        <translation>Auswahl %1 Bytes (0x%2) ab %3</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryModel</name>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Intercepted: an app&apos;s connection that Framewise stood in the middle of</source>
        <translation>Abgefangen: die Verbindung einer App, bei der Framewise dazwischengeschaltet war</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryPanel</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Search URL, profile, how it ended</source>
        <translation>URL, Profil, Verbindungsende durchsuchen</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>Aufgezeichnete Sitzungen</translation>
    </message>
    <message>
        <source>Open the selected sessions read-only, with filters and the hex view</source>
        <translation>Die ausgewählten Sitzungen schreibgeschützt öffnen, mit Filtern und Hex-Ansicht</translation>
    </message>
    <message>
        <source>Export the selected session to HAR, JSON Lines, CSV or text</source>
        <translation>Die ausgewählte Sitzung als HAR, JSON Lines, CSV oder Text exportieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a HAR file (Chrome, Firefox, Framewise) or JSON Lines</source>
        <translation>Eine HAR-Datei (Chrome, Firefox, Framewise) oder JSON Lines importieren</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Aufbewahrung…</translation>
    </message>
    <message>
        <source>How long recorded sessions are kept</source>
        <translation>Wie lange aufgezeichnete Sitzungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Could not delete a session: %1</source>
        <translation>Eine Sitzung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Delete recorded sessions</source>
        <translation>Aufgezeichnete Sitzungen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recorded session(s) and all their messages? This cannot be undone.</source>
        <translation>
            <numerusform>%n aufgezeichnete Sitzung und alle ihre Nachrichten löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n aufgezeichnete Sitzungen und alle ihre Nachrichten löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 von %n Sitzung</numerusform>
            <numerusform>%1 von %n Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::HostPatternList</name>
    <message>
        <source>“%1” is an address, not a host pattern: give the host alone (example.com, *.example.com, an IP address), optionally with :port.</source>
        <translation>„%1“ ist eine Adresse, kein Host-Muster: Geben Sie nur den Host an (example.com, *.example.com, eine IP-Adresse), optional mit :port.</translation>
    </message>
    <message>
        <source>“%1” has no valid port after its colon (1 to 65535).</source>
        <translation>„%1“ hat nach dem Doppelpunkt keinen gültigen Port (1 bis 65535).</translation>
    </message>
    <message>
        <source>“%1” is not a host pattern: give a host name, *.domain, * or an IP address, optionally with :port.</source>
        <translation>„%1“ ist kein Host-Muster: Geben Sie einen Hostnamen, *.domain, * oder eine IP-Adresse an, optional mit :port.</translation>
    </message>
</context>
<context>
    <name>Framewise::HttpMessageFramer</name>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end in chunked.</source>
        <translation>Das Transfer-Encoding der Anfrage endet nicht auf chunked.</translation>
    </message>
    <message>
        <source>The message has both Transfer-Encoding and Content-Length.</source>
        <translation>Die Nachricht hat sowohl Transfer-Encoding als auch Content-Length.</translation>
    </message>
    <message>
        <source>The message&apos;s Content-Length is not one number: “%1”.</source>
        <translation>Die Content-Length der Nachricht ist keine einzelne Zahl: „%1“.</translation>
    </message>
    <message>
        <source>A chunked message has a line longer than %1 bytes.</source>
        <translation>Eine chunked-Nachricht hat eine Zeile mit mehr als %1 Bytes.</translation>
    </message>
    <message>
        <source>A chunk of a chunked message is longer than its size says.</source>
        <translation>Ein Chunk einer chunked-Nachricht ist länger, als seine Größe angibt.</translation>
    </message>
    <message>
        <source>A chunked message has a bad chunk size: “%1”.</source>
        <translation>Eine chunked-Nachricht hat eine ungültige Chunk-Größe: „%1“.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptCliSpec</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>expected %1 (write \: for a colon inside a field)</source>
        <translation>%1 erwartet (schreiben Sie \: für einen Doppelpunkt innerhalb eines Feldes)</translation>
    </message>
    <message>
        <source>the direction “%1” is not to-server, to-app or both</source>
        <translation>die Richtung „%1“ ist weder to-server noch to-app noch both</translation>
    </message>
    <message>
        <source>the delay “%1” is not a whole number of milliseconds</source>
        <translation>die Verzögerung „%1“ ist keine ganze Zahl von Millisekunden</translation>
    </message>
    <message>
        <source>the size “%1” is too large (at most %2 bytes)</source>
        <translation>die Größe „%1“ ist zu groß (höchstens %2 Bytes)</translation>
    </message>
    <message>
        <source>the size “%1” is not N, MIN-MAX, &gt;N, &gt;=N, &lt;N or &lt;=N bytes (a number may end in K or M)</source>
        <translation>die Größe „%1“ ist nicht N, MIN-MAX, &gt;N, &gt;=N, &lt;N oder &lt;=N Bytes (eine Zahl darf auf K oder M enden)</translation>
    </message>
    <message>
        <source>no message is smaller than 0 bytes (“%1”)</source>
        <translation>keine Nachricht ist kleiner als 0 Bytes („%1“)</translation>
    </message>
    <message>
        <source>the text to find is empty (to match every message, write any)</source>
        <translation>der zu suchende Text ist leer (um jede Nachricht zu erfassen, schreiben Sie any)</translation>
    </message>
    <message>
        <source>the JSON match “%1” has no “=”: write json:/POINTER=VALUE</source>
        <translation>die JSON-Bedingung „%1“ enthält kein „=“: schreiben Sie json:/POINTER=VALUE</translation>
    </message>
    <message>
        <source>the message type “%1” is not text or binary</source>
        <translation>der Nachrichtentyp „%1“ ist weder text noch binary</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptConnection</name>
    <message>
        <source>Framewise cannot open the upstream connection: %1</source>
        <translation>Framewise kann die Upstream-Verbindung nicht öffnen: %1</translation>
    </message>
    <message>
        <source>App %1 port %2 asks for %3</source>
        <translation>App %1 Port %2 fragt %3 an</translation>
    </message>
    <message>
        <source>The app left before the upstream answered.</source>
        <translation>Die App hat sich getrennt, bevor der Upstream antwortete.</translation>
    </message>
    <message>
        <source>The app went away</source>
        <translation>Die App ist weg</translation>
    </message>
    <message>
        <source>The app closed its connection before the upstream answered.</source>
        <translation>Die App hat ihre Verbindung geschlossen, bevor der Upstream antwortete.</translation>
    </message>
    <message>
        <source>Framewise could not open the upstream %1: %2</source>
        <translation>Framewise konnte den Upstream %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The server&apos;s connection ended</source>
        <translation>Die Verbindung des Servers ist beendet</translation>
    </message>
    <message>
        <source>Server side: %1</source>
        <translation>Serverseite: %1</translation>
    </message>
    <message>
        <source>The app&apos;s connection ended</source>
        <translation>Die Verbindung der App ist beendet</translation>
    </message>
    <message>
        <source>App side: %1</source>
        <translation>App-Seite: %1</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>der App</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>Closed by %1: %2</source>
        <translation>Geschlossen von %1: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptConnectionsModel</name>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>wird geschlossen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>→ server</source>
        <translation>→ Server</translation>
    </message>
    <message>
        <source>→ app</source>
        <translation>→ App</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptDialog</name>
    <message>
        <source>Always the upstream&apos;s path (ignore the app&apos;s path and query)</source>
        <translation>Immer der Pfad des Upstreams (Pfad und Query der App ignorieren)</translation>
    </message>
    <message>
        <source>Send the app&apos;s Host header upstream</source>
        <translation>Den Host-Header der App an den Upstream senden</translation>
    </message>
    <message>
        <source>New intercept</source>
        <translation>Neues Abfangen</translation>
    </message>
    <message>
        <source>ws://real-server:8080 or wss://…</source>
        <translation>ws://echter-server:8080 oder wss://…</translation>
    </message>
    <message>
        <source>PEM file, for wss:// from the app (optional)</source>
        <translation>PEM-Datei, für wss:// von der App (optional)</translation>
    </message>
    <message>
        <source>its PEM private key</source>
        <translation>sein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>extra CA file to trust the upstream (optional)</source>
        <translation>zusätzliche CA-Datei, um dem Upstream zu vertrauen (optional)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>&amp;Upstream-URL:</translation>
    </message>
    <message>
        <source>App certificate:</source>
        <translation>Zertifikat für die App:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>Schlüssel für die App:</translation>
    </message>
    <message>
        <source>Upstream CA:</source>
        <translation>Upstream-CA:</translation>
    </message>
    <message>
        <source>Start intercept</source>
        <translation>Abfangen starten</translation>
    </message>
    <message>
        <source>Other machines can reach %1: anyone there can use the upstream through Framewise.</source>
        <translation>Andere Rechner können %1 erreichen: Jeder dort kann den Upstream über Framewise nutzen.</translation>
    </message>
    <message>
        <source>Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:9001.</source>
        <translation>Lauschen auf „%1“: Geben Sie eine IP-Adresse und einen Port an, z. B. 127.0.0.1:9001.</translation>
    </message>
    <message>
        <source>Upstream URL: %1</source>
        <translation>Upstream-URL: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Als Profil speichern…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Save intercept as profile</source>
        <translation>Abfangen als Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>(none: only the URL below)</source>
        <translation>(keins: nur die URL unten)</translation>
    </message>
    <message>
        <source>%1 (intercept)</source>
        <translation>%1 (Abfangen)</translation>
    </message>
    <message>
        <source>The keychain has no saved value for: %1. The upstream goes without them.</source>
        <translation>Der Schlüsselbund hat keinen gespeicherten Wert für: %1. Die Verbindung zum Upstream wird ohne sie aufgebaut.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptLane</name>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptMessagesBox</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Carry pings end to end</source>
        <translation>Pings von Ende zu Ende durchreichen</translation>
    </message>
    <message>
        <source>One rule per line, applied in order, e.g.
break to-server:text:&quot;order&quot;
break to-server:json:/type=order
rewrite to-app:price=\d+:price=0
drop to-app:^heartbeat$
delay both:250
delay to-app:size:&gt;64K:500
reply to-server:^ping$:pong</source>
        <translation>Eine Regel pro Zeile, der Reihe nach angewandt, z. B.
break to-server:text:&quot;order&quot;
break to-server:json:/type=order
rewrite to-app:price=\d+:price=0
drop to-app:^heartbeat$
delay both:250
delay to-app:size:&gt;64K:500
reply to-server:^ping$:pong</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Release held messages after</source>
        <translation>Zurückgehaltene Nachrichten freigeben nach</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Regeln:</translation>
    </message>
    <message>
        <source>Release held after:</source>
        <translation>Zurückgehaltene Nachrichten freigeben nach:</translation>
    </message>
    <message>
        <source>Rule line %1: %2</source>
        <translation>Regelzeile %1: %2</translation>
    </message>
    <message>
        <source>Rule line %1: “%2” is not a rule; start with rewrite, drop, delay, break or reply.</source>
        <translation>Regelzeile %1: „%2“ ist keine Regel; beginnen Sie mit rewrite, drop, delay, break oder reply.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRule</name>
    <message>
        <source>the rewrite&apos;s regular expression is invalid: %1 at offset %2</source>
        <translation>der reguläre Ausdruck der Ersetzung ist ungültig: %1 an Position %2</translation>
    </message>
    <message>
        <source>the regular expression is invalid: %1 at offset %2</source>
        <translation>der reguläre Ausdruck ist ungültig: %1 an Position %2</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>“%1” should be %2</source>
        <translation>„%1“ sollte %2 sein</translation>
    </message>
    <message>
        <source>the text to find is empty (to match every message, choose any message)</source>
        <translation>der zu suchende Text ist leer (um jede Nachricht zu erfassen, wählen Sie „any“)</translation>
    </message>
    <message>
        <source>the regular expression is empty</source>
        <translation>der reguläre Ausdruck ist leer</translation>
    </message>
    <message>
        <source>the smallest size is negative (%1 bytes)</source>
        <translation>die Mindestgröße ist negativ (%1 Bytes)</translation>
    </message>
    <message>
        <source>the largest size is negative (%1 bytes)</source>
        <translation>die Höchstgröße ist negativ (%1 Bytes)</translation>
    </message>
    <message>
        <source>the largest size (%1 bytes) is below the smallest (%2 bytes)</source>
        <translation>die Höchstgröße (%1 Bytes) liegt unter der Mindestgröße (%2 Bytes)</translation>
    </message>
    <message>
        <source>the delay is negative (%1 ms)</source>
        <translation>die Verzögerung ist negativ (%1 ms)</translation>
    </message>
    <message>
        <source>the delay of %1 ms is longer than a day (%2 ms)</source>
        <translation>die Verzögerung von %1 ms ist länger als ein Tag (%2 ms)</translation>
    </message>
    <message>
        <source>the reply is a text message but not valid UTF-8</source>
        <translation>die Antwort ist eine Textnachricht, aber kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>to-server, to-app or both</source>
        <translation>to-server, to-app oder both</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>text or binary</source>
        <translation>text oder binary</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>Base64-Text</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRuleSet</name>
    <message>
        <source>Intercept rule %1: %2.</source>
        <translation>Abfangregel %1: %2.</translation>
    </message>
    <message>
        <source>Intercept rule %1 (“%2”): %3.</source>
        <translation>Abfangregel %1 („%2“): %3.</translation>
    </message>
    <message>
        <source>The intercept rules: “rules” should be a list.</source>
        <translation>Die Abfangregeln: „rules“ sollte eine Liste sein.</translation>
    </message>
    <message>
        <source>Intercept rule %1 should be an object.</source>
        <translation>Abfangregel %1 sollte ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRunner</name>
    <message>
        <source>* listening on %1, forwarding to %2</source>
        <translation>* lauscht auf %1, leitet weiter an %2</translation>
    </message>
    <message>
        <source>[%1] app %2 connected: %3</source>
        <translation>[%1] App %2 verbunden: %3</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>Abfangen %1</translation>
    </message>
    <message>
        <source>[%1] answered %2</source>
        <translation>[%1] beantwortet mit %2</translation>
    </message>
    <message>
        <source>[%1] %2 %3 %4 B</source>
        <translation>[%1] %2 %3 %4 B</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>* refused %1: %2%3</source>
        <translation>* abgelehnt %1: %2%3</translation>
    </message>
    <message>
        <source>[%1] ended: %2</source>
        <translation>[%1] beendet: %2</translation>
    </message>
    <message>
        <source>Framewise intercept is shutting down</source>
        <translation>Framewise-Abfangen wird beendet</translation>
    </message>
    <message>
        <source>Choose another port with --listen (port 0: any free one).</source>
        <translation>Wählen Sie mit --listen einen anderen Port (Port 0: ein beliebiger freier).</translation>
    </message>
    <message numerus="yes">
        <source>released in %n s</source>
        <translation>
            <numerusform>Freigabe in %n s</numerusform>
            <numerusform>Freigabe in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>held until the connection ends; --auto-release SECONDS lets it go on</source>
        <translation>zurückgehalten bis zum Ende der Verbindung; --auto-release SEKUNDEN gibt sie frei</translation>
    </message>
    <message>
        <source>[%1] %2 %3 %4 B held by %5 (%6)%7</source>
        <translation>[%1] %2 %3 %4 B zurückgehalten von %5 (%6)%7</translation>
    </message>
    <message numerus="yes">
        <source>[%1] recorded as session %2 (%n records) in %3</source>
        <translation>
            <numerusform>[%1] als Sitzung %2 aufgezeichnet (%n Eintrag) in %3</numerusform>
            <numerusform>[%1] als Sitzung %2 aufgezeichnet (%n Einträge) in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 close (no code)</source>
        <translation>[%1] %2 Close (ohne Code)</translation>
    </message>
    <message>
        <source>[%1] %2 close %3</source>
        <translation>[%1] %2 Close %3</translation>
    </message>
    <message>
        <source>[%1] %2 close %3: %4</source>
        <translation>[%1] %2 Close %3: %4</translation>
    </message>
    <message>
        <source>framewise-cli %1: %2</source>
        <translation>framewise-cli %1: %2</translation>
    </message>
    <message>
        <source>framewise-cli %1: not recording: %2</source>
        <translation>framewise-cli %1: keine Aufzeichnung: %2</translation>
    </message>
    <message>
        <source>framewise-cli %1: warning: listening on %2, not only this machine: anyone who can reach it can use the upstream through Framewise.</source>
        <translation>framewise-cli %1: Warnung: lauscht auf %2, nicht nur auf diesem Rechner: Jeder, der die Adresse erreichen kann, kann den Upstream über Framewise nutzen.</translation>
    </message>
    <message>
        <source>every host</source>
        <translation>alle Hosts</translation>
    </message>
    <message>
        <source>* proxy listening on %1, intercepting %2; %3</source>
        <translation>* Proxy lauscht auf %1, fängt %2 ab; %3</translation>
    </message>
    <message>
        <source>TLS decrypted with the Framewise CA (SHA-256 %1); apps must trust its certificate, %2</source>
        <translation>TLS wird mit der Framewise-CA entschlüsselt (SHA-256 %1); Apps müssen ihrem Zertifikat vertrauen, %2</translation>
    </message>
    <message>
        <source>TLS tunnelled without decrypting</source>
        <translation>TLS wird ohne Entschlüsselung getunnelt</translation>
    </message>
    <message>
        <source>[%1] app %2 connected: %3 → %4</source>
        <translation>[%1] App %2 verbunden: %3 → %4</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>* tunnel %1 → %2</source>
        <translation>* Tunnel %1 → %2</translation>
    </message>
    <message>
        <source>* tunnel %1 → %2 (%3)</source>
        <translation>* Tunnel %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>* forwarded %1 %2 to %3</source>
        <translation>* %1 %2 an %3 weitergeleitet</translation>
    </message>
    <message>
        <source>* TLS to %1 from %2 failed: %3</source>
        <translation>* TLS zu %1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Framewise proxy is shutting down</source>
        <translation>Framewise-Proxy wird beendet</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptServer</name>
    <message>
        <source>Cannot read the certificate or key: %1</source>
        <translation>Zertifikat oder Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC).</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel (RSA oder EC).</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptSettings</name>
    <message>
        <source>The listen address is not a valid IP address.</source>
        <translation>Die Lauschadresse ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>Upstream: %1</source>
        <translation>Upstream: %1</translation>
    </message>
    <message>
        <source>To accept wss:// from the app, give both a certificate and its private key.</source>
        <translation>Um wss:// von der App anzunehmen, geben Sie ein Zertifikat und seinen privaten Schlüssel an.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The auto-release time cannot be negative.</source>
        <translation>Die Zeit bis zur automatischen Freigabe darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptTab</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Intercepted connections</source>
        <translation>Abgefangene Verbindungen</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Zurückgehaltene Nachrichten</translation>
    </message>
    <message>
        <source>to server</source>
        <translation>an den Server</translation>
    </message>
    <message>
        <source>to app</source>
        <translation>an die App</translation>
    </message>
    <message>
        <source>Inject direction</source>
        <translation>Richtung zum Einschleusen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binär (Hex)</translation>
    </message>
    <message>
        <source>Message to inject on the selected connection</source>
        <translation>In die gewählte Verbindung einzuschleusende Nachricht</translation>
    </message>
    <message>
        <source>Message to inject</source>
        <translation>Einzuschleusende Nachricht</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>Alle freigeben</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>&amp;Alle freigeben</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einschleusen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Point your app at %1 instead of %2.
Its connections appear on the left.</source>
        <translation>Richten Sie Ihre App auf %1 statt auf %2 aus.
Ihre Verbindungen erscheinen links.</translation>
    </message>
    <message>
        <source>Intercept :%1</source>
        <translation>Abfangen :%1</translation>
    </message>
    <message>
        <source>Binary messages are typed as hex digits, two per byte (e.g. 0a ff 10).</source>
        <translation>Binäre Nachrichten werden als Hex-Ziffern eingegeben, zwei pro Byte (z. B. 0a ff 10).</translation>
    </message>
    <message>
        <source>Pick a connection on the left first.</source>
        <translation>Wählen Sie zuerst links eine Verbindung aus.</translation>
    </message>
    <message>
        <source>Connection %1 is not open; nothing was sent.</source>
        <translation>Verbindung %1 ist nicht offen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Framewise intercept stopped</source>
        <translation>Framewise-Abfangen beendet</translation>
    </message>
    <message>
        <source>Listening on %1 → %2</source>
        <translation>Lauscht auf %1 → %2</translation>
    </message>
    <message>
        <source>Stopped (was %1)</source>
        <translation>Gestoppt (war %1)</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n live</source>
        <translation>
            <numerusform>  ·  %n aktiv</numerusform>
            <numerusform>  ·  %n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ended</source>
        <translation>
            <numerusform>, %n beendet</numerusform>
            <numerusform>, %n beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n held</source>
        <translation>
            <numerusform>  ·  %n zurückgehalten</numerusform>
            <numerusform>  ·  %n zurückgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n refused</source>
        <translation>
            <numerusform>  ·  %n abgelehnt</numerusform>
            <numerusform>  ·  %n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy problems</source>
        <translation>Proxy-Probleme</translation>
    </message>
    <message>
        <source>Latest proxy problem</source>
        <translation>Letztes Proxy-Problem</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Proxy problems (per host; hover for the whole text)</source>
        <translation>Proxy-Probleme (pro Host; für den ganzen Text mit der Maus darüberfahren)</translation>
    </message>
    <message>
        <source>This tab is an intercept, not a proxy.</source>
        <translation>Dieser Reiter ist ein Abfangen, kein Proxy.</translation>
    </message>
    <message>
        <source>Set your app&apos;s or browser&apos;s HTTP proxy to %1 (e.g. HTTPS_PROXY=%1).
For wss:// it must trust the Framewise CA: File › Export CA certificate…, then see “Trusting the Framewise CA” in the README.
Intercepted WebSocket connections appear on the left, grouped by host.</source>
        <translation>Stellen Sie den HTTP-Proxy Ihrer App oder Ihres Browsers auf %1 ein (z. B. HTTPS_PROXY=%1).
Für wss:// muss sie der Framewise-CA vertrauen: Datei › CA-Zertifikat exportieren…, dann siehe „Trusting the Framewise CA“ im README.
Abgefangene WebSocket-Verbindungen erscheinen links, nach Host gruppiert.</translation>
    </message>
    <message>
        <source>Proxy :%1</source>
        <translation>Proxy :%1</translation>
    </message>
    <message>
        <source>Framewise proxy stopped</source>
        <translation>Framewise-Proxy beendet</translation>
    </message>
    <message>
        <source>every host</source>
        <translation>alle Hosts</translation>
    </message>
    <message>
        <source>TLS decrypted with the Framewise CA (SHA-256 %1)</source>
        <translation>TLS mit der Framewise-CA entschlüsselt (SHA-256 %1)</translation>
    </message>
    <message>
        <source>TLS tunnelled untouched (no Framewise CA)</source>
        <translation>TLS unverändert getunnelt (keine Framewise-CA)</translation>
    </message>
    <message>
        <source>TLS tunnelled untouched</source>
        <translation>TLS unverändert getunnelt</translation>
    </message>
    <message>
        <source>Proxy %1  ·  intercepting %2  ·  %3</source>
        <translation>Proxy %1  ·  fängt %2 ab  ·  %3</translation>
    </message>
    <message>
        <source>Stopped (was proxy %1)</source>
        <translation>Gestoppt (war Proxy %1)</translation>
    </message>
    <message>
        <source>WebSocket connections: %1 (%2 live)  ·  forwarded: %3  ·  tunnels: %4  ·  refused: %5  ·  TLS rejected: %6</source>
        <translation>WebSocket-Verbindungen: %1 (%2 aktiv)  ·  weitergeleitet: %3  ·  Tunnel: %4  ·  abgelehnt: %5  ·  TLS abgewiesen: %6</translation>
    </message>
    <message>
        <source>  ·  held: %1</source>
        <translation>  ·  zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Latest problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
</context>
<context>
    <name>Framewise::JsonPointer</name>
    <message>
        <source>the JSON pointer “%1” does not start with “/” (the empty pointer is the whole document)</source>
        <translation>der JSON-Pointer „%1“ beginnt nicht mit „/“ (der leere Pointer ist das ganze Dokument)</translation>
    </message>
    <message>
        <source>the JSON pointer “%1” has a “~” at offset %2 that is not followed by 0 or 1 (write ~0 for “~” and ~1 for “/”)</source>
        <translation>der JSON-Pointer „%1“ hat an Position %2 ein „~“, auf das weder 0 noch 1 folgt (schreiben Sie ~0 für „~“ und ~1 für „/“)</translation>
    </message>
</context>
<context>
    <name>Framewise::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Framewise::LocalEchoServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden.</translation>
    </message>
</context>
<context>
    <name>Framewise::LogFilterProxyModel</name>
    <message>
        <source>Regular expression error at position %1: %2</source>
        <translation>Fehler im regulären Ausdruck an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::MainWindow</name>
    <message>
        <source>Framewise</source>
        <translation>Framewise</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>New connection (Ctrl+T)</source>
        <translation>Neue Verbindung (Strg+T)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>&amp;Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;Close connection tab</source>
        <translation>Verbindungsreiter &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>Im Protokoll &amp;suchen</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Show &amp;frames</source>
        <translation>&amp;Frames zeigen</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nächster Reiter</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Vorheriger Reiter</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Run local echo server</source>
        <translation>Lokalen Echo-Server &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Connect to local server</source>
        <translation>Mit lokalem Server &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Framewise</source>
        <translation>&amp;Über Framewise</translation>
    </message>
    <message>
        <source>About Framewise</source>
        <translation>Über Framewise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Framewise %1&lt;/b&gt;&lt;p&gt;An inspector for WebSocket endpoints: the handshake, every frame, pings with round-trip times, and why a connection ended.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Framewise %1&lt;/b&gt;&lt;p&gt;Ein Inspektor für WebSocket-Endpunkte: der Handshake, jeder Frame, Pings mit Umlaufzeiten und warum eine Verbindung endete.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>The local echo server could not start: %1</source>
        <translation>Der lokale Echo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Local echo</source>
        <translation>Lokales Echo</translation>
    </message>
    <message>
        <source>A local echo server is running at %1 — press Connect to try it.</source>
        <translation>Ein lokaler Echo-Server läuft unter %1 – drücken Sie „Verbinden“, um ihn auszuprobieren.</translation>
    </message>
    <message>
        <source>Local server: %1</source>
        <translation>Lokaler Server: %1</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n msgs (%1)</source>
        <translation>
            <numerusform>↓ %n Nachr. (%1)</numerusform>
            <numerusform>↓ %n Nachr. (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>↑ %n msgs (%1)</source>
        <translation>
            <numerusform>↑ %n Nachr. (%1)</numerusform>
            <numerusform>↑ %n Nachr. (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>  ·  RTT %1 ms</source>
        <translation>  ·  RTT %1 ms</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Recording stopped: %1 The sessions go on in memory; File › Export session saves them.</source>
        <translation>Aufzeichnung beendet: %1 Die Sitzungen laufen im Speicher weiter; Datei › Sitzung exportieren sichert sie.</translation>
    </message>
    <message>
        <source>Sessions are not recorded: %1 They still work in memory; File › Export session saves them.</source>
        <translation>Sitzungen werden nicht aufgezeichnet: %1 Sie funktionieren weiter im Speicher; Datei › Sitzung exportieren sichert sie.</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The session cannot be opened: %1</source>
        <translation>Die Sitzung kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Part of the session could not be read: %1</source>
        <translation>Ein Teil der Sitzung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 holds no WebSocket connection.</source>
        <translation>%1 enthält keine WebSocket-Verbindung.</translation>
    </message>
    <message>
        <source>The import could not be stored: %1</source>
        <translation>Der Import konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sessions; the first few are open, the rest are in History.</source>
        <translation>
            <numerusform>%n Sitzung importiert; die ersten sind geöffnet, der Rest ist im Verlauf.</numerusform>
            <numerusform>%n Sitzungen importiert; die ersten sind geöffnet, der Rest ist im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>Sitzung importieren</translation>
    </message>
    <message>
        <source>Session logs (*.har *.jsonl *.ndjson);;All files (*)</source>
        <translation>Sitzungsprotokolle (*.har *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>The tab was closed.</source>
        <translation>Der Reiter wurde geschlossen.</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>The session is gone: %1</source>
        <translation>Die Sitzung ist nicht mehr vorhanden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded session(s) deleted by the retention limits.</source>
        <translation>
            <numerusform>%n aufgezeichnete Sitzung wegen der Aufbewahrungsgrenzen gelöscht.</numerusform>
            <numerusform>%n aufgezeichnete Sitzungen wegen der Aufbewahrungsgrenzen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export session…</source>
        <translation>Sitzung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>Sitzung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Record sessions</source>
        <translation>Sitzungen &amp;aufzeichnen</translation>
    </message>
    <message>
        <source>Record every connection to the session database as it happens</source>
        <translation>Jede Verbindung laufend in der Sitzungsdatenbank aufzeichnen</translation>
    </message>
    <message>
        <source>Keep recorded sessions…</source>
        <translation>Aufgezeichnete Sitzungen aufbewahren…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Verl&amp;auf</translation>
    </message>
    <message>
        <source>Framewise shows the new language after a restart.</source>
        <translation>Framewise zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Unsaved profile changes</source>
        <translation>Ungespeicherte Profiländerungen</translation>
    </message>
    <message numerus="yes">
        <source>The profile %1 has changes that are not saved.</source>
        <translation>
            <numerusform>Das Profil %1 hat Änderungen, die nicht gespeichert sind.</numerusform>
            <numerusform>Die Profile %1 haben Änderungen, die nicht gespeichert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 were left out: each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>%n Nachricht aus %1 wurde ausgelassen: ihr fehlte eine Zeit, ein Typ, ein Opcode oder ihre Daten, oder eines davon war nicht lesbar.</numerusform>
            <numerusform>%n Nachrichten aus %1 wurden ausgelassen: jeder fehlte eine Zeit, ein Typ, ein Opcode oder ihre Daten, oder eines davon war nicht lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Restarting now closes every tab and its %n open connection(s) (Going Away); what they recorded stays in History.</source>
        <translation>
            <numerusform>Ein Neustart schließt jetzt jeden Tab und seine %n offene Verbindung (Going Away); was sie aufgezeichnet haben, bleibt im Verlauf.</numerusform>
            <numerusform>Ein Neustart schließt jetzt jeden Tab und seine %n offenen Verbindungen (Going Away); was sie aufgezeichnet haben, bleibt im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting now closes every tab; what they recorded stays in History.</source>
        <translation>Ein Neustart schließt jetzt jeden Tab; was sie aufgezeichnet haben, bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>New &amp;intercept…</source>
        <translation>Neues Ab&amp;fangen…</translation>
    </message>
    <message>
        <source>New intercept</source>
        <translation>Neues Abfangen</translation>
    </message>
    <message>
        <source>New &amp;proxy…</source>
        <translation>Neuer &amp;Proxy…</translation>
    </message>
    <message>
        <source>An HTTP proxy for apps and browsers: their WebSocket connections are intercepted</source>
        <translation>Ein HTTP-Proxy für Apps und Browser, der ihre WebSocket-Verbindungen abfängt</translation>
    </message>
    <message>
        <source>Export C&amp;A certificate…</source>
        <translation>CA-&amp;Zertifikat exportieren…</translation>
    </message>
    <message>
        <source>Write the Framewise CA&apos;s certificate (PEM or DER) for apps and browsers to trust</source>
        <translation>Das Zertifikat der Framewise-CA (PEM oder DER) schreiben, damit Apps und Browser ihm vertrauen</translation>
    </message>
    <message>
        <source>CA &amp;details…</source>
        <translation>CA-&amp;Details…</translation>
    </message>
    <message>
        <source>There is no Framewise CA to decrypt TLS with: %1
Untick “Decrypt TLS with the Framewise CA” to tunnel TLS untouched, or regenerate the CA under View › CA details.</source>
        <translation>Es gibt keine Framewise-CA, mit der TLS entschlüsselt werden kann: %1
Deaktivieren Sie „TLS mit der Framewise-CA entschlüsseln“, um TLS unverändert zu tunneln, oder erzeugen Sie die CA unter Ansicht › CA-Details neu.</translation>
    </message>
    <message>
        <source>New proxy</source>
        <translation>Neuer Proxy</translation>
    </message>
    <message>
        <source>Given to this window for this run only; not stored.</source>
        <translation>Diesem Fenster nur für diesen Programmlauf übergeben; nicht gespeichert.</translation>
    </message>
    <message>
        <source>For this run only. %1</source>
        <translation>Nur für diesen Programmlauf. %1</translation>
    </message>
    <message>
        <source>In the system keychain (its private key is never written to a file).</source>
        <translation>Im Schlüsselbund des Systems (ihr privater Schlüssel wird nie in eine Datei geschrieben).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export CA certificate</source>
        <translation>CA-Zertifikat exportieren</translation>
    </message>
    <message>
        <source>There is no Framewise CA: %1</source>
        <translation>Es gibt keine Framewise-CA: %1</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-Zertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>DER-Zertifikat (*.der *.cer)</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (DER) to %1</source>
        <translation>Das Zertifikat der Framewise-CA (DER) wurde nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (PEM) to %1</source>
        <translation>Das Zertifikat der Framewise-CA (PEM) wurde nach %1 geschrieben</translation>
    </message>
    <message>
        <source> (this run&apos;s CA only: no keychain)</source>
        <translation> (CA nur dieses Programmlaufs: kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Regenerate the Framewise CA</source>
        <translation>Framewise-CA neu erzeugen</translation>
    </message>
</context>
<context>
    <name>Framewise::MessageAssembler</name>
    <message>
        <source>A continuation frame arrived while no fragmented message was in progress.</source>
        <translation>Ein Fortsetzungs-Frame kam an, während keine fragmentierte Nachricht im Gange war.</translation>
    </message>
    <message>
        <source>A new data frame arrived before the fragmented message in progress was finished.</source>
        <translation>Ein neuer Daten-Frame kam an, bevor die laufende fragmentierte Nachricht abgeschlossen war.</translation>
    </message>
    <message>
        <source>A text message is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation>Eine Textnachricht ist kein gültiges UTF-8 (erstes ungültiges Byte an Offset %1).</translation>
    </message>
    <message>
        <source>A message exceeds the message size limit of %1 bytes.</source>
        <translation>Eine Nachricht überschreitet die Größengrenze für Nachrichten von %1 Bytes.</translation>
    </message>
    <message>
        <source>A Close frame carried a 1-byte payload; a close code needs 2 bytes.</source>
        <translation>Ein Close-Frame trug 1 Byte Nutzdaten; ein Schließcode braucht 2 Bytes.</translation>
    </message>
    <message>
        <source>A Close frame carried a close code that may not be used.</source>
        <translation>Ein Close-Frame trug einen Schließcode, der nicht verwendet werden darf.</translation>
    </message>
    <message>
        <source>A Close frame&apos;s reason is not valid UTF-8.</source>
        <translation>Der Grund eines Close-Frames ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>RSV1 (compressed) was set on a control or continuation frame.</source>
        <translation>RSV1 (komprimiert) war bei einem Steuer- oder Fortsetzungs-Frame gesetzt.</translation>
    </message>
    <message>
        <source>A compressed message could not be inflated: the deflate data is corrupt.</source>
        <translation>Eine komprimierte Nachricht konnte nicht entpackt werden: Die Deflate-Daten sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>Framewise::MessageLogModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <source>close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1 (%2 on wire)</source>
        <translation>%1 (%2 auf der Leitung)</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 bytes on the wire</source>
        <translation>
            <numerusform>%n Frame, %1 Bytes auf der Leitung</numerusform>
            <numerusform>%n Frames, %1 Bytes auf der Leitung</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Rtg.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>+%1 min %2 s</source>
        <translation>+%1 min %2 s</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Seit vorheriger</translation>
    </message>
    <message>
        <source>Since connect</source>
        <translation>Seit Verbindung</translation>
    </message>
    <message>
        <source>%1 · %2 (streamed from a file; not kept)</source>
        <translation>%1 · %2 (aus einer Datei gestreamt; nicht behalten)</translation>
    </message>
    <message>
        <source>%1 (streamed from a file; not kept)</source>
        <translation>%1 (aus einer Datei gestreamt; nicht behalten)</translation>
    </message>
    <message>
        <source>%1 (not kept)</source>
        <translation>%1 (nicht behalten)</translation>
    </message>
    <message>
        <source>Held at a breakpoint</source>
        <translation>An einem Haltepunkt zurückgehalten</translation>
    </message>
    <message>
        <source>Edited: its data was changed by a rule or by hand</source>
        <translation>Bearbeitet: seine Daten wurden von einer Regel oder von Hand geändert</translation>
    </message>
    <message>
        <source>Dropped: not forwarded to the server</source>
        <translation>Verworfen: nicht an den Server weitergeleitet</translation>
    </message>
    <message>
        <source>Dropped: not forwarded to the app</source>
        <translation>Verworfen: nicht an die App weitergeleitet</translation>
    </message>
    <message>
        <source>Dropped: not forwarded</source>
        <translation>Verworfen: nicht weitergeleitet</translation>
    </message>
    <message>
        <source>Injected: sent to the server by you, not by the app</source>
        <translation>Eingeschleust: von Ihnen an den Server gesendet, nicht von der App</translation>
    </message>
    <message>
        <source>Injected: sent to the app by you, not by the server</source>
        <translation>Eingeschleust: von Ihnen an die App gesendet, nicht vom Server</translation>
    </message>
    <message>
        <source>Injected: sent by you</source>
        <translation>Eingeschleust: von Ihnen gesendet</translation>
    </message>
    <message>
        <source>Delayed: forwarded late by a delay rule</source>
        <translation>Verzögert: von einer Verzögerungsregel verspätet weitergeleitet</translation>
    </message>
    <message>
        <source>Replied: answered by a reply rule instead of forwarded</source>
        <translation>Beantwortet: von einer Antwortregel beantwortet statt weitergeleitet</translation>
    </message>
</context>
<context>
    <name>Framewise::PendingHandshake</name>
    <message>
        <source>The upstream&apos;s answer could not be passed on: it is not valid HTTP.</source>
        <translation>Die Antwort des Upstreams konnte nicht weitergegeben werden: Sie ist kein gültiges HTTP.</translation>
    </message>
</context>
<context>
    <name>Framewise::Profile</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>a non-empty identifier</source>
        <translation>eine nicht leere Kennung</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>ein nicht leerer Name</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>A header of profile “%1”</source>
        <translation>Ein Header von Profil „%1“</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>eine Liste von Objekten</translation>
    </message>
    <message>
        <source>Compression of profile “%1”</source>
        <translation>Kompression von Profil „%1“</translation>
    </message>
    <message>
        <source>TLS of profile “%1”</source>
        <translation>TLS von Profil „%1“</translation>
    </message>
    <message>
        <source>Proxy of profile “%1”</source>
        <translation>Proxy von Profil „%1“</translation>
    </message>
    <message>
        <source>A variable of profile “%1”</source>
        <translation>Eine Variable von Profil „%1“</translation>
    </message>
    <message>
        <source>A snippet of profile “%1”</source>
        <translation>Ein Baustein von Profil „%1“</translation>
    </message>
    <message>
        <source>text, json, hex or base64</source>
        <translation>text, json, hex oder base64</translation>
    </message>
    <message>
        <source>Undefined variable(s): %1. Define them in the profile&apos;s variables or remove the {{…}} references.</source>
        <translation>Nicht definierte Variable(n): %1. Definieren Sie sie in den Variablen des Profils oder entfernen Sie die {{…}}-Verweise.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>Framewise::ProfileManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>Framewise::ProfileStore</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Framewise profiles file.</source>
        <translation>%1 ist keine Framewise-Profildatei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Framewise (format version %2; this one reads up to %3).</source>
        <translation>%1 wurde von einem neueren Framewise geschrieben (Formatversion %2; dieses liest bis %3).</translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation>%1 hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot read the profiles in %1: %2</source>
        <translation>Die Profile in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>It was left as it is; profiles will not be saved until you choose to start over (a copy is kept at %1).</source>
        <translation>Sie wurde so belassen; Profile werden erst wieder gespeichert, wenn Sie neu beginnen (eine Kopie liegt unter %1).</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>Die Profile können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The damaged profiles file could not be copied aside, so it is left as it is.</source>
        <translation>Die beschädigte Profildatei konnte nicht beiseitekopiert werden und bleibt daher, wie sie ist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyClient</name>
    <message>
        <source>the client closed TLS: it does not trust the Framewise CA (or it pins its server&apos;s certificate). Trust the CA in the app (see the README), or leave this host out of the intercepted ones.</source>
        <translation>der Client hat TLS geschlossen: Er vertraut der Framewise-CA nicht (oder pinnt das Zertifikat seines Servers). Vertrauen Sie der CA in der App (siehe README), oder nehmen Sie diesen Host von den abgefangenen aus.</translation>
    </message>
    <message>
        <source>the client closed the connection during TLS: it probably does not trust the Framewise CA.</source>
        <translation>der Client hat die Verbindung während TLS geschlossen: Er vertraut wahrscheinlich der Framewise-CA nicht.</translation>
    </message>
    <message>
        <source>TLS with the client failed: %1</source>
        <translation>TLS mit dem Client ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The client did not send a complete request within %1 ms.</source>
        <translation>Der Client hat nicht innerhalb von %1 ms eine vollständige Anfrage gesendet.</translation>
    </message>
    <message>
        <source>the client did not finish TLS within %1 ms.</source>
        <translation>der Client hat TLS nicht innerhalb von %1 ms abgeschlossen.</translation>
    </message>
    <message>
        <source>%1:%2 did not answer within %3 ms.</source>
        <translation>%1:%2 hat nicht innerhalb von %3 ms geantwortet.</translation>
    </message>
    <message>
        <source>CONNECT needs a host and a port (host:port), not “%1”.</source>
        <translation>CONNECT braucht einen Host und einen Port (host:port), nicht „%1“.</translation>
    </message>
    <message>
        <source>Framewise is an HTTP proxy: set it as your app&apos;s or browser&apos;s proxy and it forwards each request to the server the request names.%1</source>
        <translation>Framewise ist ein HTTP-Proxy: Richten Sie es als Proxy Ihrer App oder Ihres Browsers ein, dann leitet es jede Anfrage an den Server weiter, den die Anfrage nennt.%1</translation>
    </message>
    <message>
        <source> The certificate of the Framewise CA, for apps to trust, is at /framewise-ca.pem (or /framewise-ca.der) on this address.</source>
        <translation> Das Zertifikat der Framewise-CA, dem Apps vertrauen sollen, liegt unter /framewise-ca.pem (oder /framewise-ca.der) auf dieser Adresse.</translation>
    </message>
    <message>
        <source>The request target “%1” is not an http:// address (https:// goes through CONNECT).</source>
        <translation>Das Anfrageziel „%1“ ist keine http://-Adresse (https:// läuft über CONNECT).</translation>
    </message>
    <message>
        <source>TLS not decrypted: decryption is off</source>
        <translation>TLS nicht entschlüsselt: Entschlüsselung ist ausgeschaltet</translation>
    </message>
    <message>
        <source>TLS not decrypted: no Framewise CA</source>
        <translation>TLS nicht entschlüsselt: keine Framewise-CA</translation>
    </message>
    <message>
        <source>TLS not decrypted: %1</source>
        <translation>TLS nicht entschlüsselt: %1</translation>
    </message>
    <message>
        <source>Framewise did not forward the request: %1:%2 failed TLS verification: %3</source>
        <translation>Framewise hat die Anfrage nicht weitergeleitet: %1:%2 hat die TLS-Prüfung nicht bestanden: %3</translation>
    </message>
    <message>
        <source>Framewise could not reach %1:%2: %3</source>
        <translation>Framewise konnte %1:%2 nicht erreichen: %3</translation>
    </message>
    <message>
        <source>%1:%2 answered with a header block larger than %3 KiB.</source>
        <translation>%1:%2 hat mit einem Header-Block größer als %3 KiB geantwortet.</translation>
    </message>
    <message>
        <source>%1:%2 did not answer with an HTTP response.</source>
        <translation>%1:%2 hat nicht mit einer HTTP-Antwort geantwortet.</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection without answering.</source>
        <translation>%1:%2 hat die Verbindung geschlossen, ohne zu antworten.</translation>
    </message>
    <message>
        <source>Framewise could not connect to %1:%2: %3</source>
        <translation>Framewise konnte keine Verbindung zu %1:%2 herstellen: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyDialog</name>
    <message>
        <source>&amp;Decrypt TLS with the Framewise CA</source>
        <translation>TLS mit der Framewise-CA &amp;entschlüsseln</translation>
    </message>
    <message>
        <source>New proxy</source>
        <translation>Neuer Proxy</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>Hosts to intercept</source>
        <translation>Abzufangende Hosts</translation>
    </message>
    <message>
        <source>One pattern per line; empty: every host. Others are tunnelled untouched.
example.com
*.example.com
127.0.0.1:8443</source>
        <translation>Ein Muster pro Zeile; leer: alle Hosts. Andere werden unverändert getunnelt.
example.com
*.example.com
127.0.0.1:8443</translation>
    </message>
    <message>
        <source>wss:// apps must trust the Framewise CA (File › Export CA certificate…). Off, TLS is tunnelled untouched and only ws:// is looked into.</source>
        <translation>Apps mit wss:// müssen der Framewise-CA vertrauen (Datei › CA-Zertifikat exportieren…). Ausgeschaltet wird TLS unverändert getunnelt und nur ws:// untersucht.</translation>
    </message>
    <message>
        <source>PEM files, separated by ; (optional)</source>
        <translation>PEM-Dateien, getrennt durch ; (optional)</translation>
    </message>
    <message>
        <source>Extra CA files</source>
        <translation>Zusätzliche CA-Dateien</translation>
    </message>
    <message>
        <source>CAs to trust besides the system&apos;s when Framewise connects to servers</source>
        <translation>CAs, denen neben denen des Systems vertraut wird, wenn Framewise sich mit Servern verbindet</translation>
    </message>
    <message>
        <source>PEM file, when servers ask for one (optional)</source>
        <translation>PEM-Datei, wenn Server eine verlangen (optional)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>its PEM private key</source>
        <translation>sein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Hosts problem</source>
        <translation>Problem mit den Hosts</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>&amp;Hosts to intercept:</source>
        <translation>Abzufangende &amp;Hosts:</translation>
    </message>
    <message>
        <source>Servers (upstream TLS)</source>
        <translation>Server (Upstream-TLS)</translation>
    </message>
    <message>
        <source>Extra &amp;CA files:</source>
        <translation>Zusätzliche &amp;CA-Dateien:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation>Proxy starten</translation>
    </message>
    <message>
        <source>Other machines can reach %1: anyone there can use Framewise as their proxy and see what it decrypts.</source>
        <translation>Andere Rechner können %1 erreichen: Jeder dort kann Framewise als Proxy nutzen und sehen, was es entschlüsselt.</translation>
    </message>
    <message>
        <source>Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:%2.</source>
        <translation>Lauschen auf „%1“: Geben Sie eine IP-Adresse und einen Port an, z. B. 127.0.0.1:%2.</translation>
    </message>
    <message>
        <source>Hosts to intercept: %1</source>
        <translation>Abzufangende Hosts: %1</translation>
    </message>
    <message>
        <source>Give the client certificate and its private key together.</source>
        <translation>Geben Sie das Client-Zertifikat und seinen privaten Schlüssel zusammen an.</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyEventsModel</name>
    <message>
        <source>(no host)</source>
        <translation>(kein Host)</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>tunnelled untouched: %1</source>
        <translation>unverändert getunnelt: %1</translation>
    </message>
    <message>
        <source>forwarded %1 %2</source>
        <translation>weitergeleitet: %1 %2</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxySettings</name>
    <message>
        <source>The request timeout must be positive.</source>
        <translation>Das Zeitlimit für Anfragen muss positiv sein.</translation>
    </message>
</context>
<context>
    <name>Framewise::Reader</name>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>%1: “%2” should be %3.</source>
        <translation>%1: „%2“ sollte %3 sein.</translation>
    </message>
</context>
<context>
    <name>Framewise::RetentionDialog</name>
    <message>
        <source>Keep recorded sessions</source>
        <translation>Aufgezeichnete Sitzungen aufbewahren</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep sessions for days</source>
        <translation>Sitzungen so viele Tage aufbewahren</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep sessions up to megabytes</source>
        <translation>Sitzungen bis zu so vielen Megabyte aufbewahren</translation>
    </message>
    <message>
        <source>Older sessions are deleted when Framewise starts and when you change these limits; the oldest go first when the total is too large. Sessions still being recorded are always kept.</source>
        <translation>Ältere Sitzungen werden gelöscht, wenn Framewise startet und wenn Sie diese Grenzen ändern; ist die Gesamtgröße zu groß, werden die ältesten zuerst gelöscht. Sitzungen, die noch aufgezeichnet werden, bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>Keep for at most:</source>
        <translation>Höchstens aufbewahren für:</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>Höchstens aufbewahren:</translation>
    </message>
</context>
<context>
    <name>Framewise::SecretStore</name>
    <message>
        <source>No keychain is available (%1), so secrets cannot be saved. Passwords and secret values you type are used for this session only and are never written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar (%1), daher können Geheimnisse nicht gespeichert werden. Eingegebene Passwörter und geheime Werte gelten nur für diese Sitzung und werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the secret “%1” from the keychain: %2</source>
        <translation>Das Geheimnis „%1“ kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the secret “%1” in the keychain: %2</source>
        <translation>Das Geheimnis „%1“ kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete the secret “%1” from the keychain: %2</source>
        <translation>Das Geheimnis „%1“ kann nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::SecretsDialog</name>
    <message>
        <source>Secrets for “%1”</source>
        <translation>Geheimnisse für „%1“</translation>
    </message>
    <message>
        <source>These secrets of “%1” have no saved value. Type them to use them now; save the profile to keep them in the keychain. Leave a field empty to skip it.</source>
        <translation>Diese Geheimnisse von „%1“ haben keinen gespeicherten Wert. Geben Sie sie ein, um sie jetzt zu verwenden; speichern Sie das Profil, um sie im Schlüsselbund zu behalten. Lassen Sie ein Feld leer, um es zu überspringen.</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>HTTP-Passwort</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>Variable {{%1}}</source>
        <translation>Variable {{%1}}</translation>
    </message>
</context>
<context>
    <name>Framewise::ServerHandshake</name>
    <message>
        <source>The request uses method “%1”; a WebSocket handshake must use GET.</source>
        <translation>Die Anfrage verwendet die Methode „%1“; ein WebSocket-Handshake muss GET verwenden.</translation>
    </message>
    <message>
        <source>The request uses %1; a WebSocket handshake needs HTTP/1.1 or later.</source>
        <translation>Die Anfrage verwendet %1; ein WebSocket-Handshake braucht HTTP/1.1 oder neuer.</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>Die Anfrage hat keinen Host-Header.</translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation>Die Anfrage hat mehr als einen Host-Header.</translation>
    </message>
    <message>
        <source>The request lacks the header “Upgrade: websocket”.</source>
        <translation>Der Anfrage fehlt der Header „Upgrade: websocket“.</translation>
    </message>
    <message>
        <source>The request lacks the header “Connection: Upgrade”.</source>
        <translation>Der Anfrage fehlt der Header „Connection: Upgrade“.</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Key header.</source>
        <translation>Die Anfrage hat keinen Sec-WebSocket-Key-Header.</translation>
    </message>
    <message>
        <source>The request&apos;s Sec-WebSocket-Key “%1” is not the base64 encoding of 16 bytes.</source>
        <translation>Der Sec-WebSocket-Key „%1“ der Anfrage ist nicht die Base64-Kodierung von 16 Bytes.</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Version header; this server speaks version 13.</source>
        <translation>Die Anfrage hat keinen Sec-WebSocket-Version-Header; dieser Server spricht Version 13.</translation>
    </message>
    <message>
        <source>The request asks for WebSocket version “%1”; this server speaks version 13.</source>
        <translation>Die Anfrage verlangt WebSocket-Version „%1“; dieser Server spricht Version 13.</translation>
    </message>
</context>
<context>
    <name>Framewise::Session</name>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source> (subprotocol %1)</source>
        <translation> (Subprotokoll %1)</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>, komprimiert</translation>
    </message>
    <message>
        <source>Redirected (%1) from %2 to %3</source>
        <translation>Umgeleitet (%1) von %2 nach %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A recorded session is read-only; open a new connection tab to connect.</source>
        <translation>Eine aufgezeichnete Sitzung ist schreibgeschützt; öffnen Sie einen neuen Verbindungsreiter, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>Receiving paused: what the server sends waits in the network buffers</source>
        <translation>Empfang angehalten: Was der Server sendet, wartet in den Netzwerkpuffern</translation>
    </message>
    <message>
        <source>Receiving resumed</source>
        <translation>Empfang fortgesetzt</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>Wird beendet</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionInfo</name>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>closed (no code)</source>
        <translation>geschlossen (kein Code)</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>abgelehnt (%1)</translation>
    </message>
    <message>
        <source>invalid handshake</source>
        <translation>ungültiger Handshake</translation>
    </message>
    <message>
        <source>protocol error (1002)</source>
        <translation>Protokollfehler (1002)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (1007)</source>
        <translation>ungültiges UTF-8 (1007)</translation>
    </message>
    <message>
        <source>message too large (1009)</source>
        <translation>Nachricht zu groß (1009)</translation>
    </message>
    <message>
        <source>ping timeout</source>
        <translation>Ping-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>no Close in time</source>
        <translation>kein Close rechtzeitig</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>redirect failed</source>
        <translation>Weiterleitung fehlgeschlagen</translation>
    </message>
    <message>
        <source>recording stopped while open</source>
        <translation>Aufzeichnung beendet, während offen</translation>
    </message>
    <message>
        <source>imported, %1</source>
        <translation>importiert, %1</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionRecorder</name>
    <message>
        <source>The recording was stopped while the connection was still open.</source>
        <translation>Die Aufzeichnung wurde beendet, während die Verbindung noch offen war.</translation>
    </message>
    <message>
        <source> (%1 bits)</source>
        <translation> (%1 Bit)</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by %2; SHA-256 %3</source>
        <translation>Zertifikat: %1; ausgestellt von %2; SHA-256 %3</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verifiziert.</translation>
    </message>
    <message>
        <source>Not verified (%1); trusted by a pinned fingerprint.</source>
        <translation>Nicht verifiziert (%1); vertraut über einen gepinnten Fingerabdruck.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht verifiziert: %1</translation>
    </message>
    <message>
        <source>The recording ended with its tab while the connection was still open.</source>
        <translation>Die Aufzeichnung endete mit ihrem Tab, als die Verbindung noch offen war.</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionStore</name>
    <message>
        <source>Writing the session database %1 took longer than %2 ms.</source>
        <translation>Das Schreiben der Sitzungsdatenbank %1 dauerte länger als %2 ms.</translation>
    </message>
    <message>
        <source>The session database is not open.</source>
        <translation>Die Sitzungsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>Es gibt keine Sitzung %1 in %2.</translation>
    </message>
    <message>
        <source>Session %1 is still being recorded; stop it before deleting it.</source>
        <translation>Sitzung %1 wird noch aufgezeichnet; beenden Sie sie, bevor Sie sie löschen.</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionTab</name>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>Frame-Protokoll</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>Pings ausblenden</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Filter messages (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Richtungsfilter</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>Control frames</source>
        <translation>Steuer-Frames</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Keep the newest message in view; scrolling up turns this off</source>
        <translation>Die neueste Nachricht im Blick behalten; Hochscrollen schaltet das aus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Framewise</source>
        <translation>Framewise</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n messages shown</source>
        <translation>
            <numerusform>%1 von %n Nachricht angezeigt</numerusform>
            <numerusform>%1 von %n Nachrichten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n Frame</numerusform>
            <numerusform>%n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (recorded)</source>
        <translation>%1 · %2 (aufgezeichnet)</translation>
    </message>
    <message>
        <source>A recorded session keeps messages, not their frames</source>
        <translation>Eine aufgezeichnete Sitzung bewahrt Nachrichten auf, nicht ihre Frames</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Imported session of %1 from %2 (read-only).</source>
        <translation>Importierte Sitzung von %1 aus %2 (schreibgeschützt).</translation>
    </message>
    <message>
        <source>Recorded session of %1, started %2 (read-only).</source>
        <translation>Aufgezeichnete Sitzung von %1, Beginn: %2 (schreibgeschützt).</translation>
    </message>
    <message>
        <source>Framewise stopped while it was recording: the session ends where the last batch was written.</source>
        <translation>Framewise wurde während der Aufzeichnung beendet: Die Sitzung endet dort, wo der letzte Stapel geschrieben wurde.</translation>
    </message>
    <message>
        <source>Recorded session</source>
        <translation>Aufgezeichnete Sitzung</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>frames are not recorded</source>
        <translation>Frames werden nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Receiving is paused while the recording catches up: the server waits, nothing is lost.</source>
        <translation>Der Empfang ist angehalten, bis die Aufzeichnung aufgeholt hat: Der Server wartet, nichts geht verloren.</translation>
    </message>
    <message>
        <source>Preserve log</source>
        <translation>Log behalten</translation>
    </message>
    <message>
        <source>Keep the log and the statistics when connecting again; otherwise each connection starts a fresh log, as it is a recorded session of its own</source>
        <translation>Log und Statistik beim erneuten Verbinden behalten; sonst beginnt jede Verbindung ein neues Log, da sie eine eigene aufgezeichnete Sitzung ist</translation>
    </message>
</context>
<context>
    <name>Framewise::StatsPane</name>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Ping round-trip time (ms)</source>
        <translation>Ping-Umlaufzeit (ms)</translation>
    </message>
    <message>
        <source>KiB per second</source>
        <translation>KiB pro Sekunde</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message numerus="yes">
        <source>Received %n messages (%1),</source>
        <translation>
            <numerusform>%n Nachricht empfangen (%1),</numerusform>
            <numerusform>%n Nachrichten empfangen (%1),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n messages (%1).</source>
        <translation>
            <numerusform>%n gesendet (%1).</numerusform>
            <numerusform>%n gesendet (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last RTT: %1.</source>
        <translation>Letzte RTT: %1.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>No connection yet.</source>
        <translation>Noch keine Verbindung.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Framewise::StopStatus</name>
    <message>
        <source>The connection was closed (%1).</source>
        <translation>Die Verbindung wurde geschlossen (%1).</translation>
    </message>
    <message>
        <source>The connection was closed (%1): “%2”.</source>
        <translation>Die Verbindung wurde geschlossen (%1): „%2“.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on that port.</source>
        <translation>Der Server hat die Verbindung abgelehnt: An diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>Der Name des Servers konnte nicht gefunden werden.</translation>
    </message>
    <message>
        <source>The server did not complete the opening handshake in time.</source>
        <translation>Der Server hat den Eröffnungs-Handshake nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Upgrade refused with HTTP status %1.</source>
        <translation>Upgrade mit HTTP-Status %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Upgrade refused with HTTP %1 %2.</source>
        <translation>Upgrade mit HTTP %1 %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Body: “%1”.</source>
        <translation>Rumpf: „%1“.</translation>
    </message>
    <message>
        <source>The server&apos;s handshake answer is not a valid WebSocket upgrade.</source>
        <translation>Die Handshake-Antwort des Servers ist kein gültiges WebSocket-Upgrade.</translation>
    </message>
    <message>
        <source>The server broke the WebSocket protocol; the connection was closed with 1002.</source>
        <translation>Der Server hat das WebSocket-Protokoll verletzt; die Verbindung wurde mit 1002 geschlossen.</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8; the connection was closed with 1007.</source>
        <translation>Der Server hat Text gesendet, der kein gültiges UTF-8 ist; die Verbindung wurde mit 1007 geschlossen.</translation>
    </message>
    <message>
        <source>The server sent a message larger than the limit; the connection was closed with 1009.</source>
        <translation>Der Server hat eine Nachricht über der Größengrenze gesendet; die Verbindung wurde mit 1009 geschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer a keepalive ping in time; the connection is considered broken.</source>
        <translation>Der Server hat einen Keepalive-Ping nicht rechtzeitig beantwortet; die Verbindung gilt als unterbrochen.</translation>
    </message>
    <message>
        <source>The server did not answer our Close in time; the connection was dropped.</source>
        <translation>Der Server hat unser Close nicht rechtzeitig beantwortet; die Verbindung wurde getrennt.</translation>
    </message>
    <message>
        <source>The connection ended without a closing handshake (1006 Abnormal closure).</source>
        <translation>Die Verbindung endete ohne schließenden Handshake (1006 Abnormales Schließen).</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be established.</source>
        <translation>Die sichere (TLS-)Verbindung konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>A network error ended the connection.</source>
        <translation>Ein Netzwerkfehler hat die Verbindung beendet.</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>Die Verbindung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s redirect could not be followed.</source>
        <translation>Der Umleitung des Servers konnte nicht gefolgt werden.</translation>
    </message>
</context>
<context>
    <name>Framewise::TabStateIcon</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Wird geschlossen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Recorded session (read-only)</source>
        <translation>Aufgezeichnete Sitzung (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Framewise::TlsPane</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS-Details</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Not established yet</source>
        <translation>Noch nicht aufgebaut</translation>
    </message>
    <message>
        <source>Not used (ws://)</source>
        <translation>Nicht verwendet (ws://)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not verified — trusted by your certificate pin</source>
        <translation>Nicht verifiziert – vertraut über Ihren Zertifikats-Pin</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not used, or not recorded</source>
        <translation>Nicht verwendet oder nicht aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketChannel</name>
    <message>
        <source>Closed before the connection was established.</source>
        <translation>Geschlossen, bevor die Verbindung hergestellt war.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>Die Verbindung wurde sofort getrennt.</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketChannelPrivate</name>
    <message>
        <source>Nothing usable arrived within %1 ms.</source>
        <translation>Innerhalb von %1 ms kam nichts Verwertbares an.</translation>
    </message>
    <message>
        <source>Waited %1 ms for the server&apos;s Close.</source>
        <translation>%1 ms auf das Close des Servers gewartet.</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location header.</source>
        <translation>HTTP %1 ohne Location-Header.</translation>
    </message>
    <message>
        <source>The redirect goes to “%1”, which is not a WebSocket address.</source>
        <translation>Die Umleitung führt zu „%1“, das keine WebSocket-Adresse ist.</translation>
    </message>
    <message>
        <source>The redirect target “%1” is not a valid address.</source>
        <translation>Das Umleitungsziel „%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from a secure wss address to plain ws (%1).</source>
        <translation>Einer Umleitung von einer sicheren wss-Adresse auf unverschlüsseltes ws (%1) wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>The redirects form a loop back to %1.</source>
        <translation>Die Umleitungen bilden eine Schleife zurück zu %1.</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Mehr als %1 Umleitungen.</translation>
    </message>
    <message>
        <source>The server ended the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes beendet.</translation>
    </message>
    <message>
        <source>It ended in the middle of a frame.</source>
        <translation>Sie endete mitten in einem Frame.</translation>
    </message>
    <message>
        <source>The stream being sent was deleted after %1 of %2 bytes.</source>
        <translation>Der gesendete Datenstrom wurde nach %1 von %2 Bytes gelöscht.</translation>
    </message>
    <message>
        <source>The stream being sent ended after %1 of %2 bytes.</source>
        <translation>Der gesendete Datenstrom endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>No answer for %1 s after a ping.</source>
        <translation>Keine Antwort %1 s nach einem Ping.</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketListenerPrivate</name>
    <message>
        <source>Too many clients are still sending their handshake (%1); this one was cut off.</source>
        <translation>Zu viele Clients senden noch ihren Handshake (%1); dieser wurde getrennt.</translation>
    </message>
    <message>
        <source>The client did not complete its handshake within %1 ms; the connection was closed.</source>
        <translation>Der Client hat seinen Handshake nicht innerhalb von %1 ms abgeschlossen; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The client closed the connection without sending a handshake.</source>
        <translation>Der Client hat die Verbindung geschlossen, ohne einen Handshake zu senden.</translation>
    </message>
    <message>
        <source>The client closed the connection in the middle of its handshake.</source>
        <translation>Der Client hat die Verbindung mitten in seinem Handshake geschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake with the client failed: %1</source>
        <translation>Der TLS-Handshake mit dem Client ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>FramewiseCli</name>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli --help&apos; for the options.</source>
        <translation>„framewise-cli --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Connects to a WebSocket endpoint and prints every event: messages in (&lt;) and out (&gt;), pings, pongs and the closing handshake (*). Without --send, --send-file, --echo or --count it stays connected until the server closes or Ctrl+C (which closes normally). With --send alone it closes once every message was sent and no reply came for --linger milliseconds.

</source>
        <translation>Verbindet sich mit einem WebSocket-Endpunkt und gibt jedes Ereignis aus: eingehende (&lt;) und ausgehende (&gt;) Nachrichten, Pings, Pongs und den schließenden Handshake (*). Ohne --send, --send-file, --echo oder --count bleibt es verbunden, bis der Server schließt oder Strg+C gedrückt wird (das normal schließt). Mit --send allein schließt es, sobald jede Nachricht gesendet ist und --linger Millisekunden lang keine Antwort kam.

</translation>
    </message>
    <message>
        <source>ws:// or wss:// address (not with --local-echo).</source>
        <translation>ws://- oder wss://-Adresse (nicht mit --local-echo).</translation>
    </message>
    <message>
        <source>Add a request header &quot;Name: value&quot; (repeatable).</source>
        <translation>Einen Request-Header &quot;Name: Wert&quot; hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Origin header to send.</source>
        <translation>Zu sendender Origin-Header.</translation>
    </message>
    <message>
        <source>Subprotocol to request (repeatable).</source>
        <translation>Anzufragendes Subprotokoll (wiederholbar).</translation>
    </message>
    <message>
        <source>Send a keepalive ping after this many silent seconds (0: never).</source>
        <translation>Nach so vielen stillen Sekunden einen Keepalive-Ping senden (0: nie).</translation>
    </message>
    <message>
        <source>Give up when a ping gets no answer within this many seconds.</source>
        <translation>Aufgeben, wenn ein Ping nicht innerhalb so vieler Sekunden beantwortet wird.</translation>
    </message>
    <message>
        <source>Send this text message once connected (repeatable, sent in order).</source>
        <translation>Diese Textnachricht nach dem Verbinden senden (wiederholbar, in Reihenfolge gesendet).</translation>
    </message>
    <message>
        <source>Send every received message back with the same type, until the server closes.</source>
        <translation>Jede empfangene Nachricht mit demselben Typ zurücksenden, bis der Server schließt.</translation>
    </message>
    <message>
        <source>Close normally after N received messages (0: right after sending).</source>
        <translation>Nach N empfangenen Nachrichten normal schließen (0: direkt nach dem Senden).</translation>
    </message>
    <message>
        <source>Close code when the CLI closes: 1000-1003, 1007-1014, 3000-4999, or 0 for none.</source>
        <translation>Schließcode, wenn die CLI schließt: 1000-1003, 1007-1014, 3000-4999 oder 0 für keinen.</translation>
    </message>
    <message>
        <source>Close reason when the CLI closes (at most 123 bytes of UTF-8).</source>
        <translation>Schließgrund, wenn die CLI schließt (höchstens 123 Bytes UTF-8).</translation>
    </message>
    <message>
        <source>Print one compact JSON object per event (JSON Lines): time, event, direction, opcode, size, text or base64, code and reason, status.</source>
        <translation>Pro Ereignis ein kompaktes JSON-Objekt ausgeben (JSON Lines): time, event, direction, opcode, size, text oder base64, code und reason, status.</translation>
    </message>
    <message>
        <source>Print only errors (with --jsonl: only &quot;error&quot; events).</source>
        <translation>Nur Fehler ausgeben (mit --jsonl: nur &quot;error&quot;-Ereignisse).</translation>
    </message>
    <message>
        <source>Start a built-in echo server on 127.0.0.1 and connect to it instead of a URL.</source>
        <translation>Einen eingebauten Echo-Server auf 127.0.0.1 starten und sich statt mit einer URL mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Give up when the connection is not open after this many milliseconds.</source>
        <translation>Aufgeben, wenn die Verbindung nach so vielen Millisekunden nicht offen ist.</translation>
    </message>
    <message>
        <source>With --send/--send-file only: how long to wait for replies after the last send.</source>
        <translation>Nur mit --send/--send-file: wie lange nach dem letzten Senden auf Antworten gewartet wird.</translation>
    </message>
    <message>
        <source>Do not offer permessage-deflate.</source>
        <translation>permessage-deflate nicht anbieten.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM/DER file for this connection (repeatable).</source>
        <translation>Den CA-Zertifikaten in dieser PEM/DER-Datei für diese Verbindung vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint for the URL&apos;s host, even if it does not verify (repeatable).</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck für den Host der URL vertrauen, auch wenn es sich nicht verifizieren lässt (wiederholbar).</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS.</source>
        <translation>Client-Zertifikat (PEM) für gegenseitiges TLS.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --cert; its passphrase comes from FRAMEWISE_KEY_PASSPHRASE.</source>
        <translation>Privater Schlüssel (PEM) zu --cert; seine Passphrase kommt aus FRAMEWISE_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Client certificate and key as PKCS#12 (.p12/.pfx); passphrase from FRAMEWISE_KEY_PASSPHRASE.</source>
        <translation>Client-Zertifikat und Schlüssel als PKCS#12 (.p12/.pfx); Passphrase aus FRAMEWISE_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Connect through this proxy: http://[user:password@]host:port (CONNECT) or socks5://….</source>
        <translation>Über diesen Proxy verbinden: http://[benutzer:passwort@]host:port (CONNECT) oder socks5://….</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings.</source>
        <translation>Die Proxy-Einstellungen des Systems verwenden.</translation>
    </message>
    <message>
        <source>User name for HTTP authentication (Basic or Digest) when the server answers 401; the password comes from FRAMEWISE_PASSWORD.</source>
        <translation>Benutzername für die HTTP-Authentifizierung (Basic oder Digest), wenn der Server mit 401 antwortet; das Passwort kommt aus FRAMEWISE_PASSWORD.</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: the system&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>Sprache der Meldungen: %1 (Vorgabe: die des Systems, aus LANGUAGE, LC_ALL, LC_MESSAGES oder LANG).</translation>
    </message>
    <message>
        <source>framewise-cli: no translation for “%1”; messages stay in English.</source>
        <translation>framewise-cli: keine Übersetzung für „%1“; die Meldungen bleiben englisch.</translation>
    </message>
    <message numerus="yes">
        <source>Give one URL only (got %n arguments).</source>
        <translation>
            <numerusform>Geben Sie nur eine URL an (%n Argument erhalten).</numerusform>
            <numerusform>Geben Sie nur eine URL an (%n Argumente erhalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either a URL or --local-echo, not both.</source>
        <translation>Geben Sie entweder eine URL oder --local-echo an, nicht beides.</translation>
    </message>
    <message>
        <source>--header “%1” must look like “Name: value”.</source>
        <translation>--header „%1“ muss wie „Name: Wert“ aussehen.</translation>
    </message>
    <message>
        <source>--ping-interval must be a whole number of seconds from 0 to 86400.</source>
        <translation>--ping-interval muss eine ganze Zahl von Sekunden von 0 bis 86400 sein.</translation>
    </message>
    <message>
        <source>--ping-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--ping-timeout muss eine ganze Zahl von Sekunden von 1 bis 86400 sein.</translation>
    </message>
    <message>
        <source>--count must be a whole number, 0 or more.</source>
        <translation>--count muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>--close-code must be a number from 0 to 65535 (and one that may be sent).</source>
        <translation>--close-code muss eine Zahl von 0 bis 65535 sein (und eine, die gesendet werden darf).</translation>
    </message>
    <message>
        <source>--timeout-open must be a whole number of milliseconds from 1 to 3600000.</source>
        <translation>--timeout-open muss eine ganze Zahl von Millisekunden von 1 bis 3600000 sein.</translation>
    </message>
    <message>
        <source>--linger must be a whole number of milliseconds from 0 to 3600000.</source>
        <translation>--linger muss eine ganze Zahl von Millisekunden von 0 bis 3600000 sein.</translation>
    </message>
    <message>
        <source>Record the connection (handshake, every message, how it ended) in the session database; list and export recordings with the commands below.</source>
        <translation>Die Verbindung (Handshake, jede Nachricht, wie sie endete) in der Sitzungsdatenbank aufzeichnen; Aufzeichnungen mit den Befehlen unten auflisten und exportieren.</translation>
    </message>
    <message>
        <source>The session database for --record (default: %1).</source>
        <translation>Die Sitzungsdatenbank für --record (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>--db is for --record (and the sessions, export and import commands).</source>
        <translation>--db gehört zu --record (und den Befehlen sessions, export und import).</translation>
    </message>
    <message>
        <source>Connect with the saved profile NAME (made in the window): its URL, headers, variables, TLS, proxy and login, with secrets from the keychain. Options given here win over the profile&apos;s.</source>
        <translation>Mit dem gespeicherten Profil NAME (im Fenster angelegt) verbinden: seine URL, Header, Variablen, TLS, Proxy und Anmeldung, mit Geheimnissen aus dem Schlüsselbund. Hier angegebene Optionen haben Vorrang vor denen des Profils.</translation>
    </message>
    <message>
        <source>Print credentials as they were sent (Authorization, Cookie, Set-Cookie, the profile&apos;s secret headers and variables, the URL&apos;s password). Without it they are printed as [redacted] or ••••. A recording never keeps them.</source>
        <translation>Zugangsdaten so ausgeben, wie sie gesendet wurden (Authorization, Cookie, Set-Cookie, die geheimen Header und Variablen des Profils, das Passwort der URL). Ohne diese Option erscheinen sie als [redacted] oder ••••. Eine Aufzeichnung behält sie nie.</translation>
    </message>
    <message>
        <source>Send a ping every this many seconds however busy the connection is, and print each pong&apos;s round-trip time (1 to 3600). Keepalive pings only after a silence, so it never measures a chatty connection.</source>
        <translation>Alle so viele Sekunden einen Ping senden, wie beschäftigt die Verbindung auch ist, und die Umlaufzeit jedes Pongs ausgeben (1 bis 3600). Keepalive pingt nur nach Stille und misst daher nie eine gesprächige Verbindung.</translation>
    </message>
    <message>
        <source>--rtt-probe must be a whole number of seconds from %1 to %2.</source>
        <translation>--rtt-probe muss eine ganze Zahl von Sekunden zwischen %1 und %2 sein.</translation>
    </message>
    <message>
        <source>Send this file as one binary message (over 1 MiB: streamed from disk, recorded by name and size).</source>
        <translation>Diese Datei als eine Binärnachricht senden (über 1 MiB: von der Platte gestreamt, mit Name und Größe aufgezeichnet).</translation>
    </message>
    <message>
        <source>Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than loopback lets other machines in: a warning says so.</source>
        <translation>Auf dieser Adresse und diesem Port lauschen (Vorgabe 127.0.0.1:%1; Port 0: ein beliebiger freier Port). Eine andere Adresse als Loopback lässt andere Rechner herein: Eine Warnung weist darauf hin.</translation>
    </message>
    <message>
        <source>The real server: ws:// or wss:// base URL; each app&apos;s path and query are appended.</source>
        <translation>Der echte Server: ws://- oder wss://-Basis-URL; Pfad und Query jeder App werden angehängt.</translation>
    </message>
    <message>
        <source>Forward every app to the upstream URL as it is, ignoring the app&apos;s path and query.</source>
        <translation>Jede App unverändert an die Upstream-URL weiterleiten und Pfad und Query der App ignorieren.</translation>
    </message>
    <message>
        <source>Send the app&apos;s Host header upstream instead of the upstream&apos;s own.</source>
        <translation>Den Host-Header der App an den Upstream senden statt seines eigenen.</translation>
    </message>
    <message>
        <source>Accept wss:// from apps with this PEM certificate (with --listen-key).</source>
        <translation>wss:// von Apps mit diesem PEM-Zertifikat annehmen (mit --listen-key).</translation>
    </message>
    <message>
        <source>The PEM private key of --listen-cert.</source>
        <translation>Der private PEM-Schlüssel zu --listen-cert.</translation>
    </message>
    <message>
        <source>Release held messages after this many seconds (0: never).</source>
        <translation>Zurückgehaltene Nachrichten nach so vielen Sekunden freigeben (0: nie).</translation>
    </message>
    <message>
        <source>Answer pings on each leg instead of carrying them end to end.</source>
        <translation>Pings auf jeder Seite selbst beantworten, statt sie von Ende zu Ende durchzureichen.</translation>
    </message>
    <message>
        <source>Exit once this many connections have ended (for scripts; default: run until Ctrl+C).</source>
        <translation>Beenden, sobald so viele Verbindungen beendet sind (für Skripte; Vorgabe: bis Strg+C laufen).</translation>
    </message>
    <message>
        <source>--auto-release must be a whole number of seconds from 0 to 86400.</source>
        <translation>--auto-release muss eine ganze Zahl von Sekunden zwischen 0 und 86400 sein.</translation>
    </message>
    <message>
        <source>--exit-after must be a whole number, 1 or more.</source>
        <translation>--exit-after muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>DIR:MATCH:REPLACEMENT — change messages going DIR (to-server, to-app or both) that MATCH: REGEX or re:REGEX (replace its matches; \1 for captures), text:TEXT or itext:TEXT (ignoring case; replace each occurrence), json:/POINTER=VALUE, type:text|binary, size:N|MIN-MAX|&gt;N|&lt;N (bytes; K, M) or any (replace the whole message). \: for a colon. Rules apply in the order given.</source>
        <translation>DIR:MATCH:REPLACEMENT — Nachrichten in Richtung DIR (to-server, to-app oder both) ändern, auf die MATCH zutrifft: REGEX oder re:REGEX (ersetzt die Treffer; \1 für Gruppen), text:TEXT oder itext:TEXT (ohne Beachtung der Groß-/Kleinschreibung; ersetzt jedes Vorkommen), json:/POINTER=VALUE, type:text|binary, size:N|MIN-MAX|&gt;N|&lt;N (Bytes; K, M) oder any (ersetzt die ganze Nachricht). \: für einen Doppelpunkt. Die Regeln gelten in der angegebenen Reihenfolge.</translation>
    </message>
    <message>
        <source>DIR:MATCH — do not forward messages that match (MATCH as for --rewrite).</source>
        <translation>DIR:MATCH — passende Nachrichten nicht weiterleiten (MATCH wie bei --rewrite).</translation>
    </message>
    <message>
        <source>DIR:MS or DIR:MATCH:MS — forward messages going DIR (all, or those that MATCH) this many milliseconds late (order is kept).</source>
        <translation>DIR:MS oder DIR:MATCH:MS — Nachrichten in Richtung DIR (alle oder die, auf die MATCH zutrifft) um so viele Millisekunden verspätet weiterleiten (die Reihenfolge bleibt erhalten).</translation>
    </message>
    <message>
        <source>DIR:MATCH — hold matching messages, and every later one going DIR behind them, until --auto-release lets them go on (without it, until the connection ends).</source>
        <translation>DIR:MATCH — passende Nachrichten und jede spätere in Richtung DIR dahinter zurückhalten, bis --auto-release sie freigibt (ohne diese Option bis zum Ende der Verbindung).</translation>
    </message>
    <message>
        <source>DIR:MATCH:TEXT — answer matching messages with TEXT instead of forwarding them.</source>
        <translation>DIR:MATCH:TEXT — passende Nachrichten mit TEXT beantworten, statt sie weiterzuleiten.</translation>
    </message>
    <message>
        <source>Listens for WebSocket apps (a reverse proxy) and forwards each to the upstream (--upstream, required), printing every message with its direction (app → server, server → app) and what the rules did to it. Rules (--rewrite, --drop, --delay, --break, --reply) apply in the order typed. Ctrl+C or SIGTERM closes both legs of every connection with 1001 and exits 0.

Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).</source>
        <translation>Lauscht auf WebSocket-Apps (ein Reverse-Proxy) und leitet jede an den Upstream weiter (--upstream, erforderlich); dabei gibt es jede Nachricht mit ihrer Richtung (app → server, server → app) aus und was die Regeln mit ihr gemacht haben. Die Regeln (--rewrite, --drop, --delay, --break, --reply) gelten in der eingegebenen Reihenfolge. Strg+C oder SIGTERM schließt beide Seiten jeder Verbindung mit 1001 und beendet mit 0.

Exit-Status: 0 fertig, 2 Aufruffehler, 4 Lauschen nicht möglich (z. B. ist der Port belegt).</translation>
    </message>
    <message>
        <source>--upstream is missing: give the real server, e.g. --upstream ws://127.0.0.1:8080 (ws:// or wss://).</source>
        <translation>--upstream fehlt: Geben Sie den echten Server an, z. B. --upstream ws://127.0.0.1:8080 (ws:// oder wss://).</translation>
    </message>
    <message>
        <source>--db is for --record.</source>
        <translation>--db gehört zu --record.</translation>
    </message>
    <message>
        <source>--upstream: %1</source>
        <translation>--upstream: %1</translation>
    </message>
    <message>
        <source>Intercepting (a reverse proxy between an app and its server that prints and changes messages):
  framewise-cli intercept --upstream URL [--listen ADDRESS:PORT] [rules]   see its own --help
  framewise-cli proxy [--listen ADDRESS:PORT] [--intercept-host PATTERN]... [rules]   an HTTP proxy for apps and browsers, TLS decrypted with the Framewise CA; see its own --help
</source>
        <translation>Abfangen (ein Reverse-Proxy zwischen einer App und ihrem Server, der Nachrichten ausgibt und ändert):
  framewise-cli intercept --upstream URL [--listen ADRESSE:PORT] [Regeln]   siehe sein eigenes --help
  framewise-cli proxy [--listen ADRESSE:PORT] [--intercept-host MUSTER]... [Regeln]   ein HTTP-Proxy für Apps und Browser, TLS mit der Framewise-CA entschlüsselt; siehe sein eigenes --help
</translation>
    </message>
    <message>
        <source>Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than loopback makes an open proxy for other machines: a warning says so.</source>
        <translation>Auf dieser Adresse und diesem Port lauschen (Vorgabe 127.0.0.1:%1; Port 0: ein beliebiger freier Port). Eine andere Adresse als Loopback macht daraus einen offenen Proxy für andere Rechner: Eine Warnung weist darauf hin.</translation>
    </message>
    <message>
        <source>Print one compact JSON object per event (JSON Lines): listening, connection, handshake, message, held, close, ended, recorded, refused (and for proxy: tunnel, forwarded, tls_rejected); each with its time and, when it concerns a connection, its &quot;id&quot;. Messages have direction (to-server, to-app), opcode, size, text or base64, marks and outcome.</source>
        <translation>Pro Ereignis ein kompaktes JSON-Objekt ausgeben (JSON Lines): listening, connection, handshake, message, held, close, ended, recorded, refused (und beim Proxy: tunnel, forwarded, tls_rejected); jeweils mit Zeitpunkt und, wenn es eine Verbindung betrifft, ihrer &quot;id&quot;. Nachrichten haben direction (to-server, to-app), opcode, size, text oder base64, marks und outcome.</translation>
    </message>
    <message>
        <source>Print only where it listens, refused clients and errors (fastest).</source>
        <translation>Nur ausgeben, wo gelauscht wird, abgelehnte Clients und Fehler (am schnellsten).</translation>
    </message>
    <message>
        <source>Look into traffic to hosts matching PATTERN only (repeatable): example.com, *.example.com (its subdomains), an IP address, each optionally :PORT; default: every host. A CONNECT to any other host is tunnelled blind.</source>
        <translation>Nur den Verkehr zu Hosts untersuchen, auf die PATTERN passt (wiederholbar): example.com, *.example.com (seine Subdomains), eine IP-Adresse, jeweils optional mit :PORT; Vorgabe: alle Hosts. Ein CONNECT zu jedem anderen Host wird blind getunnelt.</translation>
    </message>
    <message>
        <source>Tunnel TLS blind instead of decrypting it with the Framewise CA (only ws:// and http:// are looked into).</source>
        <translation>TLS blind tunneln, statt es mit der Framewise-CA zu entschlüsseln (nur ws:// und http:// werden untersucht).</translation>
    </message>
    <message>
        <source>framewise-cli %1: %2</source>
        <translation>framewise-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli %1 --help&apos; for the options.</source>
        <translation>„framewise-cli %1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>An HTTP proxy (CONNECT and http:// requests) for apps and browsers: point them at it (default 127.0.0.1:%1). WebSocket connections to intercepted hosts (--intercept-host; default every host) are intercepted as by framewise-cli intercept, TLS decrypted with leaf certificates from the Framewise CA (its key kept in the keychain; export its certificate with framewise-cli ca --export and trust it in the app); other requests are forwarded or tunnelled untouched and printed one line each. Rules apply as for intercept. Ctrl+C or SIGTERM closes every WebSocket with 1001 and exits 0.

Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).</source>
        <translation>Ein HTTP-Proxy (CONNECT- und http://-Anfragen) für Apps und Browser: Richten Sie sie darauf aus (Vorgabe 127.0.0.1:%1). WebSocket-Verbindungen zu abgefangenen Hosts (--intercept-host; Vorgabe: alle Hosts) werden wie von framewise-cli intercept abgefangen, TLS wird mit Leaf-Zertifikaten der Framewise-CA entschlüsselt (ihr Schlüssel bleibt im Schlüsselbund; exportieren Sie ihr Zertifikat mit framewise-cli ca --export und vertrauen Sie ihm in der App); andere Anfragen werden unverändert weitergeleitet oder getunnelt und mit je einer Zeile ausgegeben. Regeln gelten wie bei intercept. Strg+C oder SIGTERM schließt jeden WebSocket mit 1001 und beendet mit 0.

Exit-Status: 0 fertig, 2 Aufruffehler, 4 Lauschen nicht möglich (z. B. ist der Port belegt).</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides options (got “%2”).</source>
        <translation>%1 nimmt außer Optionen keine Argumente an („%2“ erhalten).</translation>
    </message>
    <message>
        <source>--listen “%1” must look like 127.0.0.1:%2 (an IP address and a port).</source>
        <translation>--listen „%1“ muss wie 127.0.0.1:%2 aussehen (eine IP-Adresse und ein Port).</translation>
    </message>
    <message>
        <source>framewise-cli %1: warning: --break without --auto-release holds matching messages (and every later one in their direction) until the connection ends.</source>
        <translation>framewise-cli %1: Warnung: --break ohne --auto-release hält passende Nachrichten (und jede spätere in ihrer Richtung) bis zum Ende der Verbindung zurück.</translation>
    </message>
    <message>
        <source>framewise-cli proxy: warning: no Framewise CA (%1); TLS is tunnelled without decrypting.</source>
        <translation>framewise-cli proxy: Warnung: keine Framewise-CA (%1); TLS wird ohne Entschlüsselung getunnelt.</translation>
    </message>
    <message>
        <source>framewise-cli proxy: warning: %1</source>
        <translation>framewise-cli proxy: Warnung: %1</translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>not valid JSON at %1 (byte %2): %3</source>
        <translation>kein gültiges JSON bei %1 (Byte %2): %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object, so this is not a HAR file</source>
        <translation>die oberste Ebene ist kein JSON-Objekt, also ist das keine HAR-Datei</translation>
    </message>
    <message>
        <source>log: missing or not an object, so this is not a HAR file</source>
        <translation>log: fehlt oder ist kein Objekt, also ist das keine HAR-Datei</translation>
    </message>
    <message>
        <source>log.entries: missing or not an array</source>
        <translation>log.entries: fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: kein Objekt</translation>
    </message>
    <message numerus="yes">
        <source>no WebSocket connection in log.entries (%n other entries)</source>
        <translation>
            <numerusform>keine WebSocket-Verbindung in log.entries (%n anderer Eintrag)</numerusform>
            <numerusform>keine WebSocket-Verbindung in log.entries (%n andere Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.request: missing or not an object</source>
        <translation>%1.request: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>%1.request.url: missing or not a string</source>
        <translation>%1.request.url: fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1.startedDateTime: missing or not an ISO 8601 date</source>
        <translation>%1.startedDateTime: fehlt oder ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>%1: not an array</source>
        <translation>%1: kein Array</translation>
    </message>
    <message>
        <source>%1[%2]: not a {&quot;name&quot;, &quot;value&quot;} object</source>
        <translation>%1[%2]: kein {&quot;name&quot;, &quot;value&quot;}-Objekt</translation>
    </message>
    <message>
        <source>%1.response: not an object</source>
        <translation>%1.response: kein Objekt</translation>
    </message>
    <message>
        <source>%1._framewise.events[%2]: needs a numeric &quot;time&quot; and a &quot;text&quot;</source>
        <translation>%1._framewise.events[%2]: braucht ein numerisches &quot;time&quot; und ein &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1._webSocketMessages: not an array</source>
        <translation>%1._webSocketMessages: kein Array</translation>
    </message>
    <message>
        <source>%1.request.url: not a valid URL</source>
        <translation>%1.request.url: keine gültige URL</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>Zeile %1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1: &quot;record&quot; must be &quot;session&quot; or &quot;message&quot;</source>
        <translation>Zeile %1: &quot;record&quot; muss &quot;session&quot; oder &quot;message&quot; sein</translation>
    </message>
    <message>
        <source>line %1: a message before any {&quot;record&quot;:&quot;session&quot;} line</source>
        <translation>Zeile %1: eine Nachricht vor jeder {&quot;record&quot;:&quot;session&quot;}-Zeile</translation>
    </message>
    <message>
        <source>line %1: &quot;time_us&quot; (or an ISO 8601 &quot;time&quot;) is missing</source>
        <translation>Zeile %1: &quot;time_us&quot; (oder ein ISO-8601-&quot;time&quot;) fehlt</translation>
    </message>
    <message>
        <source>line %1: &quot;direction&quot; must be &quot;in&quot;, &quot;out&quot; or &quot;local&quot;</source>
        <translation>Zeile %1: &quot;direction&quot; muss &quot;in&quot;, &quot;out&quot; oder &quot;local&quot; sein</translation>
    </message>
    <message>
        <source>line %1: &quot;kind&quot; must be text, binary, ping, pong, close or event</source>
        <translation>Zeile %1: &quot;kind&quot; muss text, binary, ping, pong, close oder event sein</translation>
    </message>
    <message>
        <source>line %1: &quot;base64&quot; is not valid base64</source>
        <translation>Zeile %1: &quot;base64&quot; ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>line %1: neither &quot;text&quot; nor &quot;base64&quot;</source>
        <translation>Zeile %1: weder &quot;text&quot; noch &quot;base64&quot;</translation>
    </message>
    <message>
        <source>no {&quot;record&quot;:&quot;session&quot;} line: not a Framewise JSON Lines export</source>
        <translation>keine {&quot;record&quot;:&quot;session&quot;}-Zeile: kein JSON-Lines-Export von Framewise</translation>
    </message>
    <message>
        <source>line %1: &quot;kind&quot;</source>
        <translation>Zeile %1: &quot;kind&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;marks&quot;</source>
        <translation>Zeile %1: &quot;marks&quot;</translation>
    </message>
</context>
<context>
    <name>JsonSyntaxError</name>
    <message>
        <source>No JSON value: the text is empty</source>
        <translation>Kein JSON-Wert: der Text ist leer</translation>
    </message>
    <message>
        <source>Expected a value in array at line %1, column %2, found “%3”</source>
        <translation>Wert im Array erwartet in Zeile %1, Spalte %2, gefunden „%3“</translation>
    </message>
    <message>
        <source>Expected a value in object at line %1, column %2, found “%3”</source>
        <translation>Wert im Objekt erwartet in Zeile %1, Spalte %2, gefunden „%3“</translation>
    </message>
    <message>
        <source>Expected a JSON value at line %1, column %2, found “%3”</source>
        <translation>JSON-Wert erwartet in Zeile %1, Spalte %2, gefunden „%3“</translation>
    </message>
    <message>
        <source>Missing comma or &apos;}&apos; in object at line %1, column %2</source>
        <translation>Komma oder &apos;}&apos; fehlt im Objekt in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Missing comma or &apos;]&apos; in array at line %1, column %2</source>
        <translation>Komma oder &apos;]&apos; fehlt im Array in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Missing &apos;:&apos; after the key in object at line %1, column %2</source>
        <translation>&apos;:&apos; fehlt nach dem Schlüssel im Objekt in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Expected a key in double quotes in object at line %1, column %2, found “%3”</source>
        <translation>Schlüssel in doppelten Anführungszeichen im Objekt erwartet in Zeile %1, Spalte %2, gefunden „%3“</translation>
    </message>
    <message>
        <source>Comma before &apos;}&apos; in object at line %1, column %2: remove it</source>
        <translation>Komma vor &apos;}&apos; im Objekt in Zeile %1, Spalte %2: entfernen Sie es</translation>
    </message>
    <message>
        <source>Comma before &apos;]&apos; in array at line %1, column %2: remove it</source>
        <translation>Komma vor &apos;]&apos; im Array in Zeile %1, Spalte %2: entfernen Sie es</translation>
    </message>
    <message>
        <source>String in array not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Zeichenkette im Array nicht geschlossen: das Anführungszeichen in Zeile %1, Spalte %2 hat kein schließendes</translation>
    </message>
    <message>
        <source>String in object not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Zeichenkette im Objekt nicht geschlossen: das Anführungszeichen in Zeile %1, Spalte %2 hat kein schließendes</translation>
    </message>
    <message>
        <source>String not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Zeichenkette nicht geschlossen: das Anführungszeichen in Zeile %1, Spalte %2 hat kein schließendes</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string in array at line %1, column %2</source>
        <translation>Ungültiges Escape „%3“ in einer Zeichenkette im Array in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string in object at line %1, column %2</source>
        <translation>Ungültiges Escape „%3“ in einer Zeichenkette im Objekt in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string at line %1, column %2</source>
        <translation>Ungültiges Escape „%3“ in einer Zeichenkette in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line break or control character in a string in array at line %1, column %2 (write \n or \t)</source>
        <translation>Zeilenumbruch oder Steuerzeichen in einer Zeichenkette im Array in Zeile %1, Spalte %2 (schreiben Sie \n oder \t)</translation>
    </message>
    <message>
        <source>Line break or control character in a string in object at line %1, column %2 (write \n or \t)</source>
        <translation>Zeilenumbruch oder Steuerzeichen in einer Zeichenkette im Objekt in Zeile %1, Spalte %2 (schreiben Sie \n oder \t)</translation>
    </message>
    <message>
        <source>Line break or control character in a string at line %1, column %2 (write \n or \t)</source>
        <translation>Zeilenumbruch oder Steuerzeichen in einer Zeichenkette in Zeile %1, Spalte %2 (schreiben Sie \n oder \t)</translation>
    </message>
    <message>
        <source>Invalid number “%3” in array at line %1, column %2</source>
        <translation>Ungültige Zahl „%3“ im Array in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Invalid number “%3” in object at line %1, column %2</source>
        <translation>Ungültige Zahl „%3“ im Objekt in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Invalid number “%3” at line %1, column %2</source>
        <translation>Ungültige Zahl „%3“ in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Missing &apos;}&apos; to close the object opened at line %1, column %2</source>
        <translation>&apos;}&apos; fehlt, um das in Zeile %1, Spalte %2 geöffnete Objekt zu schließen</translation>
    </message>
    <message>
        <source>Missing &apos;]&apos; to close the array opened at line %1, column %2</source>
        <translation>&apos;]&apos; fehlt, um das in Zeile %1, Spalte %2 geöffnete Array zu schließen</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON value at line %1, column %2</source>
        <translation>Unerwarteter Text nach dem Ende des JSON-Werts in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Nested more than %3 levels deep at line %1, column %2</source>
        <translation>Mehr als %3 Ebenen tief verschachtelt in Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Record %1 does not exist (the session has %2).</source>
        <translation>Eintrag %1 existiert nicht (die Sitzung hat %2).</translation>
    </message>
    <message>
        <source>Reading record %1 failed: %2</source>
        <translation>Das Lesen von Eintrag %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>(%1; not kept)</source>
        <translation>(%1; nicht behalten)</translation>
    </message>
    <message>
        <source>(%1, %2, streamed from a file; not kept)</source>
        <translation>(%1, %2, aus einer Datei gestreamt; nicht behalten)</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: not a list of marks (%2)</source>
        <translation>%1: keine Liste von Markierungen (%2)</translation>
    </message>
    <message>
        <source>%1: unknown mark &quot;%2&quot; (known marks: %3)</source>
        <translation>%1: unbekannte Markierung &quot;%2&quot; (bekannte Markierungen: %3)</translation>
    </message>
    <message>
        <source>%1: the kind of session must be &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>%1: die Art der Sitzung muss &quot;%2&quot; oder &quot;%3&quot; sein</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>recording</source>
        <translation>wird aufgezeichnet</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Abfangen</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The recording was interrupted: Framewise ended without closing the session (a crash, a kill or a power loss). Messages up to the last saved batch are kept.</source>
        <translation>Die Aufzeichnung wurde unterbrochen: Framewise endete, ohne die Sitzung zu schließen (Absturz, Abbruch oder Stromausfall). Nachrichten bis zum letzten gespeicherten Stapel bleiben erhalten.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>Es gibt keine Sitzung %1 in %2.</translation>
    </message>
    <message>
        <source>Session %1 in %2 lacks record %3.</source>
        <translation>Der Sitzung %1 in %2 fehlt Eintrag %3.</translation>
    </message>
    <message>
        <source>The session database %1 reported an error: %2</source>
        <translation>Die Sitzungsdatenbank %1 meldete einen Fehler: %2</translation>
    </message>
    <message>
        <source>The session database %1 is locked by another program (%2).</source>
        <translation>Die Sitzungsdatenbank %1 ist von einem anderen Programm gesperrt (%2).</translation>
    </message>
    <message>
        <source>The session database %1 cannot be written: it is read-only (%2).</source>
        <translation>Die Sitzungsdatenbank %1 kann nicht geschrieben werden: Sie ist schreibgeschützt (%2).</translation>
    </message>
    <message>
        <source>Reading or writing the session database %1 failed (%2).</source>
        <translation>Das Lesen oder Schreiben der Sitzungsdatenbank %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The session database %1 is damaged or is not a Framewise session database (%2). Move it away to start a new one.</source>
        <translation>Die Sitzungsdatenbank %1 ist beschädigt oder keine Framewise-Sitzungsdatenbank (%2). Verschieben Sie sie, um eine neue anzulegen.</translation>
    </message>
    <message>
        <source>The disk that holds the session database %1 is full (%2).</source>
        <translation>Der Datenträger mit der Sitzungsdatenbank %1 ist voll (%2).</translation>
    </message>
    <message>
        <source>The session database %1 cannot be opened (%2).</source>
        <translation>Die Sitzungsdatenbank %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the session database.</source>
        <translation>Der Ordner %1 für die Sitzungsdatenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no session database at %1.</source>
        <translation>Unter %1 gibt es keine Sitzungsdatenbank.</translation>
    </message>
    <message>
        <source>The session database %1 cannot be opened: it is not a file.</source>
        <translation>Die Sitzungsdatenbank %1 kann nicht geöffnet werden: Sie ist keine Datei.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE, Debian-Paket libqt6sql6-sqlite) ist nicht installiert.</translation>
    </message>
    <message>
        <source>%1 is not a Framewise session database.</source>
        <translation>%1 ist keine Framewise-Sitzungsdatenbank.</translation>
    </message>
    <message>
        <source>The session database %1 was written by a newer version of Framewise (schema %2; this version reads %3).</source>
        <translation>Die Sitzungsdatenbank %1 wurde von einer neueren Framewise-Version geschrieben (Schema %2; diese Version liest %3).</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli %1 --help&apos; for the options.</source>
        <translation>„framewise-cli %1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>The session database (default: %1).</source>
        <translation>Die Sitzungsdatenbank (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Sprache der Meldungen.</translation>
    </message>
    <message>
        <source>Recorded sessions (--record keeps one in the session database):
  framewise-cli sessions [--search TEXT] [--jsonl] [--db PATH]   list recorded sessions
  framewise-cli export SESSION --format har|jsonl|csv|text [-o FILE] [--db PATH]
  framewise-cli import FILE.har|FILE.jsonl [--db PATH]
Each command has its own --help.
</source>
        <translation>Aufgezeichnete Sitzungen (--record legt eine in der Sitzungsdatenbank ab):
  framewise-cli sessions [--search TEXT] [--jsonl] [--db PFAD]   aufgezeichnete Sitzungen auflisten
  framewise-cli export SITZUNG --format har|jsonl|csv|text [-o DATEI] [--db PFAD]
  framewise-cli import DATEI.har|DATEI.jsonl [--db PFAD]
Jeder Befehl hat ein eigenes --help.
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Lists the recorded sessions, newest first.</source>
        <translation>Listet die aufgezeichneten Sitzungen auf, die neueste zuerst.</translation>
    </message>
    <message>
        <source>One JSON object per session.</source>
        <translation>Ein JSON-Objekt pro Sitzung.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>No recorded sessions in %1.</source>
        <translation>Keine aufgezeichneten Sitzungen in %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Exports a recorded session (its id from &apos;framewise-cli sessions&apos;) as HAR (with Chrome&apos;s _webSocketMessages), JSON Lines, CSV or plain text.</source>
        <translation>Exportiert eine aufgezeichnete Sitzung (ihre ID aus „framewise-cli sessions“) als HAR (mit Chromes _webSocketMessages), JSON Lines, CSV oder reinen Text.</translation>
    </message>
    <message>
        <source>The session&apos;s id.</source>
        <translation>Die ID der Sitzung.</translation>
    </message>
    <message>
        <source>har, jsonl, csv or text.</source>
        <translation>har, jsonl, csv oder text.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>In diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Give exactly one session id.</source>
        <translation>Geben Sie genau eine Sitzungs-ID an.</translation>
    </message>
    <message>
        <source>“%1” is not a session id.</source>
        <translation>„%1“ ist keine Sitzungs-ID.</translation>
    </message>
    <message>
        <source>--format is required: har, jsonl, csv or text.</source>
        <translation>--format ist erforderlich: har, jsonl, csv oder text.</translation>
    </message>
    <message>
        <source>--format “%1” is not one of har, jsonl, csv, text.</source>
        <translation>--format „%1“ ist keines von har, jsonl, csv, text.</translation>
    </message>
    <message>
        <source>Cannot write to stdout.</source>
        <translation>Auf stdout kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The .har or .jsonl file.</source>
        <translation>Die .har- oder .jsonl-Datei.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Geben Sie genau eine Datei an.</translation>
    </message>
    <message numerus="yes">
        <source>Imported session %1: %2 (%n records)</source>
        <translation>
            <numerusform>Sitzung %1 importiert: %2 (%n Eintrag)</numerusform>
            <numerusform>Sitzung %1 importiert: %2 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports every WebSocket connection in a HAR file (from Chrome DevTools, Firefox or Framewise) or a Framewise JSON Lines export as read-only sessions. A HAR message that lacks a time, a type, an opcode or its data is left out and counted, as in Chrome; a file broken anywhere else imports nothing.</source>
        <translation>Importiert jede WebSocket-Verbindung aus einer HAR-Datei (von Chrome DevTools, Firefox oder Framewise) oder einem JSON-Lines-Export von Framewise als schreibgeschützte Sitzungen. Eine HAR-Nachricht ohne Zeit, Typ, Opcode oder Daten wird wie in Chrome ausgelassen und gezählt; eine anderswo beschädigte Datei importiert nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n message(s): each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>%n Nachricht ausgelassen: ihr fehlte eine Zeit, ein Typ, ein Opcode oder ihre Daten, oder eines davon war nicht lesbar.</numerusform>
            <numerusform>%n Nachrichten ausgelassen: jeder fehlte eine Zeit, ein Typ, ein Opcode oder ihre Daten, oder eines davon war nicht lesbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only sessions whose URL, profile, state or ending contains this text (as the window&apos;s History search).</source>
        <translation>Nur Sitzungen, deren URL, Profil, Zustand oder Ende diesen Text enthält (wie die Suche im Verlauf des Fensters).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
</context>
<context>
    <name>TextExporter</name>
    <message>
        <source>Records (%1):</source>
        <translation>Einträge (%1):</translation>
    </message>
    <message>
        <source>Framewise session</source>
        <translation>Framewise-Sitzung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Subprotocol</source>
        <translation>Subprotokoll</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Schließcode</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>Handshake request:</source>
        <translation>Handshake-Anfrage:</translation>
    </message>
    <message>
        <source>Handshake response:</source>
        <translation>Handshake-Antwort:</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>, komprimiert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspector for WebSocket endpoints.</source>
        <translation>Inspektor für WebSocket-Endpunkte.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after DELAY ms, then quit.</source>
        <translation>Nach DELAY ms ein Bild des Fensters in FILE speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Delay before --screenshot, in milliseconds (default 1500).</source>
        <translation>Verzögerung vor --screenshot in Millisekunden (Vorgabe 1500).</translation>
    </message>
    <message>
        <source>Language of the window: %1 (default: the one chosen in View › Language, else the system&apos;s).</source>
        <translation>Sprache des Fensters: %1 (Vorgabe: die unter Ansicht › Sprache gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Open the saved profile NAME in a tab and connect (repeatable).</source>
        <translation>Das gespeicherte Profil NAME in einem Reiter öffnen und verbinden (wiederholbar).</translation>
    </message>
    <message>
        <source>ws:// or wss:// address to open in a tab and connect to (optional).</source>
        <translation>ws://- oder wss://-Adresse, die in einem Tab geöffnet und verbunden wird (optional).</translation>
    </message>
    <message>
        <source>Open the URLs given in tabs without connecting.</source>
        <translation>Die angegebenen URLs in Tabs öffnen, ohne zu verbinden.</translation>
    </message>
</context>
</TS>
