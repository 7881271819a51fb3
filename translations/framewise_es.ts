<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Framewise</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>a line break (CR)</source>
        <translation>un salto de línea (CR)</translation>
    </message>
    <message>
        <source>a line break (LF)</source>
        <translation>un salto de línea (LF)</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>el carácter de control U+%1</translation>
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
        <translation>Pruebe &apos;framewise-cli ca --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>The Framewise certificate authority (what the proxy decrypts TLS with; its key stays in the keychain):
  framewise-cli ca --export PATH [--der]   write its certificate for apps and browsers to trust
  framewise-cli ca --fingerprint           show its fingerprints and validity
  framewise-cli ca --regenerate            replace it (apps must then trust the new one)
</source>
        <translation>La autoridad de certificación de Framewise (con la que el proxy descifra TLS; su clave permanece en el llavero):
  framewise-cli ca --export RUTA [--der]   escribir su certificado para que aplicaciones y navegadores confíen en él
  framewise-cli ca --fingerprint           mostrar sus huellas y su validez
  framewise-cli ca --regenerate            reemplazarla (las aplicaciones deberán confiar entonces en la nueva)
</translation>
    </message>
    <message>
        <source>The Framewise certificate authority that framewise-cli proxy (and the window&apos;s proxy) decrypts TLS with. It is made on first use; its private key lives in the system keychain and never in a file. Apps and browsers trust it once its certificate is imported (see the README).

Exit status: 0 done, 1 failed (no keychain, a file that cannot be written), 2 usage error.</source>
        <translation>La autoridad de certificación de Framewise con la que framewise-cli proxy (y el proxy de la ventana) descifra TLS. Se crea en el primer uso; su clave privada vive en el llavero del sistema y nunca en un archivo. Las aplicaciones y los navegadores confían en ella una vez importado su certificado (consulte el README).

Estado de salida: 0 terminado, 1 fallo (no hay llavero, un archivo que no se puede escribir), 2 error de uso.</translation>
    </message>
    <message>
        <source>Write the CA&apos;s certificate to this file (PEM unless --der).</source>
        <translation>Escribir el certificado de la CA en este archivo (PEM salvo con --der).</translation>
    </message>
    <message>
        <source>With --export: DER instead of PEM.</source>
        <translation>Con --export: DER en lugar de PEM.</translation>
    </message>
    <message>
        <source>Print the CA&apos;s SHA-256 and SHA-1 fingerprints, subject and validity.</source>
        <translation>Imprimir las huellas SHA-256 y SHA-1, el sujeto y la validez de la CA.</translation>
    </message>
    <message>
        <source>Make a new CA in place of the old one. Apps that trusted the old one must be given the new one.</source>
        <translation>Crear una CA nueva en lugar de la antigua. Las aplicaciones que confiaban en la antigua deben recibir la nueva.</translation>
    </message>
    <message>
        <source>ca takes no arguments besides options (got “%1”).</source>
        <translation>ca no admite argumentos aparte de las opciones (se recibió “%1”).</translation>
    </message>
    <message>
        <source>say what to do: --export PATH, --fingerprint or --regenerate.</source>
        <translation>indique qué hacer: --export RUTA, --fingerprint o --regenerate.</translation>
    </message>
    <message>
        <source>--der is for --export.</source>
        <translation>--der es para --export.</translation>
    </message>
    <message>
        <source>framewise-cli ca: no keychain, so no Framewise CA is kept and there is nothing to %1. A running framewise-cli proxy makes one for as long as it runs and hands out its certificate at http://ADDRESS:PORT/framewise-ca.pem.</source>
        <translation>framewise-cli ca: no hay llavero, así que no se conserva ninguna CA de Framewise y no hay nada que %1. Un framewise-cli proxy en ejecución crea una mientras se ejecuta y ofrece su certificado en http://ADDRESS:PORT/framewise-ca.pem.</translation>
    </message>
    <message>
        <source>regenerate</source>
        <translation>regenerar</translation>
    </message>
    <message>
        <source>show or export</source>
        <translation>mostrar ni exportar</translation>
    </message>
    <message>
        <source>A new Framewise CA was made. Apps and browsers that trusted the old one must be given this one.</source>
        <translation>Se creó una nueva CA de Framewise. Las aplicaciones y los navegadores que confiaban en la antigua deben recibir esta.</translation>
    </message>
    <message>
        <source>framewise-cli ca: cannot write %1: %2</source>
        <translation>framewise-cli ca: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (%1) to %2</source>
        <translation>Se escribió el certificado de la CA de Framewise (%1) en %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
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
        <translation>Válida desde %1 hasta %2</translation>
    </message>
</context>
<context>
    <name>Framewise::CaDetailsDialog</name>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>Huella SHA-1</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Regenerar…</translation>
    </message>
    <message>
        <source>Framewise CA</source>
        <translation>CA de Framewise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Apps and browsers accept the certificates Framewise makes for intercepted wss:// hosts only once they trust this CA: export it (PEM, or DER for some devices) and import it as the README&apos;s section “Trusting the Framewise CA” shows for Firefox, Chromium and Debian system-wide. Its private key never leaves the keychain.</source>
        <translation>Las aplicaciones y los navegadores solo aceptan los certificados que Framewise crea para los hosts wss:// interceptados cuando confían en esta CA: expórtela (PEM, o DER para algunos dispositivos) e impórtela como muestra la sección “Trusting the Framewise CA” del README para Firefox, Chromium y Debian en todo el sistema. Su clave privada nunca sale del llavero.</translation>
    </message>
    <message>
        <source>How to trust the CA</source>
        <translation>Cómo confiar en la CA</translation>
    </message>
    <message>
        <source>Write the CA&apos;s certificate to a file (File › Export CA certificate…)</source>
        <translation>Escribir el certificado de la CA en un archivo (Archivo › Exportar certificado de la CA…)</translation>
    </message>
    <message>
        <source>Make a new CA in place of this one</source>
        <translation>Crear una CA nueva en lugar de esta</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
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
        <translation>Válida:</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Guardada:</translation>
    </message>
    <message>
        <source>No Framewise CA: %1</source>
        <translation>No hay CA de Framewise: %1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source> (expired: regenerate it)</source>
        <translation> (caducada: vuelva a generarla)</translation>
    </message>
    <message>
        <source> (not valid yet: check this machine&apos;s clock)</source>
        <translation> (aún no es válida: compruebe el reloj de esta máquina)</translation>
    </message>
    <message>
        <source>A new Framewise CA was made. Give its certificate to every app, browser and device that trusted the old one (Export…). New proxy tabs use the new CA.</source>
        <translation>Se creó una nueva CA de Framewise. Entregue su certificado a cada aplicación, navegador y dispositivo que confiaba en la antigua (Exportar…). Las pestañas de proxy nuevas usan la nueva CA.</translation>
    </message>
    <message>
        <source>The proxy tabs open now (%1) keep decrypting with the old one until they are closed.</source>
        <translation>Las pestañas de proxy abiertas ahora (%1) siguen descifrando con la antigua hasta que se cierren.</translation>
    </message>
    <message>
        <source>Regenerate the Framewise CA</source>
        <translation>Regenerar la CA de Framewise</translation>
    </message>
    <message>
        <source>Make a new Framewise CA?</source>
        <translation>¿Crear una nueva CA de Framewise?</translation>
    </message>
    <message>
        <source>The current CA is replaced for good. Every app, browser and device that trusts it stops accepting Framewise&apos;s certificates until it is given the new one. Proxy tabs open now keep the current CA until they are closed; new proxy tabs use the new one.</source>
        <translation>La CA actual se reemplaza definitivamente. Cada aplicación, navegador y dispositivo que confía en ella deja de aceptar los certificados de Framewise hasta que reciba la nueva. Las pestañas de proxy abiertas ahora conservan la CA actual hasta que se cierren; las pestañas de proxy nuevas usan la nueva.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
</context>
<context>
    <name>Framewise::CaStore</name>
    <message>
        <source>No keychain is available, so Framewise&apos;s certificate authority lasts for this session only and its private key is never written to disk. Whatever trusts it now must be given the new one after Framewise restarts.</source>
        <translation>No hay ningún llavero disponible, así que la autoridad de certificación de Framewise dura solo esta sesión y su clave privada nunca se escribe en el disco. Lo que confíe en ella ahora tendrá que recibir la nueva cuando Framewise se reinicie.</translation>
    </message>
    <message>
        <source>The certificate authority in the keychain cannot be used: %1 Regenerate it to replace it.</source>
        <translation>La autoridad de certificación del llavero no se puede usar: %1 Vuelva a generarla para reemplazarla.</translation>
    </message>
</context>
<context>
    <name>Framewise::CertificateAuthority</name>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>El nombre de host está vacío.</translation>
    </message>
    <message>
        <source>The host name contains a control character.</source>
        <translation>El nombre de host contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The host name “%1” contains a space.</source>
        <translation>El nombre de host “%1” contiene un espacio.</translation>
    </message>
    <message>
        <source>The address “%1” has a zone (%2), which a certificate cannot name.</source>
        <translation>La dirección “%1” tiene una zona (%2), que un certificado no puede nombrar.</translation>
    </message>
    <message>
        <source>“%1” is in brackets but is not an IPv6 address.</source>
        <translation>“%1” está entre corchetes pero no es una dirección IPv6.</translation>
    </message>
    <message>
        <source>The host name “%1” contains “%2”, which a host name cannot hold.</source>
        <translation>El nombre de host “%1” contiene “%2”, que no puede aparecer en un nombre de host.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalized host name.</source>
        <translation>“%1” no es un nombre de host internacionalizado válido.</translation>
    </message>
    <message>
        <source>The host name “%1” is longer than 253 characters.</source>
        <translation>El nombre de host “%1” tiene más de 253 caracteres.</translation>
    </message>
    <message>
        <source>The host name “%1” has an empty label (a dot at the start or two in a row).</source>
        <translation>El nombre de host “%1” tiene una etiqueta vacía (un punto al principio o dos seguidos).</translation>
    </message>
    <message>
        <source>The host name “%1” has a label longer than 63 characters.</source>
        <translation>El nombre de host “%1” tiene una etiqueta de más de 63 caracteres.</translation>
    </message>
    <message>
        <source>Cannot make the certificate authority: %1</source>
        <translation>No se puede crear la autoridad de certificación: %1</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate (%1).</source>
        <translation>El certificado de la CA no es un certificado PEM (%1).</translation>
    </message>
    <message>
        <source>The CA private key is not an unencrypted PEM private key (%1).</source>
        <translation>La clave privada de la CA no es una clave privada PEM sin cifrar (%1).</translation>
    </message>
    <message>
        <source>The private key does not belong to the CA certificate.</source>
        <translation>La clave privada no corresponde al certificado de la CA.</translation>
    </message>
    <message>
        <source>The CA&apos;s key is neither an EC nor an RSA key, which Framewise cannot sign with.</source>
        <translation>La clave de la CA no es ni EC ni RSA, y Framewise no puede firmar con ella.</translation>
    </message>
    <message>
        <source>The certificate “%1” is not a certificate authority (its basic constraints do not say CA:TRUE).</source>
        <translation>El certificado “%1” no es una autoridad de certificación (sus restricciones básicas no indican CA:TRUE).</translation>
    </message>
    <message>
        <source>The certificate “%1” may not sign certificates (its key usage lacks keyCertSign).</source>
        <translation>El certificado “%1” no puede firmar certificados (a su uso de clave le falta keyCertSign).</translation>
    </message>
    <message>
        <source>Cannot load the certificate authority: %1</source>
        <translation>No se puede cargar la autoridad de certificación: %1</translation>
    </message>
    <message>
        <source>There is no certificate authority to sign with.</source>
        <translation>No hay ninguna autoridad de certificación con la que firmar.</translation>
    </message>
    <message>
        <source>The certificate authority expired on %1; regenerate it.</source>
        <translation>La autoridad de certificación caducó el %1; vuelva a generarla.</translation>
    </message>
    <message>
        <source>Cannot make a certificate for “%1”: %2</source>
        <translation>No se puede crear un certificado para “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::ChannelError</name>
    <message>
        <source>No error.</source>
        <translation>Ningún error.</translation>
    </message>
    <message>
        <source>This connection was already opened.</source>
        <translation>Esta conexión ya se abrió.</translation>
    </message>
    <message>
        <source>This setting can only be changed before connecting.</source>
        <translation>Este ajuste solo se puede cambiar antes de conectar.</translation>
    </message>
    <message>
        <source>The connection is not open yet.</source>
        <translation>La conexión aún no está abierta.</translation>
    </message>
    <message>
        <source>The connection is closing or closed; nothing more can be sent.</source>
        <translation>La conexión se está cerrando o ya está cerrada; no se puede enviar nada más.</translation>
    </message>
    <message>
        <source>The address must be an absolute ws:// or wss:// URL with a host name.</source>
        <translation>La dirección debe ser una URL absoluta ws:// o wss:// con nombre de host.</translation>
    </message>
    <message>
        <source>That close code may not be sent (allowed: 1000-1003, 1007-1014, 3000-4999).</source>
        <translation>Ese código de cierre no se puede enviar (permitidos: 1000-1003, 1007-1014, 3000-4999).</translation>
    </message>
    <message>
        <source>The close reason is longer than 123 bytes of UTF-8.</source>
        <translation>El motivo de cierre ocupa más de 123 bytes de UTF-8.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Argumento no válido.</translation>
    </message>
