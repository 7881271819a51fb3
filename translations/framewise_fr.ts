<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Framewise</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a line break (CR)</source>
        <translation>un saut de ligne (CR)</translation>
    </message>
    <message>
        <source>a line break (LF)</source>
        <translation>un saut de ligne (LF)</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>le caractère de contrôle U+%1</translation>
    </message>
</context>
<context>
    <name>Framewise::CaCommands</name>
    <message>
        <source>framewise-cli ca: %1</source>
        <translation>framewise-cli ca&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli ca --help&apos; for the options.</source>
        <translation>Essayez «&#xa0;framewise-cli ca --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>The Framewise certificate authority (what the proxy decrypts TLS with; its key stays in the keychain):
  framewise-cli ca --export PATH [--der]   write its certificate for apps and browsers to trust
  framewise-cli ca --fingerprint           show its fingerprints and validity
  framewise-cli ca --regenerate            replace it (apps must then trust the new one)
</source>
        <translation>L&apos;autorité de certification Framewise (avec laquelle le proxy déchiffre le TLS&#xa0;; sa clé reste dans le trousseau)&#xa0;:
  framewise-cli ca --export PATH [--der]   écrire son certificat pour que les applications et navigateurs lui fassent confiance
  framewise-cli ca --fingerprint           afficher ses empreintes et sa validité
  framewise-cli ca --regenerate            la remplacer (les applications doivent alors faire confiance à la nouvelle)
</translation>
    </message>
    <message>
        <source>The Framewise certificate authority that framewise-cli proxy (and the window&apos;s proxy) decrypts TLS with. It is made on first use; its private key lives in the system keychain and never in a file. Apps and browsers trust it once its certificate is imported (see the README).

Exit status: 0 done, 1 failed (no keychain, a file that cannot be written), 2 usage error.</source>
        <translation>L&apos;autorité de certification Framewise avec laquelle framewise-cli proxy (et le proxy de la fenêtre) déchiffre le TLS. Elle est créée à la première utilisation&#xa0;; sa clé privée réside dans le trousseau du système et jamais dans un fichier. Les applications et navigateurs lui font confiance une fois son certificat importé (voir le README).

Code de sortie&#xa0;: 0 terminé, 1 échec (pas de trousseau, fichier impossible à écrire), 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Write the CA&apos;s certificate to this file (PEM unless --der).</source>
        <translation>Écrire le certificat de l&apos;AC dans ce fichier (PEM sauf avec --der).</translation>
    </message>
    <message>
        <source>With --export: DER instead of PEM.</source>
        <translation>Avec --export&#xa0;: DER au lieu de PEM.</translation>
    </message>
    <message>
        <source>Print the CA&apos;s SHA-256 and SHA-1 fingerprints, subject and validity.</source>
        <translation>Afficher les empreintes SHA-256 et SHA-1 de l&apos;AC, son sujet et sa validité.</translation>
    </message>
    <message>
        <source>Make a new CA in place of the old one. Apps that trusted the old one must be given the new one.</source>
        <translation>Créer une nouvelle AC à la place de l&apos;ancienne. Les applications qui faisaient confiance à l&apos;ancienne doivent recevoir la nouvelle.</translation>
    </message>
    <message>
        <source>ca takes no arguments besides options (got “%1”).</source>
        <translation>ca n&apos;accepte aucun argument hormis les options («&#xa0;%1&#xa0;» reçu).</translation>
    </message>
    <message>
        <source>say what to do: --export PATH, --fingerprint or --regenerate.</source>
        <translation>indiquez quoi faire&#xa0;: --export PATH, --fingerprint ou --regenerate.</translation>
    </message>
    <message>
        <source>--der is for --export.</source>
        <translation>--der sert à --export.</translation>
    </message>
    <message>
        <source>framewise-cli ca: no keychain, so no Framewise CA is kept and there is nothing to %1. A running framewise-cli proxy makes one for as long as it runs and hands out its certificate at http://ADDRESS:PORT/framewise-ca.pem.</source>
        <translation>framewise-cli ca&#xa0;: pas de trousseau, donc aucune AC Framewise n&apos;est conservée et il n&apos;y a rien à %1. Un framewise-cli proxy en cours d&apos;exécution en crée une pour toute la durée de son exécution et distribue son certificat à http://ADDRESS:PORT/framewise-ca.pem.</translation>
    </message>
    <message>
        <source>regenerate</source>
        <translation>régénérer</translation>
    </message>
    <message>
        <source>show or export</source>
        <translation>afficher ou exporter</translation>
    </message>
    <message>
        <source>A new Framewise CA was made. Apps and browsers that trusted the old one must be given this one.</source>
        <translation>Une nouvelle AC Framewise a été créée. Les applications et navigateurs qui faisaient confiance à l&apos;ancienne doivent recevoir celle-ci.</translation>
    </message>
    <message>
        <source>framewise-cli ca: cannot write %1: %2</source>
        <translation>framewise-cli ca&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (%1) to %2</source>
        <translation>Certificat de l&apos;AC Framewise (%1) écrit dans %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-1: %1</source>
        <translation>SHA-1&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
</context>
<context>
    <name>Framewise::CaDetailsDialog</name>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>Empreinte SHA-1</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Régénérer…</translation>
    </message>
    <message>
        <source>Framewise CA</source>
        <translation>AC Framewise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Apps and browsers accept the certificates Framewise makes for intercepted wss:// hosts only once they trust this CA: export it (PEM, or DER for some devices) and import it as the README&apos;s section “Trusting the Framewise CA” shows for Firefox, Chromium and Debian system-wide. Its private key never leaves the keychain.</source>
        <translation>Les applications et navigateurs n&apos;acceptent les certificats que Framewise crée pour les hôtes wss:// interceptés qu&apos;une fois qu&apos;ils font confiance à cette AC&#xa0;: exportez-la (en PEM, ou en DER pour certains appareils) et importez-la comme l&apos;indique la section «&#xa0;Trusting the Framewise CA&#xa0;» du README pour Firefox, Chromium et Debian (à l&apos;échelle du système). Sa clé privée ne quitte jamais le trousseau.</translation>
    </message>
    <message>
        <source>How to trust the CA</source>
        <translation>Comment faire confiance à l&apos;AC</translation>
    </message>
    <message>
        <source>Write the CA&apos;s certificate to a file (File › Export CA certificate…)</source>
        <translation>Écrire le certificat de l&apos;AC dans un fichier (Fichier › Exporter le certificat de l&apos;AC…)</translation>
    </message>
    <message>
        <source>Make a new CA in place of this one</source>
        <translation>Créer une nouvelle AC à la place de celle-ci</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Conservée&#xa0;:</translation>
    </message>
    <message>
        <source>No Framewise CA: %1</source>
        <translation>Aucune AC Framewise&#xa0;: %1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source> (expired: regenerate it)</source>
        <translation> (expirée&#xa0;: régénérez-la)</translation>
    </message>
    <message>
        <source> (not valid yet: check this machine&apos;s clock)</source>
        <translation> (pas encore valide&#xa0;: vérifiez l&apos;horloge de cette machine)</translation>
    </message>
    <message>
        <source>A new Framewise CA was made. Give its certificate to every app, browser and device that trusted the old one (Export…). New proxy tabs use the new CA.</source>
        <translation>Une nouvelle AC Framewise a été créée. Donnez son certificat à chaque application, navigateur et appareil qui faisait confiance à l&apos;ancienne (Exporter…). Les nouveaux onglets de proxy utilisent la nouvelle AC.</translation>
    </message>
    <message>
        <source>The proxy tabs open now (%1) keep decrypting with the old one until they are closed.</source>
        <translation>Les onglets de proxy ouverts actuellement (%1) continuent de déchiffrer avec l&apos;ancienne jusqu&apos;à leur fermeture.</translation>
    </message>
    <message>
        <source>Regenerate the Framewise CA</source>
        <translation>Régénérer l&apos;AC Framewise</translation>
    </message>
    <message>
        <source>Make a new Framewise CA?</source>
        <translation>Créer une nouvelle AC Framewise&#xa0;?</translation>
    </message>
    <message>
        <source>The current CA is replaced for good. Every app, browser and device that trusts it stops accepting Framewise&apos;s certificates until it is given the new one. Proxy tabs open now keep the current CA until they are closed; new proxy tabs use the new one.</source>
        <translation>L&apos;AC actuelle est remplacée définitivement. Chaque application, navigateur et appareil qui lui fait confiance cesse d&apos;accepter les certificats de Framewise tant qu&apos;il n&apos;a pas reçu la nouvelle. Les onglets de proxy ouverts actuellement conservent l&apos;AC actuelle jusqu&apos;à leur fermeture&#xa0;; les nouveaux onglets de proxy utilisent la nouvelle.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
</context>
<context>
    <name>Framewise::CaStore</name>
    <message>
        <source>No keychain is available, so Framewise&apos;s certificate authority lasts for this session only and its private key is never written to disk. Whatever trusts it now must be given the new one after Framewise restarts.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: l&apos;autorité de certification de Framewise ne vaut donc que pour cette session et sa clé privée n&apos;est jamais écrite sur le disque. Ce qui lui fait confiance maintenant devra recevoir la nouvelle après le redémarrage de Framewise.</translation>
    </message>
    <message>
        <source>The certificate authority in the keychain cannot be used: %1 Regenerate it to replace it.</source>
        <translation>L&apos;autorité de certification du trousseau est inutilisable&#xa0;: %1 Régénérez-la pour la remplacer.</translation>
    </message>
</context>
<context>
    <name>Framewise::CertificateAuthority</name>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>Le nom d&apos;hôte est vide.</translation>
    </message>
    <message>
        <source>The host name contains a control character.</source>
        <translation>Le nom d&apos;hôte contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The host name “%1” contains a space.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» contient une espace.</translation>
    </message>
    <message>
        <source>The address “%1” has a zone (%2), which a certificate cannot name.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» comporte une zone (%2), qu&apos;un certificat ne peut pas nommer.</translation>
    </message>
    <message>
        <source>“%1” is in brackets but is not an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» est entre crochets mais n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>The host name “%1” contains “%2”, which a host name cannot hold.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», qu&apos;un nom d&apos;hôte ne peut pas contenir.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalized host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte internationalisé valide.</translation>
    </message>
    <message>
        <source>The host name “%1” is longer than 253 characters.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» dépasse 253 caractères.</translation>
    </message>
    <message>
        <source>The host name “%1” has an empty label (a dot at the start or two in a row).</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» a une étiquette vide (un point au début ou deux à la suite).</translation>
    </message>
    <message>
        <source>The host name “%1” has a label longer than 63 characters.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» a une étiquette de plus de 63 caractères.</translation>
    </message>
    <message>
        <source>Cannot make the certificate authority: %1</source>
        <translation>Impossible de créer l&apos;autorité de certification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate (%1).</source>
        <translation>Le certificat de l&apos;AC n&apos;est pas un certificat PEM (%1).</translation>
    </message>
    <message>
        <source>The CA private key is not an unencrypted PEM private key (%1).</source>
        <translation>La clé privée de l&apos;AC n&apos;est pas une clé privée PEM non chiffrée (%1).</translation>
    </message>
    <message>
        <source>The private key does not belong to the CA certificate.</source>
        <translation>La clé privée ne correspond pas au certificat de l&apos;AC.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is neither an EC nor an RSA key, which Framewise cannot sign with.</source>
        <translation>La clé de l&apos;AC n&apos;est ni une clé EC ni une clé RSA, et Framewise ne peut pas signer avec.</translation>
    </message>
    <message>
        <source>The certificate “%1” is not a certificate authority (its basic constraints do not say CA:TRUE).</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» n&apos;est pas une autorité de certification (ses contraintes de base n&apos;indiquent pas CA:TRUE).</translation>
    </message>
    <message>
        <source>The certificate “%1” may not sign certificates (its key usage lacks keyCertSign).</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» ne peut pas signer de certificats (keyCertSign manque dans son usage de clé).</translation>
    </message>
    <message>
        <source>Cannot load the certificate authority: %1</source>
        <translation>Impossible de charger l&apos;autorité de certification&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no certificate authority to sign with.</source>
        <translation>Il n&apos;y a aucune autorité de certification avec laquelle signer.</translation>
    </message>
    <message>
        <source>The certificate authority expired on %1; regenerate it.</source>
        <translation>L&apos;autorité de certification a expiré le %1&#xa0;; régénérez-la.</translation>
    </message>
    <message>
        <source>Cannot make a certificate for “%1”: %2</source>
        <translation>Impossible de créer un certificat pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::ChannelError</name>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>This connection was already opened.</source>
        <translation>Cette connexion a déjà été ouverte.</translation>
    </message>
    <message>
        <source>This setting can only be changed before connecting.</source>
        <translation>Ce réglage ne peut être modifié qu&apos;avant la connexion.</translation>
    </message>
    <message>
        <source>The connection is not open yet.</source>
        <translation>La connexion n&apos;est pas encore ouverte.</translation>
    </message>
    <message>
        <source>The connection is closing or closed; nothing more can be sent.</source>
        <translation>La connexion est en cours de fermeture ou fermée ; plus rien ne peut être envoyé.</translation>
    </message>
    <message>
        <source>The address must be an absolute ws:// or wss:// URL with a host name.</source>
        <translation>L&apos;adresse doit être une URL absolue ws:// ou wss:// avec un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>That close code may not be sent (allowed: 1000-1003, 1007-1014, 3000-4999).</source>
        <translation>Ce code de fermeture ne peut pas être envoyé (autorisés : 1000-1003, 1007-1014, 3000-4999).</translation>
    </message>
    <message>
        <source>The close reason is longer than 123 bytes of UTF-8.</source>
        <translation>La raison de fermeture dépasse 123 octets en UTF-8.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Argument non valide.</translation>
    </message>
</context>
<context>
    <name>Framewise::CliProfile</name>
    <message>
        <source>The profile “%1” needs secrets that have no saved value: %2. %3</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a besoin de secrets sans valeur enregistrée&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::CliRunner</name>
    <message>
        <source>nothing listens on the port</source>
        <translation>rien n&apos;écoute sur le port</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>le nom d&apos;hôte n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>the connection was not open within --timeout-open</source>
        <translation>la connexion n&apos;était pas ouverte dans le délai de --timeout-open</translation>
    </message>
    <message>
        <source>the server answered the upgrade with an HTTP status other than 101</source>
        <translation>le serveur a répondu à la mise à niveau avec un statut HTTP autre que 101</translation>
    </message>
    <message>
        <source>the server&apos;s 101 answer breaks RFC 6455</source>
        <translation>la réponse 101 du serveur enfreint la RFC 6455</translation>
    </message>
    <message>
        <source>the server broke the framing rules (1002 sent)</source>
        <translation>le serveur a enfreint les règles de tramage (1002 envoyé)</translation>
    </message>
    <message>
        <source>text or a close reason was not UTF-8 (1007 sent)</source>
        <translation>un texte ou une raison de fermeture n&apos;était pas en UTF-8 (1007 envoyé)</translation>
    </message>
    <message>
        <source>a message exceeded the size limit (1009 sent)</source>
        <translation>un message a dépassé la taille maximale (1009 envoyé)</translation>
    </message>
    <message>
        <source>no answer to a keepalive ping within --ping-timeout</source>
        <translation>pas de réponse à un ping keepalive dans le délai de --ping-timeout</translation>
    </message>
    <message>
        <source>the server did not answer our Close in time</source>
        <translation>le serveur n&apos;a pas répondu à temps à notre Close</translation>
    </message>
    <message>
        <source>the connection ended without a Close frame (1006)</source>
        <translation>la connexion s&apos;est terminée sans trame Close (1006)</translation>
    </message>
    <message>
        <source>the TLS handshake or certificate check failed</source>
        <translation>la poignée de main TLS ou la vérification du certificat a échoué</translation>
    </message>
    <message>
        <source>another network error</source>
        <translation>une autre erreur réseau</translation>
    </message>
    <message>
        <source>interrupted before the connection was open, or twice</source>
        <translation>interrompu avant l&apos;ouverture de la connexion, ou deux fois</translation>
    </message>
    <message>
        <source>a handshake redirect could not be followed</source>
        <translation>une redirection de la poignée de main n&apos;a pas pu être suivie</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Code de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>the connection was closed cleanly</source>
        <translation>la connexion a été fermée proprement</translation>
    </message>
    <message>
        <source>internal error (the local echo server could not start)</source>
        <translation>erreur interne (le serveur d&apos;écho local n&apos;a pas pu démarrer)</translation>
    </message>
    <message>
        <source>usage error: bad URL or option value</source>
        <translation>erreur d&apos;utilisation&#xa0;: URL ou valeur d&apos;option incorrecte</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>Aucune URL indiquée.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” has no scheme; write ws://host/ or wss://host/.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de schéma&#xa0;; écrivez ws://hôte/ ou wss://hôte/.</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only ws:// and wss:// are WebSocket URLs.</source>
        <translation>«&#xa0;%1&#xa0;» utilise le schéma «&#xa0;%2&#xa0;»&#xa0;; seules ws:// et wss:// sont des URL WebSocket.</translation>
    </message>
    <message>
        <source>“%1” has no host.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>“%1” has a fragment (#%2), which WebSocket URLs may not have.</source>
        <translation>«&#xa0;%1&#xa0;» a un fragment (#%2), interdit dans les URL WebSocket.</translation>
    </message>
    <message>
        <source>Give either a URL or --local-echo, not both.</source>
        <translation>Indiquez soit une URL, soit --local-echo, pas les deux.</translation>
    </message>
    <message>
        <source>--close-code %1 may not be sent in a Close frame; use 1000-1003, 1007-1014 or 3000-4999 (or 0 for none).</source>
        <translation>--close-code %1 ne peut pas être envoyé dans une trame Close&#xa0;; utilisez 1000-1003, 1007-1014 ou 3000-4999 (ou 0 pour aucun).</translation>
    </message>
    <message numerus="yes">
        <source>--close-reason is %n bytes of UTF-8; at most %1 fit in a Close frame.</source>
        <translation>
            <numerusform>--close-reason fait %n octet en UTF-8&#xa0;; une trame Close en contient au plus %1.</numerusform>
            <numerusform>--close-reason fait %n octets en UTF-8&#xa0;; une trame Close en contient au plus %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--close-reason needs a close code; --close-code 0 sends none.</source>
        <translation>--close-reason nécessite un code de fermeture&#xa0;; --close-code 0 n&apos;en envoie aucun.</translation>
    </message>
    <message>
        <source>--count must be 0 or more.</source>
        <translation>--count doit valoir 0 ou plus.</translation>
    </message>
    <message>
        <source>--send-file %1: no such file.</source>
        <translation>--send-file %1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>--send-file %1: not a regular file (its length must be known before sending).</source>
        <translation>--send-file %1&#xa0;: pas un fichier ordinaire (sa taille doit être connue avant l&apos;envoi).</translation>
    </message>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli --help&apos; for the options.</source>
        <translation>Essayez «&#xa0;framewise-cli --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>--send-file %1: %2</source>
        <translation>--send-file %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local echo server could not start: %1</source>
        <translation>Le serveur d&apos;écho local n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>--timeout-open must be 1 or more milliseconds.</source>
        <translation>--timeout-open doit valoir 1 milliseconde ou plus.</translation>
    </message>
    <message>
        <source>* redirected (%1) to %2</source>
        <translation>* redirigé (%1) vers %2</translation>
    </message>
    <message>
        <source>&lt; ping %1 B</source>
        <translation>&lt; ping %1 o</translation>
    </message>
    <message>
        <source>&lt; pong %1 B</source>
        <translation>&lt; pong %1 o</translation>
    </message>
    <message>
        <source>, round trip %1 ms</source>
        <translation>, aller-retour %1 ms</translation>
    </message>
    <message>
        <source> (unsolicited)</source>
        <translation> (non sollicité)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>protocol: %1</source>
        <translation>protocole&#xa0;: %1</translation>
    </message>
    <message>
        <source>extensions: %1</source>
        <translation>extensions&#xa0;: %1</translation>
    </message>
    <message>
        <source>* connected to %1</source>
        <translation>* connecté à %1</translation>
    </message>
    <message>
        <source>Cannot send “%1”: %2</source>
        <translation>Impossible d&apos;envoyer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&gt; text %1 B: %2</source>
        <translation>&gt; texte %1 o&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot send %1: %2</source>
        <translation>Impossible d&apos;envoyer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&gt; binary %1 B from %2</source>
        <translation>&gt; binaire %1 o depuis %2</translation>
    </message>
    <message>
        <source>&lt; text %1 B: %2</source>
        <translation>&lt; texte %1 o&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt; binary %1 B: %2</source>
        <translation>&lt; binaire %1 o&#xa0;: %2</translation>
    </message>
    <message>
        <source>&gt; text %1 B: %2 (echo)</source>
        <translation>&gt; texte %1 o&#xa0;: %2 (écho)</translation>
    </message>
    <message>
        <source>&gt; binary %1 B (echo)</source>
        <translation>&gt; binaire %1 o (écho)</translation>
    </message>
    <message>
        <source>Cannot echo a message: %1</source>
        <translation>Impossible de renvoyer un message&#xa0;: %1</translation>
    </message>
    <message>
        <source>&gt; %1 %2 B</source>
        <translation>&gt; %1 %2 o</translation>
    </message>
    <message>
        <source>%1 close (no code)</source>
        <translation>%1 fermeture (sans code)</translation>
    </message>
    <message>
        <source>%1 close %2</source>
        <translation>%1 fermeture %2</translation>
    </message>
    <message>
        <source>%1 close %2: %3</source>
        <translation>%1 fermeture %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>* closed: %1</source>
        <translation>* fermé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not recording: %1</source>
        <translation>Pas d&apos;enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Enregistrement arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>* recorded as session %1 (%n records) in %2</source>
        <translation>
            <numerusform>* enregistré comme session %1 (%n enregistrement) dans %2</numerusform>
            <numerusform>* enregistré comme session %1 (%n enregistrements) dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the session database or a file could not be used (sessions, export, import, --profile)</source>
        <translation>la base des sessions ou un fichier n’a pas pu être utilisé (sessions, export, import, --profile)</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation>
            <numerusform>(%n octet de données binaires)</numerusform>
            <numerusform>(%n octets de données binaires)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the body goes on: --jsonl has all of it that was read)</source>
        <translation>(le corps continue : --jsonl contient tout ce qui a été lu)</translation>
    </message>
    <message numerus="yes">
        <source>* TLS: %1, %2 (%n bits)</source>
        <translation>
            <numerusform>* TLS : %1, %2 (%n bit)</numerusform>
            <numerusform>* TLS : %1, %2 (%n bits)</numerusform>
        </translation>
    </message>
    <message>
        <source>* certificate: %1, issued by %2, valid until %3</source>
        <translation>* certificat : %1, émis par %2, valide jusqu’au %3</translation>
    </message>
    <message>
        <source>* SHA-256: %1</source>
        <translation>* SHA-256 : %1</translation>
    </message>
    <message>
        <source>* verified</source>
        <translation>* vérifié</translation>
    </message>
    <message>
        <source>* not verified (%1); trusted by your pin</source>
        <translation>* non vérifié (%1) ; approuvé par votre épinglage</translation>
    </message>
    <message>
        <source>* not verified: %1</source>
        <translation>* non vérifié : %1</translation>
    </message>
    <message>
        <source>* to trust this certificate anyway (and no other): --pin %1</source>
        <translation>* pour faire confiance à ce certificat malgré tout (et à nul autre) : --pin %1</translation>
    </message>
</context>
<context>
    <name>Framewise::CloseCode</name>
    <message>
        <source>No code</source>
        <translation>Pas de code</translation>
    </message>
    <message>
        <source>Normal closure</source>
        <translation>Fermeture normale</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Erreur de protocole</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>Données non prises en charge</translation>
    </message>
    <message>
        <source>No status code</source>
        <translation>Pas de code d&apos;état</translation>
    </message>
    <message>
        <source>Abnormal closure (no Close frame)</source>
        <translation>Fermeture anormale (pas de trame Close)</translation>
    </message>
    <message>
        <source>Invalid payload data</source>
        <translation>Contenu non valide</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>Violation de politique</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Message trop grand</translation>
    </message>
    <message>
        <source>Mandatory extension missing</source>
        <translation>Extension obligatoire manquante</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>Redémarrage du service</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Réessayer plus tard</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Passerelle incorrecte</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la poignée de main TLS</translation>
    </message>
    <message>
        <source>Registered code (%1)</source>
        <translation>Code enregistré (%1)</translation>
    </message>
    <message>
        <source>Private use (%1)</source>
        <translation>Usage privé (%1)</translation>
    </message>
    <message>
        <source>Reserved code (%1)</source>
        <translation>Code réservé (%1)</translation>
    </message>
    <message>
        <source>registered code</source>
        <translation>code enregistré</translation>
    </message>
    <message>
        <source>private use</source>
        <translation>usage privé</translation>
    </message>
    <message>
        <source>reserved code</source>
        <translation>code réservé</translation>
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
        <translation>Fermer la connexion</translation>
    </message>
    <message>
        <source>No code (empty Close frame)</source>
        <translation>Pas de code (trame Close vide)</translation>
    </message>
    <message>
        <source>Other code…</source>
        <translation>Autre code…</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Code de fermeture</translation>
    </message>
    <message>
        <source>Custom close code</source>
        <translation>Code de fermeture personnalisé</translation>
    </message>
    <message>
        <source>Optional reason (at most 123 bytes)</source>
        <translation>Raison facultative (123 octets au plus)</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Raison de fermeture</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Custom code:</source>
        <translation>Code personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Code %1 may not be sent. Use 1000–1003, 1007–1014 or 3000–4999.</source>
        <translation>Le code %1 ne peut pas être envoyé. Utilisez 1000–1003, 1007–1014 ou 3000–4999.</translation>
    </message>
    <message>
        <source>A reason can only be sent together with a code.</source>
        <translation>Une raison ne peut être envoyée qu&apos;avec un code.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is %n bytes of UTF-8; at most 123 fit in a Close frame.</source>
        <translation>
            <numerusform>La raison fait %n octet en UTF-8&#xa0;; une trame Close en contient au plus 123.</numerusform>
            <numerusform>La raison fait %n octets en UTF-8&#xa0;; une trame Close en contient au plus 123.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 123 bytes</source>
        <translation>%1 sur 123 octets</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Ce qui est envoyé</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>Envoie :</translation>
    </message>
    <message>
        <source>an empty Close frame</source>
        <translation>une trame Close vide</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <comment>close code label, reason</comment>
        <translation>%1, « %2 »</translation>
    </message>
</context>
<context>
    <name>Framewise::Composer</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>Envoyer un fichier…</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Fermer…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>Format du message</translation>
    </message>
    <message>
        <source>Message editor</source>
        <translation>Éditeur de message</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>ping payload</source>
        <translation>contenu du ping</translation>
    </message>
    <message>
        <source>Ping payload</source>
        <translation>Contenu du ping</translation>
    </message>
    <message>
        <source>A ping payload can be at most 125 bytes (this one has %1).</source>
        <translation>Le contenu d&apos;un ping fait au plus 125 octets (celui-ci en fait %1).</translation>
    </message>
    <message>
        <source>Not valid base64: “%1” at position %2.</source>
        <translation>Base64 non valide&#xa0;: «&#xa0;%1&#xa0;» à la position %2.</translation>
    </message>
    <message>
        <source>Not valid base64: check the length and the padding (=) at the end.</source>
        <translation>Base64 non valide&#xa0;: vérifiez la longueur et le remplissage (=) à la fin.</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>Envoyer un fichier en un seul message binaire</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>Saved messages of this profile: click one to send it</source>
        <translation>Messages enregistrés de ce profil&#xa0;: cliquez sur l&apos;un d&apos;eux pour l&apos;envoyer</translation>
    </message>
    <message>
        <source>Snippet “%1” uses undefined variable(s): %2. Nothing was sent.</source>
        <translation>L&apos;extrait «&#xa0;%1&#xa0;» utilise des variables non définies&#xa0;: %2. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>No snippets in this profile yet</source>
        <translation>Pas encore d&apos;extraits dans ce profil</translation>
    </message>
    <message>
        <source>Save message as snippet…</source>
        <translation>Enregistrer le message comme extrait…</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>Enregistrer l&apos;extrait</translation>
    </message>
    <message>
        <source>Name of the snippet:</source>
        <translation>Nom de l&apos;extrait&#xa0;:</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>Charger dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Message to send — Ctrl+Enter sends, Ctrl+Up/Ctrl+Down recall earlier messages</source>
        <translation>Message à envoyer — Ctrl+Entrée envoie, Ctrl+Haut/Ctrl+Bas rappellent les messages précédents</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; the sent message stays selected, so typing replaces it and Ctrl+Enter sends it again.
Ctrl+Up / Ctrl+Down (or Up on the first line, Down on the last line) go through the messages sent in this tab.</source>
        <translation>Ctrl+Entrée envoie ; le message envoyé reste sélectionné, la frappe le remplace et Ctrl+Entrée le renvoie.
Ctrl+Haut / Ctrl+Bas (ou Haut sur la première ligne, Bas sur la dernière) parcourent les messages envoyés dans cet onglet.</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionPanel</name>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Offer permessage-deflate compression</source>
        <translation>Proposer la compression permessage-deflate</translation>
    </message>
    <message>
        <source>Unsaved connection</source>
        <translation>Connexion non enregistrée</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Profils de connexion enregistrés</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>URL WebSocket</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>Connecter ou déconnecter</translation>
    </message>
    <message>
        <source>Connect / disconnect (Ctrl+K)</source>
        <translation>Connecter / déconnecter (Ctrl+K)</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>e.g. chat, superchat</source>
        <translation>p. ex. chat, superchat</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Sous-protocoles</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Supprimer l&apos;en-tête</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Intervalle de ping</translation>
    </message>
    <message>
        <source>Ping timeout</source>
        <translation>Délai d&apos;attente du ping</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Message size limit</source>
        <translation>Taille maximale des messages</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin&#xa0;:</translation>
    </message>
    <message>
        <source>Subprotocols:</source>
        <translation>Sous-protocoles&#xa0;:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>every</source>
        <translation>toutes les</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>Keepalive ping:</source>
        <translation>Ping keepalive&#xa0;:</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Message le plus grand&#xa0;:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Fermeture…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Fermée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Afficher les secrets</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Actions de profil</translation>
    </message>
    <message>
        <source>Save, rename, duplicate, delete, import or export profiles</source>
        <translation>Enregistrer, renommer, dupliquer, supprimer, importer ou exporter des profils</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>Afficher les valeurs secrètes</translation>
    </message>
    <message>
        <source>Secret header values, secret variables and passwords are shown as dots until ticked</source>
        <translation>Les valeurs d&apos;en-tête secrètes, les variables secrètes et les mots de passe sont affichés en points tant que cette case n&apos;est pas cochée</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Load “%2” anyway?</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» ne sont pas enregistrées. Charger «&#xa0;%2&#xa0;» quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Ajouter une variable</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Supprimer la variable</translation>
    </message>
    <message>
        <source>Write {{name}} in the URL, Origin, headers or snippets; it is replaced by the value when connecting.</source>
        <translation>Écrivez {{name}} dans l&apos;URL, l&apos;Origin, les en-têtes ou les extraits&#xa0;; il est remplacé par la valeur à la connexion.</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Suivre les redirections</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>PEM or DER files, separated by ;</source>
        <translation>Fichiers PEM ou DER, séparés par&#xa0;;</translation>
    </message>
    <message>
        <source>Extra trusted CA files</source>
        <translation>Fichiers d&apos;AC de confiance supplémentaires</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints, separated by commas</source>
        <translation>Empreintes SHA-256, séparées par des virgules</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprints</source>
        <translation>Empreintes de certificats épinglées</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Fichier du certificat client</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Fichier de la clé client</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned certificates:</source>
        <translation>Certificats épinglés&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate (PEM):</source>
        <translation>Certificat client (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>Client key (PEM):</source>
        <translation>Clé client (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>Or PKCS#12 bundle:</source>
        <translation>Ou paquet PKCS#12&#xa0;:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Phrase secrète de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les réglages de proxy du système</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>HTTP user</source>
        <translation>Utilisateur HTTP</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>Mot de passe HTTP</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>Utilisateur du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Mot de passe du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP user (401):</source>
        <translation>Utilisateur HTTP (401)&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP password:</source>
        <translation>Mot de passe HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy and login</source>
        <translation>Proxy et connexion</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Undefined variable(s) in the URL: %1</source>
        <translation>Variable(s) non définie(s) dans l&apos;URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» chargé.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nom du nouveau profil&#xa0;:</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renommé en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Dupliqué sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Deleted “%1”; its secrets were removed from the keychain.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé&#xa0;; ses secrets ont été retirés du trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) without their secrets.</source>
        <translation>
            <numerusform>%n profil exporté sans ses secrets.</numerusform>
            <numerusform>%n profils exportés sans leurs secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n profil importé.</numerusform>
            <numerusform>%n profils importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save profile as</source>
        <translation>Enregistrer le profil sous</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved secrets?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et ses secrets enregistrés&#xa0;?</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Se connecter à</translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation>Importer des profils…</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>Framewise profiles (*.json);;All files (*)</source>
        <translation>Profils Framewise (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export profiles…</source>
        <translation>Exporter des profils…</translation>
    </message>
    <message>
        <source>Export profiles (without secrets)</source>
        <translation>Exporter des profils (sans les secrets)</translation>
    </message>
    <message>
        <source>Framewise profiles (*.json)</source>
        <translation>Profils Framewise (*.json)</translation>
    </message>
    <message>
        <source>Start over with no profiles…</source>
        <translation>Repartir de zéro sans profils…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <source>%1

Start a new, empty profiles file? The damaged one stays in its backup.</source>
        <translation>%1

Commencer un nouveau fichier de profils vide&#xa0;? Le fichier endommagé reste dans sa sauvegarde.</translation>
    </message>
    <message>
        <source>Started a new profiles file.</source>
        <translation>Un nouveau fichier de profils a été commencé.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Pause receiving</source>
        <translation>Suspendre la réception</translation>
    </message>
    <message>
        <source>Pause receiving (Ctrl+Shift+P): stop reading from the server. What it sends waits in the network buffers and TCP holds it back; nothing is lost, keepalive pings pause, sending still works.</source>
        <translation>Suspendre la réception (Ctrl+Maj+P) : ne plus lire ce qu’envoie le serveur. Ce qu’il envoie attend dans les tampons réseau et TCP le retient ; rien n’est perdu, les pings de keepalive s’arrêtent, l’envoi fonctionne toujours.</translation>
    </message>
    <message>
        <source>Open · receiving paused</source>
        <translation>Ouverte · réception suspendue</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>RTT probe interval</source>
        <translation>Intervalle de sonde RTT</translation>
    </message>
    <message>
        <source>Sends a ping (payload rtt-probe-N) this often while the connection is open, however busy it is, and plots each pong&apos;s round-trip time. Off by default.</source>
        <translation>Envoie un ping (charge rtt-probe-N) à cette fréquence tant que la connexion est ouverte, quelle que soit son activité, et trace le temps d’aller-retour de chaque pong. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>Keepalive pings only after this much silence, so a busy connection never measures its round-trip time. To measure it anyway, set an RTT probe.</source>
        <translation>Le keepalive ne pingue qu’après ce silence, donc une connexion active ne mesure jamais son temps d’aller-retour. Pour le mesurer quand même, réglez une sonde RTT.</translation>
    </message>
    <message>
        <source>regardless of traffic</source>
        <translation>quel que soit le trafic</translation>
    </message>
    <message>
        <source>RTT probe:</source>
        <translation>Sonde RTT :</translation>
    </message>
    <message>
        <source>Show handshake</source>
        <translation>Afficher la poignée de main</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionSecurity</name>
    <message>
        <source>%1 holds no certificate (expected PEM or DER).</source>
        <translation>%1 ne contient aucun certificat (PEM ou DER attendu).</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 is not a readable private key (is it encrypted? give its passphrase).</source>
        <translation>%1 n&apos;est pas une clé privée lisible (est-elle chiffrée&#xa0;? indiquez sa phrase secrète).</translation>
    </message>
    <message>
        <source>%1 is not a readable private key, or the passphrase is wrong.</source>
        <translation>%1 n&apos;est pas une clé privée lisible, ou la phrase secrète est fausse.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable PKCS#12 bundle, or the passphrase is wrong.</source>
        <translation>%1 n&apos;est pas un paquet PKCS#12 lisible, ou la phrase secrète est fausse.</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address: use http://host:port or socks5://host:port, with user:password@ before the host when the proxy asks for it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de proxy&#xa0;: utilisez http://hôte:port ou socks5://hôte:port, avec utilisateur:mot_de_passe@ devant l&apos;hôte si le proxy le demande.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés).</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionSettings</name>
    <message>
        <source>Enter a ws:// or wss:// address.</source>
        <translation>Saisissez une adresse ws:// ou wss://.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>Ce n&apos;est pas une adresse valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use %1:// instead of %2:// for WebSocket connections.</source>
        <translation>Utilisez %1:// au lieu de %2:// pour les connexions WebSocket.</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss://.</source>
        <translation>L&apos;adresse doit commencer par ws:// ou wss://.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L&apos;adresse n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>WebSocket addresses cannot have a #fragment.</source>
        <translation>Les adresses WebSocket ne peuvent pas avoir de #fragment.</translation>
    </message>
    <message>
        <source>The Origin contains %1; it would end the header line and add text of its own to the request.</source>
        <translation>L’Origin contient %1 ; cela terminerait la ligne d’en-tête et ajouterait son propre texte à la requête.</translation>
    </message>
    <message>
        <source>A header name contains %1.</source>
        <translation>Un nom d’en-tête contient %1.</translation>
    </message>
    <message>
        <source>The header name “%1” is not a valid HTTP token (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>Le nom d’en-tête « %1 » n’est pas un jeton HTTP valide (lettres, chiffres et !#$%&amp;&apos;*+-.^_`|~ seulement).</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise as the WebSocket protocol requires; it cannot be set.</source>
        <translation>L’en-tête « %1 » est écrit par Framewise comme l’exige le protocole WebSocket ; il ne peut pas être défini.</translation>
    </message>
    <message>
        <source>The value of header “%1” contains %2.</source>
        <translation>La valeur de l’en-tête « %1 » contient %2.</translation>
    </message>
    <message>
        <source>A subprotocol contains %1.</source>
        <translation>Un sous-protocole contient %1.</translation>
    </message>
    <message>
        <source>A subprotocol name is empty.</source>
        <translation>Un nom de sous-protocole est vide.</translation>
    </message>
    <message>
        <source>The subprotocol “%1” is not a valid name (an HTTP token: no spaces, commas or quotes).</source>
        <translation>Le sous-protocole « %1 » n’est pas un nom valide (un jeton HTTP : ni espaces, ni virgules, ni guillemets).</translation>
    </message>
    <message>
        <source>The connection is already open; its headers cannot change.</source>
        <translation>La connexion est déjà ouverte ; ses en-têtes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise; set subprotocols in their own field (framewise-cli: --protocol).</source>
        <translation>L’en-tête « %1 » est écrit par Framewise ; les sous-protocoles ont leur propre champ (framewise-cli : --protocol).</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise; compression is its own option (framewise-cli: --no-compression to turn it off).</source>
        <translation>L’en-tête « %1 » est écrit par Framewise ; la compression est une option à part (framewise-cli : --no-compression pour la désactiver).</translation>
    </message>
</context>
<context>
    <name>Framewise::DeflateParameters</name>
    <message>
        <source>The server accepted extension “%1”, which was not offered.</source>
        <translation>Le serveur a accepté l&apos;extension « %1 », qui n&apos;était pas proposée.</translation>
    </message>
    <message>
        <source>The server accepted permessage-deflate more than once.</source>
        <translation>Le serveur a accepté permessage-deflate plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>The server accepted permessage-deflate, which was not offered.</source>
        <translation>Le serveur a accepté permessage-deflate, qui n&apos;était pas proposé.</translation>
    </message>
    <message>
        <source>The server sent client_max_window_bits, which was not offered.</source>
        <translation>Le serveur a envoyé client_max_window_bits, qui n&apos;était pas proposé.</translation>
    </message>
    <message>
        <source>The server repeated the parameter “%1”.</source>
        <translation>Le serveur a répété le paramètre « %1 ».</translation>
    </message>
    <message>
        <source>The parameter “%1” must not have a value.</source>
        <translation>Le paramètre « %1 » ne doit pas avoir de valeur.</translation>
    </message>
    <message>
        <source>server_max_window_bits “%1” is not a number from 8 to 15.</source>
        <translation>server_max_window_bits « %1 » n&apos;est pas un nombre de 8 à 15.</translation>
    </message>
    <message>
        <source>client_max_window_bits “%1” is not a number from 8 to 15.</source>
        <translation>client_max_window_bits « %1 » n&apos;est pas un nombre de 8 à 15.</translation>
    </message>
    <message>
        <source>The server sent the unknown permessage-deflate parameter “%1”.</source>
        <translation>Le serveur a envoyé le paramètre permessage-deflate inconnu « %1 ».</translation>
    </message>
    <message>
        <source>server_max_window_bits=%1 is larger than the %2 offered.</source>
        <translation>server_max_window_bits=%1 est supérieur à la valeur %2 proposée.</translation>
    </message>
    <message>
        <source>client_max_window_bits=%1 is larger than the %2 offered.</source>
        <translation>client_max_window_bits=%1 est supérieur à la valeur %2 proposée.</translation>
    </message>
    <message>
        <source>The server ignored the requested server_no_context_takeover.</source>
        <translation>Le serveur a ignoré le server_no_context_takeover demandé.</translation>
    </message>
    <message>
        <source>The server ignored the requested server_max_window_bits.</source>
        <translation>Le serveur a ignoré le server_max_window_bits demandé.</translation>
    </message>
</context>
<context>
    <name>Framewise::DetailPane</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>Sélectionnez un message pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>%1 #%2 at %3</source>
        <translation>%1 nº %2 à %3</translation>
    </message>
    <message>
        <source> · %1 on the wire (compressed, %2%)</source>
        <translation> · %1 sur le réseau (compressé, %2 %)</translation>
    </message>
    <message numerus="yes">
        <source> · %n frame(s)</source>
        <translation>
            <numerusform> · %n trame</numerusform>
            <numerusform> · %n trames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file was streamed to the server; its %1 bytes were not kept.</source>
        <translation>
            <numerusform>Ce fichier a été transmis en flux au serveur&#xa0;; son %1 octet n&apos;a pas été conservé.</numerusform>
            <numerusform>Ce fichier a été transmis en flux au serveur&#xa0;; ses %1 octets n&apos;ont pas été conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This text is %1; it is shown in the Hex tab.</source>
        <translation>Ce texte fait %1&#xa0;; il est affiché dans l&apos;onglet Hexa.</translation>
    </message>
    <message>
        <source>Message as a tree</source>
        <translation>Message sous forme d’arbre</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Ctrl+C copies the value, Ctrl+Shift+C its path ($.items[2].name); right-click for more</source>
        <translation>Ctrl+C copie la valeur, Ctrl+Maj+C son chemin ($.items[2].name) ; clic droit pour plus</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>The text exactly as it was sent or received</source>
        <translation>Le texte exactement tel qu’il a été envoyé ou reçu</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>JSON indented, keys in the message&apos;s order</source>
        <translation>JSON indenté, clés dans l’ordre du message</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>JSON as a tree of keys, values and types; copy a value or its path</source>
        <translation>JSON sous forme d’arbre de clés, valeurs et types ; copiez une valeur ou son chemin</translation>
    </message>
    <message>
        <source>Pretty shows the first %1 lines of this message; Raw shows all of it.</source>
        <translation>Mis en forme affiche les %1 premières lignes de ce message ; Brut l’affiche en entier.</translation>
    </message>
    <message>
        <source>The tree holds the first %1 values of this message; Raw and Pretty show all of it.</source>
        <translation>L’arbre contient les %1 premières valeurs de ce message ; Brut et Mis en forme l’affichent en entier.</translation>
    </message>
    <message>
        <source> · code %1</source>
        <translation> · code %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was streamed to the server from a file; its %3 bytes were not kept.</source>
        <translation>
            <numerusform>%1 (%2) a été envoyé au serveur depuis un fichier ; son %3 octet n’a pas été gardé.</numerusform>
            <numerusform>%1 (%2) a été envoyé au serveur depuis un fichier ; ses %3 octets n’ont pas été gardés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message&apos;s %1 bytes were not kept.</source>
        <translation>
            <numerusform>L’octet (%1) de ce message n’a pas été gardé.</numerusform>
            <numerusform>Les %1 octets de ce message n’ont pas été gardés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Message d&apos;origine</translation>
    </message>
    <message>
        <source>Message as forwarded</source>
        <translation>Message tel que transmis</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As forwarded</source>
        <translation>Tel que transmis</translation>
    </message>
    <message>
        <source>Original ↔ edited</source>
        <translation>Original ↔ modifié</translation>
    </message>
</context>
<context>
    <name>Framewise::ExportDialog</name>
    <message numerus="yes">
        <source>The whole session (%n records)</source>
        <translation>
            <numerusform>Toute la session (%n enregistrement)</numerusform>
            <numerusform>Toute la session (%n enregistrements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows the filter shows (%n)</source>
        <translation>
            <numerusform>La ligne affichée par le filtre (%n)</numerusform>
            <numerusform>Les lignes affichées par le filtre (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows (%n)</source>
        <translation>
            <numerusform>La ligne sélectionnée (%n)</numerusform>
            <numerusform>Les lignes sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include secrets (Authorization, Cookie and headers marked secret)</source>
        <translation>Inclure les secrets (Authorization, Cookie et en-têtes marqués comme secrets)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <source>HAR 1.2 (Chrome DevTools, Firefox, HAR viewers)</source>
        <translation>HAR 1.2 (Chrome DevTools, Firefox, visionneuses HAR)</translation>
    </message>
    <message>
        <source>JSON Lines (one message per line, for jq and scripts)</source>
        <translation>JSON Lines (un message par ligne, pour jq et les scripts)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>Plain text (for a bug report)</source>
        <translation>Texte brut (pour un rapport de bogue)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Off: their values are replaced by [redacted] in the file.</source>
        <translation>Désactivé&#xa0;: leurs valeurs sont remplacées par [redacted] dans le fichier.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Enregistrements&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>Il n&apos;y a aucune ligne à exporter.</translation>
    </message>
    <message>
        <source>The session cannot be read: %1</source>
        <translation>La session ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Framewise::FrameLogModel</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Sens</translation>
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
        <translation>Clé de masque</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Tronçon</translation>
    </message>
</context>
<context>
    <name>Framewise::FrameParser</name>
    <message>
        <source>A frame had reserved bits (RSV1-3) set that no extension allows.</source>
        <translation>Une trame avait des bits réservés (RSV1-3) activés qu&apos;aucune extension n&apos;autorise.</translation>
    </message>
    <message>
        <source>A frame used reserved opcode 0x%1.</source>
        <translation>Une trame a utilisé l&apos;opcode réservé 0x%1.</translation>
    </message>
    <message>
        <source>A control frame was fragmented (FIN not set).</source>
        <translation>Une trame de contrôle était fragmentée (FIN non activé).</translation>
    </message>
    <message>
        <source>A control frame carried %1 bytes; at most 125 are allowed.</source>
        <translation>Une trame de contrôle transportait %1 octets ; 125 au plus sont autorisés.</translation>
    </message>
    <message>
        <source>The server masked a frame; servers must not mask.</source>
        <translation>Le serveur a masqué une trame ; les serveurs ne doivent pas masquer.</translation>
    </message>
    <message>
        <source>A frame length was not encoded in the minimal number of bytes.</source>
        <translation>La longueur d&apos;une trame n&apos;était pas codée sur le nombre minimal d&apos;octets.</translation>
    </message>
    <message>
        <source>A frame length had its most significant bit set.</source>
        <translation>La longueur d&apos;une trame avait son bit de poids fort activé.</translation>
    </message>
    <message>
        <source>A frame of %1 bytes exceeds the frame size limit of %2 bytes.</source>
        <translation>Une trame de %1 octets dépasse la taille maximale des trames de %2 octets.</translation>
    </message>
    <message>
        <source>The client sent an unmasked frame; clients must mask every frame.</source>
        <translation>Le client a envoyé une trame non masquée&#xa0;; les clients doivent masquer chaque trame.</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakePane</name>
    <message>
        <source>Handshake</source>
        <translation>Poignée de main</translation>
    </message>
    <message>
        <source>Connect to see the opening handshake.</source>
        <translation>Connectez-vous pour voir la poignée de main d&apos;ouverture.</translation>
    </message>
    <message>
        <source>•••• (hidden)</source>
        <translation>•••• (masqué)</translation>
    </message>
    <message>
        <source>Redirects:
</source>
        <translation>Redirections&#xa0;:
</translation>
    </message>
    <message>
        <source>▶ Request to %1
</source>
        <translation>▶ Requête vers %1
</translation>
    </message>
    <message>
        <source>◀ Response
</source>
        <translation>◀ Réponse
</translation>
    </message>
    <message>
        <source>
… (body truncated at 64 KiB)</source>
        <translation>
… (corps tronqué à 64 Kio)</translation>
    </message>
    <message>
        <source>Subprotocol: %1
</source>
        <translation>Sous-protocole&#xa0;: %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Extensions: %1
</source>
        <translation>Extensions&#xa0;: %1
</translation>
    </message>
    <message>
        <source>
Stopped: %1
</source>
        <translation>
Arrêtée&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Recorded session of %1
</source>
        <translation>Session enregistrée de %1
</translation>
    </message>
    <message>
        <source>Imported from %1
</source>
        <translation>Importée de %1
</translation>
    </message>
    <message>
        <source>Started: %1
</source>
        <translation>Début&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Ended: %1
</source>
        <translation>Fin&#xa0;: %1
</translation>
    </message>
    <message>
        <source>State: %1
</source>
        <translation>État&#xa0;: %1
</translation>
    </message>
    <message>
        <source>▶ Request
</source>
        <translation>▶ Requête
</translation>
    </message>
    <message>
        <source>Handshake took %1 ms
</source>
        <translation>La poignée de main a pris %1 ms
</translation>
    </message>
    <message>
        <source>Close code: %1 %2
</source>
        <translation>Code de fermeture&#xa0;: %1 %2
</translation>
    </message>
    <message>
        <source>▶ 1. Request from the app
</source>
        <translation>▶ 1. Requête de l&apos;application
</translation>
    </message>
    <message>
        <source>▶ 2. Request sent upstream to %1
</source>
        <translation>▶ 2. Requête envoyée au serveur amont %1
</translation>
    </message>
    <message>
        <source>◀ 3. Response from the server
</source>
        <translation>◀ 3. Réponse du serveur
</translation>
    </message>
    <message>
        <source>◀ 4. Response sent to the app
</source>
        <translation>◀ 4. Réponse envoyée à l&apos;application
</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeRequestParser</name>
    <message>
        <source>The client&apos;s request has more than %1 header lines.</source>
        <translation>La requête du client a plus de %1 lignes d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The client&apos;s request has a header block larger than %1 KiB.</source>
        <translation>La requête du client a un bloc d&apos;en-têtes de plus de %1 Kio.</translation>
    </message>
    <message>
        <source>The client closed the connection without sending a request.</source>
        <translation>Le client a fermé la connexion sans envoyer de requête.</translation>
    </message>
    <message>
        <source>The client closed the connection in the middle of its request.</source>
        <translation>Le client a fermé la connexion au milieu de sa requête.</translation>
    </message>
    <message>
        <source>The client&apos;s request has a carriage return inside a line: “%1”.</source>
        <translation>La requête du client contient un retour chariot à l&apos;intérieur d&apos;une ligne : « %1 ».</translation>
    </message>
    <message>
        <source>The client&apos;s request does not start with an HTTP request line: “%1”.</source>
        <translation>La requête du client ne commence pas par une ligne de requête HTTP : « %1 ».</translation>
    </message>
    <message>
        <source>The client&apos;s request continues a header on a second line: “%1”.</source>
        <translation>La requête du client poursuit un en-tête sur une deuxième ligne : « %1 ».</translation>
    </message>
    <message>
        <source>The client&apos;s request has a malformed header line: “%1”.</source>
        <translation>La requête du client a une ligne d&apos;en-tête mal formée : « %1 ».</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeResponse</name>
    <message>
        <source>The server answered with HTTP status %1 instead of 101 Switching Protocols.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1 au lieu de 101 Switching Protocols.</translation>
    </message>
    <message>
        <source>The answer lacks the header “Upgrade: websocket”.</source>
        <translation>Il manque à la réponse l&apos;en-tête « Upgrade: websocket ».</translation>
    </message>
    <message>
        <source>The answer lacks the header “Connection: Upgrade”.</source>
        <translation>Il manque à la réponse l&apos;en-tête « Connection: Upgrade ».</translation>
    </message>
    <message>
        <source>The answer lacks the Sec-WebSocket-Accept header.</source>
        <translation>Il manque à la réponse l&apos;en-tête Sec-WebSocket-Accept.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is “%1” but should be “%2”.</source>
        <translation>Sec-WebSocket-Accept vaut « %1 » mais devrait valoir « %2 ».</translation>
    </message>
    <message>
        <source>The server chose more than one subprotocol.</source>
        <translation>Le serveur a choisi plus d&apos;un sous-protocole.</translation>
    </message>
    <message>
        <source>The server chose subprotocol “%1”, which was not offered.</source>
        <translation>Le serveur a choisi le sous-protocole « %1 », qui n&apos;était pas proposé.</translation>
    </message>
    <message>
        <source>The server accepted extensions “%1” that were not offered.</source>
        <translation>Le serveur a accepté les extensions « %1 », qui n&apos;étaient pas proposées.</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeResponseParser</name>
    <message>
        <source>The server&apos;s answer has a header block larger than %1 KiB.</source>
        <translation>La réponse du serveur a un bloc d&apos;en-têtes de plus de %1 Kio.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering the handshake.</source>
        <translation>Le serveur a fermé la connexion sans répondre à la poignée de main.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its handshake answer.</source>
        <translation>Le serveur a fermé la connexion au milieu de sa réponse à la poignée de main.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not start with an HTTP status line: “%1”.</source>
        <translation>La réponse du serveur ne commence pas par une ligne de statut HTTP : « %1 ».</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header line: “%1”.</source>
        <translation>La réponse du serveur a une ligne d&apos;en-tête mal formée : « %1 ».</translation>
    </message>
</context>
<context>
    <name>Framewise::HeldMessageDialog</name>
    <message>
        <source>&amp;Hex</source>
        <translation>&amp;Hexa</translation>
    </message>
    <message>
        <source>Edit held message</source>
        <translation>Modifier le message retenu</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Message d&apos;origine</translation>
    </message>
    <message>
        <source>Message to forward</source>
        <translation>Message à transmettre</translation>
    </message>
    <message numerus="yes">
        <source>Original (%n bytes)</source>
        <translation>
            <numerusform>Original (%n octet)</numerusform>
            <numerusform>Original (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>To forward</source>
        <translation>À transmettre</translation>
    </message>
    <message>
        <source>Save edit</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <source>The hex text has an odd number of digits; each byte needs two.</source>
        <translation>Le texte hexadécimal a un nombre impair de chiffres&#xa0;; chaque octet en demande deux.</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not a hex digit.</source>
        <translation>«&#xa0;%1&#xa0;» à la position %2 n&apos;est pas un chiffre hexadécimal.</translation>
    </message>
    <message>
        <source>A text message must be valid UTF-8; these bytes are not.</source>
        <translation>Un message texte doit être en UTF-8 valide&#xa0;; ces octets ne le sont pas.</translation>
    </message>
</context>
<context>
    <name>Framewise::HeldMessagesModel</name>
    <message>
        <source>app → server</source>
        <translation>application → serveur</translation>
    </message>
    <message>
        <source>server → app</source>
        <translation>serveur → application</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>, modifié</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Conn.</translation>
    </message>
</context>
<context>
    <name>Framewise::HexPane</name>
    <message>
        <source>Find bytes: de ad be ef</source>
        <translation>Chercher des octets : de ad be ef</translation>
    </message>
    <message>
        <source>Find in the bytes</source>
        <translation>Chercher dans les octets</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Find as</source>
        <translation>Chercher comme</translation>
    </message>
    <message>
        <source>Hex: bytes written as hex digits (de ad be ef, deadbeef, 0xde 0xad). Text: the characters as UTF-8, case-sensitive.</source>
        <translation>Hex : octets écrits en chiffres hexadécimaux (de ad be ef, deadbeef, 0xde 0xad). Texte : les caractères en UTF-8, sensible à la casse.</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Occurrence suivante (F3, Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Find bytes or text (Ctrl+F)</source>
        <translation>Chercher des octets ou du texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Find text (UTF-8)</source>
        <translation>Chercher du texte (UTF-8)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Saisissez le texte à chercher.</translation>
    </message>
    <message>
        <source>Not hex: %1 Write bytes as pairs of hex digits (de ad be ef), or choose Text to find characters.</source>
        <translation>Pas de l’hex : %1 Écrivez les octets par paires de chiffres hexadécimaux (de ad be ef), ou choisissez Texte pour chercher des caractères.</translation>
    </message>
    <message>
        <source>Type the bytes to find as hex, e.g. de ad be ef.</source>
        <translation>Saisissez les octets à chercher en hex, par ex. de ad be ef.</translation>
    </message>
    <message>
        <source>There are no bytes to search.</source>
        <translation>Il n’y a aucun octet où chercher.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>« %1 » est introuvable.</translation>
    </message>
    <message>
        <source>Found at 0x%1 (%2).</source>
        <translation>Trouvé à 0x%1 (%2).</translation>
    </message>
    <message>
        <source>Went on from the start.</source>
        <translation>Reprise depuis le début.</translation>
    </message>
    <message>
        <source>Went on from the end.</source>
        <translation>Reprise depuis la fin.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>Framewise::HexView</name>
    <message>
        <source>Hex view</source>
        <translation>Vue hexadécimale</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Copier en hexadécimal</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>Copier comme tableau C</translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation>Copier en Base64</translation>
    </message>
    <message>
        <source>Copy Raw Bytes</source>
        <translation>Copier les octets bruts</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Go to Offset…</source>
        <translation>Aller au décalage…</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not followed by hex digits.</source>
        <translation>«&#xa0;%1&#xa0;» à la position %2 n&apos;est pas suivi de chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not a hex digit.</source>
        <translation>«&#xa0;%1&#xa0;» à la position %2 n&apos;est pas un chiffre hexadécimal.</translation>
    </message>
    <message>
        <source>The hex digit “%1” at position %2 has no partner: every byte takes two digits.</source>
        <translation>Le chiffre hexadécimal «&#xa0;%1&#xa0;» à la position %2 n&apos;a pas de partenaire&#xa0;: chaque octet prend deux chiffres.</translation>
    </message>
    <message>
        <source>There is no data to go to.</source>
        <translation>Il n&apos;y a aucune donnée où aller.</translation>
    </message>
    <message>
        <source>Enter an offset: a decimal number, 0x followed by hex digits, or -N to count back from the end.</source>
        <translation>Saisissez un décalage&#xa0;: un nombre décimal, 0x suivi de chiffres hexadécimaux, ou -N pour compter à rebours depuis la fin.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: the digits are missing.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un décalage&#xa0;: les chiffres manquent.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: “%2” at position %3 is not a hex digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un décalage&#xa0;: «&#xa0;%2&#xa0;» à la position %3 n&apos;est pas un chiffre hexadécimal.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: “%2” at position %3 is not a decimal digit. Write a decimal number, 0x followed by hex digits, or -N to count back from the end.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un décalage&#xa0;: «&#xa0;%2&#xa0;» à la position %3 n&apos;est pas un chiffre décimal. Écrivez un nombre décimal, 0x suivi de chiffres hexadécimaux, ou -N pour compter à rebours depuis la fin.</translation>
    </message>
    <message>
        <source>“%1” is too large for an offset: the data ends at %2.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour un décalage&#xa0;: les données se terminent à %2.</translation>
    </message>
    <message>
        <source>%1 is outside the data: counting back from the end runs from -1 to -%2.</source>
        <translation>%1 est hors des données&#xa0;: à rebours depuis la fin, on va de -1 à -%2.</translation>
    </message>
    <message>
        <source>%1 is outside the data: offsets run from 0 to %2 (0x%3).</source>
        <translation>%1 est hors des données&#xa0;: les décalages vont de 0 à %2 (0x%3).</translation>
    </message>
    <message>
        <source>Offset (decimal, 0x followed by hex, or -N from the end):</source>
        <translation>Décalage (décimal, 0x suivi d&apos;hexadécimal, ou -N depuis la fin)&#xa0;:</translation>
    </message>
    <message>
        <source>Go to Offset</source>
        <translation>Aller au décalage</translation>
    </message>
    <message>
        <source>0x%1 (%2)</source>
        <translation>0x%1 (%2)</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>Décalage %1</translation>
    </message>
    <message>
        <source>Selection 1 byte (0x1) from %1</source>
        <translation>Sélection 1 octet (0x1) à partir de %1</translation>
    </message>
    <message>
        <source>Selection %1 bytes (0x%2) from %3</source>
        <translation>Sélection %1 octets (0x%2) à partir de %3</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Chercher…</translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryModel</name>
    <message>
        <source>Imported from %1</source>
        <translation>Importée de %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
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
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Intercepted: an app&apos;s connection that Framewise stood in the middle of</source>
        <translation>Interceptée&#xa0;: la connexion d&apos;une application au milieu de laquelle Framewise s&apos;est placé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryPanel</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Search URL, profile, how it ended</source>
        <translation>Rechercher URL, profil, fin de la connexion</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>Sessions enregistrées</translation>
    </message>
    <message>
        <source>Open the selected sessions read-only, with filters and the hex view</source>
        <translation>Ouvrir les sessions sélectionnées en lecture seule, avec les filtres et la vue hexa</translation>
    </message>
    <message>
        <source>Export the selected session to HAR, JSON Lines, CSV or text</source>
        <translation>Exporter la session sélectionnée en HAR, JSON Lines, CSV ou texte</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a HAR file (Chrome, Firefox, Framewise) or JSON Lines</source>
        <translation>Importer un fichier HAR (Chrome, Firefox, Framewise) ou JSON Lines</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Conservation…</translation>
    </message>
    <message>
        <source>How long recorded sessions are kept</source>
        <translation>Durée de conservation des sessions enregistrées</translation>
    </message>
    <message>
        <source>Could not delete a session: %1</source>
        <translation>Impossible de supprimer une session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete recorded sessions</source>
        <translation>Supprimer des sessions enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recorded session(s) and all their messages? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n session enregistrée et tous ses messages&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n sessions enregistrées et tous leurs messages&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 sur %n session</numerusform>
            <numerusform>%1 sur %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::HostPatternList</name>
    <message>
        <source>“%1” is an address, not a host pattern: give the host alone (example.com, *.example.com, an IP address), optionally with :port.</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse, pas un motif d&apos;hôte&#xa0;: indiquez l&apos;hôte seul (example.com, *.example.com, une adresse IP), éventuellement suivi de :port.</translation>
    </message>
    <message>
        <source>“%1” has no valid port after its colon (1 to 65535).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de port valide après son deux-points (1 à 65535).</translation>
    </message>
    <message>
        <source>“%1” is not a host pattern: give a host name, *.domain, * or an IP address, optionally with :port.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un motif d&apos;hôte&#xa0;: indiquez un nom d&apos;hôte, *.domaine, * ou une adresse IP, éventuellement suivi de :port.</translation>
    </message>
</context>
<context>
    <name>Framewise::HttpMessageFramer</name>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end in chunked.</source>
        <translation>Le Transfer-Encoding de la requête ne se termine pas par chunked.</translation>
    </message>
    <message>
        <source>The message has both Transfer-Encoding and Content-Length.</source>
        <translation>Le message comporte à la fois Transfer-Encoding et Content-Length.</translation>
    </message>
    <message>
        <source>The message&apos;s Content-Length is not one number: “%1”.</source>
        <translation>Le Content-Length du message n&apos;est pas un nombre unique&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A chunked message has a line longer than %1 bytes.</source>
        <translation>Un message en encodage chunked a une ligne de plus de %1 octets.</translation>
    </message>
    <message>
        <source>A chunk of a chunked message is longer than its size says.</source>
        <translation>Un bloc d&apos;un message en encodage chunked est plus long que ne l&apos;indique sa taille.</translation>
    </message>
    <message>
        <source>A chunked message has a bad chunk size: “%1”.</source>
        <translation>Un message en encodage chunked a une taille de bloc invalide&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptCliSpec</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected %1 (write \: for a colon inside a field)</source>
        <translation>%1 attendu (écrivez \: pour un deux-points à l&apos;intérieur d&apos;un champ)</translation>
    </message>
    <message>
        <source>the direction “%1” is not to-server, to-app or both</source>
        <translation>le sens «&#xa0;%1&#xa0;» n&apos;est ni to-server, ni to-app, ni both</translation>
    </message>
    <message>
        <source>the delay “%1” is not a whole number of milliseconds</source>
        <translation>le délai «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de millisecondes</translation>
    </message>
    <message>
        <source>the size “%1” is too large (at most %2 bytes)</source>
        <translation>la taille «&#xa0;%1&#xa0;» est trop grande (au plus %2 octets)</translation>
    </message>
    <message>
        <source>the size “%1” is not N, MIN-MAX, &gt;N, &gt;=N, &lt;N or &lt;=N bytes (a number may end in K or M)</source>
        <translation>la taille «&#xa0;%1&#xa0;» n&apos;est pas N, MIN-MAX, &gt;N, &gt;=N, &lt;N ou &lt;=N octets (un nombre peut se terminer par K ou M)</translation>
    </message>
    <message>
        <source>no message is smaller than 0 bytes (“%1”)</source>
        <translation>aucun message n&apos;est plus petit que 0 octet («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the text to find is empty (to match every message, write any)</source>
        <translation>le texte à chercher est vide (pour que tous les messages correspondent, écrivez any)</translation>
    </message>
    <message>
        <source>the JSON match “%1” has no “=”: write json:/POINTER=VALUE</source>
        <translation>la correspondance JSON «&#xa0;%1&#xa0;» n&apos;a pas de «&#xa0;=&#xa0;»&#xa0;: écrivez json:/POINTER=VALUE</translation>
    </message>
    <message>
        <source>the message type “%1” is not text or binary</source>
        <translation>le type de message «&#xa0;%1&#xa0;» n&apos;est ni text ni binary</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptConnection</name>
    <message>
        <source>Framewise cannot open the upstream connection: %1</source>
        <translation>Framewise ne peut pas ouvrir la connexion amont&#xa0;: %1</translation>
    </message>
    <message>
        <source>App %1 port %2 asks for %3</source>
        <translation>L&apos;application %1 port %2 demande %3</translation>
    </message>
    <message>
        <source>The app left before the upstream answered.</source>
        <translation>L&apos;application est partie avant que le serveur amont ne réponde.</translation>
    </message>
    <message>
        <source>The app went away</source>
        <translation>L&apos;application est partie</translation>
    </message>
    <message>
        <source>The app closed its connection before the upstream answered.</source>
        <translation>L&apos;application a fermé sa connexion avant que le serveur amont ne réponde.</translation>
    </message>
    <message>
        <source>Framewise could not open the upstream %1: %2</source>
        <translation>Framewise n&apos;a pas pu ouvrir le serveur amont %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s connection ended</source>
        <translation>La connexion du serveur s&apos;est terminée</translation>
    </message>
    <message>
        <source>Server side: %1</source>
        <translation>Côté serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The app&apos;s connection ended</source>
        <translation>La connexion de l&apos;application s&apos;est terminée</translation>
    </message>
    <message>
        <source>App side: %1</source>
        <translation>Côté application&#xa0;: %1</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>l&apos;application</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Closed by %1: %2</source>
        <translation>Fermée par %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptConnectionsModel</name>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>fermeture en cours</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>→ server</source>
        <translation>→ serveur</translation>
    </message>
    <message>
        <source>→ app</source>
        <translation>→ application</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptDialog</name>
    <message>
        <source>Always the upstream&apos;s path (ignore the app&apos;s path and query)</source>
        <translation>Toujours le chemin du serveur amont (ignorer le chemin et la chaîne de requête de l&apos;application)</translation>
    </message>
    <message>
        <source>Send the app&apos;s Host header upstream</source>
        <translation>Envoyer au serveur amont l&apos;en-tête Host de l&apos;application</translation>
    </message>
    <message>
        <source>New intercept</source>
        <translation>Nouvelle interception</translation>
    </message>
    <message>
        <source>ws://real-server:8080 or wss://…</source>
        <translation>ws://vrai-serveur:8080 ou wss://…</translation>
    </message>
    <message>
        <source>PEM file, for wss:// from the app (optional)</source>
        <translation>Fichier PEM, pour le wss:// depuis l&apos;application (facultatif)</translation>
    </message>
    <message>
        <source>its PEM private key</source>
        <translation>sa clé privée PEM</translation>
    </message>
    <message>
        <source>extra CA file to trust the upstream (optional)</source>
        <translation>fichier d&apos;AC supplémentaire pour faire confiance au serveur amont (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>É&amp;couter sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>URL &amp;amont&#xa0;:</translation>
    </message>
    <message>
        <source>App certificate:</source>
        <translation>Certificat pour l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>Clé pour l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Upstream CA:</source>
        <translation>AC amont&#xa0;:</translation>
    </message>
    <message>
        <source>Start intercept</source>
        <translation>Démarrer l&apos;interception</translation>
    </message>
    <message>
        <source>Other machines can reach %1: anyone there can use the upstream through Framewise.</source>
        <translation>D&apos;autres machines peuvent joindre %1&#xa0;: n&apos;importe qui sur celles-ci peut utiliser le serveur amont via Framewise.</translation>
    </message>
    <message>
        <source>Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:9001.</source>
        <translation>Écouter sur «&#xa0;%1&#xa0;»&#xa0;: indiquez une adresse IP et un port, p. ex. 127.0.0.1:9001.</translation>
    </message>
    <message>
        <source>Upstream URL: %1</source>
        <translation>URL amont&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Enregistrer comme profil…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Save intercept as profile</source>
        <translation>Enregistrer l&apos;interception comme profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>(none: only the URL below)</source>
        <translation>(aucun&#xa0;: seulement l&apos;URL ci-dessous)</translation>
    </message>
    <message>
        <source>%1 (intercept)</source>
        <translation>%1 (interception)</translation>
    </message>
    <message>
        <source>The keychain has no saved value for: %1. The upstream goes without them.</source>
        <translation>Le trousseau n&apos;a pas de valeur enregistrée pour&#xa0;: %1. La connexion au serveur amont se fait sans eux.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptLane</name>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptMessagesBox</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Carry pings end to end</source>
        <translation>Transmettre les pings de bout en bout</translation>
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
        <translation>Une règle par ligne, appliquées dans l&apos;ordre, p. ex.
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
        <translation>Règles</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Release held messages after</source>
        <translation>Libérer les messages retenus après</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Règles&#xa0;:</translation>
    </message>
    <message>
        <source>Release held after:</source>
        <translation>Libérer les retenus après&#xa0;:</translation>
    </message>
    <message>
        <source>Rule line %1: %2</source>
        <translation>Ligne de règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rule line %1: “%2” is not a rule; start with rewrite, drop, delay, break or reply.</source>
        <translation>Ligne de règle %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une règle&#xa0;; commencez par rewrite, drop, delay, break ou reply.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRule</name>
    <message>
        <source>the rewrite&apos;s regular expression is invalid: %1 at offset %2</source>
        <translation>l&apos;expression régulière de la réécriture n&apos;est pas valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>the regular expression is invalid: %1 at offset %2</source>
        <translation>l&apos;expression régulière n&apos;est pas valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>“%1” should be %2</source>
        <translation>«&#xa0;%1&#xa0;» devrait être %2</translation>
    </message>
    <message>
        <source>the text to find is empty (to match every message, choose any message)</source>
        <translation>le texte à chercher est vide (pour retenir tous les messages, choisissez «&#xa0;any&#xa0;»)</translation>
    </message>
    <message>
        <source>the regular expression is empty</source>
        <translation>l&apos;expression régulière est vide</translation>
    </message>
    <message>
        <source>the smallest size is negative (%1 bytes)</source>
        <translation>la taille minimale est négative (%1 octets)</translation>
    </message>
    <message>
        <source>the largest size is negative (%1 bytes)</source>
        <translation>la taille maximale est négative (%1 octets)</translation>
    </message>
    <message>
        <source>the largest size (%1 bytes) is below the smallest (%2 bytes)</source>
        <translation>la taille maximale (%1 octets) est inférieure à la taille minimale (%2 octets)</translation>
    </message>
    <message>
        <source>the delay is negative (%1 ms)</source>
        <translation>le délai est négatif (%1 ms)</translation>
    </message>
    <message>
        <source>the delay of %1 ms is longer than a day (%2 ms)</source>
        <translation>le délai de %1 ms dépasse une journée (%2 ms)</translation>
    </message>
    <message>
        <source>the reply is a text message but not valid UTF-8</source>
        <translation>la réponse est un message texte mais pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>to-server, to-app or both</source>
        <translation>to-server, to-app ou both</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>text or binary</source>
        <translation>text ou binary</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>du texte en base64</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRuleSet</name>
    <message>
        <source>Intercept rule %1: %2.</source>
        <translation>Règle d&apos;interception %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Intercept rule %1 (“%2”): %3.</source>
        <translation>Règle d&apos;interception %1 («&#xa0;%2&#xa0;»)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The intercept rules: “rules” should be a list.</source>
        <translation>Les règles d&apos;interception&#xa0;: «&#xa0;rules&#xa0;» devrait être une liste.</translation>
    </message>
    <message>
        <source>Intercept rule %1 should be an object.</source>
        <translation>La règle d&apos;interception %1 devrait être un objet.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRunner</name>
    <message>
        <source>* listening on %1, forwarding to %2</source>
        <translation>* écoute sur %1, transmission vers %2</translation>
    </message>
    <message>
        <source>[%1] app %2 connected: %3</source>
        <translation>[%1] application %2 connectée&#xa0;: %3</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>interception %1</translation>
    </message>
    <message>
        <source>[%1] answered %2</source>
        <translation>[%1] réponse %2</translation>
    </message>
    <message>
        <source>[%1] %2 %3 %4 B</source>
        <translation>[%1] %2 %3 %4 o</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>* refused %1: %2%3</source>
        <translation>* refusée %1&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>[%1] ended: %2</source>
        <translation>[%1] terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Framewise intercept is shutting down</source>
        <translation>L&apos;interception Framewise s&apos;arrête</translation>
    </message>
    <message>
        <source>Choose another port with --listen (port 0: any free one).</source>
        <translation>Choisissez un autre port avec --listen (port 0&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message numerus="yes">
        <source>released in %n s</source>
        <translation>
            <numerusform>libéré dans %n s</numerusform>
            <numerusform>libéré dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>held until the connection ends; --auto-release SECONDS lets it go on</source>
        <translation>retenu jusqu&apos;à la fin de la connexion&#xa0;; --auto-release SECONDES le laisse continuer</translation>
    </message>
    <message>
        <source>[%1] %2 %3 %4 B held by %5 (%6)%7</source>
        <translation>[%1] %2 %3 %4 o retenu par %5 (%6)%7</translation>
    </message>
    <message numerus="yes">
        <source>[%1] recorded as session %2 (%n records) in %3</source>
        <translation>
            <numerusform>[%1] enregistrée comme session %2 (%n enregistrement) dans %3</numerusform>
            <numerusform>[%1] enregistrée comme session %2 (%n enregistrements) dans %3</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 close (no code)</source>
        <translation>[%1] %2 fermeture (sans code)</translation>
    </message>
    <message>
        <source>[%1] %2 close %3</source>
        <translation>[%1] %2 fermeture %3</translation>
    </message>
    <message>
        <source>[%1] %2 close %3: %4</source>
        <translation>[%1] %2 fermeture %3 : %4</translation>
    </message>
    <message>
        <source>framewise-cli %1: %2</source>
        <translation>framewise-cli %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>framewise-cli %1: not recording: %2</source>
        <translation>framewise-cli %1&#xa0;: pas d&apos;enregistrement&#xa0;: %2</translation>
    </message>
    <message>
        <source>framewise-cli %1: warning: listening on %2, not only this machine: anyone who can reach it can use the upstream through Framewise.</source>
        <translation>framewise-cli %1&#xa0;: avertissement&#xa0;: écoute sur %2, pas seulement sur cette machine&#xa0;: quiconque peut y accéder peut utiliser le serveur amont via Framewise.</translation>
    </message>
    <message>
        <source>every host</source>
        <translation>tous les hôtes</translation>
    </message>
    <message>
        <source>* proxy listening on %1, intercepting %2; %3</source>
        <translation>* proxy en écoute sur %1, interception de %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>TLS decrypted with the Framewise CA (SHA-256 %1); apps must trust its certificate, %2</source>
        <translation>TLS déchiffré avec l&apos;AC Framewise (SHA-256 %1)&#xa0;; les applications doivent faire confiance à son certificat, %2</translation>
    </message>
    <message>
        <source>TLS tunnelled without decrypting</source>
        <translation>TLS transmis en tunnel sans déchiffrement</translation>
    </message>
    <message>
        <source>[%1] app %2 connected: %3 → %4</source>
        <translation>[%1] application %2 connectée&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <source>* tunnel %1 → %2</source>
        <translation>* tunnel %1 → %2</translation>
    </message>
    <message>
        <source>* tunnel %1 → %2 (%3)</source>
        <translation>* tunnel %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>* forwarded %1 %2 to %3</source>
        <translation>* %1 %2 transmis à %3</translation>
    </message>
    <message>
        <source>* TLS to %1 from %2 failed: %3</source>
        <translation>* échec du TLS vers %1 depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Framewise proxy is shutting down</source>
        <translation>Le proxy Framewise s&apos;arrête</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptServer</name>
    <message>
        <source>Cannot read the certificate or key: %1</source>
        <translation>Impossible de lire le certificat ou la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC).</source>
        <translation>%1 ne contient aucune clé privée PEM (RSA ou EC).</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptSettings</name>
    <message>
        <source>The listen address is not a valid IP address.</source>
        <translation>L&apos;adresse d&apos;écoute n&apos;est pas une adresse IP valide.</translation>
    </message>
    <message>
        <source>Upstream: %1</source>
        <translation>Serveur amont&#xa0;: %1</translation>
    </message>
    <message>
        <source>To accept wss:// from the app, give both a certificate and its private key.</source>
        <translation>Pour accepter le wss:// de l&apos;application, indiquez un certificat et aussi sa clé privée.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The auto-release time cannot be negative.</source>
        <translation>Le délai de libération automatique ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptTab</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Intercepted connections</source>
        <translation>Connexions interceptées</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Messages retenus</translation>
    </message>
    <message>
        <source>to server</source>
        <translation>vers le serveur</translation>
    </message>
    <message>
        <source>to app</source>
        <translation>vers l&apos;application</translation>
    </message>
    <message>
        <source>Inject direction</source>
        <translation>Sens de l&apos;injection</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binaire (hexa)</translation>
    </message>
    <message>
        <source>Message to inject on the selected connection</source>
        <translation>Message à injecter dans la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Message to inject</source>
        <translation>Message à injecter</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>Tout libérer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Transmettre</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>Tout &amp;libérer</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Injecter</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Point your app at %1 instead of %2.
Its connections appear on the left.</source>
        <translation>Faites pointer votre application vers %1 au lieu de %2.
Ses connexions apparaissent à gauche.</translation>
    </message>
    <message>
        <source>Intercept :%1</source>
        <translation>Interception :%1</translation>
    </message>
    <message>
        <source>Binary messages are typed as hex digits, two per byte (e.g. 0a ff 10).</source>
        <translation>Les messages binaires se saisissent en chiffres hexadécimaux, deux par octet (p. ex. 0a ff 10).</translation>
    </message>
    <message>
        <source>Pick a connection on the left first.</source>
        <translation>Choisissez d&apos;abord une connexion à gauche.</translation>
    </message>
    <message>
        <source>Connection %1 is not open; nothing was sent.</source>
        <translation>La connexion %1 n&apos;est pas ouverte&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Framewise intercept stopped</source>
        <translation>Interception Framewise arrêtée</translation>
    </message>
    <message>
        <source>Listening on %1 → %2</source>
        <translation>Écoute sur %1 → %2</translation>
    </message>
    <message>
        <source>Stopped (was %1)</source>
        <translation>Arrêtée (était %1)</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n live</source>
        <translation>
            <numerusform>  ·  %n active</numerusform>
            <numerusform>  ·  %n actives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ended</source>
        <translation>
            <numerusform>, %n terminée</numerusform>
            <numerusform>, %n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n held</source>
        <translation>
            <numerusform>  ·  %n retenu</numerusform>
            <numerusform>  ·  %n retenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n refused</source>
        <translation>
            <numerusform>  ·  %n refusée</numerusform>
            <numerusform>  ·  %n refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy problems</source>
        <translation>Problèmes du proxy</translation>
    </message>
    <message>
        <source>Latest proxy problem</source>
        <translation>Dernier problème du proxy</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Proxy problems (per host; hover for the whole text)</source>
        <translation>Problèmes du proxy (par hôte&#xa0;; survolez pour voir le texte complet)</translation>
    </message>
    <message>
        <source>This tab is an intercept, not a proxy.</source>
        <translation>Cet onglet est une interception, pas un proxy.</translation>
    </message>
    <message>
        <source>Set your app&apos;s or browser&apos;s HTTP proxy to %1 (e.g. HTTPS_PROXY=%1).
For wss:// it must trust the Framewise CA: File › Export CA certificate…, then see “Trusting the Framewise CA” in the README.
Intercepted WebSocket connections appear on the left, grouped by host.</source>
        <translation>Réglez le proxy HTTP de votre application ou navigateur sur %1 (p. ex. HTTPS_PROXY=%1).
Pour wss://, l&apos;application doit faire confiance à l&apos;AC Framewise&#xa0;: Fichier › Exporter le certificat de l&apos;AC…, puis voir «&#xa0;Trusting the Framewise CA&#xa0;» dans le README.
Les connexions WebSocket interceptées apparaissent à gauche, regroupées par hôte.</translation>
    </message>
    <message>
        <source>Proxy :%1</source>
        <translation>Proxy :%1</translation>
    </message>
    <message>
        <source>Framewise proxy stopped</source>
        <translation>Proxy Framewise arrêté</translation>
    </message>
    <message>
        <source>every host</source>
        <translation>tous les hôtes</translation>
    </message>
    <message>
        <source>TLS decrypted with the Framewise CA (SHA-256 %1)</source>
        <translation>TLS déchiffré avec l&apos;AC Framewise (SHA-256 %1)</translation>
    </message>
    <message>
        <source>TLS tunnelled untouched (no Framewise CA)</source>
        <translation>TLS transmis tel quel en tunnel (pas d&apos;AC Framewise)</translation>
    </message>
    <message>
        <source>TLS tunnelled untouched</source>
        <translation>TLS transmis tel quel en tunnel</translation>
    </message>
    <message>
        <source>Proxy %1  ·  intercepting %2  ·  %3</source>
        <translation>Proxy %1  ·  interception de %2  ·  %3</translation>
    </message>
    <message>
        <source>Stopped (was proxy %1)</source>
        <translation>Arrêté (était le proxy %1)</translation>
    </message>
    <message>
        <source>WebSocket connections: %1 (%2 live)  ·  forwarded: %3  ·  tunnels: %4  ·  refused: %5  ·  TLS rejected: %6</source>
        <translation>Connexions WebSocket&#xa0;: %1 (%2 actives)  ·  transmis&#xa0;: %3  ·  tunnels&#xa0;: %4  ·  refusés&#xa0;: %5  ·  TLS rejetés&#xa0;: %6</translation>
    </message>
    <message>
        <source>  ·  held: %1</source>
        <translation>  ·  retenus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latest problem: %1</source>
        <translation>Dernier problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Framewise::JsonPointer</name>
    <message>
        <source>the JSON pointer “%1” does not start with “/” (the empty pointer is the whole document)</source>
        <translation>le pointeur JSON «&#xa0;%1&#xa0;» ne commence pas par «&#xa0;/&#xa0;» (le pointeur vide désigne tout le document)</translation>
    </message>
    <message>
        <source>the JSON pointer “%1” has a “~” at offset %2 that is not followed by 0 or 1 (write ~0 for “~” and ~1 for “/”)</source>
        <translation>le pointeur JSON «&#xa0;%1&#xa0;» a, à la position %2, un «&#xa0;~&#xa0;» qui n&apos;est suivi ni de 0 ni de 1 (écrivez ~0 pour «&#xa0;~&#xa0;» et ~1 pour «&#xa0;/&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Framewise::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Framewise::LocalEchoServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1.</translation>
    </message>
</context>
<context>
    <name>Framewise::LogFilterProxyModel</name>
    <message>
        <source>Regular expression error at position %1: %2</source>
        <translation>Erreur dans l&apos;expression régulière à la position %1&#xa0;: %2</translation>
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
        <translation>Connexions</translation>
    </message>
    <message>
        <source>New connection (Ctrl+T)</source>
        <translation>Nouvelle connexion (Ctrl+T)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>&amp;Nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;Close connection tab</source>
        <translation>&amp;Fermer l&apos;onglet de connexion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>&amp;Rechercher dans le journal</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>&amp;Effacer le journal</translation>
    </message>
    <message>
        <source>Show &amp;frames</source>
        <translation>Afficher les &amp;trames</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Run local echo server</source>
        <translation>&amp;Lancer le serveur d&apos;écho local</translation>
    </message>
    <message>
        <source>&amp;Connect to local server</source>
        <translation>Se &amp;connecter au serveur local</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Framewise</source>
        <translation>À &amp;propos de Framewise</translation>
    </message>
    <message>
        <source>About Framewise</source>
        <translation>À propos de Framewise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Framewise %1&lt;/b&gt;&lt;p&gt;An inspector for WebSocket endpoints: the handshake, every frame, pings with round-trip times, and why a connection ended.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Framewise %1&lt;/b&gt;&lt;p&gt;Un inspecteur de points de terminaison WebSocket&#xa0;: la poignée de main, chaque trame, les pings avec leurs temps d&apos;aller-retour, et la raison de la fin d&apos;une connexion.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>The local echo server could not start: %1</source>
        <translation>Le serveur d&apos;écho local n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local echo</source>
        <translation>Écho local</translation>
    </message>
    <message>
        <source>A local echo server is running at %1 — press Connect to try it.</source>
        <translation>Un serveur d&apos;écho local tourne sur %1 — appuyez sur Connecter pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>Local server: %1</source>
        <translation>Serveur local&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n msgs (%1)</source>
        <translation>
            <numerusform>↓ %n message (%1)</numerusform>
            <numerusform>↓ %n messages (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>↑ %n msgs (%1)</source>
        <translation>
            <numerusform>↑ %n message (%1)</numerusform>
            <numerusform>↑ %n messages (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>  ·  RTT %1 ms</source>
        <translation>  ·  RTT %1 ms</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Il n&apos;y a aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Recording stopped: %1 The sessions go on in memory; File › Export session saves them.</source>
        <translation>Enregistrement arrêté&#xa0;: %1 Les sessions continuent en mémoire&#xa0;; Fichier › Exporter la session les sauvegarde.</translation>
    </message>
    <message>
        <source>Sessions are not recorded: %1 They still work in memory; File › Export session saves them.</source>
        <translation>Les sessions ne sont pas enregistrées&#xa0;: %1 Elles fonctionnent toujours en mémoire&#xa0;; Fichier › Exporter la session les sauvegarde.</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Pas d&apos;enregistrement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The session cannot be opened: %1</source>
        <translation>La session ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Part of the session could not be read: %1</source>
        <translation>Une partie de la session n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 holds no WebSocket connection.</source>
        <translation>%1 ne contient aucune connexion WebSocket.</translation>
    </message>
    <message>
        <source>The import could not be stored: %1</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sessions; the first few are open, the rest are in History.</source>
        <translation>
            <numerusform>%n session importée&#xa0;; les premières sont ouvertes, les autres sont dans l&apos;Historique.</numerusform>
            <numerusform>%n sessions importées&#xa0;; les premières sont ouvertes, les autres sont dans l&apos;Historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>Importer une session</translation>
    </message>
    <message>
        <source>Session logs (*.har *.jsonl *.ndjson);;All files (*)</source>
        <translation>Journaux de session (*.har *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <source>The tab was closed.</source>
        <translation>L&apos;onglet a été fermé.</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <source>The session is gone: %1</source>
        <translation>La session n&apos;existe plus&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded session(s) deleted by the retention limits.</source>
        <translation>
            <numerusform>%n session enregistrée supprimée par les limites de conservation.</numerusform>
            <numerusform>%n sessions enregistrées supprimées par les limites de conservation.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export session…</source>
        <translation>&amp;Exporter la session…</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>&amp;Importer une session…</translation>
    </message>
    <message>
        <source>&amp;Record sessions</source>
        <translation>En&amp;registrer les sessions</translation>
    </message>
    <message>
        <source>Record every connection to the session database as it happens</source>
        <translation>Enregistrer chaque connexion dans la base de sessions au fil de l&apos;eau</translation>
    </message>
    <message>
        <source>Keep recorded sessions…</source>
        <translation>Conserver les sessions enregistrées…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Framewise shows the new language after a restart.</source>
        <translation>Framewise affichera la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Unsaved profile changes</source>
        <translation>Modifications de profil non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>The profile %1 has changes that are not saved.</source>
        <translation>
            <numerusform>Le profil %1 a des modifications non enregistrées.</numerusform>
            <numerusform>Les profils %1 ont des modifications non enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 were left out: each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>%n message de %1 a été laissé de côté : il lui manquait l’heure, le type, l’opcode ou ses données, ou l’un d’eux était illisible.</numerusform>
            <numerusform>%n messages de %1 ont été laissés de côté : il manquait à chacun l’heure, le type, l’opcode ou ses données, ou l’un d’eux était illisible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1</numerusform>
            <numerusform>%n enregistrements exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message numerus="yes">
        <source>Restarting now closes every tab and its %n open connection(s) (Going Away); what they recorded stays in History.</source>
        <translation>
            <numerusform>Redémarrer maintenant ferme chaque onglet et sa %n connexion ouverte (Going Away) ; ce qu’ils ont enregistré reste dans l’historique.</numerusform>
            <numerusform>Redémarrer maintenant ferme chaque onglet et ses %n connexions ouvertes (Going Away) ; ce qu’ils ont enregistré reste dans l’historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting now closes every tab; what they recorded stays in History.</source>
        <translation>Redémarrer maintenant ferme chaque onglet ; ce qu’ils ont enregistré reste dans l’historique.</translation>
    </message>
    <message>
        <source>New &amp;intercept…</source>
        <translation>Nouvelle in&amp;terception…</translation>
    </message>
    <message>
        <source>New intercept</source>
        <translation>Nouvelle interception</translation>
    </message>
    <message>
        <source>New &amp;proxy…</source>
        <translation>Nouveau &amp;proxy…</translation>
    </message>
    <message>
        <source>An HTTP proxy for apps and browsers: their WebSocket connections are intercepted</source>
        <translation>Un proxy HTTP pour les applications et navigateurs&#xa0;: leurs connexions WebSocket sont interceptées</translation>
    </message>
    <message>
        <source>Export C&amp;A certificate…</source>
        <translation>E&amp;xporter le certificat de l&apos;AC…</translation>
    </message>
    <message>
        <source>Write the Framewise CA&apos;s certificate (PEM or DER) for apps and browsers to trust</source>
        <translation>Écrire le certificat de l&apos;AC Framewise (PEM ou DER) pour que les applications et navigateurs lui fassent confiance</translation>
    </message>
    <message>
        <source>CA &amp;details…</source>
        <translation>&amp;Détails de l&apos;AC…</translation>
    </message>
    <message>
        <source>There is no Framewise CA to decrypt TLS with: %1
Untick “Decrypt TLS with the Framewise CA” to tunnel TLS untouched, or regenerate the CA under View › CA details.</source>
        <translation>Il n&apos;y a aucune AC Framewise avec laquelle déchiffrer le TLS&#xa0;: %1
Décochez «&#xa0;Déchiffrer le TLS avec l&apos;AC Framewise&#xa0;» pour transmettre le TLS tel quel en tunnel, ou régénérez l&apos;AC dans Affichage › Détails de l&apos;AC.</translation>
    </message>
    <message>
        <source>New proxy</source>
        <translation>Nouveau proxy</translation>
    </message>
    <message>
        <source>Given to this window for this run only; not stored.</source>
        <translation>Fournie à cette fenêtre pour cette exécution seulement&#xa0;; non conservée.</translation>
    </message>
    <message>
        <source>For this run only. %1</source>
        <translation>Pour cette exécution seulement. %1</translation>
    </message>
    <message>
        <source>In the system keychain (its private key is never written to a file).</source>
        <translation>Dans le trousseau du système (sa clé privée n&apos;est jamais écrite dans un fichier).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export CA certificate</source>
        <translation>Exporter le certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>There is no Framewise CA: %1</source>
        <translation>Il n&apos;y a aucune AC Framewise&#xa0;: %1</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>Certificat PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>Certificat DER (*.der *.cer)</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (DER) to %1</source>
        <translation>Certificat de l&apos;AC Framewise (DER) écrit dans %1</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (PEM) to %1</source>
        <translation>Certificat de l&apos;AC Framewise (PEM) écrit dans %1</translation>
    </message>
    <message>
        <source> (this run&apos;s CA only: no keychain)</source>
        <translation> (AC de cette exécution seulement&#xa0;: pas de trousseau)</translation>
    </message>
    <message>
        <source>Regenerate the Framewise CA</source>
        <translation>Régénérer l&apos;AC Framewise</translation>
    </message>
</context>
<context>
    <name>Framewise::MessageAssembler</name>
    <message>
        <source>A continuation frame arrived while no fragmented message was in progress.</source>
        <translation>Une trame de continuation est arrivée alors qu&apos;aucun message fragmenté n&apos;était en cours.</translation>
    </message>
    <message>
        <source>A new data frame arrived before the fragmented message in progress was finished.</source>
        <translation>Une nouvelle trame de données est arrivée avant la fin du message fragmenté en cours.</translation>
    </message>
    <message>
        <source>A text message is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation>Un message texte n&apos;est pas de l&apos;UTF-8 valide (premier octet invalide à la position %1).</translation>
    </message>
    <message>
        <source>A message exceeds the message size limit of %1 bytes.</source>
        <translation>Un message dépasse la taille maximale des messages de %1 octets.</translation>
    </message>
    <message>
        <source>A Close frame carried a 1-byte payload; a close code needs 2 bytes.</source>
        <translation>Une trame Close transportait un contenu de 1 octet ; un code de fermeture nécessite 2 octets.</translation>
    </message>
    <message>
        <source>A Close frame carried a close code that may not be used.</source>
        <translation>Une trame Close transportait un code de fermeture qui ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>A Close frame&apos;s reason is not valid UTF-8.</source>
        <translation>La raison d&apos;une trame Close n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <source>RSV1 (compressed) was set on a control or continuation frame.</source>
        <translation>RSV1 (compressé) était activé sur une trame de contrôle ou de continuation.</translation>
    </message>
    <message>
        <source>A compressed message could not be inflated: the deflate data is corrupt.</source>
        <translation>Un message compressé n&apos;a pas pu être décompressé : les données deflate sont corrompues.</translation>
    </message>
</context>
<context>
    <name>Framewise::MessageLogModel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>pong</source>
        <translation>pong</translation>
    </message>
    <message>
        <source>close</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>%1 (%2 on wire)</source>
        <translation>%1 (%2 sur le réseau)</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(pas de code)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 bytes on the wire</source>
        <translation>
            <numerusform>%n trame, %1 octets sur le réseau</numerusform>
            <numerusform>%n trames, %1 octets sur le réseau</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
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
        <translation>Depuis le précédent</translation>
    </message>
    <message>
        <source>Since connect</source>
        <translation>Depuis la connexion</translation>
    </message>
    <message>
        <source>%1 · %2 (streamed from a file; not kept)</source>
        <translation>%1 · %2 (envoyé depuis un fichier ; non gardé)</translation>
    </message>
    <message>
        <source>%1 (streamed from a file; not kept)</source>
        <translation>%1 (envoyé depuis un fichier ; non gardé)</translation>
    </message>
    <message>
        <source>%1 (not kept)</source>
        <translation>%1 (non gardé)</translation>
    </message>
    <message>
        <source>Held at a breakpoint</source>
        <translation>Retenu à un point d&apos;arrêt</translation>
    </message>
    <message>
        <source>Edited: its data was changed by a rule or by hand</source>
        <translation>Modifié&#xa0;: ses données ont été changées par une règle ou à la main</translation>
    </message>
    <message>
        <source>Dropped: not forwarded to the server</source>
        <translation>Rejeté&#xa0;: non transmis au serveur</translation>
    </message>
    <message>
        <source>Dropped: not forwarded to the app</source>
        <translation>Rejeté&#xa0;: non transmis à l&apos;application</translation>
    </message>
    <message>
        <source>Dropped: not forwarded</source>
        <translation>Rejeté&#xa0;: non transmis</translation>
    </message>
    <message>
        <source>Injected: sent to the server by you, not by the app</source>
        <translation>Injecté&#xa0;: envoyé au serveur par vous, pas par l&apos;application</translation>
    </message>
    <message>
        <source>Injected: sent to the app by you, not by the server</source>
        <translation>Injecté&#xa0;: envoyé à l&apos;application par vous, pas par le serveur</translation>
    </message>
    <message>
        <source>Injected: sent by you</source>
        <translation>Injecté&#xa0;: envoyé par vous</translation>
    </message>
    <message>
        <source>Delayed: forwarded late by a delay rule</source>
        <translation>Retardé&#xa0;: transmis en retard par une règle de délai</translation>
    </message>
    <message>
        <source>Replied: answered by a reply rule instead of forwarded</source>
        <translation>Répondu&#xa0;: une règle de réponse y a répondu au lieu de le transmettre</translation>
    </message>
</context>
<context>
    <name>Framewise::PendingHandshake</name>
    <message>
        <source>The upstream&apos;s answer could not be passed on: it is not valid HTTP.</source>
        <translation>La réponse du serveur amont n&apos;a pas pu être retransmise&#xa0;: ce n&apos;est pas du HTTP valide.</translation>
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
        <translation>un identifiant non vide</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>un nom non vide</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A header of profile “%1”</source>
        <translation>Un en-tête du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>une liste d&apos;objets</translation>
    </message>
    <message>
        <source>Compression of profile “%1”</source>
        <translation>Compression du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>TLS of profile “%1”</source>
        <translation>TLS du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Proxy of profile “%1”</source>
        <translation>Proxy du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A variable of profile “%1”</source>
        <translation>Une variable du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A snippet of profile “%1”</source>
        <translation>Un extrait du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>text, json, hex or base64</source>
        <translation>text, json, hex ou base64</translation>
    </message>
    <message>
        <source>Undefined variable(s): %1. Define them in the profile&apos;s variables or remove the {{…}} references.</source>
        <translation>Variable(s) non définie(s)&#xa0;: %1. Définissez-les dans les variables du profil ou supprimez les références {{…}}.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
</context>
<context>
    <name>Framewise::ProfileManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation>Ce profil n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Il n&apos;y a aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>Framewise::ProfileStore</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 n&apos;est pas du JSON valide (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1 is not a Framewise profiles file.</source>
        <translation>%1 n&apos;est pas un fichier de profils Framewise.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Framewise (format version %2; this one reads up to %3).</source>
        <translation>%1 a été écrit par un Framewise plus récent (version de format %2&#xa0;; celui-ci lit jusqu&apos;à %3).</translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation>%1 n&apos;a pas de version de format valide.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the profiles in %1: %2</source>
        <translation>Impossible de lire les profils de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It was left as it is; profiles will not be saved until you choose to start over (a copy is kept at %1).</source>
        <translation>Il a été laissé tel quel&#xa0;; les profils ne seront pas enregistrés tant que vous ne choisirez pas de repartir de zéro (une copie est conservée dans %1).</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les profils dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The damaged profiles file could not be copied aside, so it is left as it is.</source>
        <translation>Le fichier de profils endommagé n&apos;a pas pu être copié à part&#xa0;; il est donc laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyClient</name>
    <message>
        <source>the client closed TLS: it does not trust the Framewise CA (or it pins its server&apos;s certificate). Trust the CA in the app (see the README), or leave this host out of the intercepted ones.</source>
        <translation>le client a fermé le TLS&#xa0;: il ne fait pas confiance à l&apos;AC Framewise (ou il épingle le certificat de son serveur). Faites confiance à l&apos;AC dans l&apos;application (voir le README), ou retirez cet hôte des hôtes interceptés.</translation>
    </message>
    <message>
        <source>the client closed the connection during TLS: it probably does not trust the Framewise CA.</source>
        <translation>le client a fermé la connexion pendant le TLS&#xa0;: il ne fait probablement pas confiance à l&apos;AC Framewise.</translation>
    </message>
    <message>
        <source>TLS with the client failed: %1</source>
        <translation>Le TLS avec le client a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client did not send a complete request within %1 ms.</source>
        <translation>Le client n&apos;a pas envoyé de requête complète en %1 ms.</translation>
    </message>
    <message>
        <source>the client did not finish TLS within %1 ms.</source>
        <translation>le client n&apos;a pas terminé le TLS en %1 ms.</translation>
    </message>
    <message>
        <source>%1:%2 did not answer within %3 ms.</source>
        <translation>%1:%2 n&apos;a pas répondu en %3 ms.</translation>
    </message>
    <message>
        <source>CONNECT needs a host and a port (host:port), not “%1”.</source>
        <translation>CONNECT requiert un hôte et un port (hôte:port), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Framewise is an HTTP proxy: set it as your app&apos;s or browser&apos;s proxy and it forwards each request to the server the request names.%1</source>
        <translation>Framewise est un proxy HTTP&#xa0;: définissez-le comme proxy de votre application ou navigateur et il transmettra chaque requête au serveur qu&apos;elle désigne.%1</translation>
    </message>
    <message>
        <source> The certificate of the Framewise CA, for apps to trust, is at /framewise-ca.pem (or /framewise-ca.der) on this address.</source>
        <translation> Le certificat de l&apos;AC Framewise, auquel les applications doivent faire confiance, se trouve à /framewise-ca.pem (ou /framewise-ca.der) sur cette adresse.</translation>
    </message>
    <message>
        <source>The request target “%1” is not an http:// address (https:// goes through CONNECT).</source>
        <translation>La cible de la requête «&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// (https:// passe par CONNECT).</translation>
    </message>
    <message>
        <source>TLS not decrypted: decryption is off</source>
        <translation>TLS non déchiffré&#xa0;: le déchiffrement est désactivé</translation>
    </message>
    <message>
        <source>TLS not decrypted: no Framewise CA</source>
        <translation>TLS non déchiffré&#xa0;: pas d&apos;AC Framewise</translation>
    </message>
    <message>
        <source>TLS not decrypted: %1</source>
        <translation>TLS non déchiffré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Framewise did not forward the request: %1:%2 failed TLS verification: %3</source>
        <translation>Framewise n&apos;a pas transmis la requête&#xa0;: %1:%2 a échoué à la vérification TLS&#xa0;: %3</translation>
    </message>
    <message>
        <source>Framewise could not reach %1:%2: %3</source>
        <translation>Framewise n&apos;a pas pu joindre %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1:%2 answered with a header block larger than %3 KiB.</source>
        <translation>%1:%2 a répondu avec un bloc d&apos;en-têtes de plus de %3 Kio.</translation>
    </message>
    <message>
        <source>%1:%2 did not answer with an HTTP response.</source>
        <translation>%1:%2 n&apos;a pas répondu par une réponse HTTP.</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection without answering.</source>
        <translation>%1:%2 a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>Framewise could not connect to %1:%2: %3</source>
        <translation>Framewise n&apos;a pas pu se connecter à %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyDialog</name>
    <message>
        <source>&amp;Decrypt TLS with the Framewise CA</source>
        <translation>&amp;Déchiffrer le TLS avec l&apos;AC Framewise</translation>
    </message>
    <message>
        <source>New proxy</source>
        <translation>Nouveau proxy</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>Hosts to intercept</source>
        <translation>Hôtes à intercepter</translation>
    </message>
    <message>
        <source>One pattern per line; empty: every host. Others are tunnelled untouched.
example.com
*.example.com
127.0.0.1:8443</source>
        <translation>Un motif par ligne&#xa0;; vide&#xa0;: tous les hôtes. Les autres sont transmis tels quels en tunnel.
example.com
*.example.com
127.0.0.1:8443</translation>
    </message>
    <message>
        <source>wss:// apps must trust the Framewise CA (File › Export CA certificate…). Off, TLS is tunnelled untouched and only ws:// is looked into.</source>
        <translation>Les applications wss:// doivent faire confiance à l&apos;AC Framewise (Fichier › Exporter le certificat de l&apos;AC…). Si cette option est désactivée, le TLS est transmis tel quel en tunnel et seul ws:// est examiné.</translation>
    </message>
    <message>
        <source>PEM files, separated by ; (optional)</source>
        <translation>Fichiers PEM, séparés par&#xa0;; (facultatif)</translation>
    </message>
    <message>
        <source>Extra CA files</source>
        <translation>Fichiers d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <source>CAs to trust besides the system&apos;s when Framewise connects to servers</source>
        <translation>AC auxquelles faire confiance en plus de celles du système quand Framewise se connecte aux serveurs</translation>
    </message>
    <message>
        <source>PEM file, when servers ask for one (optional)</source>
        <translation>Fichier PEM, quand les serveurs en demandent un (facultatif)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>its PEM private key</source>
        <translation>sa clé privée PEM</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Hosts problem</source>
        <translation>Problème dans les hôtes</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>É&amp;couter sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hosts to intercept:</source>
        <translation>&amp;Hôtes à intercepter&#xa0;:</translation>
    </message>
    <message>
        <source>Servers (upstream TLS)</source>
        <translation>Serveurs (TLS amont)</translation>
    </message>
    <message>
        <source>Extra &amp;CA files:</source>
        <translation>Fichiers d&apos;&amp;AC supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificat client&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation>Démarrer le proxy</translation>
    </message>
    <message>
        <source>Other machines can reach %1: anyone there can use Framewise as their proxy and see what it decrypts.</source>
        <translation>D&apos;autres machines peuvent joindre %1&#xa0;: n&apos;importe qui sur celles-ci peut utiliser Framewise comme proxy et voir ce qu&apos;il déchiffre.</translation>
    </message>
    <message>
        <source>Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:%2.</source>
        <translation>Écouter sur «&#xa0;%1&#xa0;»&#xa0;: indiquez une adresse IP et un port, p. ex. 127.0.0.1:%2.</translation>
    </message>
    <message>
        <source>Hosts to intercept: %1</source>
        <translation>Hôtes à intercepter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the client certificate and its private key together.</source>
        <translation>Indiquez le certificat client et sa clé privée ensemble.</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyEventsModel</name>
    <message>
        <source>(no host)</source>
        <translation>(aucun hôte)</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>refusé (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>tunnelled untouched: %1</source>
        <translation>transmis tel quel en tunnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>forwarded %1 %2</source>
        <translation>transmis&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxySettings</name>
    <message>
        <source>The request timeout must be positive.</source>
        <translation>Le délai d&apos;attente des requêtes doit être positif.</translation>
    </message>
</context>
<context>
    <name>Framewise::Reader</name>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>%1: “%2” should be %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» devrait être %3.</translation>
    </message>
</context>
<context>
    <name>Framewise::RetentionDialog</name>
    <message>
        <source>Keep recorded sessions</source>
        <translation>Conserver les sessions enregistrées</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep sessions for days</source>
        <translation>Nombre de jours de conservation des sessions</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep sessions up to megabytes</source>
        <translation>Taille maximale des sessions en mégaoctets</translation>
    </message>
    <message>
        <source>Older sessions are deleted when Framewise starts and when you change these limits; the oldest go first when the total is too large. Sessions still being recorded are always kept.</source>
        <translation>Les sessions plus anciennes sont supprimées au démarrage de Framewise et quand vous modifiez ces limites&#xa0;; les plus anciennes partent en premier quand le total est trop grand. Les sessions en cours d&apos;enregistrement sont toujours conservées.</translation>
    </message>
    <message>
        <source>Keep for at most:</source>
        <translation>Conserver pendant au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>Conserver au plus&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Framewise::SecretStore</name>
    <message>
        <source>No keychain is available (%1), so secrets cannot be saved. Passwords and secret values you type are used for this session only and are never written to disk.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1)&#xa0;: les secrets ne peuvent pas être enregistrés. Les mots de passe et valeurs secrètes saisis ne servent que pour cette session et ne sont jamais écrits sur le disque.</translation>
    </message>
    <message>
        <source>Cannot read the secret “%1” from the keychain: %2</source>
        <translation>Impossible de lire le secret «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save the secret “%1” in the keychain: %2</source>
        <translation>Impossible d&apos;enregistrer le secret «&#xa0;%1&#xa0;» dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot delete the secret “%1” from the keychain: %2</source>
        <translation>Impossible de supprimer le secret «&#xa0;%1&#xa0;» du trousseau&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::SecretsDialog</name>
    <message>
        <source>Secrets for “%1”</source>
        <translation>Secrets de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>These secrets of “%1” have no saved value. Type them to use them now; save the profile to keep them in the keychain. Leave a field empty to skip it.</source>
        <translation>Ces secrets de «&#xa0;%1&#xa0;» n&apos;ont pas de valeur enregistrée. Saisissez-les pour les utiliser maintenant&#xa0;; enregistrez le profil pour les garder dans le trousseau. Laissez un champ vide pour l&apos;ignorer.</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>Mot de passe HTTP</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>En-tête %1</translation>
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
        <translation>La requête utilise la méthode « %1 » ; une poignée de main WebSocket doit utiliser GET.</translation>
    </message>
    <message>
        <source>The request uses %1; a WebSocket handshake needs HTTP/1.1 or later.</source>
        <translation>La requête utilise %1 ; une poignée de main WebSocket nécessite HTTP/1.1 ou ultérieur.</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>La requête n&apos;a pas d&apos;en-tête Host.</translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation>La requête a plus d&apos;un en-tête Host.</translation>
    </message>
    <message>
        <source>The request lacks the header “Upgrade: websocket”.</source>
        <translation>Il manque à la requête l&apos;en-tête « Upgrade: websocket ».</translation>
    </message>
    <message>
        <source>The request lacks the header “Connection: Upgrade”.</source>
        <translation>Il manque à la requête l&apos;en-tête « Connection: Upgrade ».</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Key header.</source>
        <translation>La requête n&apos;a pas d&apos;en-tête Sec-WebSocket-Key.</translation>
    </message>
    <message>
        <source>The request&apos;s Sec-WebSocket-Key “%1” is not the base64 encoding of 16 bytes.</source>
        <translation>Le Sec-WebSocket-Key « %1 » de la requête n&apos;est pas l&apos;encodage base64 de 16 octets.</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Version header; this server speaks version 13.</source>
        <translation>La requête n&apos;a pas d&apos;en-tête Sec-WebSocket-Version ; ce serveur parle la version 13.</translation>
    </message>
    <message>
        <source>The request asks for WebSocket version “%1”; this server speaks version 13.</source>
        <translation>La requête demande la version « %1 » de WebSocket ; ce serveur parle la version 13.</translation>
    </message>
</context>
<context>
    <name>Framewise::Session</name>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source> (subprotocol %1)</source>
        <translation> (sous-protocole %1)</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>, compressé</translation>
    </message>
    <message>
        <source>Redirected (%1) from %2 to %3</source>
        <translation>Redirigé (%1) de %2 vers %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A recorded session is read-only; open a new connection tab to connect.</source>
        <translation>Une session enregistrée est en lecture seule&#xa0;; ouvrez un nouvel onglet de connexion pour vous connecter.</translation>
    </message>
    <message>
        <source>Receiving paused: what the server sends waits in the network buffers</source>
        <translation>Réception suspendue : ce qu’envoie le serveur attend dans les tampons réseau</translation>
    </message>
    <message>
        <source>Receiving resumed</source>
        <translation>Réception reprise</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>Départ</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionInfo</name>
    <message>
        <source>still open</source>
        <translation>encore ouverte</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>closed (no code)</source>
        <translation>fermée (sans code)</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>fermée %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>refusée (%1)</translation>
    </message>
    <message>
        <source>invalid handshake</source>
        <translation>poignée de main invalide</translation>
    </message>
    <message>
        <source>protocol error (1002)</source>
        <translation>erreur de protocole (1002)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (1007)</source>
        <translation>UTF-8 invalide (1007)</translation>
    </message>
    <message>
        <source>message too large (1009)</source>
        <translation>message trop grand (1009)</translation>
    </message>
    <message>
        <source>ping timeout</source>
        <translation>délai du ping dépassé</translation>
    </message>
    <message>
        <source>no Close in time</source>
        <translation>pas de Close à temps</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>échec TLS</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>redirect failed</source>
        <translation>redirection échouée</translation>
    </message>
    <message>
        <source>recording stopped while open</source>
        <translation>enregistrement arrêté pendant l’ouverture</translation>
    </message>
    <message>
        <source>imported, %1</source>
        <translation>importée, %1</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionRecorder</name>
    <message>
        <source>The recording was stopped while the connection was still open.</source>
        <translation>L&apos;enregistrement a été arrêté alors que la connexion était encore ouverte.</translation>
    </message>
    <message>
        <source> (%1 bits)</source>
        <translation> (%1 bits)</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by %2; SHA-256 %3</source>
        <translation>Certificat&#xa0;: %1&#xa0;; émis par %2&#xa0;; SHA-256 %3</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Vérifié.</translation>
    </message>
    <message>
        <source>Not verified (%1); trusted by a pinned fingerprint.</source>
        <translation>Non vérifié (%1)&#xa0;; approuvé par une empreinte épinglée.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recording ended with its tab while the connection was still open.</source>
        <translation>L’enregistrement s’est terminé avec son onglet alors que la connexion était encore ouverte.</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionStore</name>
    <message>
        <source>Writing the session database %1 took longer than %2 ms.</source>
        <translation>L&apos;écriture de la base de sessions %1 a pris plus de %2 ms.</translation>
    </message>
    <message>
        <source>The session database is not open.</source>
        <translation>La base de sessions n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>Il n&apos;y a pas de session %1 dans %2.</translation>
    </message>
    <message>
        <source>Session %1 is still being recorded; stop it before deleting it.</source>
        <translation>La session %1 est encore en cours d&apos;enregistrement&#xa0;; arrêtez-la avant de la supprimer.</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionTab</name>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>Journal des trames</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>Masquer les pings</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Trames</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Filter messages (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Filtre de sens</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>Control frames</source>
        <translation>Trames de contrôle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Keep the newest message in view; scrolling up turns this off</source>
        <translation>Garder le message le plus récent visible&#xa0;; remonter désactive cette option</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Poignée de main</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Framewise</source>
        <translation>Framewise</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n messages shown</source>
        <translation>
            <numerusform>%1 sur %n message affiché</numerusform>
            <numerusform>%1 sur %n messages affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n trame</numerusform>
            <numerusform>%n trames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (recorded)</source>
        <translation>%1 · %2 (enregistrée)</translation>
    </message>
    <message>
        <source>A recorded session keeps messages, not their frames</source>
        <translation>Une session enregistrée conserve les messages, pas leurs trames</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Imported session of %1 from %2 (read-only).</source>
        <translation>Session de %1 importée depuis %2 (lecture seule).</translation>
    </message>
    <message>
        <source>Recorded session of %1, started %2 (read-only).</source>
        <translation>Session enregistrée de %1, début&#xa0;: %2 (lecture seule).</translation>
    </message>
    <message>
        <source>Framewise stopped while it was recording: the session ends where the last batch was written.</source>
        <translation>Framewise s&apos;est arrêté pendant l&apos;enregistrement&#xa0;: la session s&apos;arrête là où le dernier lot a été écrit.</translation>
    </message>
    <message>
        <source>Recorded session</source>
        <translation>Session enregistrée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>frames are not recorded</source>
        <translation>les trames ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>Receiving is paused while the recording catches up: the server waits, nothing is lost.</source>
        <translation>La réception est en pause le temps que l’enregistrement rattrape son retard : le serveur attend, rien n’est perdu.</translation>
    </message>
    <message>
        <source>Preserve log</source>
        <translation>Conserver le journal</translation>
    </message>
    <message>
        <source>Keep the log and the statistics when connecting again; otherwise each connection starts a fresh log, as it is a recorded session of its own</source>
        <translation>Conserver le journal et les statistiques lors d’une nouvelle connexion ; sinon chaque connexion commence un journal neuf, car c’est une session enregistrée à part entière</translation>
    </message>
</context>
<context>
    <name>Framewise::StatsPane</name>
    <message>
        <source>Messages per second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>Ping round-trip time (ms)</source>
        <translation>Aller-retour du ping (ms)</translation>
    </message>
    <message>
        <source>KiB per second</source>
        <translation>Kio par seconde</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçus</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message numerus="yes">
        <source>Received %n messages (%1),</source>
        <translation>
            <numerusform>%n message reçu (%1),</numerusform>
            <numerusform>%n messages reçus (%1),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n messages (%1).</source>
        <translation>
            <numerusform>%n envoyé (%1).</numerusform>
            <numerusform>%n envoyés (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last RTT: %1.</source>
        <translation>Dernier RTT&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>No connection yet.</source>
        <translation>Pas encore de connexion.</translation>
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
        <translation>La connexion a été fermée (%1).</translation>
    </message>
    <message>
        <source>The connection was closed (%1): “%2”.</source>
        <translation>La connexion a été fermée (%1) : « %2 ».</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on that port.</source>
        <translation>Le serveur a refusé la connexion : rien n&apos;écoute sur ce port.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>Le nom du serveur est introuvable.</translation>
    </message>
    <message>
        <source>The server did not complete the opening handshake in time.</source>
        <translation>Le serveur n&apos;a pas terminé à temps la poignée de main d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Upgrade refused with HTTP status %1.</source>
        <translation>Mise à niveau refusée avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>Upgrade refused with HTTP %1 %2.</source>
        <translation>Mise à niveau refusée avec HTTP %1 %2.</translation>
    </message>
    <message>
        <source>Body: “%1”.</source>
        <translation>Corps : « %1 ».</translation>
    </message>
    <message>
        <source>The server&apos;s handshake answer is not a valid WebSocket upgrade.</source>
        <translation>La réponse du serveur à la poignée de main n&apos;est pas une mise à niveau WebSocket valide.</translation>
    </message>
    <message>
        <source>The server broke the WebSocket protocol; the connection was closed with 1002.</source>
        <translation>Le serveur a enfreint le protocole WebSocket ; la connexion a été fermée avec 1002.</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8; the connection was closed with 1007.</source>
        <translation>Le serveur a envoyé du texte qui n&apos;est pas de l&apos;UTF-8 valide ; la connexion a été fermée avec 1007.</translation>
    </message>
    <message>
        <source>The server sent a message larger than the limit; the connection was closed with 1009.</source>
        <translation>Le serveur a envoyé un message dépassant la limite ; la connexion a été fermée avec 1009.</translation>
    </message>
    <message>
        <source>The server did not answer a keepalive ping in time; the connection is considered broken.</source>
        <translation>Le serveur n&apos;a pas répondu à temps à un ping keepalive ; la connexion est considérée comme rompue.</translation>
    </message>
    <message>
        <source>The server did not answer our Close in time; the connection was dropped.</source>
        <translation>Le serveur n&apos;a pas répondu à temps à notre Close ; la connexion a été coupée.</translation>
    </message>
    <message>
        <source>The connection ended without a closing handshake (1006 Abnormal closure).</source>
        <translation>La connexion s&apos;est terminée sans poignée de main de fermeture (1006 Fermeture anormale).</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be established.</source>
        <translation>La connexion sécurisée (TLS) n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>A network error ended the connection.</source>
        <translation>Une erreur réseau a mis fin à la connexion.</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s redirect could not be followed.</source>
        <translation>La redirection du serveur n&apos;a pas pu être suivie.</translation>
    </message>
</context>
<context>
    <name>Framewise::TabStateIcon</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Recorded session (read-only)</source>
        <translation>Session enregistrée (lecture seule)</translation>
    </message>
</context>
<context>
    <name>Framewise::TlsPane</name>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Détails TLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Not established yet</source>
        <translation>Pas encore établie</translation>
    </message>
    <message>
        <source>Not used (ws://)</source>
        <translation>Non utilisé (ws://)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified — trusted by your certificate pin</source>
        <translation>Non vérifié — approuvé par votre épinglage de certificat</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not used, or not recorded</source>
        <translation>Non utilisé, ou non enregistré</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketChannel</name>
    <message>
        <source>Closed before the connection was established.</source>
        <translation>Fermée avant que la connexion soit établie.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>La connexion a été interrompue.</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketChannelPrivate</name>
    <message>
        <source>Nothing usable arrived within %1 ms.</source>
        <translation>Rien d&apos;exploitable n&apos;est arrivé en %1 ms.</translation>
    </message>
    <message>
        <source>Waited %1 ms for the server&apos;s Close.</source>
        <translation>Attente de %1 ms du Close du serveur.</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location header.</source>
        <translation>HTTP %1 sans en-tête Location.</translation>
    </message>
    <message>
        <source>The redirect goes to “%1”, which is not a WebSocket address.</source>
        <translation>La redirection mène à « %1 », qui n&apos;est pas une adresse WebSocket.</translation>
    </message>
    <message>
        <source>The redirect target “%1” is not a valid address.</source>
        <translation>La cible de la redirection « %1 » n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from a secure wss address to plain ws (%1).</source>
        <translation>Refus de suivre une redirection d&apos;une adresse wss sécurisée vers du ws en clair (%1).</translation>
    </message>
    <message>
        <source>The redirects form a loop back to %1.</source>
        <translation>Les redirections forment une boucle qui revient à %1.</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Plus de %1 redirections.</translation>
    </message>
    <message>
        <source>The server ended the connection during the TLS handshake.</source>
        <translation>Le serveur a mis fin à la connexion pendant la poignée de main TLS.</translation>
    </message>
    <message>
        <source>It ended in the middle of a frame.</source>
        <translation>Elle s&apos;est terminée au milieu d&apos;une trame.</translation>
    </message>
    <message>
        <source>The stream being sent was deleted after %1 of %2 bytes.</source>
        <translation>Le flux en cours d&apos;envoi a été supprimé après %1 octets sur %2.</translation>
    </message>
    <message>
        <source>The stream being sent ended after %1 of %2 bytes.</source>
        <translation>Le flux en cours d&apos;envoi s&apos;est terminé après %1 octets sur %2.</translation>
    </message>
    <message>
        <source>No answer for %1 s after a ping.</source>
        <translation>Pas de réponse %1 s après un ping.</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketListenerPrivate</name>
    <message>
        <source>Too many clients are still sending their handshake (%1); this one was cut off.</source>
        <translation>Trop de clients envoient encore leur poignée de main (%1)&#xa0;; celui-ci a été coupé.</translation>
    </message>
    <message>
        <source>The client did not complete its handshake within %1 ms; the connection was closed.</source>
        <translation>Le client n&apos;a pas terminé sa poignée de main en %1 ms&#xa0;; la connexion a été fermée.</translation>
    </message>
    <message>
        <source>The client closed the connection without sending a handshake.</source>
        <translation>Le client a fermé la connexion sans envoyer de poignée de main.</translation>
    </message>
    <message>
        <source>The client closed the connection in the middle of its handshake.</source>
        <translation>Le client a fermé la connexion au milieu de sa poignée de main.</translation>
    </message>
    <message>
        <source>The TLS handshake with the client failed: %1</source>
        <translation>La poignée de main TLS avec le client a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FramewiseCli</name>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli --help&apos; for the options.</source>
        <translation>Essayez «&#xa0;framewise-cli --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>Connects to a WebSocket endpoint and prints every event: messages in (&lt;) and out (&gt;), pings, pongs and the closing handshake (*). Without --send, --send-file, --echo or --count it stays connected until the server closes or Ctrl+C (which closes normally). With --send alone it closes once every message was sent and no reply came for --linger milliseconds.

</source>
        <translation>Se connecte à un point de terminaison WebSocket et affiche chaque événement&#xa0;: messages entrants (&lt;) et sortants (&gt;), pings, pongs et la poignée de main de fermeture (*). Sans --send, --send-file, --echo ni --count, reste connecté jusqu&apos;à ce que le serveur ferme ou jusqu&apos;à Ctrl+C (qui ferme normalement). Avec --send seul, ferme une fois tous les messages envoyés et sans réponse pendant --linger millisecondes.

</translation>
    </message>
    <message>
        <source>ws:// or wss:// address (not with --local-echo).</source>
        <translation>Adresse ws:// ou wss:// (pas avec --local-echo).</translation>
    </message>
    <message>
        <source>Add a request header &quot;Name: value&quot; (repeatable).</source>
        <translation>Ajouter un en-tête de requête &quot;Nom: valeur&quot; (répétable).</translation>
    </message>
    <message>
        <source>Origin header to send.</source>
        <translation>En-tête Origin à envoyer.</translation>
    </message>
    <message>
        <source>Subprotocol to request (repeatable).</source>
        <translation>Sous-protocole à demander (répétable).</translation>
    </message>
    <message>
        <source>Send a keepalive ping after this many silent seconds (0: never).</source>
        <translation>Envoyer un ping keepalive après ce nombre de secondes de silence (0&#xa0;: jamais).</translation>
    </message>
    <message>
        <source>Give up when a ping gets no answer within this many seconds.</source>
        <translation>Abandonner si un ping reste sans réponse pendant ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Send this text message once connected (repeatable, sent in order).</source>
        <translation>Envoyer ce message texte une fois connecté (répétable, envoyés dans l&apos;ordre).</translation>
    </message>
    <message>
        <source>Send every received message back with the same type, until the server closes.</source>
        <translation>Renvoyer chaque message reçu avec le même type, jusqu&apos;à ce que le serveur ferme.</translation>
    </message>
    <message>
        <source>Close normally after N received messages (0: right after sending).</source>
        <translation>Fermer normalement après N messages reçus (0&#xa0;: juste après l&apos;envoi).</translation>
    </message>
    <message>
        <source>Close code when the CLI closes: 1000-1003, 1007-1014, 3000-4999, or 0 for none.</source>
        <translation>Code de fermeture quand la CLI ferme&#xa0;: 1000-1003, 1007-1014, 3000-4999, ou 0 pour aucun.</translation>
    </message>
    <message>
        <source>Close reason when the CLI closes (at most 123 bytes of UTF-8).</source>
        <translation>Raison de fermeture quand la CLI ferme (123 octets d&apos;UTF-8 au plus).</translation>
    </message>
    <message>
        <source>Print one compact JSON object per event (JSON Lines): time, event, direction, opcode, size, text or base64, code and reason, status.</source>
        <translation>Afficher un objet JSON compact par événement (JSON Lines)&#xa0;: time, event, direction, opcode, size, text ou base64, code et reason, status.</translation>
    </message>
    <message>
        <source>Print only errors (with --jsonl: only &quot;error&quot; events).</source>
        <translation>N&apos;afficher que les erreurs (avec --jsonl&#xa0;: seulement les événements &quot;error&quot;).</translation>
    </message>
    <message>
        <source>Start a built-in echo server on 127.0.0.1 and connect to it instead of a URL.</source>
        <translation>Démarrer un serveur d&apos;écho intégré sur 127.0.0.1 et s&apos;y connecter au lieu d&apos;une URL.</translation>
    </message>
    <message>
        <source>Give up when the connection is not open after this many milliseconds.</source>
        <translation>Abandonner si la connexion n&apos;est pas ouverte après ce nombre de millisecondes.</translation>
    </message>
    <message>
        <source>With --send/--send-file only: how long to wait for replies after the last send.</source>
        <translation>Seulement avec --send/--send-file&#xa0;: combien de temps attendre des réponses après le dernier envoi.</translation>
    </message>
    <message>
        <source>Do not offer permessage-deflate.</source>
        <translation>Ne pas proposer permessage-deflate.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM/DER file for this connection (repeatable).</source>
        <translation>Faire confiance aux certificats d&apos;AC de ce fichier PEM/DER pour cette connexion (répétable).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint for the URL&apos;s host, even if it does not verify (repeatable).</source>
        <translation>Faire confiance au certificat du serveur ayant cette empreinte SHA-256 pour l&apos;hôte de l&apos;URL, même s&apos;il ne se vérifie pas (répétable).</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS.</source>
        <translation>Certificat client (PEM) pour le TLS mutuel.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --cert; its passphrase comes from FRAMEWISE_KEY_PASSPHRASE.</source>
        <translation>Clé privée (PEM) de --cert&#xa0;; sa phrase secrète vient de FRAMEWISE_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Client certificate and key as PKCS#12 (.p12/.pfx); passphrase from FRAMEWISE_KEY_PASSPHRASE.</source>
        <translation>Certificat client et clé en PKCS#12 (.p12/.pfx)&#xa0;; phrase secrète tirée de FRAMEWISE_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Connect through this proxy: http://[user:password@]host:port (CONNECT) or socks5://….</source>
        <translation>Se connecter via ce proxy&#xa0;: http://[utilisateur:mot_de_passe@]hôte:port (CONNECT) ou socks5://….</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings.</source>
        <translation>Utiliser les réglages de proxy du système.</translation>
    </message>
    <message>
        <source>User name for HTTP authentication (Basic or Digest) when the server answers 401; the password comes from FRAMEWISE_PASSWORD.</source>
        <translation>Nom d&apos;utilisateur pour l&apos;authentification HTTP (Basic ou Digest) quand le serveur répond 401&#xa0;; le mot de passe vient de FRAMEWISE_PASSWORD.</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: the system&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>Langue des messages&#xa0;: %1 (par défaut&#xa0;: celle du système, d&apos;après LANGUAGE, LC_ALL, LC_MESSAGES ou LANG).</translation>
    </message>
    <message>
        <source>framewise-cli: no translation for “%1”; messages stay in English.</source>
        <translation>framewise-cli&#xa0;: pas de traduction pour «&#xa0;%1&#xa0;»&#xa0;; les messages restent en anglais.</translation>
    </message>
    <message numerus="yes">
        <source>Give one URL only (got %n arguments).</source>
        <translation>
            <numerusform>Indiquez une seule URL (%n argument reçu).</numerusform>
            <numerusform>Indiquez une seule URL (%n arguments reçus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either a URL or --local-echo, not both.</source>
        <translation>Indiquez soit une URL, soit --local-echo, pas les deux.</translation>
    </message>
    <message>
        <source>--header “%1” must look like “Name: value”.</source>
        <translation>--header «&#xa0;%1&#xa0;» doit avoir la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>--ping-interval must be a whole number of seconds from 0 to 86400.</source>
        <translation>--ping-interval doit être un nombre entier de secondes de 0 à 86400.</translation>
    </message>
    <message>
        <source>--ping-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--ping-timeout doit être un nombre entier de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>--count must be a whole number, 0 or more.</source>
        <translation>--count doit être un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>--close-code must be a number from 0 to 65535 (and one that may be sent).</source>
        <translation>--close-code doit être un nombre de 0 à 65535 (et un code qui peut être envoyé).</translation>
    </message>
    <message>
        <source>--timeout-open must be a whole number of milliseconds from 1 to 3600000.</source>
        <translation>--timeout-open doit être un nombre entier de millisecondes de 1 à 3600000.</translation>
    </message>
    <message>
        <source>--linger must be a whole number of milliseconds from 0 to 3600000.</source>
        <translation>--linger doit être un nombre entier de millisecondes de 0 à 3600000.</translation>
    </message>
    <message>
        <source>Record the connection (handshake, every message, how it ended) in the session database; list and export recordings with the commands below.</source>
        <translation>Enregistrer la connexion (poignée de main, chaque message, sa fin) dans la base de sessions&#xa0;; listez et exportez les enregistrements avec les commandes ci-dessous.</translation>
    </message>
    <message>
        <source>The session database for --record (default: %1).</source>
        <translation>La base de sessions pour --record (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>--db is for --record (and the sessions, export and import commands).</source>
        <translation>--db sert à --record (et aux commandes sessions, export et import).</translation>
    </message>
    <message>
        <source>Connect with the saved profile NAME (made in the window): its URL, headers, variables, TLS, proxy and login, with secrets from the keychain. Options given here win over the profile&apos;s.</source>
        <translation>Se connecter avec le profil enregistré NAME (créé dans la fenêtre)&#xa0;: son URL, ses en-têtes, variables, TLS, proxy et identifiants, avec les secrets du trousseau. Les options données ici l&apos;emportent sur celles du profil.</translation>
    </message>
    <message>
        <source>Print credentials as they were sent (Authorization, Cookie, Set-Cookie, the profile&apos;s secret headers and variables, the URL&apos;s password). Without it they are printed as [redacted] or ••••. A recording never keeps them.</source>
        <translation>Afficher les identifiants tels qu’envoyés (Authorization, Cookie, Set-Cookie, les en-têtes et variables secrets du profil, le mot de passe de l’URL). Sans cette option ils s’affichent comme [redacted] ou ••••. Un enregistrement ne les garde jamais.</translation>
    </message>
    <message>
        <source>Send a ping every this many seconds however busy the connection is, and print each pong&apos;s round-trip time (1 to 3600). Keepalive pings only after a silence, so it never measures a chatty connection.</source>
        <translation>Envoyer un ping toutes les N secondes quelle que soit l’activité de la connexion, et afficher le temps d’aller-retour de chaque pong (1 à 3600). Le keepalive ne pingue qu’après un silence, il ne mesure donc jamais une connexion bavarde.</translation>
    </message>
    <message>
        <source>--rtt-probe must be a whole number of seconds from %1 to %2.</source>
        <translation>--rtt-probe doit être un nombre entier de secondes de %1 à %2.</translation>
    </message>
    <message>
        <source>Send this file as one binary message (over 1 MiB: streamed from disk, recorded by name and size).</source>
        <translation>Envoyer ce fichier comme un message binaire (plus de 1 Mio : envoyé depuis le disque, enregistré par nom et taille).</translation>
    </message>
    <message>
        <source>Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than loopback lets other machines in: a warning says so.</source>
        <translation>Écouter sur cette adresse et ce port (par défaut 127.0.0.1:%1&#xa0;; port 0&#xa0;: n&apos;importe quel port libre). Une adresse autre que loopback laisse entrer d&apos;autres machines&#xa0;: un avertissement le signale.</translation>
    </message>
    <message>
        <source>The real server: ws:// or wss:// base URL; each app&apos;s path and query are appended.</source>
        <translation>Le vrai serveur&#xa0;: URL de base ws:// ou wss://&#xa0;; le chemin et la chaîne de requête de chaque application y sont ajoutés.</translation>
    </message>
    <message>
        <source>Forward every app to the upstream URL as it is, ignoring the app&apos;s path and query.</source>
        <translation>Transmettre chaque application à l&apos;URL amont telle quelle, en ignorant le chemin et la chaîne de requête de l&apos;application.</translation>
    </message>
    <message>
        <source>Send the app&apos;s Host header upstream instead of the upstream&apos;s own.</source>
        <translation>Envoyer au serveur amont l&apos;en-tête Host de l&apos;application au lieu du sien.</translation>
    </message>
    <message>
        <source>Accept wss:// from apps with this PEM certificate (with --listen-key).</source>
        <translation>Accepter le wss:// des applications avec ce certificat PEM (avec --listen-key).</translation>
    </message>
    <message>
        <source>The PEM private key of --listen-cert.</source>
        <translation>La clé privée PEM de --listen-cert.</translation>
    </message>
    <message>
        <source>Release held messages after this many seconds (0: never).</source>
        <translation>Libérer les messages retenus après ce nombre de secondes (0&#xa0;: jamais).</translation>
    </message>
    <message>
        <source>Answer pings on each leg instead of carrying them end to end.</source>
        <translation>Répondre aux pings sur chaque tronçon au lieu de les transmettre de bout en bout.</translation>
    </message>
    <message>
        <source>Exit once this many connections have ended (for scripts; default: run until Ctrl+C).</source>
        <translation>Quitter une fois ce nombre de connexions terminées (pour les scripts&#xa0;; par défaut&#xa0;: tourner jusqu&apos;à Ctrl+C).</translation>
    </message>
    <message>
        <source>--auto-release must be a whole number of seconds from 0 to 86400.</source>
        <translation>--auto-release doit être un nombre entier de secondes entre 0 et 86400.</translation>
    </message>
    <message>
        <source>--exit-after must be a whole number, 1 or more.</source>
        <translation>--exit-after doit être un nombre entier, 1 ou plus.</translation>
    </message>
    <message>
        <source>DIR:MATCH:REPLACEMENT — change messages going DIR (to-server, to-app or both) that MATCH: REGEX or re:REGEX (replace its matches; \1 for captures), text:TEXT or itext:TEXT (ignoring case; replace each occurrence), json:/POINTER=VALUE, type:text|binary, size:N|MIN-MAX|&gt;N|&lt;N (bytes; K, M) or any (replace the whole message). \: for a colon. Rules apply in the order given.</source>
        <translation>DIR:MATCH:REPLACEMENT — modifier les messages allant dans le sens DIR (to-server, to-app ou both) qui correspondent à MATCH&#xa0;: REGEX ou re:REGEX (remplace ses correspondances&#xa0;; \1 pour les captures), text:TEXT ou itext:TEXT (sans tenir compte de la casse&#xa0;; remplace chaque occurrence), json:/POINTER=VALUE, type:text|binary, size:N|MIN-MAX|&gt;N|&lt;N (octets&#xa0;; K, M) ou any (remplace le message entier). \: pour un deux-points. Les règles s&apos;appliquent dans l&apos;ordre donné.</translation>
    </message>
    <message>
        <source>DIR:MATCH — do not forward messages that match (MATCH as for --rewrite).</source>
        <translation>DIR:MATCH — ne pas transmettre les messages correspondants (MATCH comme pour --rewrite).</translation>
    </message>
    <message>
        <source>DIR:MS or DIR:MATCH:MS — forward messages going DIR (all, or those that MATCH) this many milliseconds late (order is kept).</source>
        <translation>DIR:MS ou DIR:MATCH:MS — transmettre les messages allant dans le sens DIR (tous, ou ceux qui correspondent à MATCH) avec ce retard en millisecondes (l&apos;ordre est conservé).</translation>
    </message>
    <message>
        <source>DIR:MATCH — hold matching messages, and every later one going DIR behind them, until --auto-release lets them go on (without it, until the connection ends).</source>
        <translation>DIR:MATCH — retenir les messages correspondants, ainsi que tous les suivants allant dans le sens DIR derrière eux, jusqu&apos;à ce que --auto-release les libère (sans cette option, jusqu&apos;à la fin de la connexion).</translation>
    </message>
    <message>
        <source>DIR:MATCH:TEXT — answer matching messages with TEXT instead of forwarding them.</source>
        <translation>DIR:MATCH:TEXT — répondre TEXT aux messages correspondants au lieu de les transmettre.</translation>
    </message>
    <message>
        <source>Listens for WebSocket apps (a reverse proxy) and forwards each to the upstream (--upstream, required), printing every message with its direction (app → server, server → app) and what the rules did to it. Rules (--rewrite, --drop, --delay, --break, --reply) apply in the order typed. Ctrl+C or SIGTERM closes both legs of every connection with 1001 and exits 0.

Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).</source>
        <translation>Écoute les applications WebSocket (un proxy inverse) et transmet chacune au serveur amont (--upstream, obligatoire), en affichant chaque message avec son sens (app → server, server → app) et ce que les règles en ont fait. Les règles (--rewrite, --drop, --delay, --break, --reply) s&apos;appliquent dans l&apos;ordre saisi. Ctrl+C ou SIGTERM ferme les deux tronçons de chaque connexion avec 1001 et quitte avec 0.

Code de sortie&#xa0;: 0 terminé, 2 erreur d&apos;utilisation, 4 écoute impossible (p. ex. le port est déjà utilisé).</translation>
    </message>
    <message>
        <source>--upstream is missing: give the real server, e.g. --upstream ws://127.0.0.1:8080 (ws:// or wss://).</source>
        <translation>Il manque --upstream&#xa0;: indiquez le vrai serveur, p. ex. --upstream ws://127.0.0.1:8080 (ws:// ou wss://).</translation>
    </message>
    <message>
        <source>--db is for --record.</source>
        <translation>--db sert à --record.</translation>
    </message>
    <message>
        <source>--upstream: %1</source>
        <translation>--upstream&#xa0;: %1</translation>
    </message>
    <message>
        <source>Intercepting (a reverse proxy between an app and its server that prints and changes messages):
  framewise-cli intercept --upstream URL [--listen ADDRESS:PORT] [rules]   see its own --help
  framewise-cli proxy [--listen ADDRESS:PORT] [--intercept-host PATTERN]... [rules]   an HTTP proxy for apps and browsers, TLS decrypted with the Framewise CA; see its own --help
</source>
        <translation>Interception (un proxy inverse entre une application et son serveur qui affiche et modifie les messages)&#xa0;:
  framewise-cli intercept --upstream URL [--listen ADDRESS:PORT] [règles]   voir son propre --help
  framewise-cli proxy [--listen ADDRESS:PORT] [--intercept-host PATTERN]... [règles]   un proxy HTTP pour les applications et navigateurs, TLS déchiffré avec l&apos;AC Framewise&#xa0;; voir son propre --help
</translation>
    </message>
    <message>
        <source>Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than loopback makes an open proxy for other machines: a warning says so.</source>
        <translation>Écouter sur cette adresse et ce port (par défaut 127.0.0.1:%1&#xa0;; port 0&#xa0;: n&apos;importe quel port libre). Une adresse autre que loopback crée un proxy ouvert aux autres machines&#xa0;: un avertissement le signale.</translation>
    </message>
    <message>
        <source>Print one compact JSON object per event (JSON Lines): listening, connection, handshake, message, held, close, ended, recorded, refused (and for proxy: tunnel, forwarded, tls_rejected); each with its time and, when it concerns a connection, its &quot;id&quot;. Messages have direction (to-server, to-app), opcode, size, text or base64, marks and outcome.</source>
        <translation>Afficher un objet JSON compact par événement (JSON Lines)&#xa0;: listening, connection, handshake, message, held, close, ended, recorded, refused (et pour proxy&#xa0;: tunnel, forwarded, tls_rejected)&#xa0;; chacun avec son heure et, s&apos;il concerne une connexion, son &quot;id&quot;. Les messages ont direction (to-server, to-app), opcode, size, text ou base64, marks et outcome.</translation>
    </message>
    <message>
        <source>Print only where it listens, refused clients and errors (fastest).</source>
        <translation>N&apos;afficher que l&apos;adresse d&apos;écoute, les clients refusés et les erreurs (le plus rapide).</translation>
    </message>
    <message>
        <source>Look into traffic to hosts matching PATTERN only (repeatable): example.com, *.example.com (its subdomains), an IP address, each optionally :PORT; default: every host. A CONNECT to any other host is tunnelled blind.</source>
        <translation>N&apos;examiner que le trafic vers les hôtes correspondant à PATTERN (répétable)&#xa0;: example.com, *.example.com (ses sous-domaines), une adresse IP, chacun éventuellement suivi de :PORT&#xa0;; par défaut&#xa0;: tous les hôtes. Un CONNECT vers tout autre hôte est transmis en tunnel sans être examiné.</translation>
    </message>
    <message>
        <source>Tunnel TLS blind instead of decrypting it with the Framewise CA (only ws:// and http:// are looked into).</source>
        <translation>Transmettre le TLS en tunnel sans l&apos;examiner au lieu de le déchiffrer avec l&apos;AC Framewise (seuls ws:// et http:// sont examinés).</translation>
    </message>
    <message>
        <source>framewise-cli %1: %2</source>
        <translation>framewise-cli %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli %1 --help&apos; for the options.</source>
        <translation>Essayez «&#xa0;framewise-cli %1 --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>An HTTP proxy (CONNECT and http:// requests) for apps and browsers: point them at it (default 127.0.0.1:%1). WebSocket connections to intercepted hosts (--intercept-host; default every host) are intercepted as by framewise-cli intercept, TLS decrypted with leaf certificates from the Framewise CA (its key kept in the keychain; export its certificate with framewise-cli ca --export and trust it in the app); other requests are forwarded or tunnelled untouched and printed one line each. Rules apply as for intercept. Ctrl+C or SIGTERM closes every WebSocket with 1001 and exits 0.

Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).</source>
        <translation>Un proxy HTTP (requêtes CONNECT et http://) pour les applications et navigateurs&#xa0;: faites-les pointer vers lui (par défaut 127.0.0.1:%1). Les connexions WebSocket vers les hôtes interceptés (--intercept-host&#xa0;; par défaut tous les hôtes) sont interceptées comme par framewise-cli intercept, le TLS étant déchiffré avec des certificats feuilles émis par l&apos;AC Framewise (sa clé est conservée dans le trousseau&#xa0;; exportez son certificat avec framewise-cli ca --export et faites-lui confiance dans l&apos;application)&#xa0;; les autres requêtes sont transmises ou passées en tunnel telles quelles et affichées sur une ligne chacune. Les règles s&apos;appliquent comme pour intercept. Ctrl+C ou SIGTERM ferme chaque WebSocket avec 1001 et quitte avec 0.

Code de sortie&#xa0;: 0 terminé, 2 erreur d&apos;utilisation, 4 écoute impossible (p. ex. le port est déjà utilisé).</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides options (got “%2”).</source>
        <translation>%1 n&apos;accepte aucun argument hormis les options («&#xa0;%2&#xa0;» reçu).</translation>
    </message>
    <message>
        <source>--listen “%1” must look like 127.0.0.1:%2 (an IP address and a port).</source>
        <translation>--listen «&#xa0;%1&#xa0;» doit avoir la forme 127.0.0.1:%2 (une adresse IP et un port).</translation>
    </message>
    <message>
        <source>framewise-cli %1: warning: --break without --auto-release holds matching messages (and every later one in their direction) until the connection ends.</source>
        <translation>framewise-cli %1&#xa0;: avertissement&#xa0;: --break sans --auto-release retient les messages correspondants (et tous les suivants dans leur sens) jusqu&apos;à la fin de la connexion.</translation>
    </message>
    <message>
        <source>framewise-cli proxy: warning: no Framewise CA (%1); TLS is tunnelled without decrypting.</source>
        <translation>framewise-cli proxy&#xa0;: avertissement&#xa0;: pas d&apos;AC Framewise (%1)&#xa0;; le TLS est transmis en tunnel sans déchiffrement.</translation>
    </message>
    <message>
        <source>framewise-cli proxy: warning: %1</source>
        <translation>framewise-cli proxy&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>not valid JSON at %1 (byte %2): %3</source>
        <translation>JSON non valide à %1 (octet %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object, so this is not a HAR file</source>
        <translation>le niveau supérieur n&apos;est pas un objet JSON&#xa0;: ce n&apos;est donc pas un fichier HAR</translation>
    </message>
    <message>
        <source>log: missing or not an object, so this is not a HAR file</source>
        <translation>log&#xa0;: absent ou pas un objet&#xa0;: ce n&apos;est donc pas un fichier HAR</translation>
    </message>
    <message>
        <source>log.entries: missing or not an array</source>
        <translation>log.entries&#xa0;: absent ou pas un tableau</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1&#xa0;: pas un objet</translation>
    </message>
    <message numerus="yes">
        <source>no WebSocket connection in log.entries (%n other entries)</source>
        <translation>
            <numerusform>aucune connexion WebSocket dans log.entries (%n autre entrée)</numerusform>
            <numerusform>aucune connexion WebSocket dans log.entries (%n autres entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.request: missing or not an object</source>
        <translation>%1.request&#xa0;: absent ou pas un objet</translation>
    </message>
    <message>
        <source>%1.request.url: missing or not a string</source>
        <translation>%1.request.url&#xa0;: absent ou pas une chaîne</translation>
    </message>
    <message>
        <source>%1.startedDateTime: missing or not an ISO 8601 date</source>
        <translation>%1.startedDateTime&#xa0;: absent ou pas une date ISO 8601</translation>
    </message>
    <message>
        <source>%1: not an array</source>
        <translation>%1&#xa0;: pas un tableau</translation>
    </message>
    <message>
        <source>%1[%2]: not a {&quot;name&quot;, &quot;value&quot;} object</source>
        <translation>%1[%2]&#xa0;: pas un objet {&quot;name&quot;, &quot;value&quot;}</translation>
    </message>
    <message>
        <source>%1.response: not an object</source>
        <translation>%1.response&#xa0;: pas un objet</translation>
    </message>
    <message>
        <source>%1._framewise.events[%2]: needs a numeric &quot;time&quot; and a &quot;text&quot;</source>
        <translation>%1._framewise.events[%2]&#xa0;: il faut un &quot;time&quot; numérique et un &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1._webSocketMessages: not an array</source>
        <translation>%1._webSocketMessages&#xa0;: pas un tableau</translation>
    </message>
    <message>
        <source>%1.request.url: not a valid URL</source>
        <translation>%1.request.url&#xa0;: pas une URL valide</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>ligne %1&#xa0;: pas un objet JSON</translation>
    </message>
    <message>
        <source>line %1: &quot;record&quot; must be &quot;session&quot; or &quot;message&quot;</source>
        <translation>ligne %1&#xa0;: &quot;record&quot; doit valoir &quot;session&quot; ou &quot;message&quot;</translation>
    </message>
    <message>
        <source>line %1: a message before any {&quot;record&quot;:&quot;session&quot;} line</source>
        <translation>ligne %1&#xa0;: un message avant toute ligne {&quot;record&quot;:&quot;session&quot;}</translation>
    </message>
    <message>
        <source>line %1: &quot;time_us&quot; (or an ISO 8601 &quot;time&quot;) is missing</source>
        <translation>ligne %1&#xa0;: &quot;time_us&quot; (ou un &quot;time&quot; ISO 8601) manque</translation>
    </message>
    <message>
        <source>line %1: &quot;direction&quot; must be &quot;in&quot;, &quot;out&quot; or &quot;local&quot;</source>
        <translation>ligne %1&#xa0;: &quot;direction&quot; doit valoir &quot;in&quot;, &quot;out&quot; ou &quot;local&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;kind&quot; must be text, binary, ping, pong, close or event</source>
        <translation>ligne %1&#xa0;: &quot;kind&quot; doit valoir text, binary, ping, pong, close ou event</translation>
    </message>
    <message>
        <source>line %1: &quot;base64&quot; is not valid base64</source>
        <translation>ligne %1&#xa0;: &quot;base64&quot; n&apos;est pas du Base64 valide</translation>
    </message>
    <message>
        <source>line %1: neither &quot;text&quot; nor &quot;base64&quot;</source>
        <translation>ligne %1&#xa0;: ni &quot;text&quot; ni &quot;base64&quot;</translation>
    </message>
    <message>
        <source>no {&quot;record&quot;:&quot;session&quot;} line: not a Framewise JSON Lines export</source>
        <translation>aucune ligne {&quot;record&quot;:&quot;session&quot;}&#xa0;: ce n&apos;est pas un export JSON Lines de Framewise</translation>
    </message>
    <message>
        <source>line %1: &quot;kind&quot;</source>
        <translation>ligne %1&#xa0;: &quot;kind&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;marks&quot;</source>
        <translation>ligne %1&#xa0;: &quot;marks&quot;</translation>
    </message>
</context>
<context>
    <name>JsonSyntaxError</name>
    <message>
        <source>No JSON value: the text is empty</source>
        <translation>Aucune valeur JSON : le texte est vide</translation>
    </message>
    <message>
        <source>Expected a value in array at line %1, column %2, found “%3”</source>
        <translation>Valeur attendue dans le tableau à la ligne %1, colonne %2 ; trouvé « %3 »</translation>
    </message>
    <message>
        <source>Expected a value in object at line %1, column %2, found “%3”</source>
        <translation>Valeur attendue dans l’objet à la ligne %1, colonne %2 ; trouvé « %3 »</translation>
    </message>
    <message>
        <source>Expected a JSON value at line %1, column %2, found “%3”</source>
        <translation>Valeur JSON attendue à la ligne %1, colonne %2 ; trouvé « %3 »</translation>
    </message>
    <message>
        <source>Missing comma or &apos;}&apos; in object at line %1, column %2</source>
        <translation>Virgule ou &apos;}&apos; manquante dans l’objet à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Missing comma or &apos;]&apos; in array at line %1, column %2</source>
        <translation>Virgule ou &apos;]&apos; manquante dans le tableau à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Missing &apos;:&apos; after the key in object at line %1, column %2</source>
        <translation>&apos;:&apos; manquant après la clé dans l’objet à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Expected a key in double quotes in object at line %1, column %2, found “%3”</source>
        <translation>Clé entre guillemets doubles attendue dans l’objet à la ligne %1, colonne %2 ; trouvé « %3 »</translation>
    </message>
    <message>
        <source>Comma before &apos;}&apos; in object at line %1, column %2: remove it</source>
        <translation>Virgule avant &apos;}&apos; dans l’objet à la ligne %1, colonne %2 : supprimez-la</translation>
    </message>
    <message>
        <source>Comma before &apos;]&apos; in array at line %1, column %2: remove it</source>
        <translation>Virgule avant &apos;]&apos; dans le tableau à la ligne %1, colonne %2 : supprimez-la</translation>
    </message>
    <message>
        <source>String in array not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Chaîne non fermée dans le tableau : le guillemet à la ligne %1, colonne %2 n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>String in object not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Chaîne non fermée dans l’objet : le guillemet à la ligne %1, colonne %2 n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>String not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Chaîne non fermée : le guillemet à la ligne %1, colonne %2 n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string in array at line %1, column %2</source>
        <translation>Échappement « %3 » invalide dans une chaîne du tableau à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string in object at line %1, column %2</source>
        <translation>Échappement « %3 » invalide dans une chaîne de l’objet à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string at line %1, column %2</source>
        <translation>Échappement « %3 » invalide dans une chaîne à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Line break or control character in a string in array at line %1, column %2 (write \n or \t)</source>
        <translation>Saut de ligne ou caractère de contrôle dans une chaîne du tableau à la ligne %1, colonne %2 (écrivez \n ou \t)</translation>
    </message>
    <message>
        <source>Line break or control character in a string in object at line %1, column %2 (write \n or \t)</source>
        <translation>Saut de ligne ou caractère de contrôle dans une chaîne de l’objet à la ligne %1, colonne %2 (écrivez \n ou \t)</translation>
    </message>
    <message>
        <source>Line break or control character in a string at line %1, column %2 (write \n or \t)</source>
        <translation>Saut de ligne ou caractère de contrôle dans une chaîne à la ligne %1, colonne %2 (écrivez \n ou \t)</translation>
    </message>
    <message>
        <source>Invalid number “%3” in array at line %1, column %2</source>
        <translation>Nombre « %3 » invalide dans le tableau à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Invalid number “%3” in object at line %1, column %2</source>
        <translation>Nombre « %3 » invalide dans l’objet à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Invalid number “%3” at line %1, column %2</source>
        <translation>Nombre « %3 » invalide à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Missing &apos;}&apos; to close the object opened at line %1, column %2</source>
        <translation>&apos;}&apos; manquante pour fermer l’objet ouvert à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Missing &apos;]&apos; to close the array opened at line %1, column %2</source>
        <translation>&apos;]&apos; manquant pour fermer le tableau ouvert à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON value at line %1, column %2</source>
        <translation>Texte inattendu après la fin de la valeur JSON à la ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Nested more than %3 levels deep at line %1, column %2</source>
        <translation>Imbriqué sur plus de %3 niveaux à la ligne %1, colonne %2</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>L&apos;écriture de l&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1 does not exist (the session has %2).</source>
        <translation>L&apos;enregistrement %1 n&apos;existe pas (la session en a %2).</translation>
    </message>
    <message>
        <source>Reading record %1 failed: %2</source>
        <translation>La lecture de l&apos;enregistrement %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(%1; not kept)</source>
        <translation>(%1 ; non gardé)</translation>
    </message>
    <message>
        <source>(%1, %2, streamed from a file; not kept)</source>
        <translation>(%1, %2, envoyé depuis un fichier ; non gardé)</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: not a list of marks (%2)</source>
        <translation>%1&#xa0;: pas une liste de marques (%2)</translation>
    </message>
    <message>
        <source>%1: unknown mark &quot;%2&quot; (known marks: %3)</source>
        <translation>%1&#xa0;: marque inconnue &quot;%2&quot; (marques connues&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: the kind of session must be &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>%1&#xa0;: le type de session doit être &quot;%2&quot; ou &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>recording</source>
        <translation>en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Interception</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The recording was interrupted: Framewise ended without closing the session (a crash, a kill or a power loss). Messages up to the last saved batch are kept.</source>
        <translation>L&apos;enregistrement a été interrompu&#xa0;: Framewise s&apos;est arrêté sans fermer la session (plantage, arrêt forcé ou coupure de courant). Les messages jusqu&apos;au dernier lot enregistré sont conservés.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>Il n&apos;y a pas de session %1 dans %2.</translation>
    </message>
    <message>
        <source>Session %1 in %2 lacks record %3.</source>
        <translation>Il manque l&apos;enregistrement %3 à la session %1 de %2.</translation>
    </message>
    <message>
        <source>The session database %1 reported an error: %2</source>
        <translation>La base de sessions %1 a signalé une erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The session database %1 is locked by another program (%2).</source>
        <translation>La base de sessions %1 est verrouillée par un autre programme (%2).</translation>
    </message>
    <message>
        <source>The session database %1 cannot be written: it is read-only (%2).</source>
        <translation>La base de sessions %1 ne peut pas être écrite&#xa0;: elle est en lecture seule (%2).</translation>
    </message>
    <message>
        <source>Reading or writing the session database %1 failed (%2).</source>
        <translation>La lecture ou l&apos;écriture de la base de sessions %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>The session database %1 is damaged or is not a Framewise session database (%2). Move it away to start a new one.</source>
        <translation>La base de sessions %1 est endommagée ou n&apos;est pas une base de sessions Framewise (%2). Déplacez-la pour en commencer une nouvelle.</translation>
    </message>
    <message>
        <source>The disk that holds the session database %1 is full (%2).</source>
        <translation>Le disque qui contient la base de sessions %1 est plein (%2).</translation>
    </message>
    <message>
        <source>The session database %1 cannot be opened (%2).</source>
        <translation>La base de sessions %1 ne peut pas être ouverte (%2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the session database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de sessions.</translation>
    </message>
    <message>
        <source>There is no session database at %1.</source>
        <translation>Il n&apos;y a pas de base de sessions à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The session database %1 cannot be opened: it is not a file.</source>
        <translation>La base de sessions %1 ne peut pas être ouverte&#xa0;: ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE, paquet Debian libqt6sql6-sqlite) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>%1 is not a Framewise session database.</source>
        <translation>%1 n&apos;est pas une base de sessions Framewise.</translation>
    </message>
    <message>
        <source>The session database %1 was written by a newer version of Framewise (schema %2; this version reads %3).</source>
        <translation>La base de sessions %1 a été écrite par une version plus récente de Framewise (schéma %2&#xa0;; cette version lit le %3).</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli %1 --help&apos; for the options.</source>
        <translation>Essayez «&#xa0;framewise-cli %1 --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>The session database (default: %1).</source>
        <translation>La base de sessions (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Langue des messages.</translation>
    </message>
    <message>
        <source>Recorded sessions (--record keeps one in the session database):
  framewise-cli sessions [--search TEXT] [--jsonl] [--db PATH]   list recorded sessions
  framewise-cli export SESSION --format har|jsonl|csv|text [-o FILE] [--db PATH]
  framewise-cli import FILE.har|FILE.jsonl [--db PATH]
Each command has its own --help.
</source>
        <translation>Sessions enregistrées (--record en conserve une dans la base de sessions)&#xa0;:
  framewise-cli sessions [--search TEXTE] [--jsonl] [--db CHEMIN]   lister les sessions enregistrées
  framewise-cli export SESSION --format har|jsonl|csv|text [-o FICHIER] [--db CHEMIN]
  framewise-cli import FICHIER.har|FICHIER.jsonl [--db CHEMIN]
Chaque commande a son propre --help.
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Lists the recorded sessions, newest first.</source>
        <translation>Liste les sessions enregistrées, la plus récente d&apos;abord.</translation>
    </message>
    <message>
        <source>One JSON object per session.</source>
        <translation>Un objet JSON par session.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No recorded sessions in %1.</source>
        <translation>Aucune session enregistrée dans %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>ENREG.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Exports a recorded session (its id from &apos;framewise-cli sessions&apos;) as HAR (with Chrome&apos;s _webSocketMessages), JSON Lines, CSV or plain text.</source>
        <translation>Exporte une session enregistrée (son id, donné par «&#xa0;framewise-cli sessions&#xa0;») en HAR (avec les _webSocketMessages de Chrome), JSON Lines, CSV ou texte brut.</translation>
    </message>
    <message>
        <source>The session&apos;s id.</source>
        <translation>L&apos;id de la session.</translation>
    </message>
    <message>
        <source>har, jsonl, csv or text.</source>
        <translation>har, jsonl, csv ou text.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>Écrire dans ce fichier au lieu de stdout.</translation>
    </message>
    <message>
        <source>Give exactly one session id.</source>
        <translation>Indiquez exactement un id de session.</translation>
    </message>
    <message>
        <source>“%1” is not a session id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un id de session.</translation>
    </message>
    <message>
        <source>--format is required: har, jsonl, csv or text.</source>
        <translation>--format est obligatoire&#xa0;: har, jsonl, csv ou text.</translation>
    </message>
    <message>
        <source>--format “%1” is not one of har, jsonl, csv, text.</source>
        <translation>--format «&#xa0;%1&#xa0;» n&apos;est pas l&apos;un de har, jsonl, csv, text.</translation>
    </message>
    <message>
        <source>Cannot write to stdout.</source>
        <translation>Impossible d&apos;écrire sur stdout.</translation>
    </message>
    <message>
        <source>The .har or .jsonl file.</source>
        <translation>Le fichier .har ou .jsonl.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Indiquez exactement un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Imported session %1: %2 (%n records)</source>
        <translation>
            <numerusform>Session %1 importée&#xa0;: %2 (%n enregistrement)</numerusform>
            <numerusform>Session %1 importée&#xa0;: %2 (%n enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports every WebSocket connection in a HAR file (from Chrome DevTools, Firefox or Framewise) or a Framewise JSON Lines export as read-only sessions. A HAR message that lacks a time, a type, an opcode or its data is left out and counted, as in Chrome; a file broken anywhere else imports nothing.</source>
        <translation>Importe chaque connexion WebSocket d’un fichier HAR (de Chrome DevTools, Firefox ou Framewise) ou d’un export JSON Lines de Framewise comme sessions en lecture seule. Un message HAR sans heure, type, opcode ou données est laissé de côté et compté, comme dans Chrome ; un fichier abîmé ailleurs n’importe rien.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n message(s): each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>%n message laissé de côté : il lui manquait l’heure, le type, l’opcode ou ses données, ou l’un d’eux était illisible.</numerusform>
            <numerusform>%n messages laissés de côté : il manquait à chacun l’heure, le type, l’opcode ou ses données, ou l’un d’eux était illisible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only sessions whose URL, profile, state or ending contains this text (as the window&apos;s History search).</source>
        <translation>Seulement les sessions dont l’URL, le profil, l’état ou la fin contient ce texte (comme la recherche de l’historique de la fenêtre).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
</context>
<context>
    <name>TextExporter</name>
    <message>
        <source>Records (%1):</source>
        <translation>Enregistrements (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Framewise session</source>
        <translation>Session Framewise</translation>
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
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subprotocol</source>
        <translation>Sous-protocole</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Code de fermeture</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importée de</translation>
    </message>
    <message>
        <source>Handshake request:</source>
        <translation>Requête de la poignée de main&#xa0;:</translation>
    </message>
    <message>
        <source>Handshake response:</source>
        <translation>Réponse de la poignée de main&#xa0;:</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>, compressé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspector for WebSocket endpoints.</source>
        <translation>Inspecteur de points de terminaison WebSocket.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after DELAY ms, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE après DELAY ms, puis quitter.</translation>
    </message>
    <message>
        <source>Delay before --screenshot, in milliseconds (default 1500).</source>
        <translation>Délai avant --screenshot, en millisecondes (par défaut 1500).</translation>
    </message>
    <message>
        <source>Language of the window: %1 (default: the one chosen in View › Language, else the system&apos;s).</source>
        <translation>Langue de la fenêtre&#xa0;: %1 (par défaut&#xa0;: celle choisie dans Affichage › Langue, sinon celle du système).</translation>
    </message>
    <message>
        <source>Open the saved profile NAME in a tab and connect (repeatable).</source>
        <translation>Ouvrir le profil enregistré NAME dans un onglet et se connecter (répétable).</translation>
    </message>
    <message>
        <source>ws:// or wss:// address to open in a tab and connect to (optional).</source>
        <translation>Adresse ws:// ou wss:// à ouvrir dans un onglet et à laquelle se connecter (facultatif).</translation>
    </message>
    <message>
        <source>Open the URLs given in tabs without connecting.</source>
        <translation>Ouvrir les URL indiquées dans des onglets sans se connecter.</translation>
    </message>
</context>
</TS>