</context>
<context>
    <name>Framewise::CliProfile</name>
    <message>
        <source>The profile “%1” needs secrets that have no saved value: %2. %3</source>
        <translation>El perfil “%1” necesita secretos sin valor guardado: %2. %3</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>Perfil “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::CliRunner</name>
    <message>
        <source>nothing listens on the port</source>
        <translation>nada escucha en el puerto</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>no se pudo resolver el nombre de host</translation>
    </message>
    <message>
        <source>the connection was not open within --timeout-open</source>
        <translation>la conexión no se abrió dentro de --timeout-open</translation>
    </message>
    <message>
        <source>the server answered the upgrade with an HTTP status other than 101</source>
        <translation>el servidor respondió a la actualización con un estado HTTP distinto de 101</translation>
    </message>
    <message>
        <source>the server&apos;s 101 answer breaks RFC 6455</source>
        <translation>la respuesta 101 del servidor incumple el RFC 6455</translation>
    </message>
    <message>
        <source>the server broke the framing rules (1002 sent)</source>
        <translation>el servidor incumplió las reglas de tramas (se envió 1002)</translation>
    </message>
    <message>
        <source>text or a close reason was not UTF-8 (1007 sent)</source>
        <translation>un texto o un motivo de cierre no era UTF-8 (se envió 1007)</translation>
    </message>
    <message>
        <source>a message exceeded the size limit (1009 sent)</source>
        <translation>un mensaje superó el límite de tamaño (se envió 1009)</translation>
    </message>
    <message>
        <source>no answer to a keepalive ping within --ping-timeout</source>
        <translation>sin respuesta a un ping de keepalive dentro de --ping-timeout</translation>
    </message>
    <message>
        <source>the server did not answer our Close in time</source>
        <translation>el servidor no respondió a nuestro Close a tiempo</translation>
    </message>
    <message>
        <source>the connection ended without a Close frame (1006)</source>
        <translation>la conexión terminó sin trama Close (1006)</translation>
    </message>
    <message>
        <source>the TLS handshake or certificate check failed</source>
        <translation>falló el handshake TLS o la comprobación del certificado</translation>
    </message>
    <message>
        <source>another network error</source>
        <translation>otro error de red</translation>
    </message>
    <message>
        <source>interrupted before the connection was open, or twice</source>
        <translation>interrumpido antes de que la conexión estuviera abierta, o dos veces</translation>
    </message>
    <message>
        <source>a handshake redirect could not be followed</source>
        <translation>no se pudo seguir una redirección del handshake</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Estado de salida:</translation>
    </message>
    <message>
        <source>the connection was closed cleanly</source>
        <translation>la conexión se cerró limpiamente</translation>
    </message>
    <message>
        <source>internal error (the local echo server could not start)</source>
        <translation>error interno (no se pudo iniciar el servidor de eco local)</translation>
    </message>
    <message>
        <source>usage error: bad URL or option value</source>
        <translation>error de uso: URL o valor de opción incorrecto</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>No se indicó ninguna URL.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2.</source>
        <translation>“%1” no es una URL válida: %2.</translation>
    </message>
    <message>
        <source>“%1” has no scheme; write ws://host/ or wss://host/.</source>
        <translation>“%1” no tiene esquema; escriba ws://host/ o wss://host/.</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only ws:// and wss:// are WebSocket URLs.</source>
        <translation>“%1” usa el esquema “%2”; solo ws:// y wss:// son URL de WebSocket.</translation>
    </message>
    <message>
        <source>“%1” has no host.</source>
        <translation>“%1” no tiene host.</translation>
    </message>
    <message>
        <source>“%1” has a fragment (#%2), which WebSocket URLs may not have.</source>
        <translation>“%1” tiene un fragmento (#%2), que las URL de WebSocket no pueden tener.</translation>
    </message>
    <message>
        <source>Give either a URL or --local-echo, not both.</source>
        <translation>Indique una URL o --local-echo, no ambas.</translation>
    </message>
    <message>
        <source>--close-code %1 may not be sent in a Close frame; use 1000-1003, 1007-1014 or 3000-4999 (or 0 for none).</source>
        <translation>--close-code %1 no se puede enviar en una trama Close; use 1000-1003, 1007-1014 o 3000-4999 (o 0 para ninguno).</translation>
    </message>
    <message numerus="yes">
        <source>--close-reason is %n bytes of UTF-8; at most %1 fit in a Close frame.</source>
        <translation>
            <numerusform>--close-reason ocupa %n byte de UTF-8; en una trama Close caben como máximo %1.</numerusform>
            <numerusform>--close-reason ocupa %n bytes de UTF-8; en una trama Close caben como máximo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--close-reason needs a close code; --close-code 0 sends none.</source>
        <translation>--close-reason necesita un código de cierre; --close-code 0 no envía ninguno.</translation>
    </message>
    <message>
        <source>--count must be 0 or more.</source>
        <translation>--count debe ser 0 o más.</translation>
    </message>
    <message>
        <source>--send-file %1: no such file.</source>
        <translation>--send-file %1: no existe el archivo.</translation>
    </message>
    <message>
        <source>--send-file %1: not a regular file (its length must be known before sending).</source>
        <translation>--send-file %1: no es un archivo normal (su longitud debe conocerse antes de enviarlo).</translation>
    </message>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli --help&apos; for the options.</source>
        <translation>Pruebe &apos;framewise-cli --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>--send-file %1: %2</source>
        <translation>--send-file %1: %2</translation>
    </message>
    <message>
        <source>The local echo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de eco local: %1</translation>
    </message>
    <message>
        <source>--timeout-open must be 1 or more milliseconds.</source>
        <translation>--timeout-open debe ser de 1 milisegundo o más.</translation>
    </message>
    <message>
        <source>* redirected (%1) to %2</source>
        <translation>* redirigido (%1) a %2</translation>
    </message>
    <message>
        <source>&lt; ping %1 B</source>
        <translation>&lt; ping %1 B</translation>
    </message>
    <message>
        <source>&lt; pong %1 B</source>
        <translation>&lt; pong %1 B</translation>
    </message>
    <message>
        <source>, round trip %1 ms</source>
        <translation>, ida y vuelta %1 ms</translation>
    </message>
    <message>
        <source> (unsolicited)</source>
        <translation> (no solicitado)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>protocol: %1</source>
        <translation>protocolo: %1</translation>
    </message>
    <message>
        <source>extensions: %1</source>
        <translation>extensiones: %1</translation>
    </message>
    <message>
        <source>* connected to %1</source>
        <translation>* conectado a %1</translation>
    </message>
    <message>
        <source>Cannot send “%1”: %2</source>
        <translation>No se puede enviar “%1”: %2</translation>
    </message>
    <message>
        <source>&gt; text %1 B: %2</source>
        <translation>&gt; texto %1 B: %2</translation>
    </message>
    <message>
        <source>Cannot send %1: %2</source>
        <translation>No se puede enviar %1: %2</translation>
    </message>
    <message>
        <source>&gt; binary %1 B from %2</source>
        <translation>&gt; binario %1 B de %2</translation>
    </message>
    <message>
        <source>&lt; text %1 B: %2</source>
        <translation>&lt; texto %1 B: %2</translation>
    </message>
    <message>
        <source>&lt; binary %1 B: %2</source>
        <translation>&lt; binario %1 B: %2</translation>
    </message>
    <message>
        <source>&gt; text %1 B: %2 (echo)</source>
        <translation>&gt; texto %1 B: %2 (eco)</translation>
    </message>
    <message>
        <source>&gt; binary %1 B (echo)</source>
        <translation>&gt; binario %1 B (eco)</translation>
    </message>
    <message>
        <source>Cannot echo a message: %1</source>
        <translation>No se puede devolver un mensaje: %1</translation>
    </message>
    <message>
        <source>&gt; %1 %2 B</source>
        <translation>&gt; %1 %2 B</translation>
    </message>
    <message>
        <source>%1 close (no code)</source>
        <translation>%1 cierre (sin código)</translation>
    </message>
    <message>
        <source>%1 close %2</source>
        <translation>%1 cierre %2</translation>
    </message>
    <message>
        <source>%1 close %2: %3</source>
        <translation>%1 cierre %2: %3</translation>
    </message>
    <message>
        <source>* closed: %1</source>
        <translation>* cerrado: %1</translation>
    </message>
    <message>
        <source>Not recording: %1</source>
        <translation>No se graba: %1</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>Grabación detenida: %1</translation>
    </message>
    <message numerus="yes">
        <source>* recorded as session %1 (%n records) in %2</source>
        <translation>
            <numerusform>* grabado como sesión %1 (%n registro) en %2</numerusform>
            <numerusform>* grabado como sesión %1 (%n registros) en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the session database or a file could not be used (sessions, export, import, --profile)</source>
        <translation>no se pudo usar la base de datos de sesiones o un archivo (sessions, export, import, --profile)</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation>
            <numerusform>(%n byte de datos binarios)</numerusform>
            <numerusform>(%n bytes de datos binarios)</numerusform>
        </translation>
    </message>
    <message>
        <source>(the body goes on: --jsonl has all of it that was read)</source>
        <translation>(el cuerpo continúa: --jsonl tiene todo lo que se leyó)</translation>
    </message>
    <message numerus="yes">
        <source>* TLS: %1, %2 (%n bits)</source>
        <translation>
            <numerusform>* TLS: %1, %2 (%n bit)</numerusform>
            <numerusform>* TLS: %1, %2 (%n bits)</numerusform>
        </translation>
    </message>
    <message>
        <source>* certificate: %1, issued by %2, valid until %3</source>
        <translation>* certificado: %1, emitido por %2, válido hasta %3</translation>
    </message>
    <message>
        <source>* SHA-256: %1</source>
        <translation>* SHA-256: %1</translation>
    </message>
    <message>
        <source>* verified</source>
        <translation>* verificado</translation>
    </message>
    <message>
        <source>* not verified (%1); trusted by your pin</source>
        <translation>* no verificado (%1); de confianza por su pin</translation>
    </message>
    <message>
        <source>* not verified: %1</source>
        <translation>* no verificado: %1</translation>
    </message>
    <message>
        <source>* to trust this certificate anyway (and no other): --pin %1</source>
        <translation>* para confiar en este certificado de todos modos (y en ningún otro): --pin %1</translation>
    </message>
</context>
<context>
    <name>Framewise::CloseCode</name>
    <message>
        <source>No code</source>
        <translation>Sin código</translation>
    </message>
    <message>
        <source>Normal closure</source>
        <translation>Cierre normal</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>Saliendo</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Error de protocolo</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>Datos no admitidos</translation>
    </message>
    <message>
        <source>No status code</source>
        <translation>Sin código de estado</translation>
    </message>
    <message>
        <source>Abnormal closure (no Close frame)</source>
        <translation>Cierre anómalo (sin trama Close)</translation>
    </message>
    <message>
        <source>Invalid payload data</source>
        <translation>Datos de carga no válidos</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>Infracción de directiva</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Mensaje demasiado grande</translation>
    </message>
    <message>
        <source>Mandatory extension missing</source>
        <translation>Falta una extensión obligatoria</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Error interno del servidor</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>Reinicio del servicio</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>Puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Falló el handshake TLS</translation>
    </message>
    <message>
        <source>Registered code (%1)</source>
        <translation>Código registrado (%1)</translation>
    </message>
    <message>
        <source>Private use (%1)</source>
        <translation>Uso privado (%1)</translation>
    </message>
    <message>
        <source>Reserved code (%1)</source>
        <translation>Código reservado (%1)</translation>
    </message>
    <message>
        <source>registered code</source>
        <translation>código registrado</translation>
    </message>
    <message>
        <source>private use</source>
        <translation>uso privado</translation>
    </message>
    <message>
        <source>reserved code</source>
        <translation>código reservado</translation>
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
        <translation>Cerrar conexión</translation>
    </message>
    <message>
        <source>No code (empty Close frame)</source>
        <translation>Sin código (trama Close vacía)</translation>
    </message>
    <message>
        <source>Other code…</source>
        <translation>Otro código…</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Código de cierre</translation>
    </message>
    <message>
        <source>Custom close code</source>
        <translation>Código de cierre personalizado</translation>
    </message>
    <message>
        <source>Optional reason (at most 123 bytes)</source>
        <translation>Motivo opcional (123 bytes como máximo)</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Custom code:</source>
        <translation>Código personalizado:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Code %1 may not be sent. Use 1000–1003, 1007–1014 or 3000–4999.</source>
        <translation>El código %1 no se puede enviar. Use 1000–1003, 1007–1014 o 3000–4999.</translation>
    </message>
    <message>
        <source>A reason can only be sent together with a code.</source>
        <translation>Un motivo solo se puede enviar junto con un código.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is %n bytes of UTF-8; at most 123 fit in a Close frame.</source>
        <translation>
            <numerusform>El motivo ocupa %n byte de UTF-8; en una trama Close caben como máximo 123.</numerusform>
            <numerusform>El motivo ocupa %n bytes de UTF-8; en una trama Close caben como máximo 123.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 123 bytes</source>
        <translation>%1 de 123 bytes</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Lo que se envía</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>Envía:</translation>
    </message>
    <message>
        <source>an empty Close frame</source>
        <translation>una trama Close vacía</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <comment>close code label, reason</comment>
        <translation>%1, «%2»</translation>
    </message>
</context>
<context>
    <name>Framewise::Composer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>Enviar archivo…</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Cerrar…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Formato del mensaje</translation>
    </message>
    <message>
        <source>Message editor</source>
        <translation>Editor de mensajes</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>ping payload</source>
        <translation>datos del ping</translation>
    </message>
    <message>
        <source>Ping payload</source>
        <translation>Datos del ping</translation>
    </message>
    <message>
        <source>A ping payload can be at most 125 bytes (this one has %1).</source>
        <translation>Los datos de un ping pueden tener como máximo 125 bytes (estos tienen %1).</translation>
    </message>
    <message>
        <source>Not valid base64: “%1” at position %2.</source>
        <translation>Base64 no válido: “%1” en la posición %2.</translation>
    </message>
    <message>
        <source>Not valid base64: check the length and the padding (=) at the end.</source>
        <translation>Base64 no válido: compruebe la longitud y el relleno (=) del final.</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>Enviar un archivo como un mensaje binario</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Saved messages of this profile: click one to send it</source>
        <translation>Mensajes guardados de este perfil: haga clic en uno para enviarlo</translation>
    </message>
    <message>
        <source>Snippet “%1” uses undefined variable(s): %2. Nothing was sent.</source>
        <translation>El fragmento “%1” usa variable(s) sin definir: %2. No se envió nada.</translation>
    </message>
    <message>
        <source>No snippets in this profile yet</source>
        <translation>Este perfil aún no tiene fragmentos</translation>
    </message>
    <message>
        <source>Save message as snippet…</source>
        <translation>Guardar mensaje como fragmento…</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>Guardar fragmento</translation>
    </message>
    <message>
        <source>Name of the snippet:</source>
        <translation>Nombre del fragmento:</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>Cargar en el editor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Message to send — Ctrl+Enter sends, Ctrl+Up/Ctrl+Down recall earlier messages</source>
        <translation>Mensaje a enviar — Ctrl+Intro envía, Ctrl+Arriba/Ctrl+Abajo recuperan mensajes anteriores</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; the sent message stays selected, so typing replaces it and Ctrl+Enter sends it again.
Ctrl+Up / Ctrl+Down (or Up on the first line, Down on the last line) go through the messages sent in this tab.</source>
        <translation>Ctrl+Intro envía; el mensaje enviado queda seleccionado, así que al escribir se reemplaza y Ctrl+Intro lo vuelve a enviar.
Ctrl+Arriba / Ctrl+Abajo (o Arriba en la primera línea, Abajo en la última) recorren los mensajes enviados en esta pestaña.</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionPanel</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Offer permessage-deflate compression</source>
        <translation>Ofrecer compresión permessage-deflate</translation>
    </message>
    <message>
        <source>Unsaved connection</source>
        <translation>Conexión sin guardar</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Perfiles de conexión guardados</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>URL de WebSocket</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>Conectar o desconectar</translation>
    </message>
    <message>
        <source>Connect / disconnect (Ctrl+K)</source>
        <translation>Conectar / desconectar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>e.g. chat, superchat</source>
        <translation>p. ej. chat, superchat</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>Subprotocolos</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Act.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Añadir encabezado</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Quitar encabezado</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Intervalo de ping</translation>
    </message>
    <message>
        <source>Ping timeout</source>
        <translation>Tiempo de espera del ping</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Message size limit</source>
        <translation>Límite de tamaño de mensaje</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>Subprotocols:</source>
        <translation>Subprotocolos:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Encabezados:</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>espera máx.</translation>
    </message>
    <message>
        <source>Keepalive ping:</source>
        <translation>Ping de keepalive:</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>Mensaje más grande:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Cerrando…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Cerrada: %1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Acciones de perfil</translation>
    </message>
    <message>
        <source>Save, rename, duplicate, delete, import or export profiles</source>
        <translation>Guardar, renombrar, duplicar, eliminar, importar o exportar perfiles</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Mensaje de conexión</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>Mostrar valores secretos</translation>
    </message>
    <message>
        <source>Secret header values, secret variables and passwords are shown as dots until ticked</source>
        <translation>Los valores secretos de encabezados, las variables secretas y las contraseñas se muestran como puntos hasta marcar esta casilla</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Load “%2” anyway?</source>
        <translation>Los cambios en “%1” no están guardados. ¿Cargar “%2” de todos modos?</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Añadir variable</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Quitar variable</translation>
    </message>
    <message>
        <source>Write {{name}} in the URL, Origin, headers or snippets; it is replaced by the value when connecting.</source>
        <translation>Escriba {{name}} en la URL, el Origin, los encabezados o los fragmentos; se sustituye por el valor al conectar.</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Seguir redirecciones</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>PEM or DER files, separated by ;</source>
        <translation>Archivos PEM o DER, separados por ;</translation>
    </message>
    <message>
        <source>Extra trusted CA files</source>
        <translation>Archivos de CA de confianza adicionales</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints, separated by commas</source>
        <translation>Huellas SHA-256, separadas por comas</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprints</source>
        <translation>Huellas de certificados fijadas</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Archivo del certificado de cliente</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Archivo de la clave de cliente</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Archivo PKCS#12</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>CA de confianza:</translation>
    </message>
    <message>
        <source>Pinned certificates:</source>
        <translation>Certificados fijados:</translation>
    </message>
    <message>
        <source>Client certificate (PEM):</source>
        <translation>Certificado de cliente (PEM):</translation>
    </message>
    <message>
        <source>Client key (PEM):</source>
        <translation>Clave de cliente (PEM):</translation>
    </message>
    <message>
        <source>Or PKCS#12 bundle:</source>
        <translation>O paquete PKCS#12:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL del proxy</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>HTTP user</source>
        <translation>Usuario HTTP</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>Contraseña HTTP</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>Usuario del proxy:</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Contraseña del proxy:</translation>
    </message>
    <message>
        <source>HTTP user (401):</source>
        <translation>Usuario HTTP (401):</translation>
    </message>
    <message>
        <source>HTTP password:</source>
        <translation>Contraseña HTTP:</translation>
    </message>
    <message>
        <source>Proxy and login</source>
        <translation>Proxy e inicio de sesión</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes</source>
        <translation>“%1” tiene cambios sin guardar</translation>
    </message>
    <message>
        <source>Undefined variable(s) in the URL: %1</source>
        <translation>Variable(s) sin definir en la URL: %1</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>“%1” cargado.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” guardado.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nombre del perfil nuevo:</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renombrado a “%1”.</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>Duplicado como “%1”.</translation>
    </message>
    <message>
        <source>Deleted “%1”; its secrets were removed from the keychain.</source>
        <translation>“%1” eliminado; sus secretos se quitaron del llavero.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) without their secrets.</source>
        <translation>
            <numerusform>Exportado %n perfil sin sus secretos.</numerusform>
            <numerusform>Exportados %n perfiles sin sus secretos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Importado %n perfil.</numerusform>
            <numerusform>Importados %n perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save profile as</source>
        <translation>Guardar perfil como</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renombrar perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved secrets?</source>
        <translation>¿Eliminar el perfil “%1” y sus secretos guardados?</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Conectar a</translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation>Importar perfiles…</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>Framewise profiles (*.json);;All files (*)</source>
        <translation>Perfiles de Framewise (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export profiles…</source>
        <translation>Exportar perfiles…</translation>
    </message>
    <message>
        <source>Export profiles (without secrets)</source>
        <translation>Exportar perfiles (sin secretos)</translation>
    </message>
    <message>
        <source>Framewise profiles (*.json)</source>
        <translation>Perfiles de Framewise (*.json)</translation>
    </message>
    <message>
        <source>Start over with no profiles…</source>
        <translation>Empezar de nuevo sin perfiles…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>%1

Start a new, empty profiles file? The damaged one stays in its backup.</source>
        <translation>%1

¿Crear un archivo de perfiles nuevo y vacío? El dañado se conserva en su copia de seguridad.</translation>
    </message>
    <message>
        <source>Started a new profiles file.</source>
        <translation>Se creó un archivo de perfiles nuevo.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause receiving</source>
        <translation>Pausar la recepción</translation>
    </message>
    <message>
        <source>Pause receiving (Ctrl+Shift+P): stop reading from the server. What it sends waits in the network buffers and TCP holds it back; nothing is lost, keepalive pings pause, sending still works.</source>
        <translation>Pausar la recepción (Ctrl+Mayús+P): dejar de leer del servidor. Lo que envía espera en los búferes de red y TCP lo retiene; no se pierde nada, los pings de keepalive se pausan y el envío sigue funcionando.</translation>
    </message>
    <message>
        <source>Open · receiving paused</source>
        <translation>Abierta · recepción pausada</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>RTT probe interval</source>
        <translation>Intervalo de sondeo RTT</translation>
    </message>
    <message>
        <source>Sends a ping (payload rtt-probe-N) this often while the connection is open, however busy it is, and plots each pong&apos;s round-trip time. Off by default.</source>
        <translation>Envía un ping (carga rtt-probe-N) con esta frecuencia mientras la conexión está abierta, por ocupada que esté, y traza el tiempo de ida y vuelta de cada pong. Desactivado por defecto.</translation>
    </message>
    <message>
        <source>Keepalive pings only after this much silence, so a busy connection never measures its round-trip time. To measure it anyway, set an RTT probe.</source>
        <translation>El keepalive solo envía ping tras este silencio, así que una conexión ocupada nunca mide su tiempo de ida y vuelta. Para medirlo igualmente, configure un sondeo RTT.</translation>
    </message>
    <message>
        <source>regardless of traffic</source>
        <translation>independientemente del tráfico</translation>
    </message>
    <message>
        <source>RTT probe:</source>
        <translation>Sondeo RTT:</translation>
    </message>
    <message>
        <source>Show handshake</source>
        <translation>Mostrar handshake</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionSecurity</name>
    <message>
        <source>%1 holds no certificate (expected PEM or DER).</source>
        <translation>%1 no contiene ningún certificado (se esperaba PEM o DER).</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1 is not a readable private key (is it encrypted? give its passphrase).</source>
        <translation>%1 no es una clave privada legible (¿está cifrada? indique su frase de contraseña).</translation>
    </message>
    <message>
        <source>%1 is not a readable private key, or the passphrase is wrong.</source>
        <translation>%1 no es una clave privada legible, o la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable PKCS#12 bundle, or the passphrase is wrong.</source>
        <translation>%1 no es un paquete PKCS#12 legible, o la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address: use http://host:port or socks5://host:port, with user:password@ before the host when the proxy asks for it.</source>
        <translation>“%1” no es una dirección de proxy: use http://host:puerto o socks5://host:puerto, con usuario:contraseña@ delante del host cuando el proxy lo pida.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>“%1” no es una huella SHA-256 (64 dígitos hexadecimales, se admiten dos puntos).</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionSettings</name>
    <message>
        <source>Enter a ws:// or wss:// address.</source>
        <translation>Escriba una dirección ws:// o wss://.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>No es una dirección válida: %1</translation>
    </message>
    <message>
        <source>Use %1:// instead of %2:// for WebSocket connections.</source>
        <translation>Use %1:// en lugar de %2:// para conexiones WebSocket.</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss://.</source>
        <translation>La dirección debe empezar por ws:// o wss://.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>La dirección no tiene nombre de host.</translation>
    </message>
    <message>
        <source>WebSocket addresses cannot have a #fragment.</source>
        <translation>Las direcciones WebSocket no pueden tener un #fragmento.</translation>
    </message>
    <message>
        <source>The Origin contains %1; it would end the header line and add text of its own to the request.</source>
        <translation>El Origin contiene %1; terminaría la línea de cabecera y añadiría texto propio a la petición.</translation>
    </message>
    <message>
        <source>A header name contains %1.</source>
        <translation>Un nombre de cabecera contiene %1.</translation>
    </message>
    <message>
        <source>The header name “%1” is not a valid HTTP token (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>El nombre de cabecera «%1» no es un token HTTP válido (solo letras, dígitos y !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise as the WebSocket protocol requires; it cannot be set.</source>
        <translation>La cabecera «%1» la escribe Framewise como exige el protocolo WebSocket; no se puede establecer.</translation>
    </message>
    <message>
        <source>The value of header “%1” contains %2.</source>
        <translation>El valor de la cabecera «%1» contiene %2.</translation>
    </message>
    <message>
        <source>A subprotocol contains %1.</source>
        <translation>Un subprotocolo contiene %1.</translation>
    </message>
    <message>
        <source>A subprotocol name is empty.</source>
        <translation>Un nombre de subprotocolo está vacío.</translation>
    </message>
    <message>
        <source>The subprotocol “%1” is not a valid name (an HTTP token: no spaces, commas or quotes).</source>
        <translation>El subprotocolo «%1» no es un nombre válido (un token HTTP: sin espacios, comas ni comillas).</translation>
    </message>
    <message>
        <source>The connection is already open; its headers cannot change.</source>
        <translation>La conexión ya está abierta; sus cabeceras no pueden cambiar.</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise; set subprotocols in their own field (framewise-cli: --protocol).</source>
        <translation>La cabecera «%1» la escribe Framewise; los subprotocolos van en su propio campo (framewise-cli: --protocol).</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise; compression is its own option (framewise-cli: --no-compression to turn it off).</source>
        <translation>La cabecera «%1» la escribe Framewise; la compresión es una opción propia (framewise-cli: --no-compression para desactivarla).</translation>
    </message>
</context>
<context>
    <name>Framewise::DeflateParameters</name>
    <message>
        <source>The server accepted extension “%1”, which was not offered.</source>
        <translation>El servidor aceptó la extensión “%1”, que no se ofreció.</translation>
    </message>
    <message>
        <source>The server accepted permessage-deflate more than once.</source>
        <translation>El servidor aceptó permessage-deflate más de una vez.</translation>
    </message>
    <message>
        <source>The server accepted permessage-deflate, which was not offered.</source>
        <translation>El servidor aceptó permessage-deflate, que no se ofreció.</translation>
    </message>
    <message>
        <source>The server sent client_max_window_bits, which was not offered.</source>
        <translation>El servidor envió client_max_window_bits, que no se ofreció.</translation>
    </message>
    <message>
        <source>The server repeated the parameter “%1”.</source>
        <translation>El servidor repitió el parámetro “%1”.</translation>
    </message>
    <message>
        <source>The parameter “%1” must not have a value.</source>
        <translation>El parámetro “%1” no debe tener valor.</translation>
    </message>
    <message>
        <source>server_max_window_bits “%1” is not a number from 8 to 15.</source>
        <translation>server_max_window_bits “%1” no es un número de 8 a 15.</translation>
    </message>
    <message>
        <source>client_max_window_bits “%1” is not a number from 8 to 15.</source>
        <translation>client_max_window_bits “%1” no es un número de 8 a 15.</translation>
    </message>
    <message>
        <source>The server sent the unknown permessage-deflate parameter “%1”.</source>
        <translation>El servidor envió el parámetro desconocido de permessage-deflate “%1”.</translation>
    </message>
    <message>
        <source>server_max_window_bits=%1 is larger than the %2 offered.</source>
        <translation>server_max_window_bits=%1 es mayor que el %2 ofrecido.</translation>
    </message>
    <message>
        <source>client_max_window_bits=%1 is larger than the %2 offered.</source>
        <translation>client_max_window_bits=%1 es mayor que el %2 ofrecido.</translation>
    </message>
    <message>
        <source>The server ignored the requested server_no_context_takeover.</source>
        <translation>El servidor ignoró el server_no_context_takeover solicitado.</translation>
    </message>
    <message>
        <source>The server ignored the requested server_max_window_bits.</source>
        <translation>El servidor ignoró el server_max_window_bits solicitado.</translation>
    </message>
</context>
<context>
    <name>Framewise::DetailPane</name>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>Seleccione un mensaje para verlo aquí.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>%1 #%2 at %3</source>
        <translation>%1 n.º %2 a las %3</translation>
    </message>
    <message>
        <source> · %1 on the wire (compressed, %2%)</source>
        <translation> · %1 en la red (comprimido, %2 %)</translation>
    </message>
    <message numerus="yes">
        <source> · %n frame(s)</source>
        <translation>
            <numerusform> · %n trama</numerusform>
            <numerusform> · %n tramas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file was streamed to the server; its %1 bytes were not kept.</source>
        <translation>
            <numerusform>Este archivo se transmitió al servidor; su %1 byte no se guardó.</numerusform>
            <numerusform>Este archivo se transmitió al servidor; sus %1 bytes no se guardaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>This text is %1; it is shown in the Hex tab.</source>
        <translation>Este texto ocupa %1; se muestra en la pestaña Hex.</translation>
    </message>
    <message>
        <source>Message as a tree</source>
        <translation>Mensaje como árbol</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>Ctrl+C copies the value, Ctrl+Shift+C its path ($.items[2].name); right-click for more</source>
        <translation>Ctrl+C copia el valor, Ctrl+Mayús+C su ruta ($.items[2].name); clic derecho para más</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The text exactly as it was sent or received</source>
        <translation>El texto exactamente como se envió o recibió</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formateado</translation>
    </message>
    <message>
        <source>JSON indented, keys in the message&apos;s order</source>
        <translation>JSON sangrado, claves en el orden del mensaje</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>JSON as a tree of keys, values and types; copy a value or its path</source>
        <translation>JSON como árbol de claves, valores y tipos; copie un valor o su ruta</translation>
    </message>
    <message>
        <source>Pretty shows the first %1 lines of this message; Raw shows all of it.</source>
        <translation>Formateado muestra las primeras %1 líneas de este mensaje; Original lo muestra entero.</translation>
    </message>
    <message>
        <source>The tree holds the first %1 values of this message; Raw and Pretty show all of it.</source>
        <translation>El árbol contiene los primeros %1 valores de este mensaje; Original y Formateado lo muestran entero.</translation>
    </message>
    <message>
        <source> · code %1</source>
        <translation> · código %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was streamed to the server from a file; its %3 bytes were not kept.</source>
        <translation>
            <numerusform>%1 (%2) se envió al servidor desde un archivo; su %3 byte no se guardó.</numerusform>
            <numerusform>%1 (%2) se envió al servidor desde un archivo; sus %3 bytes no se guardaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message&apos;s %1 bytes were not kept.</source>
        <translation>
            <numerusform>El %1 byte de este mensaje no se guardó.</numerusform>
            <numerusform>Los %1 bytes de este mensaje no se guardaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Mensaje original</translation>
    </message>
    <message>
        <source>Message as forwarded</source>
        <translation>Mensaje tal como se reenvió</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>As forwarded</source>
        <translation>Tal como se reenvió</translation>
    </message>
    <message>
        <source>Original ↔ edited</source>
        <translation>Original ↔ editado</translation>
    </message>
</context>
<context>
    <name>Framewise::ExportDialog</name>
    <message numerus="yes">
        <source>The whole session (%n records)</source>
        <translation>
            <numerusform>Toda la sesión (%n registro)</numerusform>
            <numerusform>Toda la sesión (%n registros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows the filter shows (%n)</source>
        <translation>
            <numerusform>La fila que muestra el filtro (%n)</numerusform>
            <numerusform>Las filas que muestra el filtro (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows (%n)</source>
        <translation>
            <numerusform>La fila seleccionada (%n)</numerusform>
            <numerusform>Las filas seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include secrets (Authorization, Cookie and headers marked secret)</source>
        <translation>Incluir secretos (Authorization, Cookie y encabezados marcados como secretos)</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exportar sesión</translation>
    </message>
    <message>
        <source>HAR 1.2 (Chrome DevTools, Firefox, HAR viewers)</source>
        <translation>HAR 1.2 (Chrome DevTools, Firefox, visores de HAR)</translation>
    </message>
    <message>
        <source>JSON Lines (one message per line, for jq and scripts)</source>
        <translation>JSON Lines (un mensaje por línea, para jq y scripts)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>Plain text (for a bug report)</source>
        <translation>Texto sin formato (para un informe de error)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Off: their values are replaced by [redacted] in the file.</source>
        <translation>Desactivado: sus valores se sustituyen por [redacted] en el archivo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo al que exportar.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>No hay filas que exportar.</translation>
    </message>
    <message>
        <source>The session cannot be read: %1</source>
        <translation>No se puede leer la sesión: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Framewise::FrameLogModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Dir.</translation>
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
        <translation>Clave de máscara</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>app</source>
        <translation>aplicación</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Tramo</translation>
    </message>
</context>
<context>
    <name>Framewise::FrameParser</name>
    <message>
        <source>A frame had reserved bits (RSV1-3) set that no extension allows.</source>
        <translation>Una trama tenía activados bits reservados (RSV1-3) que ninguna extensión permite.</translation>
    </message>
    <message>
        <source>A frame used reserved opcode 0x%1.</source>
        <translation>Una trama usó el opcode reservado 0x%1.</translation>
    </message>
    <message>
        <source>A control frame was fragmented (FIN not set).</source>
        <translation>Una trama de control estaba fragmentada (FIN sin activar).</translation>
    </message>
    <message>
        <source>A control frame carried %1 bytes; at most 125 are allowed.</source>
        <translation>Una trama de control llevaba %1 bytes; se permiten como máximo 125.</translation>
    </message>
    <message>
        <source>The server masked a frame; servers must not mask.</source>
        <translation>El servidor enmascaró una trama; los servidores no deben enmascarar.</translation>
    </message>
    <message>
        <source>A frame length was not encoded in the minimal number of bytes.</source>
        <translation>La longitud de una trama no se codificó con el número mínimo de bytes.</translation>
    </message>
    <message>
        <source>A frame length had its most significant bit set.</source>
        <translation>La longitud de una trama tenía activado el bit más significativo.</translation>
    </message>
    <message>
        <source>A frame of %1 bytes exceeds the frame size limit of %2 bytes.</source>
        <translation>Una trama de %1 bytes supera el límite de tamaño de trama de %2 bytes.</translation>
    </message>
    <message>
        <source>The client sent an unmasked frame; clients must mask every frame.</source>
        <translation>El cliente envió una trama sin enmascarar; los clientes deben enmascarar todas las tramas.</translation>
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
        <translation>Conéctese para ver el handshake de apertura.</translation>
    </message>
    <message>
        <source>•••• (hidden)</source>
        <translation>•••• (oculto)</translation>
    </message>
    <message>
        <source>Redirects:
</source>
        <translation>Redirecciones:
</translation>
    </message>
    <message>
        <source>▶ Request to %1
</source>
        <translation>▶ Solicitud a %1
</translation>
    </message>
    <message>
        <source>◀ Response
</source>
        <translation>◀ Respuesta
</translation>
    </message>
    <message>
        <source>
… (body truncated at 64 KiB)</source>
        <translation>
… (cuerpo truncado a 64 KiB)</translation>
    </message>
    <message>
        <source>Subprotocol: %1
</source>
        <translation>Subprotocolo: %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Extensions: %1
</source>
        <translation>Extensiones: %1
</translation>
    </message>
    <message>
        <source>
Stopped: %1
</source>
        <translation>
Detenida: %1
</translation>
    </message>
    <message>
        <source>Recorded session of %1
</source>
        <translation>Sesión grabada de %1
</translation>
    </message>
    <message>
        <source>Imported from %1
</source>
        <translation>Importada de %1
</translation>
    </message>
    <message>
        <source>Started: %1
</source>
        <translation>Iniciada: %1
</translation>
    </message>
    <message>
        <source>Ended: %1
</source>
        <translation>Terminada: %1
</translation>
    </message>
    <message>
        <source>State: %1
</source>
        <translation>Estado: %1
</translation>
    </message>
    <message>
        <source>▶ Request
</source>
        <translation>▶ Solicitud
</translation>
    </message>
    <message>
        <source>Handshake took %1 ms
</source>
        <translation>El handshake tardó %1 ms
</translation>
    </message>
    <message>
        <source>Close code: %1 %2
</source>
        <translation>Código de cierre: %1 %2
</translation>
    </message>
    <message>
        <source>▶ 1. Request from the app
</source>
        <translation>▶ 1. Solicitud de la aplicación
</translation>
    </message>
    <message>
        <source>▶ 2. Request sent upstream to %1
</source>
        <translation>▶ 2. Solicitud enviada al upstream %1
</translation>
    </message>
    <message>
        <source>◀ 3. Response from the server
</source>
        <translation>◀ 3. Respuesta del servidor
</translation>
    </message>
    <message>
        <source>◀ 4. Response sent to the app
</source>
        <translation>◀ 4. Respuesta enviada a la aplicación
</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeRequestParser</name>
    <message>
        <source>The client&apos;s request has more than %1 header lines.</source>
        <translation>La solicitud del cliente tiene más de %1 líneas de encabezado.</translation>
    </message>
    <message>
        <source>The client&apos;s request has a header block larger than %1 KiB.</source>
        <translation>La solicitud del cliente tiene un bloque de encabezados de más de %1 KiB.</translation>
    </message>
    <message>
        <source>The client closed the connection without sending a request.</source>
        <translation>El cliente cerró la conexión sin enviar una solicitud.</translation>
    </message>
    <message>
        <source>The client closed the connection in the middle of its request.</source>
        <translation>El cliente cerró la conexión a mitad de su solicitud.</translation>
    </message>
    <message>
        <source>The client&apos;s request has a carriage return inside a line: “%1”.</source>
        <translation>La solicitud del cliente tiene un retorno de carro dentro de una línea: “%1”.</translation>
    </message>
    <message>
        <source>The client&apos;s request does not start with an HTTP request line: “%1”.</source>
        <translation>La solicitud del cliente no empieza con una línea de solicitud HTTP: “%1”.</translation>
    </message>
    <message>
        <source>The client&apos;s request continues a header on a second line: “%1”.</source>
        <translation>La solicitud del cliente continúa un encabezado en una segunda línea: “%1”.</translation>
    </message>
    <message>
        <source>The client&apos;s request has a malformed header line: “%1”.</source>
        <translation>La solicitud del cliente tiene una línea de encabezado mal formada: “%1”.</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeResponse</name>
    <message>
        <source>The server answered with HTTP status %1 instead of 101 Switching Protocols.</source>
        <translation>El servidor respondió con el estado HTTP %1 en lugar de 101 Switching Protocols.</translation>
    </message>
    <message>
        <source>The answer lacks the header “Upgrade: websocket”.</source>
        <translation>A la respuesta le falta el encabezado “Upgrade: websocket”.</translation>
    </message>
    <message>
        <source>The answer lacks the header “Connection: Upgrade”.</source>
        <translation>A la respuesta le falta el encabezado “Connection: Upgrade”.</translation>
    </message>
    <message>
        <source>The answer lacks the Sec-WebSocket-Accept header.</source>
        <translation>A la respuesta le falta el encabezado Sec-WebSocket-Accept.</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is “%1” but should be “%2”.</source>
        <translation>Sec-WebSocket-Accept es “%1”, pero debería ser “%2”.</translation>
    </message>
    <message>
        <source>The server chose more than one subprotocol.</source>
        <translation>El servidor eligió más de un subprotocolo.</translation>
    </message>
    <message>
        <source>The server chose subprotocol “%1”, which was not offered.</source>
        <translation>El servidor eligió el subprotocolo “%1”, que no se ofreció.</translation>
    </message>
    <message>
        <source>The server accepted extensions “%1” that were not offered.</source>
        <translation>El servidor aceptó las extensiones “%1”, que no se ofrecieron.</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeResponseParser</name>
    <message>
        <source>The server&apos;s answer has a header block larger than %1 KiB.</source>
        <translation>La respuesta del servidor tiene un bloque de encabezados de más de %1 KiB.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering the handshake.</source>
        <translation>El servidor cerró la conexión sin responder al handshake.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its handshake answer.</source>
        <translation>El servidor cerró la conexión a mitad de su respuesta al handshake.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not start with an HTTP status line: “%1”.</source>
        <translation>La respuesta del servidor no empieza con una línea de estado HTTP: “%1”.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header line: “%1”.</source>
        <translation>La respuesta del servidor tiene una línea de encabezado mal formada: “%1”.</translation>
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
        <translation>Editar mensaje retenido</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>Mensaje original</translation>
    </message>
    <message>
        <source>Message to forward</source>
        <translation>Mensaje que se reenviará</translation>
    </message>
    <message numerus="yes">
        <source>Original (%n bytes)</source>
        <translation>
            <numerusform>Original (%n byte)</numerusform>
            <numerusform>Original (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>To forward</source>
        <translation>Para reenviar</translation>
    </message>
    <message>
        <source>Save edit</source>
        <translation>Guardar edición</translation>
    </message>
    <message>
        <source>The hex text has an odd number of digits; each byte needs two.</source>
        <translation>El texto hexadecimal tiene un número impar de dígitos; cada byte necesita dos.</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not a hex digit.</source>
        <translation>“%1” en la posición %2 no es un dígito hexadecimal.</translation>
    </message>
    <message>
        <source>A text message must be valid UTF-8; these bytes are not.</source>
        <translation>Un mensaje de texto debe ser UTF-8 válido; estos bytes no lo son.</translation>
    </message>
</context>
<context>
    <name>Framewise::HeldMessagesModel</name>
    <message>
        <source>app → server</source>
        <translation>aplicación → servidor</translation>
    </message>
    <message>
        <source>server → app</source>
        <translation>servidor → aplicación</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binario</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>, editado</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Con.</translation>
    </message>
</context>
<context>
    <name>Framewise::HexPane</name>
    <message>
        <source>Find bytes: de ad be ef</source>
        <translation>Buscar bytes: de ad be ef</translation>
    </message>
    <message>
        <source>Find in the bytes</source>
        <translation>Buscar en los bytes</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Find as</source>
        <translation>Buscar como</translation>
    </message>
    <message>
        <source>Hex: bytes written as hex digits (de ad be ef, deadbeef, 0xde 0xad). Text: the characters as UTF-8, case-sensitive.</source>
        <translation>Hex: bytes escritos como dígitos hexadecimales (de ad be ef, deadbeef, 0xde 0xad). Texto: los caracteres en UTF-8, distinguiendo mayúsculas.</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Coincidencia siguiente (F3, Intro)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar búsqueda</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Find bytes or text (Ctrl+F)</source>
        <translation>Buscar bytes o texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find text (UTF-8)</source>
        <translation>Buscar texto (UTF-8)</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Escriba el texto a buscar.</translation>
    </message>
    <message>
        <source>Not hex: %1 Write bytes as pairs of hex digits (de ad be ef), or choose Text to find characters.</source>
        <translation>No es hex: %1 Escriba los bytes como pares de dígitos hexadecimales (de ad be ef) o elija Texto para buscar caracteres.</translation>
    </message>
    <message>
        <source>Type the bytes to find as hex, e.g. de ad be ef.</source>
        <translation>Escriba los bytes a buscar en hex, p. ej. de ad be ef.</translation>
    </message>
    <message>
        <source>There are no bytes to search.</source>
        <translation>No hay bytes en los que buscar.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>No se encontró «%1».</translation>
    </message>
    <message>
        <source>Found at 0x%1 (%2).</source>
        <translation>Encontrado en 0x%1 (%2).</translation>
    </message>
    <message>
        <source>Went on from the start.</source>
        <translation>Se continuó desde el principio.</translation>
    </message>
    <message>
        <source>Went on from the end.</source>
        <translation>Se continuó desde el final.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>Framewise::HexView</name>
    <message>
        <source>Hex view</source>
        <translation>Vista hexadecimal</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>Copiar como hexadecimal</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>Copiar como array de C</translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation>Copiar como Base64</translation>
    </message>
    <message>
        <source>Copy Raw Bytes</source>
        <translation>Copiar bytes sin procesar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Go to Offset…</source>
        <translation>Ir al desplazamiento…</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not followed by hex digits.</source>
        <translation>“%1” en la posición %2 no va seguido de dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not a hex digit.</source>
        <translation>“%1” en la posición %2 no es un dígito hexadecimal.</translation>
    </message>
    <message>
        <source>The hex digit “%1” at position %2 has no partner: every byte takes two digits.</source>
        <translation>El dígito hexadecimal “%1” en la posición %2 no tiene pareja: cada byte necesita dos dígitos.</translation>
    </message>
    <message>
        <source>There is no data to go to.</source>
        <translation>No hay datos a los que ir.</translation>
    </message>
    <message>
        <source>Enter an offset: a decimal number, 0x followed by hex digits, or -N to count back from the end.</source>
        <translation>Escriba un desplazamiento: un número decimal, 0x seguido de dígitos hexadecimales, o -N para contar hacia atrás desde el final.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: the digits are missing.</source>
        <translation>“%1” no es un desplazamiento: faltan los dígitos.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: “%2” at position %3 is not a hex digit.</source>
        <translation>“%1” no es un desplazamiento: “%2” en la posición %3 no es un dígito hexadecimal.</translation>
    </message>
    <message>
        <source>“%1” is not an offset: “%2” at position %3 is not a decimal digit. Write a decimal number, 0x followed by hex digits, or -N to count back from the end.</source>
        <translation>“%1” no es un desplazamiento: “%2” en la posición %3 no es un dígito decimal. Escriba un número decimal, 0x seguido de dígitos hexadecimales, o -N para contar hacia atrás desde el final.</translation>
    </message>
    <message>
        <source>“%1” is too large for an offset: the data ends at %2.</source>
        <translation>“%1” es demasiado grande para un desplazamiento: los datos terminan en %2.</translation>
    </message>
    <message>
        <source>%1 is outside the data: counting back from the end runs from -1 to -%2.</source>
        <translation>%1 está fuera de los datos: contando desde el final se va de -1 a -%2.</translation>
    </message>
    <message>
        <source>%1 is outside the data: offsets run from 0 to %2 (0x%3).</source>
        <translation>%1 está fuera de los datos: los desplazamientos van de 0 a %2 (0x%3).</translation>
    </message>
    <message>
        <source>Offset (decimal, 0x followed by hex, or -N from the end):</source>
        <translation>Desplazamiento (decimal, 0x seguido de hexadecimal, o -N desde el final):</translation>
    </message>
    <message>
        <source>Go to Offset</source>
        <translation>Ir al desplazamiento</translation>
    </message>
    <message>
        <source>0x%1 (%2)</source>
        <translation>0x%1 (%2)</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>Desplazamiento %1</translation>
    </message>
    <message>
        <source>Selection 1 byte (0x1) from %1</source>
        <translation>Selección de 1 byte (0x1) desde %1</translation>
    </message>
    <message>
        <source>Selection %1 bytes (0x%2) from %3</source>
        <translation>Selección de %1 bytes (0x%2) desde %3</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryModel</name>
    <message>
        <source>Imported from %1</source>
        <translation>Importada de %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Intercepted: an app&apos;s connection that Framewise stood in the middle of</source>
        <translation>Interceptada: la conexión de una aplicación en medio de la cual se situó Framewise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryPanel</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Search URL, profile, how it ended</source>
        <translation>Buscar URL, perfil, cómo terminó</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>Sesiones grabadas</translation>
    </message>
    <message>
        <source>Open the selected sessions read-only, with filters and the hex view</source>
        <translation>Abrir las sesiones seleccionadas en solo lectura, con filtros y la vista hexadecimal</translation>
    </message>
    <message>
        <source>Export the selected session to HAR, JSON Lines, CSV or text</source>
        <translation>Exportar la sesión seleccionada a HAR, JSON Lines, CSV o texto</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a HAR file (Chrome, Firefox, Framewise) or JSON Lines</source>
        <translation>Importar un archivo HAR (Chrome, Firefox, Framewise) o JSON Lines</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>Conservación…</translation>
    </message>
    <message>
        <source>How long recorded sessions are kept</source>
        <translation>Cuánto tiempo se conservan las sesiones grabadas</translation>
    </message>
    <message>
        <source>Could not delete a session: %1</source>
        <translation>No se pudo eliminar una sesión: %1</translation>
    </message>
    <message>
        <source>Delete recorded sessions</source>
        <translation>Eliminar sesiones grabadas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recorded session(s) and all their messages? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n sesión grabada y todos sus mensajes? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n sesiones grabadas y todos sus mensajes? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 de %n sesión</numerusform>
            <numerusform>%1 de %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::HostPatternList</name>
    <message>
        <source>“%1” is an address, not a host pattern: give the host alone (example.com, *.example.com, an IP address), optionally with :port.</source>
        <translation>“%1” es una dirección, no un patrón de host: indique solo el host (example.com, *.example.com, una dirección IP), opcionalmente con :puerto.</translation>
    </message>
    <message>
        <source>“%1” has no valid port after its colon (1 to 65535).</source>
        <translation>“%1” no tiene un puerto válido tras los dos puntos (de 1 a 65535).</translation>
    </message>
    <message>
        <source>“%1” is not a host pattern: give a host name, *.domain, * or an IP address, optionally with :port.</source>
        <translation>“%1” no es un patrón de host: indique un nombre de host, *.dominio, * o una dirección IP, opcionalmente con :puerto.</translation>
    </message>
</context>
<context>
    <name>Framewise::HttpMessageFramer</name>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end in chunked.</source>
        <translation>El Transfer-Encoding de la solicitud no termina en chunked.</translation>
    </message>
    <message>
        <source>The message has both Transfer-Encoding and Content-Length.</source>
        <translation>El mensaje tiene a la vez Transfer-Encoding y Content-Length.</translation>
    </message>
    <message>
        <source>The message&apos;s Content-Length is not one number: “%1”.</source>
        <translation>El Content-Length del mensaje no es un único número: “%1”.</translation>
    </message>
    <message>
        <source>A chunked message has a line longer than %1 bytes.</source>
        <translation>Un mensaje chunked tiene una línea de más de %1 bytes.</translation>
    </message>
    <message>
        <source>A chunk of a chunked message is longer than its size says.</source>
        <translation>Un fragmento de un mensaje chunked es más largo de lo que indica su tamaño.</translation>
    </message>
    <message>
        <source>A chunked message has a bad chunk size: “%1”.</source>
        <translation>Un mensaje chunked tiene un tamaño de fragmento no válido: “%1”.</translation>
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
        <translation>se esperaba %1 (escriba \: para poner dos puntos dentro de un campo)</translation>
    </message>
    <message>
        <source>the direction “%1” is not to-server, to-app or both</source>
        <translation>la dirección “%1” no es to-server, to-app ni both</translation>
    </message>
    <message>
        <source>the delay “%1” is not a whole number of milliseconds</source>
        <translation>el retardo “%1” no es un número entero de milisegundos</translation>
    </message>
    <message>
        <source>the size “%1” is too large (at most %2 bytes)</source>
        <translation>el tamaño “%1” es demasiado grande (como máximo %2 bytes)</translation>
    </message>
    <message>
        <source>the size “%1” is not N, MIN-MAX, &gt;N, &gt;=N, &lt;N or &lt;=N bytes (a number may end in K or M)</source>
        <translation>el tamaño “%1” no es N, MIN-MAX, &gt;N, &gt;=N, &lt;N ni &lt;=N bytes (un número puede terminar en K o M)</translation>
    </message>
    <message>
        <source>no message is smaller than 0 bytes (“%1”)</source>
        <translation>ningún mensaje es menor que 0 bytes (“%1”)</translation>
    </message>
    <message>
        <source>the text to find is empty (to match every message, write any)</source>
        <translation>el texto que buscar está vacío (para que coincidan todos los mensajes, escriba any)</translation>
    </message>
    <message>
        <source>the JSON match “%1” has no “=”: write json:/POINTER=VALUE</source>
        <translation>la coincidencia JSON “%1” no tiene “=”: escriba json:/POINTER=VALUE</translation>
    </message>
    <message>
        <source>the message type “%1” is not text or binary</source>
        <translation>el tipo de mensaje “%1” no es text ni binary</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptConnection</name>
    <message>
        <source>Framewise cannot open the upstream connection: %1</source>
        <translation>Framewise no puede abrir la conexión con el upstream: %1</translation>
    </message>
    <message>
        <source>App %1 port %2 asks for %3</source>
        <translation>La aplicación %1, puerto %2, pide %3</translation>
    </message>
    <message>
        <source>The app left before the upstream answered.</source>
        <translation>La aplicación se fue antes de que respondiera el upstream.</translation>
    </message>
    <message>
        <source>The app went away</source>
        <translation>La aplicación se fue</translation>
    </message>
    <message>
        <source>The app closed its connection before the upstream answered.</source>
        <translation>La aplicación cerró su conexión antes de que respondiera el upstream.</translation>
    </message>
    <message>
        <source>Framewise could not open the upstream %1: %2</source>
        <translation>Framewise no pudo abrir el upstream %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s connection ended</source>
        <translation>La conexión del servidor terminó</translation>
    </message>
    <message>
        <source>Server side: %1</source>
        <translation>Lado del servidor: %1</translation>
    </message>
    <message>
        <source>The app&apos;s connection ended</source>
        <translation>La conexión de la aplicación terminó</translation>
    </message>
    <message>
        <source>App side: %1</source>
        <translation>Lado de la aplicación: %1</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>la aplicación</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Closed by %1: %2</source>
        <translation>Cerrada por %1: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptConnectionsModel</name>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cerrando</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>→ server</source>
        <translation>→ servidor</translation>
    </message>
    <message>
        <source>→ app</source>
        <translation>→ aplicación</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenidos</translation>
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
        <translation>Siempre la ruta del upstream (ignorar la ruta y la consulta de la aplicación)</translation>
    </message>
    <message>
        <source>Send the app&apos;s Host header upstream</source>
        <translation>Enviar al upstream el encabezado Host de la aplicación</translation>
    </message>
    <message>
        <source>New intercept</source>
        <translation>Nueva intercepción</translation>
    </message>
    <message>
        <source>ws://real-server:8080 or wss://…</source>
        <translation>ws://servidor-real:8080 o wss://…</translation>
    </message>
    <message>
        <source>PEM file, for wss:// from the app (optional)</source>
        <translation>Archivo PEM, para wss:// desde la aplicación (opcional)</translation>
    </message>
    <message>
        <source>its PEM private key</source>
        <translation>su clave privada PEM</translation>
    </message>
    <message>
        <source>extra CA file to trust the upstream (optional)</source>
        <translation>archivo de CA adicional para confiar en el upstream (opcional)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>URL del &amp;upstream:</translation>
    </message>
    <message>
        <source>App certificate:</source>
        <translation>Certificado para la aplicación:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>Clave para la aplicación:</translation>
    </message>
    <message>
        <source>Upstream CA:</source>
        <translation>CA del upstream:</translation>
    </message>
    <message>
        <source>Start intercept</source>
        <translation>Iniciar intercepción</translation>
    </message>
    <message>
        <source>Other machines can reach %1: anyone there can use the upstream through Framewise.</source>
        <translation>Otras máquinas pueden alcanzar %1: cualquiera desde ellas puede usar el upstream a través de Framewise.</translation>
    </message>
    <message>
        <source>Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:9001.</source>
        <translation>Escuchar en “%1”: indique una dirección IP y un puerto, p. ej. 127.0.0.1:9001.</translation>
    </message>
    <message>
        <source>Upstream URL: %1</source>
        <translation>URL del upstream: %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Guardar como perfil…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Save intercept as profile</source>
        <translation>Guardar la intercepción como perfil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>(none: only the URL below)</source>
        <translation>(ninguno: solo la URL de abajo)</translation>
    </message>
    <message>
        <source>%1 (intercept)</source>
        <translation>%1 (intercepción)</translation>
    </message>
    <message>
        <source>The keychain has no saved value for: %1. The upstream goes without them.</source>
        <translation>El llavero no tiene ningún valor guardado para: %1. La conexión al upstream se hace sin ellos.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptLane</name>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptMessagesBox</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Carry pings end to end</source>
        <translation>Transmitir los pings de extremo a extremo</translation>
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
        <translation>Una regla por línea, aplicadas en orden, p. ej.
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
        <translation>Reglas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Release held messages after</source>
        <translation>Liberar los mensajes retenidos tras</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Reglas:</translation>
    </message>
    <message>
        <source>Release held after:</source>
        <translation>Liberar los mensajes retenidos tras:</translation>
    </message>
    <message>
        <source>Rule line %1: %2</source>
        <translation>Línea de regla %1: %2</translation>
    </message>
    <message>
        <source>Rule line %1: “%2” is not a rule; start with rewrite, drop, delay, break or reply.</source>
        <translation>Línea de regla %1: “%2” no es una regla; empiece con rewrite, drop, delay, break o reply.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRule</name>
    <message>
        <source>the rewrite&apos;s regular expression is invalid: %1 at offset %2</source>
        <translation>la expresión regular de la sustitución no es válida: %1 en la posición %2</translation>
    </message>
    <message>
        <source>the regular expression is invalid: %1 at offset %2</source>
        <translation>la expresión regular no es válida: %1 en la posición %2</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>“%1” should be %2</source>
        <translation>“%1” debería ser %2</translation>
    </message>
    <message>
        <source>the text to find is empty (to match every message, choose any message)</source>
        <translation>el texto que buscar está vacío (para que coincidan todos los mensajes, elija “any”)</translation>
    </message>
    <message>
        <source>the regular expression is empty</source>
        <translation>la expresión regular está vacía</translation>
    </message>
    <message>
        <source>the smallest size is negative (%1 bytes)</source>
        <translation>el tamaño mínimo es negativo (%1 bytes)</translation>
    </message>
    <message>
        <source>the largest size is negative (%1 bytes)</source>
        <translation>el tamaño máximo es negativo (%1 bytes)</translation>
    </message>
    <message>
        <source>the largest size (%1 bytes) is below the smallest (%2 bytes)</source>
        <translation>el tamaño máximo (%1 bytes) es menor que el mínimo (%2 bytes)</translation>
    </message>
    <message>
        <source>the delay is negative (%1 ms)</source>
        <translation>el retardo es negativo (%1 ms)</translation>
    </message>
    <message>
        <source>the delay of %1 ms is longer than a day (%2 ms)</source>
        <translation>el retardo de %1 ms supera un día (%2 ms)</translation>
    </message>
    <message>
        <source>the reply is a text message but not valid UTF-8</source>
        <translation>la respuesta es un mensaje de texto pero no es UTF-8 válido</translation>
    </message>
    <message>
        <source>to-server, to-app or both</source>
        <translation>to-server, to-app o both</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>text or binary</source>
        <translation>text o binary</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>texto en base64</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRuleSet</name>
    <message>
        <source>Intercept rule %1: %2.</source>
        <translation>Regla de intercepción %1: %2.</translation>
    </message>
    <message>
        <source>Intercept rule %1 (“%2”): %3.</source>
        <translation>Regla de intercepción %1 (“%2”): %3.</translation>
    </message>
    <message>
        <source>The intercept rules: “rules” should be a list.</source>
        <translation>Las reglas de intercepción: “rules” debería ser una lista.</translation>
    </message>
    <message>
        <source>Intercept rule %1 should be an object.</source>
        <translation>La regla de intercepción %1 debería ser un objeto.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRunner</name>
    <message>
        <source>* listening on %1, forwarding to %2</source>
        <translation>* escuchando en %1, reenviando a %2</translation>
    </message>
    <message>
        <source>[%1] app %2 connected: %3</source>
        <translation>[%1] aplicación %2 conectada: %3</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>intercepción %1</translation>
    </message>
    <message>
        <source>[%1] answered %2</source>
        <translation>[%1] respondida con %2</translation>
    </message>
    <message>
        <source>[%1] %2 %3 %4 B</source>
        <translation>[%1] %2 %3 %4 B</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binario</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>* refused %1: %2%3</source>
        <translation>* rechazada %1: %2%3</translation>
    </message>
    <message>
        <source>[%1] ended: %2</source>
        <translation>[%1] terminada: %2</translation>
    </message>
    <message>
        <source>Framewise intercept is shutting down</source>
        <translation>La intercepción de Framewise se está cerrando</translation>
    </message>
    <message>
        <source>Choose another port with --listen (port 0: any free one).</source>
        <translation>Elija otro puerto con --listen (puerto 0: cualquiera libre).</translation>
    </message>
    <message numerus="yes">
        <source>released in %n s</source>
        <translation>
            <numerusform>se libera en %n s</numerusform>
            <numerusform>se libera en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>held until the connection ends; --auto-release SECONDS lets it go on</source>
        <translation>retenido hasta que termine la conexión; --auto-release SEGUNDOS lo deja continuar</translation>
    </message>
    <message>
        <source>[%1] %2 %3 %4 B held by %5 (%6)%7</source>
        <translation>[%1] %2 %3 %4 B retenido por %5 (%6)%7</translation>
    </message>
    <message numerus="yes">
        <source>[%1] recorded as session %2 (%n records) in %3</source>
        <translation>
            <numerusform>[%1] grabada como sesión %2 (%n registro) en %3</numerusform>
            <numerusform>[%1] grabada como sesión %2 (%n registros) en %3</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 close (no code)</source>
        <translation>[%1] %2 cierre (sin código)</translation>
    </message>
    <message>
        <source>[%1] %2 close %3</source>
        <translation>[%1] %2 cierre %3</translation>
    </message>
    <message>
        <source>[%1] %2 close %3: %4</source>
        <translation>[%1] %2 cierre %3: %4</translation>
    </message>
    <message>
        <source>framewise-cli %1: %2</source>
        <translation>framewise-cli %1: %2</translation>
    </message>
    <message>
        <source>framewise-cli %1: not recording: %2</source>
        <translation>framewise-cli %1: no se graba: %2</translation>
    </message>
    <message>
        <source>framewise-cli %1: warning: listening on %2, not only this machine: anyone who can reach it can use the upstream through Framewise.</source>
        <translation>framewise-cli %1: aviso: escuchando en %2, no solo en esta máquina: cualquiera que pueda alcanzarla puede usar el upstream a través de Framewise.</translation>
    </message>
    <message>
        <source>every host</source>
        <translation>todos los hosts</translation>
    </message>
    <message>
        <source>* proxy listening on %1, intercepting %2; %3</source>
        <translation>* proxy escuchando en %1, interceptando %2; %3</translation>
    </message>
    <message>
        <source>TLS decrypted with the Framewise CA (SHA-256 %1); apps must trust its certificate, %2</source>
        <translation>TLS descifrado con la CA de Framewise (SHA-256 %1); las aplicaciones deben confiar en su certificado, %2</translation>
    </message>
    <message>
        <source>TLS tunnelled without decrypting</source>
        <translation>TLS tunelizado sin descifrar</translation>
    </message>
    <message>
        <source>[%1] app %2 connected: %3 → %4</source>
        <translation>[%1] aplicación %2 conectada: %3 → %4</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <source>* tunnel %1 → %2</source>
        <translation>* túnel %1 → %2</translation>
    </message>
    <message>
        <source>* tunnel %1 → %2 (%3)</source>
        <translation>* túnel %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>* forwarded %1 %2 to %3</source>
        <translation>* reenviado %1 %2 a %3</translation>
    </message>
    <message>
        <source>* TLS to %1 from %2 failed: %3</source>
        <translation>* falló TLS hacia %1 desde %2: %3</translation>
    </message>
    <message>
        <source>Framewise proxy is shutting down</source>
        <translation>El proxy de Framewise se está cerrando</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptServer</name>
    <message>
        <source>Cannot read the certificate or key: %1</source>
        <translation>No se puede leer el certificado o la clave: %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC).</source>
        <translation>%1 no contiene ninguna clave privada PEM (RSA o EC).</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptSettings</name>
    <message>
        <source>The listen address is not a valid IP address.</source>
        <translation>La dirección de escucha no es una dirección IP válida.</translation>
    </message>
    <message>
        <source>Upstream: %1</source>
        <translation>Upstream: %1</translation>
    </message>
    <message>
        <source>To accept wss:// from the app, give both a certificate and its private key.</source>
        <translation>Para aceptar wss:// de la aplicación, indique un certificado y también su clave privada.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The auto-release time cannot be negative.</source>
        <translation>El tiempo de liberación automática no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptTab</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Intercepted connections</source>
        <translation>Conexiones interceptadas</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>Mensajes retenidos</translation>
    </message>
    <message>
        <source>to server</source>
        <translation>al servidor</translation>
    </message>
    <message>
        <source>to app</source>
        <translation>a la aplicación</translation>
    </message>
    <message>
        <source>Inject direction</source>
        <translation>Dirección de la inyección</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>Binario (hex)</translation>
    </message>
    <message>
        <source>Message to inject on the selected connection</source>
        <translation>Mensaje que se inyectará en la conexión seleccionada</translation>
    </message>
    <message>
        <source>Message to inject</source>
        <translation>Mensaje que se inyectará</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>Liberar todos</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>Liberar &amp;todos</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inyectar</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Point your app at %1 instead of %2.
Its connections appear on the left.</source>
        <translation>Haga que su aplicación apunte a %1 en lugar de a %2.
Sus conexiones aparecen a la izquierda.</translation>
    </message>
    <message>
        <source>Intercept :%1</source>
        <translation>Intercepción :%1</translation>
    </message>
    <message>
        <source>Binary messages are typed as hex digits, two per byte (e.g. 0a ff 10).</source>
        <translation>Los mensajes binarios se escriben como dígitos hexadecimales, dos por byte (p. ej. 0a ff 10).</translation>
    </message>
    <message>
        <source>Pick a connection on the left first.</source>
        <translation>Elija primero una conexión a la izquierda.</translation>
    </message>
    <message>
        <source>Connection %1 is not open; nothing was sent.</source>
        <translation>La conexión %1 no está abierta; no se envió nada.</translation>
    </message>
    <message>
        <source>Framewise intercept stopped</source>
        <translation>Intercepción de Framewise detenida</translation>
    </message>
    <message>
        <source>Listening on %1 → %2</source>
        <translation>Escuchando en %1 → %2</translation>
    </message>
    <message>
        <source>Stopped (was %1)</source>
        <translation>Detenida (era %1)</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n live</source>
        <translation>
            <numerusform>  ·  %n activa</numerusform>
            <numerusform>  ·  %n activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ended</source>
        <translation>
            <numerusform>, %n terminada</numerusform>
            <numerusform>, %n terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n held</source>
        <translation>
            <numerusform>  ·  %n retenido</numerusform>
            <numerusform>  ·  %n retenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n refused</source>
        <translation>
            <numerusform>  ·  %n rechazada</numerusform>
            <numerusform>  ·  %n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy problems</source>
        <translation>Problemas del proxy</translation>
    </message>
    <message>
        <source>Latest proxy problem</source>
        <translation>Último problema del proxy</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Proxy problems (per host; hover for the whole text)</source>
        <translation>Problemas del proxy (por host; pase el ratón por encima para ver el texto completo)</translation>
    </message>
    <message>
        <source>This tab is an intercept, not a proxy.</source>
        <translation>Esta pestaña es una intercepción, no un proxy.</translation>
    </message>
    <message>
        <source>Set your app&apos;s or browser&apos;s HTTP proxy to %1 (e.g. HTTPS_PROXY=%1).
For wss:// it must trust the Framewise CA: File › Export CA certificate…, then see “Trusting the Framewise CA” in the README.
Intercepted WebSocket connections appear on the left, grouped by host.</source>
        <translation>Configure %1 como proxy HTTP de su aplicación o navegador (p. ej. HTTPS_PROXY=%1).
Para wss:// debe confiar en la CA de Framewise: Archivo › Exportar certificado de la CA…, y luego consulte “Trusting the Framewise CA” en el README.
Las conexiones WebSocket interceptadas aparecen a la izquierda, agrupadas por host.</translation>
    </message>
    <message>
        <source>Proxy :%1</source>
        <translation>Proxy :%1</translation>
    </message>
    <message>
        <source>Framewise proxy stopped</source>
        <translation>Proxy de Framewise detenido</translation>
    </message>
    <message>
        <source>every host</source>
        <translation>todos los hosts</translation>
    </message>
    <message>
        <source>TLS decrypted with the Framewise CA (SHA-256 %1)</source>
        <translation>TLS descifrado con la CA de Framewise (SHA-256 %1)</translation>
    </message>
    <message>
        <source>TLS tunnelled untouched (no Framewise CA)</source>
        <translation>TLS tunelizado sin tocar (no hay CA de Framewise)</translation>
    </message>
    <message>
        <source>TLS tunnelled untouched</source>
        <translation>TLS tunelizado sin tocar</translation>
    </message>
    <message>
        <source>Proxy %1  ·  intercepting %2  ·  %3</source>
        <translation>Proxy %1  ·  interceptando %2  ·  %3</translation>
    </message>
    <message>
        <source>Stopped (was proxy %1)</source>
        <translation>Detenido (era proxy %1)</translation>
    </message>
    <message>
        <source>WebSocket connections: %1 (%2 live)  ·  forwarded: %3  ·  tunnels: %4  ·  refused: %5  ·  TLS rejected: %6</source>
        <translation>Conexiones WebSocket: %1 (%2 activas)  ·  reenviadas: %3  ·  túneles: %4  ·  rechazadas: %5  ·  TLS rechazado: %6</translation>
    </message>
    <message>
        <source>  ·  held: %1</source>
        <translation>  ·  retenidos: %1</translation>
    </message>
    <message>
        <source>Latest problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
</context>
<context>
    <name>Framewise::JsonPointer</name>
    <message>
        <source>the JSON pointer “%1” does not start with “/” (the empty pointer is the whole document)</source>
        <translation>el puntero JSON “%1” no empieza por “/” (el puntero vacío es el documento entero)</translation>
    </message>
    <message>
        <source>the JSON pointer “%1” has a “~” at offset %2 that is not followed by 0 or 1 (write ~0 for “~” and ~1 for “/”)</source>
        <translation>el puntero JSON “%1” tiene en la posición %2 una “~” que no va seguida de 0 ni de 1 (escriba ~0 para “~” y ~1 para “/”)</translation>
    </message>
</context>
<context>
    <name>Framewise::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clave}</numerusform>
            <numerusform>{%n claves}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Framewise::LocalEchoServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>No se puede escuchar en 127.0.0.1:%1.</translation>
    </message>
</context>
<context>
    <name>Framewise::LogFilterProxyModel</name>
    <message>
        <source>Regular expression error at position %1: %2</source>
        <translation>Error en la expresión regular en la posición %1: %2</translation>
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
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>New connection (Ctrl+T)</source>
        <translation>Nueva conexión (Ctrl+T)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>&amp;Nueva conexión</translation>
    </message>
    <message>
        <source>&amp;Close connection tab</source>
        <translation>&amp;Cerrar pestaña de conexión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>&amp;Buscar en el registro</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>&amp;Vaciar el registro</translation>
    </message>
    <message>
        <source>Show &amp;frames</source>
        <translation>Mostrar &amp;tramas</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Pestaña s&amp;iguiente</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Run local echo server</source>
        <translation>&amp;Ejecutar servidor de eco local</translation>
    </message>
    <message>
        <source>&amp;Connect to local server</source>
        <translation>&amp;Conectar al servidor local</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Framewise</source>
        <translation>&amp;Acerca de Framewise</translation>
    </message>
    <message>
        <source>About Framewise</source>
        <translation>Acerca de Framewise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Framewise %1&lt;/b&gt;&lt;p&gt;An inspector for WebSocket endpoints: the handshake, every frame, pings with round-trip times, and why a connection ended.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Framewise %1&lt;/b&gt;&lt;p&gt;Un inspector de endpoints WebSocket: el handshake, cada trama, los pings con sus tiempos de ida y vuelta y por qué terminó una conexión.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>The local echo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de eco local: %1</translation>
    </message>
    <message>
        <source>Local echo</source>
        <translation>Eco local</translation>
    </message>
    <message>
        <source>A local echo server is running at %1 — press Connect to try it.</source>
        <translation>Hay un servidor de eco local en %1: pulse Conectar para probarlo.</translation>
    </message>
    <message>
        <source>Local server: %1</source>
        <translation>Servidor local: %1</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n msgs (%1)</source>
        <translation>
            <numerusform>↓ %n mensaje (%1)</numerusform>
            <numerusform>↓ %n mensajes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>↑ %n msgs (%1)</source>
        <translation>
            <numerusform>↑ %n mensaje (%1)</numerusform>
            <numerusform>↑ %n mensajes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>  ·  RTT %1 ms</source>
        <translation>  ·  RTT %1 ms</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>No hay ningún perfil llamado “%1”.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Recording stopped: %1 The sessions go on in memory; File › Export session saves them.</source>
        <translation>Grabación detenida: %1 Las sesiones continúan en memoria; Archivo › Exportar sesión las guarda.</translation>
    </message>
    <message>
        <source>Sessions are not recorded: %1 They still work in memory; File › Export session saves them.</source>
        <translation>Las sesiones no se graban: %1 Siguen funcionando en memoria; Archivo › Exportar sesión las guarda.</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>No se graba</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The session cannot be opened: %1</source>
        <translation>No se puede abrir la sesión: %1</translation>
    </message>
    <message>
        <source>Part of the session could not be read: %1</source>
        <translation>No se pudo leer parte de la sesión: %1</translation>
    </message>
    <message>
        <source>%1 holds no WebSocket connection.</source>
        <translation>%1 no contiene ninguna conexión WebSocket.</translation>
    </message>
    <message>
        <source>The import could not be stored: %1</source>
        <translation>No se pudo guardar la importación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sessions; the first few are open, the rest are in History.</source>
        <translation>
            <numerusform>Importada %n sesión; las primeras están abiertas, el resto está en el Historial.</numerusform>
            <numerusform>Importadas %n sesiones; las primeras están abiertas, el resto está en el Historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>Importar sesión</translation>
    </message>
    <message>
        <source>Session logs (*.har *.jsonl *.ndjson);;All files (*)</source>
        <translation>Registros de sesión (*.har *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message>
        <source>The tab was closed.</source>
        <translation>Se cerró la pestaña.</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>Exportar sesión</translation>
    </message>
    <message>
        <source>The session is gone: %1</source>
        <translation>La sesión ya no existe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded session(s) deleted by the retention limits.</source>
        <translation>
            <numerusform>%n sesión grabada eliminada por los límites de conservación.</numerusform>
            <numerusform>%n sesiones grabadas eliminadas por los límites de conservación.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export session…</source>
        <translation>&amp;Exportar sesión…</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>&amp;Importar sesión…</translation>
    </message>
    <message>
        <source>&amp;Record sessions</source>
        <translation>&amp;Grabar sesiones</translation>
    </message>
    <message>
        <source>Record every connection to the session database as it happens</source>
        <translation>Grabar cada conexión en la base de datos de sesiones a medida que ocurre</translation>
    </message>
    <message>
        <source>Keep recorded sessions…</source>
        <translation>Conservar sesiones grabadas…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Framewise shows the new language after a restart.</source>
        <translation>Framewise mostrará el nuevo idioma tras reiniciarse.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Unsaved profile changes</source>
        <translation>Cambios del perfil sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>The profile %1 has changes that are not saved.</source>
        <translation>
            <numerusform>El perfil %1 tiene cambios sin guardar.</numerusform>
            <numerusform>Los perfiles %1 tienen cambios sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 were left out: each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>Se omitió %n mensaje de %1: le faltaba la hora, el tipo, el código de operación o los datos, o uno de ellos no se pudo leer.</numerusform>
            <numerusform>Se omitieron %n mensajes de %1: a cada uno le faltaba la hora, el tipo, el código de operación o los datos, o uno de ellos no se pudo leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n registro a %1</numerusform>
            <numerusform>Se exportaron %n registros a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Restarting now closes every tab and its %n open connection(s) (Going Away); what they recorded stays in History.</source>
        <translation>
            <numerusform>Reiniciar ahora cierra todas las pestañas y su %n conexión abierta (Going Away); lo que grabaron queda en el historial.</numerusform>
            <numerusform>Reiniciar ahora cierra todas las pestañas y sus %n conexiones abiertas (Going Away); lo que grabaron queda en el historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting now closes every tab; what they recorded stays in History.</source>
        <translation>Reiniciar ahora cierra todas las pestañas; lo que grabaron queda en el historial.</translation>
    </message>
    <message>
        <source>New &amp;intercept…</source>
        <translation>Nueva in&amp;tercepción…</translation>
    </message>
    <message>
        <source>New intercept</source>
        <translation>Nueva intercepción</translation>
    </message>
    <message>
        <source>New &amp;proxy…</source>
        <translation>Nuevo &amp;proxy…</translation>
    </message>
    <message>
        <source>An HTTP proxy for apps and browsers: their WebSocket connections are intercepted</source>
        <translation>Un proxy HTTP para aplicaciones y navegadores que intercepta sus conexiones WebSocket</translation>
    </message>
    <message>
        <source>Export C&amp;A certificate…</source>
        <translation>Exportar ce&amp;rtificado de la CA…</translation>
    </message>
    <message>
        <source>Write the Framewise CA&apos;s certificate (PEM or DER) for apps and browsers to trust</source>
        <translation>Escribir el certificado de la CA de Framewise (PEM o DER) para que las aplicaciones y los navegadores confíen en él</translation>
    </message>
    <message>
        <source>CA &amp;details…</source>
        <translation>&amp;Detalles de la CA…</translation>
    </message>
    <message>
        <source>There is no Framewise CA to decrypt TLS with: %1
Untick “Decrypt TLS with the Framewise CA” to tunnel TLS untouched, or regenerate the CA under View › CA details.</source>
        <translation>No hay ninguna CA de Framewise con la que descifrar TLS: %1
Desmarque “Descifrar TLS con la CA de Framewise” para tunelizar TLS sin tocarlo, o regenere la CA en Ver › Detalles de la CA.</translation>
    </message>
    <message>
        <source>New proxy</source>
        <translation>Nuevo proxy</translation>
    </message>
    <message>
        <source>Given to this window for this run only; not stored.</source>
        <translation>Entregada a esta ventana solo para esta ejecución; no se guarda.</translation>
    </message>
    <message>
        <source>For this run only. %1</source>
        <translation>Solo para esta ejecución. %1</translation>
    </message>
    <message>
        <source>In the system keychain (its private key is never written to a file).</source>
        <translation>En el llavero del sistema (su clave privada nunca se escribe en un archivo).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export CA certificate</source>
        <translation>Exportar certificado de la CA</translation>
    </message>
    <message>
        <source>There is no Framewise CA: %1</source>
        <translation>No hay ninguna CA de Framewise: %1</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>Certificado PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>Certificado DER (*.der *.cer)</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (DER) to %1</source>
        <translation>Se escribió el certificado de la CA de Framewise (DER) en %1</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (PEM) to %1</source>
        <translation>Se escribió el certificado de la CA de Framewise (PEM) en %1</translation>
    </message>
    <message>
        <source> (this run&apos;s CA only: no keychain)</source>
        <translation> (CA solo de esta ejecución: no hay llavero)</translation>
    </message>
    <message>
        <source>Regenerate the Framewise CA</source>
        <translation>Regenerar la CA de Framewise</translation>
    </message>
</context>
<context>
    <name>Framewise::MessageAssembler</name>
    <message>
        <source>A continuation frame arrived while no fragmented message was in progress.</source>
        <translation>Llegó una trama de continuación sin ningún mensaje fragmentado en curso.</translation>
    </message>
    <message>
        <source>A new data frame arrived before the fragmented message in progress was finished.</source>
        <translation>Llegó una nueva trama de datos antes de que terminara el mensaje fragmentado en curso.</translation>
    </message>
    <message>
        <source>A text message is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation>Un mensaje de texto no es UTF-8 válido (primer byte incorrecto en el desplazamiento %1).</translation>
    </message>
    <message>
        <source>A message exceeds the message size limit of %1 bytes.</source>
        <translation>Un mensaje supera el límite de tamaño de mensaje de %1 bytes.</translation>
    </message>
    <message>
        <source>A Close frame carried a 1-byte payload; a close code needs 2 bytes.</source>
        <translation>Una trama Close llevaba 1 byte de datos; un código de cierre necesita 2 bytes.</translation>
    </message>
    <message>
        <source>A Close frame carried a close code that may not be used.</source>
        <translation>Una trama Close llevaba un código de cierre que no se puede usar.</translation>
    </message>
    <message>
        <source>A Close frame&apos;s reason is not valid UTF-8.</source>
        <translation>El motivo de una trama Close no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>RSV1 (compressed) was set on a control or continuation frame.</source>
        <translation>RSV1 (comprimido) estaba activado en una trama de control o de continuación.</translation>
    </message>
    <message>
        <source>A compressed message could not be inflated: the deflate data is corrupt.</source>
        <translation>No se pudo descomprimir un mensaje comprimido: los datos deflate están dañados.</translation>
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
        <translation>texto</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binario</translation>
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
        <translation>cierre</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>%1 (%2 on wire)</source>
        <translation>%1 (%2 en la red)</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 bytes on the wire</source>
        <translation>
            <numerusform>%n trama, %1 bytes en la red</numerusform>
            <numerusform>%n tramas, %1 bytes en la red</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
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
        <translation>Desde el anterior</translation>
    </message>
    <message>
        <source>Since connect</source>
        <translation>Desde la conexión</translation>
    </message>
    <message>
        <source>%1 · %2 (streamed from a file; not kept)</source>
        <translation>%1 · %2 (enviado desde un archivo; no guardado)</translation>
    </message>
    <message>
        <source>%1 (streamed from a file; not kept)</source>
        <translation>%1 (enviado desde un archivo; no guardado)</translation>
    </message>
    <message>
        <source>%1 (not kept)</source>
        <translation>%1 (no guardado)</translation>
    </message>
    <message>
        <source>Held at a breakpoint</source>
        <translation>Retenido en un punto de interrupción</translation>
    </message>
    <message>
        <source>Edited: its data was changed by a rule or by hand</source>
        <translation>Editado: una regla o usted a mano cambió sus datos</translation>
    </message>
    <message>
        <source>Dropped: not forwarded to the server</source>
        <translation>Descartado: no se reenvió al servidor</translation>
    </message>
    <message>
        <source>Dropped: not forwarded to the app</source>
        <translation>Descartado: no se reenvió a la aplicación</translation>
    </message>
    <message>
        <source>Dropped: not forwarded</source>
        <translation>Descartado: no se reenvió</translation>
    </message>
    <message>
        <source>Injected: sent to the server by you, not by the app</source>
        <translation>Inyectado: lo envió usted al servidor, no la aplicación</translation>
    </message>
    <message>
        <source>Injected: sent to the app by you, not by the server</source>
        <translation>Inyectado: lo envió usted a la aplicación, no el servidor</translation>
    </message>
    <message>
        <source>Injected: sent by you</source>
        <translation>Inyectado: lo envió usted</translation>
    </message>
    <message>
        <source>Delayed: forwarded late by a delay rule</source>
        <translation>Retrasado: reenviado con retraso por una regla de retardo</translation>
    </message>
    <message>
        <source>Replied: answered by a reply rule instead of forwarded</source>
        <translation>Respondido: lo respondió una regla de respuesta en lugar de reenviarlo</translation>
    </message>
</context>
<context>
    <name>Framewise::PendingHandshake</name>
    <message>
        <source>The upstream&apos;s answer could not be passed on: it is not valid HTTP.</source>
        <translation>No se pudo transmitir la respuesta del upstream: no es HTTP válido.</translation>
    </message>
</context>
<context>
    <name>Framewise::Profile</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>a non-empty identifier</source>
        <translation>un identificador no vacío</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>un nombre no vacío</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Perfil “%1”</translation>
    </message>
    <message>
        <source>A header of profile “%1”</source>
        <translation>Un encabezado del perfil “%1”</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>una lista de objetos</translation>
    </message>
    <message>
        <source>Compression of profile “%1”</source>
        <translation>Compresión del perfil “%1”</translation>
    </message>
    <message>
        <source>TLS of profile “%1”</source>
        <translation>TLS del perfil “%1”</translation>
    </message>
    <message>
        <source>Proxy of profile “%1”</source>
        <translation>Proxy del perfil “%1”</translation>
    </message>
    <message>
        <source>A variable of profile “%1”</source>
        <translation>Una variable del perfil “%1”</translation>
    </message>
    <message>
        <source>A snippet of profile “%1”</source>
        <translation>Un fragmento del perfil “%1”</translation>
    </message>
    <message>
        <source>text, json, hex or base64</source>
        <translation>text, json, hex o base64</translation>
    </message>
    <message>
        <source>Undefined variable(s): %1. Define them in the profile&apos;s variables or remove the {{…}} references.</source>
        <translation>Variable(s) sin definir: %1. Defínalas en las variables del perfil o quite las referencias {{…}}.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
</context>
<context>
    <name>Framewise::ProfileManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation>No existe ese perfil.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>No hay ningún perfil llamado “%1”.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Ya existe un perfil llamado “%1”.</translation>
    </message>
</context>
<context>
    <name>Framewise::ProfileStore</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 no es JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a Framewise profiles file.</source>
        <translation>%1 no es un archivo de perfiles de Framewise.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Framewise (format version %2; this one reads up to %3).</source>
        <translation>%1 lo escribió un Framewise más reciente (versión de formato %2; este lee hasta la %3).</translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation>%1 no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot read the profiles in %1: %2</source>
        <translation>No se pueden leer los perfiles de %1: %2</translation>
    </message>
    <message>
        <source>It was left as it is; profiles will not be saved until you choose to start over (a copy is kept at %1).</source>
        <translation>Se ha dejado como estaba; los perfiles no se guardarán hasta que decida empezar de nuevo (hay una copia en %1).</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>No se pueden guardar los perfiles en %1: %2</translation>
    </message>
    <message>
        <source>The damaged profiles file could not be copied aside, so it is left as it is.</source>
        <translation>No se pudo apartar una copia del archivo de perfiles dañado, así que se deja como está.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyClient</name>
    <message>
        <source>the client closed TLS: it does not trust the Framewise CA (or it pins its server&apos;s certificate). Trust the CA in the app (see the README), or leave this host out of the intercepted ones.</source>
        <translation>el cliente cerró TLS: no confía en la CA de Framewise (o fija el certificado de su servidor). Confíe en la CA en la aplicación (consulte el README) o deje este host fuera de los interceptados.</translation>
    </message>
    <message>
        <source>the client closed the connection during TLS: it probably does not trust the Framewise CA.</source>
        <translation>el cliente cerró la conexión durante TLS: probablemente no confía en la CA de Framewise.</translation>
    </message>
    <message>
        <source>TLS with the client failed: %1</source>
        <translation>Falló TLS con el cliente: %1</translation>
    </message>
    <message>
        <source>The client did not send a complete request within %1 ms.</source>
        <translation>El cliente no envió una solicitud completa en %1 ms.</translation>
    </message>
    <message>
        <source>the client did not finish TLS within %1 ms.</source>
        <translation>el cliente no terminó TLS en %1 ms.</translation>
    </message>
    <message>
        <source>%1:%2 did not answer within %3 ms.</source>
        <translation>%1:%2 no respondió en %3 ms.</translation>
    </message>
    <message>
        <source>CONNECT needs a host and a port (host:port), not “%1”.</source>
        <translation>CONNECT necesita un host y un puerto (host:puerto), no “%1”.</translation>
    </message>
    <message>
        <source>Framewise is an HTTP proxy: set it as your app&apos;s or browser&apos;s proxy and it forwards each request to the server the request names.%1</source>
        <translation>Framewise es un proxy HTTP: configúrelo como proxy de su aplicación o navegador y reenviará cada solicitud al servidor que esta indique.%1</translation>
    </message>
    <message>
        <source> The certificate of the Framewise CA, for apps to trust, is at /framewise-ca.pem (or /framewise-ca.der) on this address.</source>
        <translation> El certificado de la CA de Framewise, para que las aplicaciones confíen en él, está en /framewise-ca.pem (o /framewise-ca.der) en esta dirección.</translation>
    </message>
    <message>
        <source>The request target “%1” is not an http:// address (https:// goes through CONNECT).</source>
        <translation>El destino de la solicitud “%1” no es una dirección http:// (https:// pasa por CONNECT).</translation>
    </message>
    <message>
        <source>TLS not decrypted: decryption is off</source>
        <translation>TLS no descifrado: el descifrado está desactivado</translation>
    </message>
    <message>
        <source>TLS not decrypted: no Framewise CA</source>
        <translation>TLS no descifrado: no hay CA de Framewise</translation>
    </message>
    <message>
        <source>TLS not decrypted: %1</source>
        <translation>TLS no descifrado: %1</translation>
    </message>
    <message>
        <source>Framewise did not forward the request: %1:%2 failed TLS verification: %3</source>
        <translation>Framewise no reenvió la solicitud: %1:%2 no superó la verificación TLS: %3</translation>
    </message>
    <message>
        <source>Framewise could not reach %1:%2: %3</source>
        <translation>Framewise no pudo alcanzar %1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2 answered with a header block larger than %3 KiB.</source>
        <translation>%1:%2 respondió con un bloque de encabezados de más de %3 KiB.</translation>
    </message>
    <message>
        <source>%1:%2 did not answer with an HTTP response.</source>
        <translation>%1:%2 no respondió con una respuesta HTTP.</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection without answering.</source>
        <translation>%1:%2 cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>Framewise could not connect to %1:%2: %3</source>
        <translation>Framewise no pudo conectarse a %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyDialog</name>
    <message>
        <source>&amp;Decrypt TLS with the Framewise CA</source>
        <translation>&amp;Descifrar TLS con la CA de Framewise</translation>
    </message>
    <message>
        <source>New proxy</source>
        <translation>Nuevo proxy</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <source>Hosts to intercept</source>
        <translation>Hosts que interceptar</translation>
    </message>
    <message>
        <source>One pattern per line; empty: every host. Others are tunnelled untouched.
example.com
*.example.com
127.0.0.1:8443</source>
        <translation>Un patrón por línea; vacío: todos los hosts. Los demás se tunelizan sin tocar.
example.com
*.example.com
127.0.0.1:8443</translation>
    </message>
    <message>
        <source>wss:// apps must trust the Framewise CA (File › Export CA certificate…). Off, TLS is tunnelled untouched and only ws:// is looked into.</source>
        <translation>Las aplicaciones con wss:// deben confiar en la CA de Framewise (Archivo › Exportar certificado de la CA…). Si se desactiva, TLS se tuneliza sin tocar y solo se examina ws://.</translation>
    </message>
    <message>
        <source>PEM files, separated by ; (optional)</source>
        <translation>Archivos PEM, separados por ; (opcional)</translation>
    </message>
    <message>
        <source>Extra CA files</source>
        <translation>Archivos de CA adicionales</translation>
    </message>
    <message>
        <source>CAs to trust besides the system&apos;s when Framewise connects to servers</source>
        <translation>CA en las que confiar además de las del sistema cuando Framewise se conecta a servidores</translation>
    </message>
    <message>
        <source>PEM file, when servers ask for one (optional)</source>
        <translation>Archivo PEM, cuando los servidores lo pidan (opcional)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>its PEM private key</source>
        <translation>su clave privada PEM</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>Hosts problem</source>
        <translation>Problema con los hosts</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>&amp;Hosts to intercept:</source>
        <translation>&amp;Hosts que interceptar:</translation>
    </message>
    <message>
        <source>Servers (upstream TLS)</source>
        <translation>Servidores (TLS del upstream)</translation>
    </message>
    <message>
        <source>Extra &amp;CA files:</source>
        <translation>Archivos de &amp;CA adicionales:</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Certificado de c&amp;liente:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Cla&amp;ve de cliente:</translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation>Iniciar proxy</translation>
    </message>
    <message>
        <source>Other machines can reach %1: anyone there can use Framewise as their proxy and see what it decrypts.</source>
        <translation>Otras máquinas pueden alcanzar %1: cualquiera desde ellas puede usar Framewise como proxy y ver lo que descifra.</translation>
    </message>
    <message>
        <source>Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:%2.</source>
        <translation>Escuchar en “%1”: indique una dirección IP y un puerto, p. ej. 127.0.0.1:%2.</translation>
    </message>
    <message>
        <source>Hosts to intercept: %1</source>
        <translation>Hosts que interceptar: %1</translation>
    </message>
    <message>
        <source>Give the client certificate and its private key together.</source>
        <translation>Indique el certificado de cliente junto con su clave privada.</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyEventsModel</name>
    <message>
        <source>(no host)</source>
        <translation>(sin host)</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>rechazada (%1): %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazada: %1</translation>
    </message>
    <message>
        <source>tunnelled untouched: %1</source>
        <translation>tunelizada sin tocar: %1</translation>
    </message>
    <message>
        <source>forwarded %1 %2</source>
        <translation>reenviada: %1 %2</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxySettings</name>
    <message>
        <source>The request timeout must be positive.</source>
        <translation>El tiempo de espera de las solicitudes debe ser positivo.</translation>
    </message>
</context>
<context>
    <name>Framewise::Reader</name>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>%1: “%2” should be %3.</source>
        <translation>%1: “%2” debería ser %3.</translation>
    </message>
</context>
<context>
    <name>Framewise::RetentionDialog</name>
    <message>
        <source>Keep recorded sessions</source>
        <translation>Conservar sesiones grabadas</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep sessions for days</source>
        <translation>Días que se conservan las sesiones</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep sessions up to megabytes</source>
        <translation>Megabytes que pueden ocupar como máximo las sesiones</translation>
    </message>
    <message>
        <source>Older sessions are deleted when Framewise starts and when you change these limits; the oldest go first when the total is too large. Sessions still being recorded are always kept.</source>
        <translation>Las sesiones más antiguas se eliminan al iniciarse Framewise y al cambiar estos límites; cuando el total es demasiado grande, se eliminan primero las más antiguas. Las sesiones que aún se están grabando se conservan siempre.</translation>
    </message>
    <message>
        <source>Keep for at most:</source>
        <translation>Conservar durante como máximo:</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>Conservar como máximo:</translation>
    </message>
</context>
<context>
    <name>Framewise::SecretStore</name>
    <message>
        <source>No keychain is available (%1), so secrets cannot be saved. Passwords and secret values you type are used for this session only and are never written to disk.</source>
        <translation>No hay ningún llavero disponible (%1), así que no se pueden guardar secretos. Las contraseñas y los valores secretos que escriba se usan solo en esta sesión y nunca se escriben en el disco.</translation>
    </message>
    <message>
        <source>Cannot read the secret “%1” from the keychain: %2</source>
        <translation>No se puede leer el secreto “%1” del llavero: %2</translation>
    </message>
    <message>
        <source>Cannot save the secret “%1” in the keychain: %2</source>
        <translation>No se puede guardar el secreto “%1” en el llavero: %2</translation>
    </message>
    <message>
        <source>Cannot delete the secret “%1” from the keychain: %2</source>
        <translation>No se puede eliminar el secreto “%1” del llavero: %2</translation>
    </message>
</context>
<context>
    <name>Framewise::SecretsDialog</name>
    <message>
        <source>Secrets for “%1”</source>
        <translation>Secretos de “%1”</translation>
    </message>
    <message>
        <source>These secrets of “%1” have no saved value. Type them to use them now; save the profile to keep them in the keychain. Leave a field empty to skip it.</source>
        <translation>Estos secretos de “%1” no tienen valor guardado. Escríbalos para usarlos ahora; guarde el perfil para conservarlos en el llavero. Deje un campo vacío para omitirlo.</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>Contraseña HTTP</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Encabezado %1</translation>
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
        <translation>La solicitud usa el método “%1”; un handshake WebSocket debe usar GET.</translation>
    </message>
    <message>
        <source>The request uses %1; a WebSocket handshake needs HTTP/1.1 or later.</source>
        <translation>La solicitud usa %1; un handshake WebSocket necesita HTTP/1.1 o posterior.</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>La solicitud no tiene encabezado Host.</translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation>La solicitud tiene más de un encabezado Host.</translation>
    </message>
    <message>
        <source>The request lacks the header “Upgrade: websocket”.</source>
        <translation>A la solicitud le falta el encabezado “Upgrade: websocket”.</translation>
    </message>
    <message>
        <source>The request lacks the header “Connection: Upgrade”.</source>
        <translation>A la solicitud le falta el encabezado “Connection: Upgrade”.</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Key header.</source>
        <translation>La solicitud no tiene encabezado Sec-WebSocket-Key.</translation>
    </message>
    <message>
        <source>The request&apos;s Sec-WebSocket-Key “%1” is not the base64 encoding of 16 bytes.</source>
        <translation>El Sec-WebSocket-Key “%1” de la solicitud no es la codificación base64 de 16 bytes.</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Version header; this server speaks version 13.</source>
        <translation>La solicitud no tiene encabezado Sec-WebSocket-Version; este servidor habla la versión 13.</translation>
    </message>
    <message>
        <source>The request asks for WebSocket version “%1”; this server speaks version 13.</source>
        <translation>La solicitud pide la versión “%1” de WebSocket; este servidor habla la versión 13.</translation>
    </message>
</context>
<context>
    <name>Framewise::Session</name>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source> (subprotocol %1)</source>
        <translation> (subprotocolo %1)</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>, comprimido</translation>
    </message>
    <message>
        <source>Redirected (%1) from %2 to %3</source>
        <translation>Redirigido (%1) de %2 a %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>A recorded session is read-only; open a new connection tab to connect.</source>
        <translation>Una sesión grabada es de solo lectura; abra una nueva pestaña de conexión para conectarse.</translation>
    </message>
    <message>
        <source>Receiving paused: what the server sends waits in the network buffers</source>
        <translation>Recepción pausada: lo que envía el servidor espera en los búferes de red</translation>
    </message>
    <message>
        <source>Receiving resumed</source>
        <translation>Recepción reanudada</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>Saliendo</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionInfo</name>
    <message>
        <source>still open</source>
        <translation>aún abierta</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>closed (no code)</source>
        <translation>cerrada (sin código)</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>cerrada %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host no encontrado</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>rechazada (%1)</translation>
    </message>
    <message>
        <source>invalid handshake</source>
        <translation>handshake no válido</translation>
    </message>
    <message>
        <source>protocol error (1002)</source>
        <translation>error de protocolo (1002)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (1007)</source>
        <translation>UTF-8 no válido (1007)</translation>
    </message>
    <message>
        <source>message too large (1009)</source>
        <translation>mensaje demasiado grande (1009)</translation>
    </message>
    <message>
        <source>ping timeout</source>
        <translation>tiempo de ping agotado</translation>
    </message>
    <message>
        <source>no Close in time</source>
        <translation>sin Close a tiempo</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS falló</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>redirect failed</source>
        <translation>redirección fallida</translation>
    </message>
    <message>
        <source>recording stopped while open</source>
        <translation>grabación detenida mientras estaba abierta</translation>
    </message>
    <message>
        <source>imported, %1</source>
        <translation>importada, %1</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionRecorder</name>
    <message>
        <source>The recording was stopped while the connection was still open.</source>
        <translation>La grabación se detuvo mientras la conexión seguía abierta.</translation>
    </message>
    <message>
        <source> (%1 bits)</source>
        <translation> (%1 bits)</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by %2; SHA-256 %3</source>
        <translation>Certificado: %1; emitido por %2; SHA-256 %3</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verificado.</translation>
    </message>
    <message>
        <source>Not verified (%1); trusted by a pinned fingerprint.</source>
        <translation>No verificado (%1); de confianza por una huella fijada.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>No verificado: %1</translation>
    </message>
    <message>
        <source>The recording ended with its tab while the connection was still open.</source>
        <translation>La grabación terminó con su pestaña mientras la conexión seguía abierta.</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionStore</name>
    <message>
        <source>Writing the session database %1 took longer than %2 ms.</source>
        <translation>Escribir la base de datos de sesiones %1 tardó más de %2 ms.</translation>
    </message>
    <message>
        <source>The session database is not open.</source>
        <translation>La base de datos de sesiones no está abierta.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>No hay ninguna sesión %1 en %2.</translation>
    </message>
    <message>
        <source>Session %1 is still being recorded; stop it before deleting it.</source>
        <translation>La sesión %1 aún se está grabando; deténgala antes de eliminarla.</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionTab</name>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>Registro de tramas</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>Ocultar pings</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Tramas</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Filter messages (Ctrl+F)</source>
        <translation>Filtrar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Ambas direcciones</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Filtro de dirección</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binario</translation>
    </message>
    <message>
        <source>Control frames</source>
        <translation>Tramas de control</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Keep the newest message in view; scrolling up turns this off</source>
        <translation>Mantener a la vista el mensaje más reciente; al desplazarse hacia arriba se desactiva</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Framewise</source>
        <translation>Framewise</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n messages shown</source>
        <translation>
            <numerusform>Mostrando %1 de %n mensaje</numerusform>
            <numerusform>Mostrando %1 de %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n trama</numerusform>
            <numerusform>%n tramas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (recorded)</source>
        <translation>%1 · %2 (grabada)</translation>
    </message>
    <message>
        <source>A recorded session keeps messages, not their frames</source>
        <translation>Una sesión grabada conserva los mensajes, no sus tramas</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Imported session of %1 from %2 (read-only).</source>
        <translation>Sesión de %1 importada desde %2 (solo lectura).</translation>
    </message>
    <message>
        <source>Recorded session of %1, started %2 (read-only).</source>
        <translation>Sesión grabada de %1, inicio: %2 (solo lectura).</translation>
    </message>
    <message>
        <source>Framewise stopped while it was recording: the session ends where the last batch was written.</source>
        <translation>Framewise se detuvo mientras grababa: la sesión termina donde se escribió el último lote.</translation>
    </message>
    <message>
        <source>Recorded session</source>
        <translation>Sesión grabada</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>frames are not recorded</source>
        <translation>las tramas no se graban</translation>
    </message>
    <message>
        <source>Receiving is paused while the recording catches up: the server waits, nothing is lost.</source>
        <translation>La recepción está en pausa mientras la grabación se pone al día: el servidor espera, no se pierde nada.</translation>
    </message>
    <message>
        <source>Preserve log</source>
        <translation>Conservar registro</translation>
    </message>
    <message>
        <source>Keep the log and the statistics when connecting again; otherwise each connection starts a fresh log, as it is a recorded session of its own</source>
        <translation>Conservar el registro y las estadísticas al volver a conectar; si no, cada conexión empieza un registro nuevo, ya que es una sesión grabada propia</translation>
    </message>
</context>
<context>
    <name>Framewise::StatsPane</name>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>Ping round-trip time (ms)</source>
        <translation>Tiempo de ida y vuelta del ping (ms)</translation>
    </message>
    <message>
        <source>KiB per second</source>
        <translation>KiB por segundo</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibidos</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message numerus="yes">
        <source>Received %n messages (%1),</source>
        <translation>
            <numerusform>Recibido %n mensaje (%1),</numerusform>
            <numerusform>Recibidos %n mensajes (%1),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n messages (%1).</source>
        <translation>
            <numerusform>enviado %n (%1).</numerusform>
            <numerusform>enviados %n (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last RTT: %1.</source>
        <translation>Último RTT: %1.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>No connection yet.</source>
        <translation>Todavía no hay conexión.</translation>
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
        <translation>La conexión se cerró (%1).</translation>
    </message>
    <message>
        <source>The connection was closed (%1): “%2”.</source>
        <translation>La conexión se cerró (%1): “%2”.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La conexión se cerró.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on that port.</source>
        <translation>El servidor rechazó la conexión: no hay nada escuchando en ese puerto.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>No se encontró el nombre del servidor.</translation>
    </message>
    <message>
        <source>The server did not complete the opening handshake in time.</source>
        <translation>El servidor no completó a tiempo el handshake de apertura.</translation>
    </message>
    <message>
        <source>Upgrade refused with HTTP status %1.</source>
        <translation>Actualización rechazada con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>Upgrade refused with HTTP %1 %2.</source>
        <translation>Actualización rechazada con HTTP %1 %2.</translation>
    </message>
    <message>
        <source>Body: “%1”.</source>
        <translation>Cuerpo: “%1”.</translation>
    </message>
    <message>
        <source>The server&apos;s handshake answer is not a valid WebSocket upgrade.</source>
        <translation>La respuesta del servidor al handshake no es una actualización WebSocket válida.</translation>
    </message>
    <message>
        <source>The server broke the WebSocket protocol; the connection was closed with 1002.</source>
        <translation>El servidor incumplió el protocolo WebSocket; la conexión se cerró con 1002.</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8; the connection was closed with 1007.</source>
        <translation>El servidor envió texto que no es UTF-8 válido; la conexión se cerró con 1007.</translation>
    </message>
    <message>
        <source>The server sent a message larger than the limit; the connection was closed with 1009.</source>
        <translation>El servidor envió un mensaje que supera el límite; la conexión se cerró con 1009.</translation>
    </message>
    <message>
        <source>The server did not answer a keepalive ping in time; the connection is considered broken.</source>
        <translation>El servidor no respondió a tiempo a un ping de keepalive; la conexión se considera rota.</translation>
    </message>
    <message>
        <source>The server did not answer our Close in time; the connection was dropped.</source>
        <translation>El servidor no respondió a tiempo a nuestro Close; se cortó la conexión.</translation>
    </message>
    <message>
        <source>The connection ended without a closing handshake (1006 Abnormal closure).</source>
        <translation>La conexión terminó sin handshake de cierre (1006 Cierre anómalo).</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be established.</source>
        <translation>No se pudo establecer la conexión segura (TLS).</translation>
    </message>
    <message>
        <source>A network error ended the connection.</source>
        <translation>Un error de red terminó la conexión.</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>La conexión se canceló.</translation>
    </message>
    <message>
        <source>The server&apos;s redirect could not be followed.</source>
        <translation>No se pudo seguir la redirección del servidor.</translation>
    </message>
</context>
<context>
    <name>Framewise::TabStateIcon</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cerrando</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Recorded session (read-only)</source>
        <translation>Sesión grabada (solo lectura)</translation>
    </message>
</context>
<context>
    <name>Framewise::TlsPane</name>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>Detalles de TLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Not established yet</source>
        <translation>Aún no establecida</translation>
    </message>
    <message>
        <source>Not used (ws://)</source>
        <translation>No se usa (ws://)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Not verified — trusted by your certificate pin</source>
        <translation>No verificado: de confianza por su huella de certificado fijada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificado</numerusform>
            <numerusform>%n certificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not used, or not recorded</source>
        <translation>No se usa o no se grabó</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketChannel</name>
    <message>
        <source>Closed before the connection was established.</source>
        <translation>Se cerró antes de que se estableciera la conexión.</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>La conexión se interrumpió.</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketChannelPrivate</name>
    <message>
        <source>Nothing usable arrived within %1 ms.</source>
        <translation>No llegó nada utilizable en %1 ms.</translation>
    </message>
    <message>
        <source>Waited %1 ms for the server&apos;s Close.</source>
        <translation>Se esperó %1 ms el Close del servidor.</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location header.</source>
        <translation>HTTP %1 sin encabezado Location.</translation>
    </message>
    <message>
        <source>The redirect goes to “%1”, which is not a WebSocket address.</source>
        <translation>La redirección lleva a “%1”, que no es una dirección WebSocket.</translation>
    </message>
    <message>
        <source>The redirect target “%1” is not a valid address.</source>
        <translation>El destino de la redirección “%1” no es una dirección válida.</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from a secure wss address to plain ws (%1).</source>
        <translation>Se rechazó seguir una redirección de una dirección wss segura a ws sin cifrar (%1).</translation>
    </message>
    <message>
        <source>The redirects form a loop back to %1.</source>
        <translation>Las redirecciones forman un bucle de vuelta a %1.</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Más de %1 redirecciones.</translation>
    </message>
    <message>
        <source>The server ended the connection during the TLS handshake.</source>
        <translation>El servidor terminó la conexión durante el handshake TLS.</translation>
    </message>
    <message>
        <source>It ended in the middle of a frame.</source>
        <translation>Terminó a mitad de una trama.</translation>
    </message>
    <message>
        <source>The stream being sent was deleted after %1 of %2 bytes.</source>
        <translation>El flujo que se enviaba se eliminó tras %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The stream being sent ended after %1 of %2 bytes.</source>
        <translation>El flujo que se enviaba terminó tras %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>No answer for %1 s after a ping.</source>
        <translation>Sin respuesta %1 s después de un ping.</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketListenerPrivate</name>
    <message>
        <source>Too many clients are still sending their handshake (%1); this one was cut off.</source>
        <translation>Demasiados clientes siguen enviando su handshake (%1); este se cortó.</translation>
    </message>
    <message>
        <source>The client did not complete its handshake within %1 ms; the connection was closed.</source>
        <translation>El cliente no completó su handshake en %1 ms; se cerró la conexión.</translation>
    </message>
    <message>
        <source>The client closed the connection without sending a handshake.</source>
        <translation>El cliente cerró la conexión sin enviar ningún handshake.</translation>
    </message>
    <message>
        <source>The client closed the connection in the middle of its handshake.</source>
        <translation>El cliente cerró la conexión en mitad de su handshake.</translation>
    </message>
    <message>
        <source>The TLS handshake with the client failed: %1</source>
        <translation>Falló el handshake TLS con el cliente: %1</translation>
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
        <translation>Pruebe &apos;framewise-cli --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>Connects to a WebSocket endpoint and prints every event: messages in (&lt;) and out (&gt;), pings, pongs and the closing handshake (*). Without --send, --send-file, --echo or --count it stays connected until the server closes or Ctrl+C (which closes normally). With --send alone it closes once every message was sent and no reply came for --linger milliseconds.

</source>
        <translation>Se conecta a un endpoint WebSocket e imprime cada evento: mensajes de entrada (&lt;) y de salida (&gt;), pings, pongs y el handshake de cierre (*). Sin --send, --send-file, --echo ni --count permanece conectado hasta que el servidor cierra o se pulsa Ctrl+C (que cierra normalmente). Con --send solo, cierra cuando se han enviado todos los mensajes y no ha llegado respuesta durante --linger milisegundos.

</translation>
    </message>
    <message>
        <source>ws:// or wss:// address (not with --local-echo).</source>
        <translation>Dirección ws:// o wss:// (no con --local-echo).</translation>
    </message>
    <message>
        <source>Add a request header &quot;Name: value&quot; (repeatable).</source>
        <translation>Añadir un encabezado de solicitud &quot;Nombre: valor&quot; (repetible).</translation>
    </message>
    <message>
        <source>Origin header to send.</source>
        <translation>Encabezado Origin que se envía.</translation>
    </message>
    <message>
        <source>Subprotocol to request (repeatable).</source>
        <translation>Subprotocolo que se solicita (repetible).</translation>
    </message>
    <message>
        <source>Send a keepalive ping after this many silent seconds (0: never).</source>
        <translation>Enviar un ping de keepalive tras estos segundos sin tráfico (0: nunca).</translation>
    </message>
    <message>
        <source>Give up when a ping gets no answer within this many seconds.</source>
        <translation>Abandonar si un ping no recibe respuesta en estos segundos.</translation>
    </message>
    <message>
        <source>Send this text message once connected (repeatable, sent in order).</source>
        <translation>Enviar este mensaje de texto al conectar (repetible, se envían en orden).</translation>
    </message>
    <message>
        <source>Send every received message back with the same type, until the server closes.</source>
        <translation>Devolver cada mensaje recibido con el mismo tipo, hasta que el servidor cierre.</translation>
    </message>
    <message>
        <source>Close normally after N received messages (0: right after sending).</source>
        <translation>Cerrar normalmente tras N mensajes recibidos (0: justo después de enviar).</translation>
    </message>
    <message>
        <source>Close code when the CLI closes: 1000-1003, 1007-1014, 3000-4999, or 0 for none.</source>
        <translation>Código de cierre cuando cierra la CLI: 1000-1003, 1007-1014, 3000-4999, o 0 para ninguno.</translation>
    </message>
    <message>
        <source>Close reason when the CLI closes (at most 123 bytes of UTF-8).</source>
        <translation>Motivo de cierre cuando cierra la CLI (123 bytes de UTF-8 como máximo).</translation>
    </message>
    <message>
        <source>Print one compact JSON object per event (JSON Lines): time, event, direction, opcode, size, text or base64, code and reason, status.</source>
        <translation>Imprimir un objeto JSON compacto por evento (JSON Lines): time, event, direction, opcode, size, text o base64, code y reason, status.</translation>
    </message>
    <message>
        <source>Print only errors (with --jsonl: only &quot;error&quot; events).</source>
        <translation>Imprimir solo los errores (con --jsonl: solo los eventos &quot;error&quot;).</translation>
    </message>
    <message>
        <source>Start a built-in echo server on 127.0.0.1 and connect to it instead of a URL.</source>
        <translation>Iniciar un servidor de eco integrado en 127.0.0.1 y conectarse a él en lugar de a una URL.</translation>
    </message>
    <message>
        <source>Give up when the connection is not open after this many milliseconds.</source>
        <translation>Abandonar si la conexión no está abierta tras estos milisegundos.</translation>
    </message>
    <message>
        <source>With --send/--send-file only: how long to wait for replies after the last send.</source>
        <translation>Solo con --send/--send-file: cuánto esperar respuestas tras el último envío.</translation>
    </message>
    <message>
        <source>Do not offer permessage-deflate.</source>
        <translation>No ofrecer permessage-deflate.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM/DER file for this connection (repeatable).</source>
        <translation>Confiar en los certificados de CA de este archivo PEM/DER para esta conexión (repetible).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint for the URL&apos;s host, even if it does not verify (repeatable).</source>
        <translation>Confiar en el certificado del servidor con esta huella SHA-256 para el host de la URL, aunque no se verifique (repetible).</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS.</source>
        <translation>Certificado de cliente (PEM) para TLS mutuo.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --cert; its passphrase comes from FRAMEWISE_KEY_PASSPHRASE.</source>
        <translation>Clave privada (PEM) de --cert; su frase de contraseña se toma de FRAMEWISE_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Client certificate and key as PKCS#12 (.p12/.pfx); passphrase from FRAMEWISE_KEY_PASSPHRASE.</source>
        <translation>Certificado de cliente y clave en PKCS#12 (.p12/.pfx); frase de contraseña de FRAMEWISE_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Connect through this proxy: http://[user:password@]host:port (CONNECT) or socks5://….</source>
        <translation>Conectar a través de este proxy: http://[usuario:contraseña@]host:puerto (CONNECT) o socks5://….</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings.</source>
        <translation>Usar la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>User name for HTTP authentication (Basic or Digest) when the server answers 401; the password comes from FRAMEWISE_PASSWORD.</source>
        <translation>Nombre de usuario para la autenticación HTTP (Basic o Digest) cuando el servidor responde 401; la contraseña se toma de FRAMEWISE_PASSWORD.</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: the system&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>Idioma de los mensajes: %1 (predeterminado: el del sistema, según LANGUAGE, LC_ALL, LC_MESSAGES o LANG).</translation>
    </message>
    <message>
        <source>framewise-cli: no translation for “%1”; messages stay in English.</source>
        <translation>framewise-cli: no hay traducción para “%1”; los mensajes siguen en inglés.</translation>
    </message>
    <message numerus="yes">
        <source>Give one URL only (got %n arguments).</source>
        <translation>
            <numerusform>Indique solo una URL (se recibió %n argumento).</numerusform>
            <numerusform>Indique solo una URL (se recibieron %n argumentos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either a URL or --local-echo, not both.</source>
        <translation>Indique una URL o --local-echo, no ambas.</translation>
    </message>
    <message>
        <source>--header “%1” must look like “Name: value”.</source>
        <translation>--header “%1” debe tener la forma “Nombre: valor”.</translation>
    </message>
    <message>
        <source>--ping-interval must be a whole number of seconds from 0 to 86400.</source>
        <translation>--ping-interval debe ser un número entero de segundos de 0 a 86400.</translation>
    </message>
    <message>
        <source>--ping-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--ping-timeout debe ser un número entero de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <source>--count must be a whole number, 0 or more.</source>
        <translation>--count debe ser un número entero, 0 o más.</translation>
    </message>
    <message>
        <source>--close-code must be a number from 0 to 65535 (and one that may be sent).</source>
        <translation>--close-code debe ser un número de 0 a 65535 (y uno que se pueda enviar).</translation>
    </message>
    <message>
        <source>--timeout-open must be a whole number of milliseconds from 1 to 3600000.</source>
        <translation>--timeout-open debe ser un número entero de milisegundos de 1 a 3600000.</translation>
    </message>
    <message>
        <source>--linger must be a whole number of milliseconds from 0 to 3600000.</source>
        <translation>--linger debe ser un número entero de milisegundos de 0 a 3600000.</translation>
    </message>
    <message>
        <source>Record the connection (handshake, every message, how it ended) in the session database; list and export recordings with the commands below.</source>
        <translation>Grabar la conexión (handshake, cada mensaje, cómo terminó) en la base de datos de sesiones; liste y exporte las grabaciones con los comandos de abajo.</translation>
    </message>
    <message>
        <source>The session database for --record (default: %1).</source>
        <translation>La base de datos de sesiones para --record (predeterminada: %1).</translation>
    </message>
    <message>
        <source>--db is for --record (and the sessions, export and import commands).</source>
        <translation>--db es para --record (y los comandos sessions, export e import).</translation>
    </message>
    <message>
        <source>Connect with the saved profile NAME (made in the window): its URL, headers, variables, TLS, proxy and login, with secrets from the keychain. Options given here win over the profile&apos;s.</source>
        <translation>Conectar con el perfil guardado NAME (creado en la ventana): su URL, encabezados, variables, TLS, proxy e inicio de sesión, con los secretos del llavero. Las opciones indicadas aquí prevalecen sobre las del perfil.</translation>
    </message>
    <message>
        <source>Print credentials as they were sent (Authorization, Cookie, Set-Cookie, the profile&apos;s secret headers and variables, the URL&apos;s password). Without it they are printed as [redacted] or ••••. A recording never keeps them.</source>
        <translation>Mostrar las credenciales tal como se enviaron (Authorization, Cookie, Set-Cookie, las cabeceras y variables secretas del perfil, la contraseña de la URL). Sin esta opción se muestran como [redacted] o ••••. Una grabación nunca las guarda.</translation>
    </message>
    <message>
        <source>Send a ping every this many seconds however busy the connection is, and print each pong&apos;s round-trip time (1 to 3600). Keepalive pings only after a silence, so it never measures a chatty connection.</source>
        <translation>Enviar un ping cada tantos segundos por ocupada que esté la conexión e imprimir el tiempo de ida y vuelta de cada pong (1 a 3600). El keepalive solo envía ping tras un silencio, así que nunca mide una conexión con mucho tráfico.</translation>
    </message>
    <message>
        <source>--rtt-probe must be a whole number of seconds from %1 to %2.</source>
        <translation>--rtt-probe debe ser un número entero de segundos de %1 a %2.</translation>
    </message>
    <message>
        <source>Send this file as one binary message (over 1 MiB: streamed from disk, recorded by name and size).</source>
        <translation>Enviar este archivo como un mensaje binario (más de 1 MiB: enviado desde el disco, grabado por nombre y tamaño).</translation>
    </message>
    <message>
        <source>Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than loopback lets other machines in: a warning says so.</source>
        <translation>Escuchar en esta dirección y puerto (predeterminado 127.0.0.1:%1; puerto 0: cualquier puerto libre). Una dirección que no sea de loopback deja entrar a otras máquinas: un aviso lo indica.</translation>
    </message>
    <message>
        <source>The real server: ws:// or wss:// base URL; each app&apos;s path and query are appended.</source>
        <translation>El servidor real: URL base ws:// o wss://; se le añaden la ruta y la consulta de cada aplicación.</translation>
    </message>
    <message>
        <source>Forward every app to the upstream URL as it is, ignoring the app&apos;s path and query.</source>
        <translation>Reenviar cada aplicación a la URL del upstream tal cual, ignorando la ruta y la consulta de la aplicación.</translation>
    </message>
    <message>
        <source>Send the app&apos;s Host header upstream instead of the upstream&apos;s own.</source>
        <translation>Enviar al upstream el encabezado Host de la aplicación en lugar del propio del upstream.</translation>
    </message>
    <message>
        <source>Accept wss:// from apps with this PEM certificate (with --listen-key).</source>
        <translation>Aceptar wss:// de las aplicaciones con este certificado PEM (con --listen-key).</translation>
    </message>
    <message>
        <source>The PEM private key of --listen-cert.</source>
        <translation>La clave privada PEM de --listen-cert.</translation>
    </message>
    <message>
        <source>Release held messages after this many seconds (0: never).</source>
        <translation>Liberar los mensajes retenidos tras estos segundos (0: nunca).</translation>
    </message>
    <message>
        <source>Answer pings on each leg instead of carrying them end to end.</source>
        <translation>Responder a los pings en cada tramo en lugar de transmitirlos de extremo a extremo.</translation>
    </message>
    <message>
        <source>Exit once this many connections have ended (for scripts; default: run until Ctrl+C).</source>
        <translation>Salir cuando hayan terminado estas conexiones (para scripts; predeterminado: ejecutar hasta Ctrl+C).</translation>
    </message>
    <message>
        <source>--auto-release must be a whole number of seconds from 0 to 86400.</source>
        <translation>--auto-release debe ser un número entero de segundos entre 0 y 86400.</translation>
    </message>
    <message>
        <source>--exit-after must be a whole number, 1 or more.</source>
        <translation>--exit-after debe ser un número entero, 1 o más.</translation>
    </message>
    <message>
        <source>DIR:MATCH:REPLACEMENT — change messages going DIR (to-server, to-app or both) that MATCH: REGEX or re:REGEX (replace its matches; \1 for captures), text:TEXT or itext:TEXT (ignoring case; replace each occurrence), json:/POINTER=VALUE, type:text|binary, size:N|MIN-MAX|&gt;N|&lt;N (bytes; K, M) or any (replace the whole message). \: for a colon. Rules apply in the order given.</source>
        <translation>DIR:MATCH:REPLACEMENT — cambiar los mensajes que van en la dirección DIR (to-server, to-app o both) que coincidan con MATCH: REGEX o re:REGEX (se sustituyen sus coincidencias; \1 para las capturas), text:TEXT o itext:TEXT (sin distinguir mayúsculas y minúsculas; se sustituye cada aparición), json:/POINTER=VALUE, type:text|binary, size:N|MIN-MAX|&gt;N|&lt;N (bytes; K, M) o any (se sustituye el mensaje entero). \: para dos puntos. Las reglas se aplican en el orden indicado.</translation>
    </message>
    <message>
        <source>DIR:MATCH — do not forward messages that match (MATCH as for --rewrite).</source>
        <translation>DIR:MATCH — no reenviar los mensajes que coincidan (MATCH como en --rewrite).</translation>
    </message>
    <message>
        <source>DIR:MS or DIR:MATCH:MS — forward messages going DIR (all, or those that MATCH) this many milliseconds late (order is kept).</source>
        <translation>DIR:MS o DIR:MATCH:MS — reenviar los mensajes que van en la dirección DIR (todos, o los que coincidan con MATCH) con este retraso en milisegundos (se mantiene el orden).</translation>
    </message>
    <message>
        <source>DIR:MATCH — hold matching messages, and every later one going DIR behind them, until --auto-release lets them go on (without it, until the connection ends).</source>
        <translation>DIR:MATCH — retener los mensajes que coincidan, y todos los posteriores que vayan en la dirección DIR detrás de ellos, hasta que --auto-release los libere (sin esta opción, hasta que termine la conexión).</translation>
    </message>
    <message>
        <source>DIR:MATCH:TEXT — answer matching messages with TEXT instead of forwarding them.</source>
        <translation>DIR:MATCH:TEXT — responder con TEXT a los mensajes que coincidan en lugar de reenviarlos.</translation>
    </message>
    <message>
        <source>Listens for WebSocket apps (a reverse proxy) and forwards each to the upstream (--upstream, required), printing every message with its direction (app → server, server → app) and what the rules did to it. Rules (--rewrite, --drop, --delay, --break, --reply) apply in the order typed. Ctrl+C or SIGTERM closes both legs of every connection with 1001 and exits 0.

Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).</source>
        <translation>Escucha a aplicaciones WebSocket (un proxy inverso) y reenvía cada una al upstream (--upstream, obligatorio), imprimiendo cada mensaje con su dirección (app → server, server → app) y lo que las reglas hicieron con él. Las reglas (--rewrite, --drop, --delay, --break, --reply) se aplican en el orden escrito. Ctrl+C o SIGTERM cierra ambos tramos de cada conexión con 1001 y sale con 0.

Estado de salida: 0 terminado, 2 error de uso, 4 no se puede escuchar (p. ej., el puerto está en uso).</translation>
    </message>
    <message>
        <source>--upstream is missing: give the real server, e.g. --upstream ws://127.0.0.1:8080 (ws:// or wss://).</source>
        <translation>Falta --upstream: indique el servidor real, p. ej. --upstream ws://127.0.0.1:8080 (ws:// o wss://).</translation>
    </message>
    <message>
        <source>--db is for --record.</source>
        <translation>--db es para --record.</translation>
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
        <translation>Intercepción (un proxy inverso entre una aplicación y su servidor que imprime y cambia los mensajes):
  framewise-cli intercept --upstream URL [--listen DIRECCIÓN:PUERTO] [reglas]   ver su propio --help
  framewise-cli proxy [--listen DIRECCIÓN:PUERTO] [--intercept-host PATRÓN]... [reglas]   un proxy HTTP para aplicaciones y navegadores, con TLS descifrado mediante la CA de Framewise; ver su propio --help
</translation>
    </message>
    <message>
        <source>Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than loopback makes an open proxy for other machines: a warning says so.</source>
        <translation>Escuchar en esta dirección y puerto (predeterminado 127.0.0.1:%1; puerto 0: cualquier puerto libre). Una dirección que no sea de loopback crea un proxy abierto para otras máquinas: un aviso lo indica.</translation>
    </message>
    <message>
        <source>Print one compact JSON object per event (JSON Lines): listening, connection, handshake, message, held, close, ended, recorded, refused (and for proxy: tunnel, forwarded, tls_rejected); each with its time and, when it concerns a connection, its &quot;id&quot;. Messages have direction (to-server, to-app), opcode, size, text or base64, marks and outcome.</source>
        <translation>Imprimir un objeto JSON compacto por evento (JSON Lines): listening, connection, handshake, message, held, close, ended, recorded, refused (y para proxy: tunnel, forwarded, tls_rejected); cada uno con su hora y, cuando se refiere a una conexión, su &quot;id&quot;. Los mensajes tienen direction (to-server, to-app), opcode, size, text o base64, marks y outcome.</translation>
    </message>
    <message>
        <source>Print only where it listens, refused clients and errors (fastest).</source>
        <translation>Imprimir solo dónde escucha, los clientes rechazados y los errores (lo más rápido).</translation>
    </message>
    <message>
        <source>Look into traffic to hosts matching PATTERN only (repeatable): example.com, *.example.com (its subdomains), an IP address, each optionally :PORT; default: every host. A CONNECT to any other host is tunnelled blind.</source>
        <translation>Examinar solo el tráfico hacia los hosts que coincidan con PATTERN (repetible): example.com, *.example.com (sus subdominios), una dirección IP, cada uno opcionalmente con :PORT; predeterminado: todos los hosts. Un CONNECT a cualquier otro host se tuneliza a ciegas.</translation>
    </message>
    <message>
        <source>Tunnel TLS blind instead of decrypting it with the Framewise CA (only ws:// and http:// are looked into).</source>
        <translation>Tunelizar TLS a ciegas en lugar de descifrarlo con la CA de Framewise (solo se examinan ws:// y http://).</translation>
    </message>
    <message>
        <source>framewise-cli %1: %2</source>
        <translation>framewise-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli %1 --help&apos; for the options.</source>
        <translation>Pruebe &apos;framewise-cli %1 --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>An HTTP proxy (CONNECT and http:// requests) for apps and browsers: point them at it (default 127.0.0.1:%1). WebSocket connections to intercepted hosts (--intercept-host; default every host) are intercepted as by framewise-cli intercept, TLS decrypted with leaf certificates from the Framewise CA (its key kept in the keychain; export its certificate with framewise-cli ca --export and trust it in the app); other requests are forwarded or tunnelled untouched and printed one line each. Rules apply as for intercept. Ctrl+C or SIGTERM closes every WebSocket with 1001 and exits 0.

Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).</source>
        <translation>Un proxy HTTP (solicitudes CONNECT y http://) para aplicaciones y navegadores: haga que apunten a él (predeterminado 127.0.0.1:%1). Las conexiones WebSocket a hosts interceptados (--intercept-host; predeterminado: todos los hosts) se interceptan como con framewise-cli intercept, con TLS descifrado mediante certificados finales de la CA de Framewise (su clave se guarda en el llavero; exporte su certificado con framewise-cli ca --export y confíe en él en la aplicación); las demás solicitudes se reenvían o se tunelizan sin tocar y se imprimen en una línea cada una. Las reglas se aplican como en intercept. Ctrl+C o SIGTERM cierra cada WebSocket con 1001 y sale con 0.

Estado de salida: 0 terminado, 2 error de uso, 4 no se puede escuchar (p. ej., el puerto está en uso).</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides options (got “%2”).</source>
        <translation>%1 no admite argumentos aparte de las opciones (se recibió “%2”).</translation>
    </message>
    <message>
        <source>--listen “%1” must look like 127.0.0.1:%2 (an IP address and a port).</source>
        <translation>--listen “%1” debe tener la forma 127.0.0.1:%2 (una dirección IP y un puerto).</translation>
    </message>
    <message>
        <source>framewise-cli %1: warning: --break without --auto-release holds matching messages (and every later one in their direction) until the connection ends.</source>
        <translation>framewise-cli %1: aviso: --break sin --auto-release retiene los mensajes que coincidan (y todos los posteriores en su dirección) hasta que termine la conexión.</translation>
    </message>
    <message>
        <source>framewise-cli proxy: warning: no Framewise CA (%1); TLS is tunnelled without decrypting.</source>
        <translation>framewise-cli proxy: aviso: no hay CA de Framewise (%1); TLS se tuneliza sin descifrar.</translation>
    </message>
    <message>
        <source>framewise-cli proxy: warning: %1</source>
        <translation>framewise-cli proxy: aviso: %1</translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>not valid JSON at %1 (byte %2): %3</source>
        <translation>JSON no válido en %1 (byte %2): %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object, so this is not a HAR file</source>
        <translation>el nivel superior no es un objeto JSON, así que no es un archivo HAR</translation>
    </message>
    <message>
        <source>log: missing or not an object, so this is not a HAR file</source>
        <translation>log: falta o no es un objeto, así que no es un archivo HAR</translation>
    </message>
    <message>
        <source>log.entries: missing or not an array</source>
        <translation>log.entries: falta o no es un array</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: no es un objeto</translation>
    </message>
    <message numerus="yes">
        <source>no WebSocket connection in log.entries (%n other entries)</source>
        <translation>
            <numerusform>ninguna conexión WebSocket en log.entries (%n entrada de otro tipo)</numerusform>
            <numerusform>ninguna conexión WebSocket en log.entries (%n entradas de otro tipo)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.request: missing or not an object</source>
        <translation>%1.request: falta o no es un objeto</translation>
    </message>
    <message>
        <source>%1.request.url: missing or not a string</source>
        <translation>%1.request.url: falta o no es una cadena</translation>
    </message>
    <message>
        <source>%1.startedDateTime: missing or not an ISO 8601 date</source>
        <translation>%1.startedDateTime: falta o no es una fecha ISO 8601</translation>
    </message>
    <message>
        <source>%1: not an array</source>
        <translation>%1: no es un array</translation>
    </message>
    <message>
        <source>%1[%2]: not a {&quot;name&quot;, &quot;value&quot;} object</source>
        <translation>%1[%2]: no es un objeto {&quot;name&quot;, &quot;value&quot;}</translation>
    </message>
    <message>
        <source>%1.response: not an object</source>
        <translation>%1.response: no es un objeto</translation>
    </message>
    <message>
        <source>%1._framewise.events[%2]: needs a numeric &quot;time&quot; and a &quot;text&quot;</source>
        <translation>%1._framewise.events[%2]: necesita un &quot;time&quot; numérico y un &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1._webSocketMessages: not an array</source>
        <translation>%1._webSocketMessages: no es un array</translation>
    </message>
    <message>
        <source>%1.request.url: not a valid URL</source>
        <translation>%1.request.url: no es una URL válida</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation>línea %1, columna %2: JSON no válido: %3</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>línea %1: no es un objeto JSON</translation>
    </message>
    <message>
        <source>line %1: &quot;record&quot; must be &quot;session&quot; or &quot;message&quot;</source>
        <translation>línea %1: &quot;record&quot; debe ser &quot;session&quot; o &quot;message&quot;</translation>
    </message>
    <message>
        <source>line %1: a message before any {&quot;record&quot;:&quot;session&quot;} line</source>
        <translation>línea %1: un mensaje antes de cualquier línea {&quot;record&quot;:&quot;session&quot;}</translation>
    </message>
    <message>
        <source>line %1: &quot;time_us&quot; (or an ISO 8601 &quot;time&quot;) is missing</source>
        <translation>línea %1: falta &quot;time_us&quot; (o un &quot;time&quot; ISO 8601)</translation>
    </message>
    <message>
        <source>line %1: &quot;direction&quot; must be &quot;in&quot;, &quot;out&quot; or &quot;local&quot;</source>
        <translation>línea %1: &quot;direction&quot; debe ser &quot;in&quot;, &quot;out&quot; o &quot;local&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;kind&quot; must be text, binary, ping, pong, close or event</source>
        <translation>línea %1: &quot;kind&quot; debe ser text, binary, ping, pong, close o event</translation>
    </message>
    <message>
        <source>line %1: &quot;base64&quot; is not valid base64</source>
        <translation>línea %1: &quot;base64&quot; no es Base64 válido</translation>
    </message>
    <message>
        <source>line %1: neither &quot;text&quot; nor &quot;base64&quot;</source>
        <translation>línea %1: ni &quot;text&quot; ni &quot;base64&quot;</translation>
    </message>
    <message>
        <source>no {&quot;record&quot;:&quot;session&quot;} line: not a Framewise JSON Lines export</source>
        <translation>ninguna línea {&quot;record&quot;:&quot;session&quot;}: no es una exportación JSON Lines de Framewise</translation>
    </message>
    <message>
        <source>line %1: &quot;kind&quot;</source>
        <translation>línea %1: &quot;kind&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;marks&quot;</source>
        <translation>línea %1: &quot;marks&quot;</translation>
    </message>
</context>
<context>
    <name>JsonSyntaxError</name>
    <message>
        <source>No JSON value: the text is empty</source>
        <translation>Ningún valor JSON: el texto está vacío</translation>
    </message>
    <message>
        <source>Expected a value in array at line %1, column %2, found “%3”</source>
        <translation>Se esperaba un valor en el array en la línea %1, columna %2; se encontró «%3»</translation>
    </message>
    <message>
        <source>Expected a value in object at line %1, column %2, found “%3”</source>
        <translation>Se esperaba un valor en el objeto en la línea %1, columna %2; se encontró «%3»</translation>
    </message>
    <message>
        <source>Expected a JSON value at line %1, column %2, found “%3”</source>
        <translation>Se esperaba un valor JSON en la línea %1, columna %2; se encontró «%3»</translation>
    </message>
    <message>
        <source>Missing comma or &apos;}&apos; in object at line %1, column %2</source>
        <translation>Falta una coma o &apos;}&apos; en el objeto en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Missing comma or &apos;]&apos; in array at line %1, column %2</source>
        <translation>Falta una coma o &apos;]&apos; en el array en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Missing &apos;:&apos; after the key in object at line %1, column %2</source>
        <translation>Falta &apos;:&apos; tras la clave en el objeto en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Expected a key in double quotes in object at line %1, column %2, found “%3”</source>
        <translation>Se esperaba una clave entre comillas dobles en el objeto en la línea %1, columna %2; se encontró «%3»</translation>
    </message>
    <message>
        <source>Comma before &apos;}&apos; in object at line %1, column %2: remove it</source>
        <translation>Coma antes de &apos;}&apos; en el objeto en la línea %1, columna %2: elimínela</translation>
    </message>
    <message>
        <source>Comma before &apos;]&apos; in array at line %1, column %2: remove it</source>
        <translation>Coma antes de &apos;]&apos; en el array en la línea %1, columna %2: elimínela</translation>
    </message>
    <message>
        <source>String in array not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Cadena en el array sin cerrar: la comilla de la línea %1, columna %2 no tiene cierre</translation>
    </message>
    <message>
        <source>String in object not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Cadena en el objeto sin cerrar: la comilla de la línea %1, columna %2 no tiene cierre</translation>
    </message>
    <message>
        <source>String not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>Cadena sin cerrar: la comilla de la línea %1, columna %2 no tiene cierre</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string in array at line %1, column %2</source>
        <translation>Escape no válido «%3» en una cadena del array en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string in object at line %1, column %2</source>
        <translation>Escape no válido «%3» en una cadena del objeto en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string at line %1, column %2</source>
        <translation>Escape no válido «%3» en una cadena en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Line break or control character in a string in array at line %1, column %2 (write \n or \t)</source>
        <translation>Salto de línea o carácter de control en una cadena del array en la línea %1, columna %2 (escriba \n o \t)</translation>
    </message>
    <message>
        <source>Line break or control character in a string in object at line %1, column %2 (write \n or \t)</source>
        <translation>Salto de línea o carácter de control en una cadena del objeto en la línea %1, columna %2 (escriba \n o \t)</translation>
    </message>
    <message>
        <source>Line break or control character in a string at line %1, column %2 (write \n or \t)</source>
        <translation>Salto de línea o carácter de control en una cadena en la línea %1, columna %2 (escriba \n o \t)</translation>
    </message>
    <message>
        <source>Invalid number “%3” in array at line %1, column %2</source>
        <translation>Número no válido «%3» en el array en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Invalid number “%3” in object at line %1, column %2</source>
        <translation>Número no válido «%3» en el objeto en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Invalid number “%3” at line %1, column %2</source>
        <translation>Número no válido «%3» en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Missing &apos;}&apos; to close the object opened at line %1, column %2</source>
        <translation>Falta &apos;}&apos; para cerrar el objeto abierto en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Missing &apos;]&apos; to close the array opened at line %1, column %2</source>
        <translation>Falta &apos;]&apos; para cerrar el array abierto en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON value at line %1, column %2</source>
        <translation>Texto inesperado tras el final del valor JSON en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>Nested more than %3 levels deep at line %1, column %2</source>
        <translation>Anidado a más de %3 niveles de profundidad en la línea %1, columna %2</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Falló la escritura de la exportación: %1</translation>
    </message>
    <message>
        <source>Record %1 does not exist (the session has %2).</source>
        <translation>El registro %1 no existe (la sesión tiene %2).</translation>
    </message>
    <message>
        <source>Reading record %1 failed: %2</source>
        <translation>Falló la lectura del registro %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>(%1; not kept)</source>
        <translation>(%1; no guardado)</translation>
    </message>
    <message>
        <source>(%1, %2, streamed from a file; not kept)</source>
        <translation>(%1, %2, enviado desde un archivo; no guardado)</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1: not a list of marks (%2)</source>
        <translation>%1: no es una lista de marcas (%2)</translation>
    </message>
    <message>
        <source>%1: unknown mark &quot;%2&quot; (known marks: %3)</source>
        <translation>%1: marca desconocida &quot;%2&quot; (marcas conocidas: %3)</translation>
    </message>
    <message>
        <source>%1: the kind of session must be &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>%1: el tipo de sesión debe ser &quot;%2&quot; o &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>recording</source>
        <translation>grabando</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Intercepción</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The recording was interrupted: Framewise ended without closing the session (a crash, a kill or a power loss). Messages up to the last saved batch are kept.</source>
        <translation>La grabación se interrumpió: Framewise terminó sin cerrar la sesión (un fallo, un kill o un corte de corriente). Se conservan los mensajes hasta el último lote guardado.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>No hay ninguna sesión %1 en %2.</translation>
    </message>
    <message>
        <source>Session %1 in %2 lacks record %3.</source>
        <translation>A la sesión %1 de %2 le falta el registro %3.</translation>
    </message>
    <message>
        <source>The session database %1 reported an error: %2</source>
        <translation>La base de datos de sesiones %1 informó de un error: %2</translation>
    </message>
    <message>
        <source>The session database %1 is locked by another program (%2).</source>
        <translation>La base de datos de sesiones %1 está bloqueada por otro programa (%2).</translation>
    </message>
    <message>
        <source>The session database %1 cannot be written: it is read-only (%2).</source>
        <translation>No se puede escribir en la base de datos de sesiones %1: es de solo lectura (%2).</translation>
    </message>
    <message>
        <source>Reading or writing the session database %1 failed (%2).</source>
        <translation>Falló la lectura o escritura de la base de datos de sesiones %1 (%2).</translation>
    </message>
    <message>
        <source>The session database %1 is damaged or is not a Framewise session database (%2). Move it away to start a new one.</source>
        <translation>La base de datos de sesiones %1 está dañada o no es una base de datos de sesiones de Framewise (%2). Muévala a otro sitio para empezar una nueva.</translation>
    </message>
    <message>
        <source>The disk that holds the session database %1 is full (%2).</source>
        <translation>El disco que contiene la base de datos de sesiones %1 está lleno (%2).</translation>
    </message>
    <message>
        <source>The session database %1 cannot be opened (%2).</source>
        <translation>No se puede abrir la base de datos de sesiones %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the session database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos de sesiones.</translation>
    </message>
    <message>
        <source>There is no session database at %1.</source>
        <translation>No hay ninguna base de datos de sesiones en %1.</translation>
    </message>
    <message>
        <source>The session database %1 cannot be opened: it is not a file.</source>
        <translation>No se puede abrir la base de datos de sesiones %1: no es un archivo.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE, paquete de Debian libqt6sql6-sqlite) no está instalado.</translation>
    </message>
    <message>
        <source>%1 is not a Framewise session database.</source>
        <translation>%1 no es una base de datos de sesiones de Framewise.</translation>
    </message>
    <message>
        <source>The session database %1 was written by a newer version of Framewise (schema %2; this version reads %3).</source>
        <translation>La base de datos de sesiones %1 la escribió una versión más reciente de Framewise (esquema %2; esta versión lee el %3).</translation>
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
        <translation>Pruebe &apos;framewise-cli %1 --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>The session database (default: %1).</source>
        <translation>La base de datos de sesiones (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Idioma de los mensajes.</translation>
    </message>
    <message>
        <source>Recorded sessions (--record keeps one in the session database):
  framewise-cli sessions [--search TEXT] [--jsonl] [--db PATH]   list recorded sessions
  framewise-cli export SESSION --format har|jsonl|csv|text [-o FILE] [--db PATH]
  framewise-cli import FILE.har|FILE.jsonl [--db PATH]
Each command has its own --help.
</source>
        <translation>Sesiones grabadas (--record guarda una en la base de datos de sesiones):
  framewise-cli sessions [--search TEXTO] [--jsonl] [--db RUTA]   listar las sesiones grabadas
  framewise-cli export SESIÓN --format har|jsonl|csv|text [-o ARCHIVO] [--db RUTA]
  framewise-cli import ARCHIVO.har|ARCHIVO.jsonl [--db RUTA]
Cada comando tiene su propio --help.
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido “%1”.</translation>
    </message>
    <message>
        <source>Lists the recorded sessions, newest first.</source>
        <translation>Lista las sesiones grabadas, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>One JSON object per session.</source>
        <translation>Un objeto JSON por sesión.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>No recorded sessions in %1.</source>
        <translation>No hay sesiones grabadas en %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>REGISTROS</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Exports a recorded session (its id from &apos;framewise-cli sessions&apos;) as HAR (with Chrome&apos;s _webSocketMessages), JSON Lines, CSV or plain text.</source>
        <translation>Exporta una sesión grabada (su id de &apos;framewise-cli sessions&apos;) como HAR (con _webSocketMessages de Chrome), JSON Lines, CSV o texto sin formato.</translation>
    </message>
    <message>
        <source>The session&apos;s id.</source>
        <translation>El id de la sesión.</translation>
    </message>
    <message>
        <source>har, jsonl, csv or text.</source>
        <translation>har, jsonl, csv o text.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>Escribir en este archivo en lugar de en stdout.</translation>
    </message>
    <message>
        <source>Give exactly one session id.</source>
        <translation>Indique exactamente un id de sesión.</translation>
    </message>
    <message>
        <source>“%1” is not a session id.</source>
        <translation>“%1” no es un id de sesión.</translation>
    </message>
    <message>
        <source>--format is required: har, jsonl, csv or text.</source>
        <translation>--format es obligatorio: har, jsonl, csv o text.</translation>
    </message>
    <message>
        <source>--format “%1” is not one of har, jsonl, csv, text.</source>
        <translation>--format “%1” no es ninguno de har, jsonl, csv, text.</translation>
    </message>
    <message>
        <source>Cannot write to stdout.</source>
        <translation>No se puede escribir en stdout.</translation>
    </message>
    <message>
        <source>The .har or .jsonl file.</source>
        <translation>El archivo .har o .jsonl.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Indique exactamente un archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported session %1: %2 (%n records)</source>
        <translation>
            <numerusform>Sesión %1 importada: %2 (%n registro)</numerusform>
            <numerusform>Sesión %1 importada: %2 (%n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports every WebSocket connection in a HAR file (from Chrome DevTools, Firefox or Framewise) or a Framewise JSON Lines export as read-only sessions. A HAR message that lacks a time, a type, an opcode or its data is left out and counted, as in Chrome; a file broken anywhere else imports nothing.</source>
        <translation>Importa cada conexión WebSocket de un archivo HAR (de Chrome DevTools, Firefox o Framewise) o de una exportación JSON Lines de Framewise como sesiones de solo lectura. Un mensaje HAR sin hora, tipo, código de operación o datos se omite y se cuenta, como en Chrome; un archivo dañado en cualquier otro punto no importa nada.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n message(s): each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>Se omitió %n mensaje: le faltaba la hora, el tipo, el código de operación o los datos, o uno de ellos no se pudo leer.</numerusform>
            <numerusform>Se omitieron %n mensajes: a cada uno le faltaba la hora, el tipo, el código de operación o los datos, o uno de ellos no se pudo leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only sessions whose URL, profile, state or ending contains this text (as the window&apos;s History search).</source>
        <translation>Solo las sesiones cuya URL, perfil, estado o final contiene este texto (como la búsqueda del historial de la ventana).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
</context>
<context>
    <name>TextExporter</name>
    <message>
        <source>Records (%1):</source>
        <translation>Registros (%1):</translation>
    </message>
    <message>
        <source>Framewise session</source>
        <translation>Sesión de Framewise</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subprotocol</source>
        <translation>Subprotocolo</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>Código de cierre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importada de</translation>
    </message>
    <message>
        <source>Handshake request:</source>
        <translation>Solicitud del handshake:</translation>
    </message>
    <message>
        <source>Handshake response:</source>
        <translation>Respuesta del handshake:</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>, comprimido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspector for WebSocket endpoints.</source>
        <translation>Inspector de endpoints WebSocket.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after DELAY ms, then quit.</source>
        <translation>Guardar una imagen de la ventana en FILE tras DELAY ms y salir.</translation>
    </message>
    <message>
        <source>Delay before --screenshot, in milliseconds (default 1500).</source>
        <translation>Retardo antes de --screenshot, en milisegundos (predeterminado 1500).</translation>
    </message>
    <message>
        <source>Language of the window: %1 (default: the one chosen in View › Language, else the system&apos;s).</source>
        <translation>Idioma de la ventana: %1 (predeterminado: el elegido en Ver › Idioma; si no, el del sistema).</translation>
    </message>
    <message>
        <source>Open the saved profile NAME in a tab and connect (repeatable).</source>
        <translation>Abrir el perfil guardado NAME en una pestaña y conectar (repetible).</translation>
    </message>
    <message>
        <source>ws:// or wss:// address to open in a tab and connect to (optional).</source>
        <translation>Dirección ws:// o wss:// que se abre en una pestaña y a la que se conecta (opcional).</translation>
    </message>
    <message>
        <source>Open the URLs given in tabs without connecting.</source>
        <translation>Abrir las URL indicadas en pestañas sin conectar.</translation>
    </message>
</context>
</TS>
