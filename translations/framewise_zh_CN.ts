<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Framewise</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>a line break (CR)</source>
        <translation>换行符 (CR)</translation>
    </message>
    <message>
        <source>a line break (LF)</source>
        <translation>换行符 (LF)</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>控制字符 U+%1</translation>
    </message>
</context>
<context>
    <name>Framewise::CaCommands</name>
    <message>
        <source>framewise-cli ca: %1</source>
        <translation>framewise-cli ca：%1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli ca --help&apos; for the options.</source>
        <translation>运行“framewise-cli ca --help”查看选项。</translation>
    </message>
    <message>
        <source>The Framewise certificate authority (what the proxy decrypts TLS with; its key stays in the keychain):
  framewise-cli ca --export PATH [--der]   write its certificate for apps and browsers to trust
  framewise-cli ca --fingerprint           show its fingerprints and validity
  framewise-cli ca --regenerate            replace it (apps must then trust the new one)
</source>
        <translation>Framewise 证书颁发机构（代理用它解密 TLS；其密钥保存在钥匙串中）：
  framewise-cli ca --export PATH [--der]   写出其证书，供应用和浏览器信任
  framewise-cli ca --fingerprint           显示其指纹和有效期
  framewise-cli ca --regenerate            替换它（之后应用必须信任新的 CA）
</translation>
    </message>
    <message>
        <source>The Framewise certificate authority that framewise-cli proxy (and the window&apos;s proxy) decrypts TLS with. It is made on first use; its private key lives in the system keychain and never in a file. Apps and browsers trust it once its certificate is imported (see the README).

Exit status: 0 done, 1 failed (no keychain, a file that cannot be written), 2 usage error.</source>
        <translation>framewise-cli proxy（以及窗口中的代理）用来解密 TLS 的 Framewise 证书颁发机构。它在首次使用时创建；其私钥保存在系统钥匙串中，绝不存入文件。导入其证书后，应用和浏览器即会信任它（参见 README）。

退出状态：0 完成，1 失败（没有钥匙串、文件无法写入），2 用法错误。</translation>
    </message>
    <message>
        <source>Write the CA&apos;s certificate to this file (PEM unless --der).</source>
        <translation>将 CA 的证书写入此文件（除非指定 --der，否则为 PEM）。</translation>
    </message>
    <message>
        <source>With --export: DER instead of PEM.</source>
        <translation>与 --export 同用：输出 DER 而不是 PEM。</translation>
    </message>
    <message>
        <source>Print the CA&apos;s SHA-256 and SHA-1 fingerprints, subject and validity.</source>
        <translation>打印 CA 的 SHA-256 和 SHA-1 指纹、主体和有效期。</translation>
    </message>
    <message>
        <source>Make a new CA in place of the old one. Apps that trusted the old one must be given the new one.</source>
        <translation>创建新的 CA 以取代旧的。之前信任旧 CA 的应用必须改为信任新的 CA。</translation>
    </message>
    <message>
        <source>ca takes no arguments besides options (got “%1”).</source>
        <translation>ca 除选项外不接受参数（收到了“%1”）。</translation>
    </message>
    <message>
        <source>say what to do: --export PATH, --fingerprint or --regenerate.</source>
        <translation>请指明要做什么：--export PATH、--fingerprint 或 --regenerate。</translation>
    </message>
    <message>
        <source>--der is for --export.</source>
        <translation>--der 用于 --export。</translation>
    </message>
    <message>
        <source>framewise-cli ca: no keychain, so no Framewise CA is kept and there is nothing to %1. A running framewise-cli proxy makes one for as long as it runs and hands out its certificate at http://ADDRESS:PORT/framewise-ca.pem.</source>
        <translation>framewise-cli ca：没有钥匙串，因此不会保存任何 Framewise CA，也就没有可%1的 CA。正在运行的 framewise-cli proxy 会在其运行期间创建一个，并在 http://ADDRESS:PORT/framewise-ca.pem 提供其证书。</translation>
    </message>
    <message>
        <source>regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>show or export</source>
        <translation>显示或导出</translation>
    </message>
    <message>
        <source>A new Framewise CA was made. Apps and browsers that trusted the old one must be given this one.</source>
        <translation>已创建新的 Framewise CA。之前信任旧 CA 的应用和浏览器必须改为信任这个新 CA。</translation>
    </message>
    <message>
        <source>framewise-cli ca: cannot write %1: %2</source>
        <translation>framewise-cli ca：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (%1) to %2</source>
        <translation>已将 Framewise CA 证书（%1）写入 %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>SHA-1: %1</source>
        <translation>SHA-1：%1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation>有效期从 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>Framewise::CaDetailsDialog</name>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 指纹</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保存方式</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>重新生成(&amp;R)…</translation>
    </message>
    <message>
        <source>Framewise CA</source>
        <translation>Framewise CA</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Apps and browsers accept the certificates Framewise makes for intercepted wss:// hosts only once they trust this CA: export it (PEM, or DER for some devices) and import it as the README&apos;s section “Trusting the Framewise CA” shows for Firefox, Chromium and Debian system-wide. Its private key never leaves the keychain.</source>
        <translation>应用和浏览器只有在信任此 CA 后，才会接受 Framewise 为被拦截的 wss:// 主机生成的证书：请导出它（PEM，某些设备需要 DER），并按 README 中“Trusting the Framewise CA”一节针对 Firefox、Chromium 和 Debian（全系统）的说明导入。其私钥绝不会离开钥匙串。</translation>
    </message>
    <message>
        <source>How to trust the CA</source>
        <translation>如何信任此 CA</translation>
    </message>
    <message>
        <source>Write the CA&apos;s certificate to a file (File › Export CA certificate…)</source>
        <translation>将 CA 的证书写入文件（文件 › 导出 CA 证书…）</translation>
    </message>
    <message>
        <source>Make a new CA in place of this one</source>
        <translation>创建新的 CA 以取代当前的 CA</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>保存方式：</translation>
    </message>
    <message>
        <source>No Framewise CA: %1</source>
        <translation>没有 Framewise CA：%1</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>从 %1 至 %2</translation>
    </message>
    <message>
        <source> (expired: regenerate it)</source>
        <translation>（已过期：请重新生成）</translation>
    </message>
    <message>
        <source> (not valid yet: check this machine&apos;s clock)</source>
        <translation>（尚未生效：请检查本机时钟）</translation>
    </message>
    <message>
        <source>A new Framewise CA was made. Give its certificate to every app, browser and device that trusted the old one (Export…). New proxy tabs use the new CA.</source>
        <translation>已创建新的 Framewise CA。请将其证书提供给之前信任旧 CA 的每个应用、浏览器和设备（导出…）。新的代理标签页使用新 CA。</translation>
    </message>
    <message>
        <source>The proxy tabs open now (%1) keep decrypting with the old one until they are closed.</source>
        <translation>当前打开的代理标签页（%1 个）在关闭之前会继续使用旧 CA 解密。</translation>
    </message>
    <message>
        <source>Regenerate the Framewise CA</source>
        <translation>重新生成 Framewise CA</translation>
    </message>
    <message>
        <source>Make a new Framewise CA?</source>
        <translation>要创建新的 Framewise CA 吗？</translation>
    </message>
    <message>
        <source>The current CA is replaced for good. Every app, browser and device that trusts it stops accepting Framewise&apos;s certificates until it is given the new one. Proxy tabs open now keep the current CA until they are closed; new proxy tabs use the new one.</source>
        <translation>当前 CA 将被永久替换。信任它的每个应用、浏览器和设备在获得新 CA 之前都将不再接受 Framewise 的证书。当前打开的代理标签页在关闭之前继续使用当前 CA；新的代理标签页使用新 CA。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
</context>
<context>
    <name>Framewise::CaStore</name>
    <message>
        <source>No keychain is available, so Framewise&apos;s certificate authority lasts for this session only and its private key is never written to disk. Whatever trusts it now must be given the new one after Framewise restarts.</source>
        <translation>没有可用的钥匙串，因此 Framewise 的证书颁发机构仅在本次会话中有效，其私钥绝不会写入磁盘。现在信任它的一切在 Framewise 重启后都必须改为信任新的证书颁发机构。</translation>
    </message>
    <message>
        <source>The certificate authority in the keychain cannot be used: %1 Regenerate it to replace it.</source>
        <translation>钥匙串中的证书颁发机构无法使用：%1 请重新生成以替换它。</translation>
    </message>
</context>
<context>
    <name>Framewise::CertificateAuthority</name>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>主机名为空。</translation>
    </message>
    <message>
        <source>The host name contains a control character.</source>
        <translation>主机名包含控制字符。</translation>
    </message>
    <message>
        <source>The host name “%1” contains a space.</source>
        <translation>主机名“%1”包含空格。</translation>
    </message>
    <message>
        <source>The address “%1” has a zone (%2), which a certificate cannot name.</source>
        <translation>地址“%1”带有区域（%2），证书无法指明它。</translation>
    </message>
    <message>
        <source>“%1” is in brackets but is not an IPv6 address.</source>
        <translation>“%1”位于方括号中，但不是 IPv6 地址。</translation>
    </message>
    <message>
        <source>The host name “%1” contains “%2”, which a host name cannot hold.</source>
        <translation>主机名“%1”包含“%2”，主机名中不能含有该字符。</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalized host name.</source>
        <translation>“%1”不是有效的国际化主机名。</translation>
    </message>
    <message>
        <source>The host name “%1” is longer than 253 characters.</source>
        <translation>主机名“%1”超过 253 个字符。</translation>
    </message>
    <message>
        <source>The host name “%1” has an empty label (a dot at the start or two in a row).</source>
        <translation>主机名“%1”含有空标签（开头有点号，或两个点号相连）。</translation>
    </message>
    <message>
        <source>The host name “%1” has a label longer than 63 characters.</source>
        <translation>主机名“%1”含有超过 63 个字符的标签。</translation>
    </message>
    <message>
        <source>Cannot make the certificate authority: %1</source>
        <translation>无法创建证书颁发机构：%1</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate (%1).</source>
        <translation>CA 证书不是 PEM 证书（%1）。</translation>
    </message>
    <message>
        <source>The CA private key is not an unencrypted PEM private key (%1).</source>
        <translation>CA 私钥不是未加密的 PEM 私钥（%1）。</translation>
    </message>
    <message>
        <source>The private key does not belong to the CA certificate.</source>
        <translation>该私钥与 CA 证书不匹配。</translation>
    </message>
    <message>
        <source>The CA&apos;s key is neither an EC nor an RSA key, which Framewise cannot sign with.</source>
        <translation>CA 的密钥既不是 EC 密钥也不是 RSA 密钥，Framewise 无法用它签名。</translation>
    </message>
    <message>
        <source>The certificate “%1” is not a certificate authority (its basic constraints do not say CA:TRUE).</source>
        <translation>证书“%1”不是证书颁发机构（其基本约束未声明 CA:TRUE）。</translation>
    </message>
    <message>
        <source>The certificate “%1” may not sign certificates (its key usage lacks keyCertSign).</source>
        <translation>证书“%1”不能签发证书（其密钥用法中缺少 keyCertSign）。</translation>
    </message>
    <message>
        <source>Cannot load the certificate authority: %1</source>
        <translation>无法加载证书颁发机构：%1</translation>
    </message>
    <message>
        <source>There is no certificate authority to sign with.</source>
        <translation>没有可用于签名的证书颁发机构。</translation>
    </message>
    <message>
        <source>The certificate authority expired on %1; regenerate it.</source>
        <translation>证书颁发机构已于 %1 过期，请重新生成。</translation>
    </message>
    <message>
        <source>Cannot make a certificate for “%1”: %2</source>
        <translation>无法为“%1”创建证书：%2</translation>
    </message>
</context>
<context>
    <name>Framewise::ChannelError</name>
    <message>
        <source>No error.</source>
        <translation>无错误。</translation>
    </message>
    <message>
        <source>This connection was already opened.</source>
        <translation>此连接已经打开过。</translation>
    </message>
    <message>
        <source>This setting can only be changed before connecting.</source>
        <translation>此设置只能在连接前更改。</translation>
    </message>
    <message>
        <source>The connection is not open yet.</source>
        <translation>连接尚未打开。</translation>
    </message>
    <message>
        <source>The connection is closing or closed; nothing more can be sent.</source>
        <translation>连接正在关闭或已关闭，无法再发送任何内容。</translation>
    </message>
    <message>
        <source>The address must be an absolute ws:// or wss:// URL with a host name.</source>
        <translation>地址必须是带主机名的绝对 ws:// 或 wss:// URL。</translation>
    </message>
    <message>
        <source>That close code may not be sent (allowed: 1000-1003, 1007-1014, 3000-4999).</source>
        <translation>不能发送该关闭代码（允许：1000-1003、1007-1014、3000-4999）。</translation>
    </message>
    <message>
        <source>The close reason is longer than 123 bytes of UTF-8.</source>
        <translation>关闭原因超过 123 字节的 UTF-8。</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>参数无效。</translation>
    </message>
</context>
<context>
    <name>Framewise::CliProfile</name>
    <message>
        <source>The profile “%1” needs secrets that have no saved value: %2. %3</source>
        <translation>配置“%1”需要尚未保存值的机密：%2。%3</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <translation>配置“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Framewise::CliRunner</name>
    <message>
        <source>nothing listens on the port</source>
        <translation>该端口上没有程序在监听</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <source>the connection was not open within --timeout-open</source>
        <translation>连接未在 --timeout-open 时间内打开</translation>
    </message>
    <message>
        <source>the server answered the upgrade with an HTTP status other than 101</source>
        <translation>服务器以 101 以外的 HTTP 状态响应了升级请求</translation>
    </message>
    <message>
        <source>the server&apos;s 101 answer breaks RFC 6455</source>
        <translation>服务器的 101 响应违反了 RFC 6455</translation>
    </message>
    <message>
        <source>the server broke the framing rules (1002 sent)</source>
        <translation>服务器违反了分帧规则（已发送 1002）</translation>
    </message>
    <message>
        <source>text or a close reason was not UTF-8 (1007 sent)</source>
        <translation>文本或关闭原因不是 UTF-8（已发送 1007）</translation>
    </message>
    <message>
        <source>a message exceeded the size limit (1009 sent)</source>
        <translation>消息超出了大小限制（已发送 1009）</translation>
    </message>
    <message>
        <source>no answer to a keepalive ping within --ping-timeout</source>
        <translation>在 --ping-timeout 时间内未收到保活 Ping 的响应</translation>
    </message>
    <message>
        <source>the server did not answer our Close in time</source>
        <translation>服务器未及时响应我们的 Close</translation>
    </message>
    <message>
        <source>the connection ended without a Close frame (1006)</source>
        <translation>连接在没有 Close 帧的情况下结束（1006）</translation>
    </message>
    <message>
        <source>the TLS handshake or certificate check failed</source>
        <translation>TLS 握手或证书检查失败</translation>
    </message>
    <message>
        <source>another network error</source>
        <translation>其他网络错误</translation>
    </message>
    <message>
        <source>interrupted before the connection was open, or twice</source>
        <translation>在连接打开之前被中断，或被中断两次</translation>
    </message>
    <message>
        <source>a handshake redirect could not be followed</source>
        <translation>无法跟随握手重定向</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>the connection was closed cleanly</source>
        <translation>连接已正常关闭</translation>
    </message>
    <message>
        <source>internal error (the local echo server could not start)</source>
        <translation>内部错误（本地回显服务器无法启动）</translation>
    </message>
    <message>
        <source>usage error: bad URL or option value</source>
        <translation>用法错误：URL 或选项值无效</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>未提供 URL。</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2.</source>
        <translation>“%1”不是有效的 URL：%2。</translation>
    </message>
    <message>
        <source>“%1” has no scheme; write ws://host/ or wss://host/.</source>
        <translation>“%1”没有协议方案；请写成 ws://host/ 或 wss://host/。</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only ws:// and wss:// are WebSocket URLs.</source>
        <translation>“%1”使用了协议方案“%2”；只有 ws:// 和 wss:// 是 WebSocket URL。</translation>
    </message>
    <message>
        <source>“%1” has no host.</source>
        <translation>“%1”没有主机。</translation>
    </message>
    <message>
        <source>“%1” has a fragment (#%2), which WebSocket URLs may not have.</source>
        <translation>“%1”带有片段（#%2），而 WebSocket URL 不允许包含片段。</translation>
    </message>
    <message>
        <source>Give either a URL or --local-echo, not both.</source>
        <translation>请指定 URL 或 --local-echo，不能同时指定。</translation>
    </message>
    <message>
        <source>--close-code %1 may not be sent in a Close frame; use 1000-1003, 1007-1014 or 3000-4999 (or 0 for none).</source>
        <translation>--close-code %1 不能在 Close 帧中发送；请使用 1000-1003、1007-1014 或 3000-4999（或 0 表示不带代码）。</translation>
    </message>
    <message numerus="yes">
        <source>--close-reason is %n bytes of UTF-8; at most %1 fit in a Close frame.</source>
        <translation>
            <numerusform>--close-reason 为 %n 字节的 UTF-8；Close 帧最多容纳 %1 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>--close-reason needs a close code; --close-code 0 sends none.</source>
        <translation>--close-reason 需要关闭代码；--close-code 0 不发送代码。</translation>
    </message>
    <message>
        <source>--count must be 0 or more.</source>
        <translation>--count 必须大于或等于 0。</translation>
    </message>
    <message>
        <source>--send-file %1: no such file.</source>
        <translation>--send-file %1：文件不存在。</translation>
    </message>
    <message>
        <source>--send-file %1: not a regular file (its length must be known before sending).</source>
        <translation>--send-file %1：不是普通文件（发送前必须知道其长度）。</translation>
    </message>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli：%1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli --help&apos; for the options.</source>
        <translation>运行“framewise-cli --help”查看选项。</translation>
    </message>
    <message>
        <source>--send-file %1: %2</source>
        <translation>--send-file %1：%2</translation>
    </message>
    <message>
        <source>The local echo server could not start: %1</source>
        <translation>本地回显服务器无法启动：%1</translation>
    </message>
    <message>
        <source>--timeout-open must be 1 or more milliseconds.</source>
        <translation>--timeout-open 必须大于或等于 1 毫秒。</translation>
    </message>
    <message>
        <source>* redirected (%1) to %2</source>
        <translation>* 已重定向（%1）到 %2</translation>
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
        <translation>，往返 %1 ms</translation>
    </message>
    <message>
        <source> (unsolicited)</source>
        <translation>（未经请求）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>protocol: %1</source>
        <translation>协议：%1</translation>
    </message>
    <message>
        <source>extensions: %1</source>
        <translation>扩展：%1</translation>
    </message>
    <message>
        <source>* connected to %1</source>
        <translation>* 已连接到 %1</translation>
    </message>
    <message>
        <source>Cannot send “%1”: %2</source>
        <translation>无法发送“%1”：%2</translation>
    </message>
    <message>
        <source>&gt; text %1 B: %2</source>
        <translation>&gt; 文本 %1 B：%2</translation>
    </message>
    <message>
        <source>Cannot send %1: %2</source>
        <translation>无法发送 %1：%2</translation>
    </message>
    <message>
        <source>&gt; binary %1 B from %2</source>
        <translation>&gt; 二进制 %1 B，来自 %2</translation>
    </message>
    <message>
        <source>&lt; text %1 B: %2</source>
        <translation>&lt; 文本 %1 B：%2</translation>
    </message>
    <message>
        <source>&lt; binary %1 B: %2</source>
        <translation>&lt; 二进制 %1 B：%2</translation>
    </message>
    <message>
        <source>&gt; text %1 B: %2 (echo)</source>
        <translation>&gt; 文本 %1 B：%2（回显）</translation>
    </message>
    <message>
        <source>&gt; binary %1 B (echo)</source>
        <translation>&gt; 二进制 %1 B（回显）</translation>
    </message>
    <message>
        <source>Cannot echo a message: %1</source>
        <translation>无法回显消息：%1</translation>
    </message>
    <message>
        <source>&gt; %1 %2 B</source>
        <translation>&gt; %1 %2 B</translation>
    </message>
    <message>
        <source>%1 close (no code)</source>
        <translation>%1 关闭（无代码）</translation>
    </message>
    <message>
        <source>%1 close %2</source>
        <translation>%1 关闭 %2</translation>
    </message>
    <message>
        <source>%1 close %2: %3</source>
        <translation>%1 关闭 %2：%3</translation>
    </message>
    <message>
        <source>* closed: %1</source>
        <translation>* 已关闭：%1</translation>
    </message>
    <message>
        <source>Not recording: %1</source>
        <translation>未录制：%1</translation>
    </message>
    <message>
        <source>Recording stopped: %1</source>
        <translation>录制已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>* recorded as session %1 (%n records) in %2</source>
        <translation>
            <numerusform>* 已录制为会话 %1（%n 条记录），位于 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the session database or a file could not be used (sessions, export, import, --profile)</source>
        <translation>无法使用会话数据库或某个文件（sessions、export、import、--profile）</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes of binary data)</source>
        <translation>
            <numerusform>（%n 字节二进制数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>(the body goes on: --jsonl has all of it that was read)</source>
        <translation>（正文未完：--jsonl 含有已读取的全部内容）</translation>
    </message>
    <message numerus="yes">
        <source>* TLS: %1, %2 (%n bits)</source>
        <translation>
            <numerusform>* TLS：%1，%2（%n 位）</numerusform>
        </translation>
    </message>
    <message>
        <source>* certificate: %1, issued by %2, valid until %3</source>
        <translation>* 证书：%1，颁发者 %2，有效期至 %3</translation>
    </message>
    <message>
        <source>* SHA-256: %1</source>
        <translation>* SHA-256：%1</translation>
    </message>
    <message>
        <source>* verified</source>
        <translation>* 已验证</translation>
    </message>
    <message>
        <source>* not verified (%1); trusted by your pin</source>
        <translation>* 未验证（%1）；因您固定的指纹而受信任</translation>
    </message>
    <message>
        <source>* not verified: %1</source>
        <translation>* 未验证：%1</translation>
    </message>
    <message>
        <source>* to trust this certificate anyway (and no other): --pin %1</source>
        <translation>* 若仍要信任此证书（且仅此证书）：--pin %1</translation>
    </message>
</context>
<context>
    <name>Framewise::CloseCode</name>
    <message>
        <source>No code</source>
        <translation>无代码</translation>
    </message>
    <message>
        <source>Normal closure</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>正在离开</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>Unsupported data</source>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <source>No status code</source>
        <translation>无状态代码</translation>
    </message>
    <message>
        <source>Abnormal closure (no Close frame)</source>
        <translation>异常关闭（无 Close 帧）</translation>
    </message>
    <message>
        <source>Invalid payload data</source>
        <translation>无效的负载数据</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>Mandatory extension missing</source>
        <translation>缺少必需的扩展</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>Service restart</source>
        <translation>服务重启</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>Registered code (%1)</source>
        <translation>已注册代码（%1）</translation>
    </message>
    <message>
        <source>Private use (%1)</source>
        <translation>私有用途（%1）</translation>
    </message>
    <message>
        <source>Reserved code (%1)</source>
        <translation>保留代码（%1）</translation>
    </message>
    <message>
        <source>registered code</source>
        <translation>已注册代码</translation>
    </message>
    <message>
        <source>private use</source>
        <translation>私有用途</translation>
    </message>
    <message>
        <source>reserved code</source>
        <translation>保留代码</translation>
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
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>No code (empty Close frame)</source>
        <translation>无代码（空 Close 帧）</translation>
    </message>
    <message>
        <source>Other code…</source>
        <translation>其他代码…</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>关闭代码</translation>
    </message>
    <message>
        <source>Custom close code</source>
        <translation>自定义关闭代码</translation>
    </message>
    <message>
        <source>Optional reason (at most 123 bytes)</source>
        <translation>可选原因（最多 123 字节）</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Custom code:</source>
        <translation>自定义代码：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Code %1 may not be sent. Use 1000–1003, 1007–1014 or 3000–4999.</source>
        <translation>代码 %1 不能发送。请使用 1000–1003、1007–1014 或 3000–4999。</translation>
    </message>
    <message>
        <source>A reason can only be sent together with a code.</source>
        <translation>原因只能与代码一起发送。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is %n bytes of UTF-8; at most 123 fit in a Close frame.</source>
        <translation>
            <numerusform>原因为 %n 字节的 UTF-8；Close 帧最多容纳 123 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 123 bytes</source>
        <translation>%1 / 123 字节</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>将发送的内容</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>发送：</translation>
    </message>
    <message>
        <source>an empty Close frame</source>
        <translation>空的 Close 帧</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <comment>close code label, reason</comment>
        <translation>%1，“%2”</translation>
    </message>
</context>
<context>
    <name>Framewise::Composer</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>消息格式</translation>
    </message>
    <message>
        <source>Message editor</source>
        <translation>消息编辑器</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>ping payload</source>
        <translation>Ping 负载</translation>
    </message>
    <message>
        <source>Ping payload</source>
        <translation>Ping 负载</translation>
    </message>
    <message>
        <source>A ping payload can be at most 125 bytes (this one has %1).</source>
        <translation>Ping 负载最多 125 字节（当前为 %1 字节）。</translation>
    </message>
    <message>
        <source>Not valid base64: “%1” at position %2.</source>
        <translation>Base64 无效：位置 %2 处的“%1”。</translation>
    </message>
    <message>
        <source>Not valid base64: check the length and the padding (=) at the end.</source>
        <translation>Base64 无效：请检查长度和末尾的填充（=）。</translation>
    </message>
    <message>
        <source>Send a file as one binary message</source>
        <translation>将文件作为一条二进制消息发送</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Saved messages of this profile: click one to send it</source>
        <translation>此配置中保存的消息：单击即可发送</translation>
    </message>
    <message>
        <source>Snippet “%1” uses undefined variable(s): %2. Nothing was sent.</source>
        <translation>片段“%1”使用了未定义的变量：%2。未发送任何内容。</translation>
    </message>
    <message>
        <source>No snippets in this profile yet</source>
        <translation>此配置中还没有片段</translation>
    </message>
    <message>
        <source>Save message as snippet…</source>
        <translation>将消息保存为片段…</translation>
    </message>
    <message>
        <source>Save snippet</source>
        <translation>保存片段</translation>
    </message>
    <message>
        <source>Name of the snippet:</source>
        <translation>片段名称：</translation>
    </message>
    <message>
        <source>Load into editor</source>
        <translation>载入编辑器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Message to send — Ctrl+Enter sends, Ctrl+Up/Ctrl+Down recall earlier messages</source>
        <translation>要发送的消息 — Ctrl+Enter 发送，Ctrl+上/Ctrl+下 调出之前的消息</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; the sent message stays selected, so typing replaces it and Ctrl+Enter sends it again.
Ctrl+Up / Ctrl+Down (or Up on the first line, Down on the last line) go through the messages sent in this tab.</source>
        <translation>Ctrl+Enter 发送；发送后的消息保持选中，直接输入即可替换，Ctrl+Enter 可再次发送。
Ctrl+上 / Ctrl+下（或在第一行按上、在最后一行按下）浏览此标签页中已发送的消息。</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionPanel</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Offer permessage-deflate compression</source>
        <translation>提供 permessage-deflate 压缩</translation>
    </message>
    <message>
        <source>Unsaved connection</source>
        <translation>未保存的连接</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>已保存的连接配置</translation>
    </message>
    <message>
        <source>WebSocket URL</source>
        <translation>WebSocket URL</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>连接或断开</translation>
    </message>
    <message>
        <source>Connect / disconnect (Ctrl+K)</source>
        <translation>连接 / 断开（Ctrl+K）</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>e.g. chat, superchat</source>
        <translation>例如 chat, superchat</translation>
    </message>
    <message>
        <source>Subprotocols</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求头部</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>添加头部</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>移除头部</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Ping 间隔</translation>
    </message>
    <message>
        <source>Ping timeout</source>
        <translation>Ping 超时</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Message size limit</source>
        <translation>消息大小限制</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin：</translation>
    </message>
    <message>
        <source>Subprotocols:</source>
        <translation>子协议：</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>头部：</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Keepalive ping:</source>
        <translation>保活 Ping：</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>最大消息：</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在关闭…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>已关闭：%1</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>显示机密</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>配置操作</translation>
    </message>
    <message>
        <source>Save, rename, duplicate, delete, import or export profiles</source>
        <translation>保存、重命名、复制、删除、导入或导出配置</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>连接消息</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>显示机密值</translation>
    </message>
    <message>
        <source>Secret header values, secret variables and passwords are shown as dots until ticked</source>
        <translation>勾选前，机密头部值、机密变量和密码显示为圆点</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved. Load “%2” anyway?</source>
        <translation>对“%1”的更改尚未保存。仍要载入“%2”吗？</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>移除变量</translation>
    </message>
    <message>
        <source>Write {{name}} in the URL, Origin, headers or snippets; it is replaced by the value when connecting.</source>
        <translation>在 URL、Origin、头部或片段中写入 {{name}}；连接时会被替换为变量值。</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>跟随重定向</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>PEM or DER files, separated by ;</source>
        <translation>PEM 或 DER 文件，用 ; 分隔</translation>
    </message>
    <message>
        <source>Extra trusted CA files</source>
        <translation>额外信任的 CA 文件</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints, separated by commas</source>
        <translation>SHA-256 指纹，用逗号分隔</translation>
    </message>
    <message>
        <source>Pinned certificate fingerprints</source>
        <translation>固定的证书指纹</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>客户端证书文件</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>客户端私钥文件</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>私钥密码短语</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>信任的 CA：</translation>
    </message>
    <message>
        <source>Pinned certificates:</source>
        <translation>固定的证书：</translation>
    </message>
    <message>
        <source>Client certificate (PEM):</source>
        <translation>客户端证书（PEM）：</translation>
    </message>
    <message>
        <source>Client key (PEM):</source>
        <translation>客户端私钥（PEM）：</translation>
    </message>
    <message>
        <source>Or PKCS#12 bundle:</source>
        <translation>或 PKCS#12 包：</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>私钥密码短语：</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>使用系统的代理设置</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>代理用户</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>HTTP user</source>
        <translation>HTTP 用户</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>HTTP 密码</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>代理用户：</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>代理密码：</translation>
    </message>
    <message>
        <source>HTTP user (401):</source>
        <translation>HTTP 用户（401）：</translation>
    </message>
    <message>
        <source>HTTP password:</source>
        <translation>HTTP 密码：</translation>
    </message>
    <message>
        <source>Proxy and login</source>
        <translation>代理和登录</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes</source>
        <translation>“%1”有未保存的更改</translation>
    </message>
    <message>
        <source>Undefined variable(s) in the URL: %1</source>
        <translation>URL 中有未定义的变量：%1</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>已载入“%1”。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>新配置的名称：</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>已复制为“%1”。</translation>
    </message>
    <message>
        <source>Deleted “%1”; its secrets were removed from the keychain.</source>
        <translation>已删除“%1”；其机密已从钥匙串中移除。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) without their secrets.</source>
        <translation>
            <numerusform>已导出 %n 个配置（不含机密）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>已导入 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save profile as</source>
        <translation>将配置另存为</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名配置</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved secrets?</source>
        <translation>删除配置“%1”及其已保存的机密吗？</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation>导入配置…</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Framewise profiles (*.json);;All files (*)</source>
        <translation>Framewise 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export profiles…</source>
        <translation>导出配置…</translation>
    </message>
    <message>
        <source>Export profiles (without secrets)</source>
        <translation>导出配置（不含机密）</translation>
    </message>
    <message>
        <source>Framewise profiles (*.json)</source>
        <translation>Framewise 配置 (*.json)</translation>
    </message>
    <message>
        <source>Start over with no profiles…</source>
        <translation>不带配置重新开始…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>%1

Start a new, empty profiles file? The damaged one stays in its backup.</source>
        <translation>%1

新建一个空的配置文件吗？损坏的文件会保留在其备份中。</translation>
    </message>
    <message>
        <source>Started a new profiles file.</source>
        <translation>已新建配置文件。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause receiving</source>
        <translation>暂停接收</translation>
    </message>
    <message>
        <source>Pause receiving (Ctrl+Shift+P): stop reading from the server. What it sends waits in the network buffers and TCP holds it back; nothing is lost, keepalive pings pause, sending still works.</source>
        <translation>暂停接收（Ctrl+Shift+P）：停止从服务器读取。服务器发送的内容在网络缓冲区中等待，由 TCP 流量控制让其放慢；不会丢失任何内容，保活 ping 暂停，仍可发送。</translation>
    </message>
    <message>
        <source>Open · receiving paused</source>
        <translation>已打开 · 接收已暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>RTT probe interval</source>
        <translation>RTT 探测间隔</translation>
    </message>
    <message>
        <source>Sends a ping (payload rtt-probe-N) this often while the connection is open, however busy it is, and plots each pong&apos;s round-trip time. Off by default.</source>
        <translation>连接打开期间按此间隔发送 ping（负载为 rtt-probe-N），无论连接多忙，并绘制每个 pong 的往返时间。默认关闭。</translation>
    </message>
    <message>
        <source>Keepalive pings only after this much silence, so a busy connection never measures its round-trip time. To measure it anyway, set an RTT probe.</source>
        <translation>保活 ping 只在静默这么久之后发送，因此繁忙的连接永远测不到往返时间。如仍要测量，请设置 RTT 探测。</translation>
    </message>
    <message>
        <source>regardless of traffic</source>
        <translation>不论流量如何</translation>
    </message>
    <message>
        <source>RTT probe:</source>
        <translation>RTT 探测：</translation>
    </message>
    <message>
        <source>Show handshake</source>
        <translation>显示握手</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionSecurity</name>
    <message>
        <source>%1 holds no certificate (expected PEM or DER).</source>
        <translation>%1 不包含证书（应为 PEM 或 DER）。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 is not a readable private key (is it encrypted? give its passphrase).</source>
        <translation>%1 不是可读取的私钥（是否已加密？请提供其密码短语）。</translation>
    </message>
    <message>
        <source>%1 is not a readable private key, or the passphrase is wrong.</source>
        <translation>%1 不是可读取的私钥，或密码短语错误。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable PKCS#12 bundle, or the passphrase is wrong.</source>
        <translation>%1 不是可读取的 PKCS#12 包，或密码短语错误。</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address: use http://host:port or socks5://host:port, with user:password@ before the host when the proxy asks for it.</source>
        <translation>“%1”不是代理地址：请使用 http://host:port 或 socks5://host:port，代理要求认证时在主机前加上 user:password@。</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>“%1”不是 SHA-256 指纹（64 位十六进制数字，允许使用冒号）。</translation>
    </message>
</context>
<context>
    <name>Framewise::ConnectionSettings</name>
    <message>
        <source>Enter a ws:// or wss:// address.</source>
        <translation>请输入 ws:// 或 wss:// 地址。</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>这不是有效的地址：%1</translation>
    </message>
    <message>
        <source>Use %1:// instead of %2:// for WebSocket connections.</source>
        <translation>WebSocket 连接请使用 %1:// 而不是 %2://。</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss://.</source>
        <translation>地址必须以 ws:// 或 wss:// 开头。</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>地址中没有主机名。</translation>
    </message>
    <message>
        <source>WebSocket addresses cannot have a #fragment.</source>
        <translation>WebSocket 地址不能包含 #片段。</translation>
    </message>
    <message>
        <source>The Origin contains %1; it would end the header line and add text of its own to the request.</source>
        <translation>Origin 含有%1；它会结束该头部行并向请求中加入自己的文本。</translation>
    </message>
    <message>
        <source>A header name contains %1.</source>
        <translation>某个头部名称含有%1。</translation>
    </message>
    <message>
        <source>The header name “%1” is not a valid HTTP token (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only).</source>
        <translation>头部名称“%1”不是有效的 HTTP 标记（只能包含字母、数字和 !#$%&amp;&apos;*+-.^_`|~）。</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise as the WebSocket protocol requires; it cannot be set.</source>
        <translation>头部“%1”按 WebSocket 协议要求由 Framewise 写入，无法设置。</translation>
    </message>
    <message>
        <source>The value of header “%1” contains %2.</source>
        <translation>头部“%1”的值含有%2。</translation>
    </message>
    <message>
        <source>A subprotocol contains %1.</source>
        <translation>某个子协议含有%1。</translation>
    </message>
    <message>
        <source>A subprotocol name is empty.</source>
        <translation>某个子协议名称为空。</translation>
    </message>
    <message>
        <source>The subprotocol “%1” is not a valid name (an HTTP token: no spaces, commas or quotes).</source>
        <translation>子协议“%1”不是有效名称（须为 HTTP 标记：不含空格、逗号或引号）。</translation>
    </message>
    <message>
        <source>The connection is already open; its headers cannot change.</source>
        <translation>连接已打开，其头部无法更改。</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise; set subprotocols in their own field (framewise-cli: --protocol).</source>
        <translation>头部“%1”由 Framewise 写入；子协议请在其专用字段中设置（framewise-cli：--protocol）。</translation>
    </message>
    <message>
        <source>The header “%1” is written by Framewise; compression is its own option (framewise-cli: --no-compression to turn it off).</source>
        <translation>头部“%1”由 Framewise 写入；压缩是单独的选项（framewise-cli：--no-compression 可关闭）。</translation>
    </message>
</context>
<context>
    <name>Framewise::DeflateParameters</name>
    <message>
        <source>The server accepted extension “%1”, which was not offered.</source>
        <translation>服务器接受了未提供的扩展“%1”。</translation>
    </message>
    <message>
        <source>The server accepted permessage-deflate more than once.</source>
        <translation>服务器多次接受了 permessage-deflate。</translation>
    </message>
    <message>
        <source>The server accepted permessage-deflate, which was not offered.</source>
        <translation>服务器接受了未提供的 permessage-deflate。</translation>
    </message>
    <message>
        <source>The server sent client_max_window_bits, which was not offered.</source>
        <translation>服务器发送了未提供的 client_max_window_bits。</translation>
    </message>
    <message>
        <source>The server repeated the parameter “%1”.</source>
        <translation>服务器重复了参数“%1”。</translation>
    </message>
    <message>
        <source>The parameter “%1” must not have a value.</source>
        <translation>参数“%1”不得带值。</translation>
    </message>
    <message>
        <source>server_max_window_bits “%1” is not a number from 8 to 15.</source>
        <translation>server_max_window_bits 的值“%1”不是 8 到 15 之间的数字。</translation>
    </message>
    <message>
        <source>client_max_window_bits “%1” is not a number from 8 to 15.</source>
        <translation>client_max_window_bits 的值“%1”不是 8 到 15 之间的数字。</translation>
    </message>
    <message>
        <source>The server sent the unknown permessage-deflate parameter “%1”.</source>
        <translation>服务器发送了未知的 permessage-deflate 参数“%1”。</translation>
    </message>
    <message>
        <source>server_max_window_bits=%1 is larger than the %2 offered.</source>
        <translation>server_max_window_bits=%1 大于提供的 %2。</translation>
    </message>
    <message>
        <source>client_max_window_bits=%1 is larger than the %2 offered.</source>
        <translation>client_max_window_bits=%1 大于提供的 %2。</translation>
    </message>
    <message>
        <source>The server ignored the requested server_no_context_takeover.</source>
        <translation>服务器忽略了所请求的 server_no_context_takeover。</translation>
    </message>
    <message>
        <source>The server ignored the requested server_max_window_bits.</source>
        <translation>服务器忽略了所请求的 server_max_window_bits。</translation>
    </message>
</context>
<context>
    <name>Framewise::DetailPane</name>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Select a message to see it here.</source>
        <translation>选择一条消息以在此查看。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 #%2 at %3</source>
        <translation>%1 #%2，时间 %3</translation>
    </message>
    <message>
        <source> · %1 on the wire (compressed, %2%)</source>
        <translation> · 线路上 %1（已压缩，%2%）</translation>
    </message>
    <message numerus="yes">
        <source> · %n frame(s)</source>
        <translation>
            <numerusform> · %n 帧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file was streamed to the server; its %1 bytes were not kept.</source>
        <translation>
            <numerusform>此文件已以流方式发送到服务器；其 %1 字节未被保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>This text is %1; it is shown in the Hex tab.</source>
        <translation>此文本大小为 %1；它显示在“十六进制”选项卡中。</translation>
    </message>
    <message>
        <source>Message as a tree</source>
        <translation>以树形显示消息</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Ctrl+C copies the value, Ctrl+Shift+C its path ($.items[2].name); right-click for more</source>
        <translation>Ctrl+C 复制值，Ctrl+Shift+C 复制其路径（$.items[2].name）；右键查看更多</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>The text exactly as it was sent or received</source>
        <translation>与发送或接收时完全一致的文本</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>美化</translation>
    </message>
    <message>
        <source>JSON indented, keys in the message&apos;s order</source>
        <translation>缩进的 JSON，键保持消息中的顺序</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>JSON as a tree of keys, values and types; copy a value or its path</source>
        <translation>以键、值和类型的树形显示 JSON；可复制值或其路径</translation>
    </message>
    <message>
        <source>Pretty shows the first %1 lines of this message; Raw shows all of it.</source>
        <translation>美化视图显示此消息的前 %1 行；原始视图显示全部。</translation>
    </message>
    <message>
        <source>The tree holds the first %1 values of this message; Raw and Pretty show all of it.</source>
        <translation>树中包含此消息的前 %1 个值；原始和美化视图显示全部。</translation>
    </message>
    <message>
        <source> · code %1</source>
        <translation> · 代码 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was streamed to the server from a file; its %3 bytes were not kept.</source>
        <translation>
            <numerusform>%1（%2）已从文件流式发送到服务器；其 %3 字节未保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This message&apos;s %1 bytes were not kept.</source>
        <translation>
            <numerusform>此消息的 %1 字节未保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>原消息</translation>
    </message>
    <message>
        <source>Message as forwarded</source>
        <translation>转发的消息</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原内容</translation>
    </message>
    <message>
        <source>As forwarded</source>
        <translation>转发的内容</translation>
    </message>
    <message>
        <source>Original ↔ edited</source>
        <translation>原内容 ↔ 编辑后</translation>
    </message>
</context>
<context>
    <name>Framewise::ExportDialog</name>
    <message numerus="yes">
        <source>The whole session (%n records)</source>
        <translation>
            <numerusform>整个会话（%n 条记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows the filter shows (%n)</source>
        <translation>
            <numerusform>筛选显示的行（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected rows (%n)</source>
        <translation>
            <numerusform>选中的行（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Include secrets (Authorization, Cookie and headers marked secret)</source>
        <translation>包含机密（Authorization、Cookie 以及标记为机密的头部）</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>HAR 1.2 (Chrome DevTools, Firefox, HAR viewers)</source>
        <translation>HAR 1.2（Chrome DevTools、Firefox、HAR 查看器）</translation>
    </message>
    <message>
        <source>JSON Lines (one message per line, for jq and scripts)</source>
        <translation>JSON Lines（每行一条消息，适用于 jq 和脚本）</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <source>Plain text (for a bug report)</source>
        <translation>纯文本（用于错误报告）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Off: their values are replaced by [redacted] in the file.</source>
        <translation>关闭时：其值在文件中替换为 [redacted]。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 是文件夹；请选择一个文件名。</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>没有可导出的行。</translation>
    </message>
    <message>
        <source>The session cannot be read: %1</source>
        <translation>无法读取会话：%1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Framewise::FrameLogModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>操作码</translation>
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
        <translation>掩码密钥</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>app</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>连接段</translation>
    </message>
</context>
<context>
    <name>Framewise::FrameParser</name>
    <message>
        <source>A frame had reserved bits (RSV1-3) set that no extension allows.</source>
        <translation>某个帧设置了没有任何扩展允许的保留位（RSV1-3）。</translation>
    </message>
    <message>
        <source>A frame used reserved opcode 0x%1.</source>
        <translation>某个帧使用了保留操作码 0x%1。</translation>
    </message>
    <message>
        <source>A control frame was fragmented (FIN not set).</source>
        <translation>某个控制帧被分片（未设置 FIN）。</translation>
    </message>
    <message>
        <source>A control frame carried %1 bytes; at most 125 are allowed.</source>
        <translation>某个控制帧携带了 %1 字节；最多允许 125 字节。</translation>
    </message>
    <message>
        <source>The server masked a frame; servers must not mask.</source>
        <translation>服务器对帧使用了掩码；服务器不得使用掩码。</translation>
    </message>
    <message>
        <source>A frame length was not encoded in the minimal number of bytes.</source>
        <translation>某个帧长度未使用最少的字节数编码。</translation>
    </message>
    <message>
        <source>A frame length had its most significant bit set.</source>
        <translation>某个帧长度的最高有效位被置位。</translation>
    </message>
    <message>
        <source>A frame of %1 bytes exceeds the frame size limit of %2 bytes.</source>
        <translation>%1 字节的帧超出了 %2 字节的帧大小限制。</translation>
    </message>
    <message>
        <source>The client sent an unmasked frame; clients must mask every frame.</source>
        <translation>客户端发送了未使用掩码的帧；客户端必须对每个帧使用掩码。</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakePane</name>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>Connect to see the opening handshake.</source>
        <translation>连接后即可查看建立连接时的握手。</translation>
    </message>
    <message>
        <source>•••• (hidden)</source>
        <translation>••••（已隐藏）</translation>
    </message>
    <message>
        <source>Redirects:
</source>
        <translation>重定向：
</translation>
    </message>
    <message>
        <source>▶ Request to %1
</source>
        <translation>▶ 发往 %1 的请求
</translation>
    </message>
    <message>
        <source>◀ Response
</source>
        <translation>◀ 响应
</translation>
    </message>
    <message>
        <source>
… (body truncated at 64 KiB)</source>
        <translation>
…（正文在 64 KiB 处截断）</translation>
    </message>
    <message>
        <source>Subprotocol: %1
</source>
        <translation>子协议：%1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Extensions: %1
</source>
        <translation>扩展：%1
</translation>
    </message>
    <message>
        <source>
Stopped: %1
</source>
        <translation>
已停止：%1
</translation>
    </message>
    <message>
        <source>Recorded session of %1
</source>
        <translation>%1 的已录制会话
</translation>
    </message>
    <message>
        <source>Imported from %1
</source>
        <translation>导入自 %1
</translation>
    </message>
    <message>
        <source>Started: %1
</source>
        <translation>开始时间：%1
</translation>
    </message>
    <message>
        <source>Ended: %1
</source>
        <translation>结束时间：%1
</translation>
    </message>
    <message>
        <source>State: %1
</source>
        <translation>状态：%1
</translation>
    </message>
    <message>
        <source>▶ Request
</source>
        <translation>▶ 请求
</translation>
    </message>
    <message>
        <source>Handshake took %1 ms
</source>
        <translation>握手耗时 %1 毫秒
</translation>
    </message>
    <message>
        <source>Close code: %1 %2
</source>
        <translation>关闭代码：%1 %2
</translation>
    </message>
    <message>
        <source>▶ 1. Request from the app
</source>
        <translation>▶ 1. 来自应用的请求
</translation>
    </message>
    <message>
        <source>▶ 2. Request sent upstream to %1
</source>
        <translation>▶ 2. 发往上游 %1 的请求
</translation>
    </message>
    <message>
        <source>◀ 3. Response from the server
</source>
        <translation>◀ 3. 来自服务器的响应
</translation>
    </message>
    <message>
        <source>◀ 4. Response sent to the app
</source>
        <translation>◀ 4. 发给应用的响应
</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeRequestParser</name>
    <message>
        <source>The client&apos;s request has more than %1 header lines.</source>
        <translation>客户端的请求包含超过 %1 行头部。</translation>
    </message>
    <message>
        <source>The client&apos;s request has a header block larger than %1 KiB.</source>
        <translation>客户端请求的头部块大于 %1 KiB。</translation>
    </message>
    <message>
        <source>The client closed the connection without sending a request.</source>
        <translation>客户端未发送请求就关闭了连接。</translation>
    </message>
    <message>
        <source>The client closed the connection in the middle of its request.</source>
        <translation>客户端在发送请求的中途关闭了连接。</translation>
    </message>
    <message>
        <source>The client&apos;s request has a carriage return inside a line: “%1”.</source>
        <translation>客户端的请求在行内含有回车符：“%1”。</translation>
    </message>
    <message>
        <source>The client&apos;s request does not start with an HTTP request line: “%1”.</source>
        <translation>客户端的请求不是以 HTTP 请求行开头：“%1”。</translation>
    </message>
    <message>
        <source>The client&apos;s request continues a header on a second line: “%1”.</source>
        <translation>客户端的请求将某个头部续写到了第二行：“%1”。</translation>
    </message>
    <message>
        <source>The client&apos;s request has a malformed header line: “%1”.</source>
        <translation>客户端的请求含有格式错误的头部行：“%1”。</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeResponse</name>
    <message>
        <source>The server answered with HTTP status %1 instead of 101 Switching Protocols.</source>
        <translation>服务器以 HTTP 状态 %1 响应，而不是 101 Switching Protocols。</translation>
    </message>
    <message>
        <source>The answer lacks the header “Upgrade: websocket”.</source>
        <translation>响应缺少头部“Upgrade: websocket”。</translation>
    </message>
    <message>
        <source>The answer lacks the header “Connection: Upgrade”.</source>
        <translation>响应缺少头部“Connection: Upgrade”。</translation>
    </message>
    <message>
        <source>The answer lacks the Sec-WebSocket-Accept header.</source>
        <translation>响应缺少 Sec-WebSocket-Accept 头部。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is “%1” but should be “%2”.</source>
        <translation>Sec-WebSocket-Accept 为“%1”，但应为“%2”。</translation>
    </message>
    <message>
        <source>The server chose more than one subprotocol.</source>
        <translation>服务器选择了多个子协议。</translation>
    </message>
    <message>
        <source>The server chose subprotocol “%1”, which was not offered.</source>
        <translation>服务器选择了未提供的子协议“%1”。</translation>
    </message>
    <message>
        <source>The server accepted extensions “%1” that were not offered.</source>
        <translation>服务器接受了未提供的扩展“%1”。</translation>
    </message>
</context>
<context>
    <name>Framewise::HandshakeResponseParser</name>
    <message>
        <source>The server&apos;s answer has a header block larger than %1 KiB.</source>
        <translation>服务器响应的头部块大于 %1 KiB。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering the handshake.</source>
        <translation>服务器未响应握手就关闭了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its handshake answer.</source>
        <translation>服务器在握手响应的中途关闭了连接。</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not start with an HTTP status line: “%1”.</source>
        <translation>服务器的响应不是以 HTTP 状态行开头：“%1”。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header line: “%1”.</source>
        <translation>服务器的响应含有格式错误的头部行：“%1”。</translation>
    </message>
</context>
<context>
    <name>Framewise::HeldMessageDialog</name>
    <message>
        <source>&amp;Hex</source>
        <translation>十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>Edit held message</source>
        <translation>编辑挂起的消息</translation>
    </message>
    <message>
        <source>Original message</source>
        <translation>原消息</translation>
    </message>
    <message>
        <source>Message to forward</source>
        <translation>要转发的消息</translation>
    </message>
    <message numerus="yes">
        <source>Original (%n bytes)</source>
        <translation>
            <numerusform>原内容（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>To forward</source>
        <translation>要转发的内容</translation>
    </message>
    <message>
        <source>Save edit</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <source>The hex text has an odd number of digits; each byte needs two.</source>
        <translation>十六进制文本的位数为奇数；每个字节需要两位。</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not a hex digit.</source>
        <translation>位置 %2 处的“%1”不是十六进制数字。</translation>
    </message>
    <message>
        <source>A text message must be valid UTF-8; these bytes are not.</source>
        <translation>文本消息必须是有效的 UTF-8；这些字节不是。</translation>
    </message>
</context>
<context>
    <name>Framewise::HeldMessagesModel</name>
    <message>
        <source>app → server</source>
        <translation>应用 → 服务器</translation>
    </message>
    <message>
        <source>server → app</source>
        <translation>服务器 → 应用</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>，已编辑</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>Framewise::HexPane</name>
    <message>
        <source>Find bytes: de ad be ef</source>
        <translation>查找字节：de ad be ef</translation>
    </message>
    <message>
        <source>Find in the bytes</source>
        <translation>在字节中查找</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Find as</source>
        <translation>查找方式</translation>
    </message>
    <message>
        <source>Hex: bytes written as hex digits (de ad be ef, deadbeef, 0xde 0xad). Text: the characters as UTF-8, case-sensitive.</source>
        <translation>十六进制：以十六进制数字书写的字节（de ad be ef、deadbeef、0xde 0xad）。文本：按 UTF-8 的字符，区分大小写。</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>下一个匹配（F3、Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Find bytes or text (Ctrl+F)</source>
        <translation>查找字节或文本（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find text (UTF-8)</source>
        <translation>查找文本（UTF-8）</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>请输入要查找的文本。</translation>
    </message>
    <message>
        <source>Not hex: %1 Write bytes as pairs of hex digits (de ad be ef), or choose Text to find characters.</source>
        <translation>不是十六进制：%1 请把字节写成成对的十六进制数字（de ad be ef），或选择“文本”来查找字符。</translation>
    </message>
    <message>
        <source>Type the bytes to find as hex, e.g. de ad be ef.</source>
        <translation>请以十六进制输入要查找的字节，例如 de ad be ef。</translation>
    </message>
    <message>
        <source>There are no bytes to search.</source>
        <translation>没有可搜索的字节。</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message>
        <source>Found at 0x%1 (%2).</source>
        <translation>在 0x%1（%2）处找到。</translation>
    </message>
    <message>
        <source>Went on from the start.</source>
        <translation>已从开头继续。</translation>
    </message>
    <message>
        <source>Went on from the end.</source>
        <translation>已从末尾继续。</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>Framewise::HexView</name>
    <message>
        <source>Hex view</source>
        <translation>十六进制视图</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Copy as Hex</source>
        <translation>复制为十六进制</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>复制为 C 数组</translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation>复制为 Base64</translation>
    </message>
    <message>
        <source>Copy Raw Bytes</source>
        <translation>复制原始字节</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Go to Offset…</source>
        <translation>转到偏移量…</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not followed by hex digits.</source>
        <translation>位置 %2 处的“%1”后面没有十六进制数字。</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not a hex digit.</source>
        <translation>位置 %2 处的“%1”不是十六进制数字。</translation>
    </message>
    <message>
        <source>The hex digit “%1” at position %2 has no partner: every byte takes two digits.</source>
        <translation>位置 %2 处的十六进制数字“%1”没有配对：每个字节需要两位数字。</translation>
    </message>
    <message>
        <source>There is no data to go to.</source>
        <translation>没有可跳转的数据。</translation>
    </message>
    <message>
        <source>Enter an offset: a decimal number, 0x followed by hex digits, or -N to count back from the end.</source>
        <translation>请输入偏移量：十进制数、0x 加十六进制数字，或 -N 表示从末尾倒数。</translation>
    </message>
    <message>
        <source>“%1” is not an offset: the digits are missing.</source>
        <translation>“%1”不是偏移量：缺少数字。</translation>
    </message>
    <message>
        <source>“%1” is not an offset: “%2” at position %3 is not a hex digit.</source>
        <translation>“%1”不是偏移量：位置 %3 处的“%2”不是十六进制数字。</translation>
    </message>
    <message>
        <source>“%1” is not an offset: “%2” at position %3 is not a decimal digit. Write a decimal number, 0x followed by hex digits, or -N to count back from the end.</source>
        <translation>“%1”不是偏移量：位置 %3 处的“%2”不是十进制数字。请写十进制数、0x 加十六进制数字，或 -N 表示从末尾倒数。</translation>
    </message>
    <message>
        <source>“%1” is too large for an offset: the data ends at %2.</source>
        <translation>“%1”作为偏移量太大：数据在 %2 处结束。</translation>
    </message>
    <message>
        <source>%1 is outside the data: counting back from the end runs from -1 to -%2.</source>
        <translation>%1 超出数据范围：从末尾倒数的范围是 -1 到 -%2。</translation>
    </message>
    <message>
        <source>%1 is outside the data: offsets run from 0 to %2 (0x%3).</source>
        <translation>%1 超出数据范围：偏移量范围是 0 到 %2（0x%3）。</translation>
    </message>
    <message>
        <source>Offset (decimal, 0x followed by hex, or -N from the end):</source>
        <translation>偏移量（十进制、0x 加十六进制，或 -N 表示从末尾倒数）：</translation>
    </message>
    <message>
        <source>Go to Offset</source>
        <translation>转到偏移量</translation>
    </message>
    <message>
        <source>0x%1 (%2)</source>
        <translation>0x%1（%2）</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>偏移 %1</translation>
    </message>
    <message>
        <source>Selection 1 byte (0x1) from %1</source>
        <translation>选区 1 字节（0x1），起始于 %1</translation>
    </message>
    <message>
        <source>Selection %1 bytes (0x%2) from %3</source>
        <translation>选区 %1 字节（0x%2），起始于 %3</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryModel</name>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Intercepted: an app&apos;s connection that Framewise stood in the middle of</source>
        <translation>已拦截：Framewise 介入其中的应用连接</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Framewise::HistoryPanel</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Search URL, profile, how it ended</source>
        <translation>搜索 URL、配置、结束方式</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>Recorded sessions</source>
        <translation>已录制的会话</translation>
    </message>
    <message>
        <source>Open the selected sessions read-only, with filters and the hex view</source>
        <translation>以只读方式打开所选会话，可使用筛选和十六进制视图</translation>
    </message>
    <message>
        <source>Export the selected session to HAR, JSON Lines, CSV or text</source>
        <translation>将所选会话导出为 HAR、JSON Lines、CSV 或文本</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a HAR file (Chrome, Firefox, Framewise) or JSON Lines</source>
        <translation>导入 HAR 文件（Chrome、Firefox、Framewise）或 JSON Lines</translation>
    </message>
    <message>
        <source>Retention…</source>
        <translation>保留期限…</translation>
    </message>
    <message>
        <source>How long recorded sessions are kept</source>
        <translation>已录制会话的保留时长</translation>
    </message>
    <message>
        <source>Could not delete a session: %1</source>
        <translation>无法删除会话：%1</translation>
    </message>
    <message>
        <source>Delete recorded sessions</source>
        <translation>删除已录制的会话</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n recorded session(s) and all their messages? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 个已录制的会话及其所有消息吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions</source>
        <translation>
            <numerusform>%1 / %n 个会话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Framewise::HostPatternList</name>
    <message>
        <source>“%1” is an address, not a host pattern: give the host alone (example.com, *.example.com, an IP address), optionally with :port.</source>
        <translation>“%1”是地址，不是主机模式：请只给出主机（example.com、*.example.com、IP 地址），可附带 :port。</translation>
    </message>
    <message>
        <source>“%1” has no valid port after its colon (1 to 65535).</source>
        <translation>“%1”的冒号后没有有效的端口（1 到 65535）。</translation>
    </message>
    <message>
        <source>“%1” is not a host pattern: give a host name, *.domain, * or an IP address, optionally with :port.</source>
        <translation>“%1”不是主机模式：请给出主机名、*.domain、* 或 IP 地址，可附带 :port。</translation>
    </message>
</context>
<context>
    <name>Framewise::HttpMessageFramer</name>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end in chunked.</source>
        <translation>请求的 Transfer-Encoding 不以 chunked 结尾。</translation>
    </message>
    <message>
        <source>The message has both Transfer-Encoding and Content-Length.</source>
        <translation>该消息同时带有 Transfer-Encoding 和 Content-Length。</translation>
    </message>
    <message>
        <source>The message&apos;s Content-Length is not one number: “%1”.</source>
        <translation>该消息的 Content-Length 不是单个数字：“%1”。</translation>
    </message>
    <message>
        <source>A chunked message has a line longer than %1 bytes.</source>
        <translation>分块消息中有一行超过 %1 字节。</translation>
    </message>
    <message>
        <source>A chunk of a chunked message is longer than its size says.</source>
        <translation>分块消息中的某个块比其声明的大小更长。</translation>
    </message>
    <message>
        <source>A chunked message has a bad chunk size: “%1”.</source>
        <translation>分块消息的块大小无效：“%1”。</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptCliSpec</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>expected %1 (write \: for a colon inside a field)</source>
        <translation>应为 %1（字段内的冒号请写成 \:）</translation>
    </message>
    <message>
        <source>the direction “%1” is not to-server, to-app or both</source>
        <translation>方向“%1”不是 to-server、to-app 或 both</translation>
    </message>
    <message>
        <source>the delay “%1” is not a whole number of milliseconds</source>
        <translation>延迟“%1”不是整数毫秒数</translation>
    </message>
    <message>
        <source>the size “%1” is too large (at most %2 bytes)</source>
        <translation>大小“%1”太大（最多 %2 字节）</translation>
    </message>
    <message>
        <source>the size “%1” is not N, MIN-MAX, &gt;N, &gt;=N, &lt;N or &lt;=N bytes (a number may end in K or M)</source>
        <translation>大小“%1”不是 N、MIN-MAX、&gt;N、&gt;=N、&lt;N 或 &lt;=N 字节（数字可以以 K 或 M 结尾）</translation>
    </message>
    <message>
        <source>no message is smaller than 0 bytes (“%1”)</source>
        <translation>没有消息小于 0 字节（“%1”）</translation>
    </message>
    <message>
        <source>the text to find is empty (to match every message, write any)</source>
        <translation>要查找的文本为空（要匹配所有消息，请写 any）</translation>
    </message>
    <message>
        <source>the JSON match “%1” has no “=”: write json:/POINTER=VALUE</source>
        <translation>JSON 匹配“%1”中没有“=”：请写 json:/POINTER=VALUE</translation>
    </message>
    <message>
        <source>the message type “%1” is not text or binary</source>
        <translation>消息类型“%1”不是 text 或 binary</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptConnection</name>
    <message>
        <source>Framewise cannot open the upstream connection: %1</source>
        <translation>Framewise 无法打开上游连接：%1</translation>
    </message>
    <message>
        <source>App %1 port %2 asks for %3</source>
        <translation>应用 %1 端口 %2 请求 %3</translation>
    </message>
    <message>
        <source>The app left before the upstream answered.</source>
        <translation>应用在上游应答之前就离开了。</translation>
    </message>
    <message>
        <source>The app went away</source>
        <translation>应用已离开</translation>
    </message>
    <message>
        <source>The app closed its connection before the upstream answered.</source>
        <translation>应用在上游应答之前关闭了连接。</translation>
    </message>
    <message>
        <source>Framewise could not open the upstream %1: %2</source>
        <translation>Framewise 无法打开上游 %1：%2</translation>
    </message>
    <message>
        <source>The server&apos;s connection ended</source>
        <translation>服务器的连接已结束</translation>
    </message>
    <message>
        <source>Server side: %1</source>
        <translation>服务器侧：%1</translation>
    </message>
    <message>
        <source>The app&apos;s connection ended</source>
        <translation>应用的连接已结束</translation>
    </message>
    <message>
        <source>App side: %1</source>
        <translation>应用侧：%1</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Closed by %1: %2</source>
        <translation>由%1关闭：%2</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptConnectionsModel</name>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>→ server</source>
        <translation>→ 服务器</translation>
    </message>
    <message>
        <source>→ app</source>
        <translation>→ 应用</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptDialog</name>
    <message>
        <source>Always the upstream&apos;s path (ignore the app&apos;s path and query)</source>
        <translation>始终使用上游的路径（忽略应用的路径和查询）</translation>
    </message>
    <message>
        <source>Send the app&apos;s Host header upstream</source>
        <translation>将应用的 Host 头部发往上游</translation>
    </message>
    <message>
        <source>New intercept</source>
        <translation>新建拦截</translation>
    </message>
    <message>
        <source>ws://real-server:8080 or wss://…</source>
        <translation>ws://real-server:8080 或 wss://…</translation>
    </message>
    <message>
        <source>PEM file, for wss:// from the app (optional)</source>
        <translation>PEM 文件，用于来自应用的 wss://（可选）</translation>
    </message>
    <message>
        <source>its PEM private key</source>
        <translation>其 PEM 私钥</translation>
    </message>
    <message>
        <source>extra CA file to trust the upstream (optional)</source>
        <translation>用于信任上游的额外 CA 文件（可选）</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>上游 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>App certificate:</source>
        <translation>供应用使用的证书：</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>供应用使用的私钥：</translation>
    </message>
    <message>
        <source>Upstream CA:</source>
        <translation>上游 CA：</translation>
    </message>
    <message>
        <source>Start intercept</source>
        <translation>开始拦截</translation>
    </message>
    <message>
        <source>Other machines can reach %1: anyone there can use the upstream through Framewise.</source>
        <translation>其他机器可以访问 %1：那里的任何人都能通过 Framewise 使用上游。</translation>
    </message>
    <message>
        <source>Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:9001.</source>
        <translation>监听地址“%1”：请给出 IP 地址和端口，例如 127.0.0.1:9001。</translation>
    </message>
    <message>
        <source>Upstream URL: %1</source>
        <translation>上游 URL：%1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>另存为配置…</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Save intercept as profile</source>
        <translation>将拦截另存为配置</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <source>(none: only the URL below)</source>
        <translation>（无：仅使用下方的 URL）</translation>
    </message>
    <message>
        <source>%1 (intercept)</source>
        <translation>%1（拦截）</translation>
    </message>
    <message>
        <source>The keychain has no saved value for: %1. The upstream goes without them.</source>
        <translation>钥匙串中没有以下各项的已保存值：%1。将在没有它们的情况下连接上游。</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptLane</name>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptMessagesBox</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Carry pings end to end</source>
        <translation>端到端传递 ping</translation>
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
        <translation>每行一条规则，按顺序应用，例如
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
        <translation>规则</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Release held messages after</source>
        <translation>自动放行挂起的消息</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Release held after:</source>
        <translation>自动放行挂起消息：</translation>
    </message>
    <message>
        <source>Rule line %1: %2</source>
        <translation>规则第 %1 行：%2</translation>
    </message>
    <message>
        <source>Rule line %1: “%2” is not a rule; start with rewrite, drop, delay, break or reply.</source>
        <translation>规则第 %1 行：“%2”不是规则；请以 rewrite、drop、delay、break 或 reply 开头。</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRule</name>
    <message>
        <source>the rewrite&apos;s regular expression is invalid: %1 at offset %2</source>
        <translation>改写规则的正则表达式无效：%1（位置 %2）</translation>
    </message>
    <message>
        <source>the regular expression is invalid: %1 at offset %2</source>
        <translation>正则表达式无效：%1（位置 %2）</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>“%1” should be %2</source>
        <translation>“%1”应为%2</translation>
    </message>
    <message>
        <source>the text to find is empty (to match every message, choose any message)</source>
        <translation>要查找的文本为空（要匹配所有消息，请选择“any”）</translation>
    </message>
    <message>
        <source>the regular expression is empty</source>
        <translation>正则表达式为空</translation>
    </message>
    <message>
        <source>the smallest size is negative (%1 bytes)</source>
        <translation>最小大小为负数（%1 字节）</translation>
    </message>
    <message>
        <source>the largest size is negative (%1 bytes)</source>
        <translation>最大大小为负数（%1 字节）</translation>
    </message>
    <message>
        <source>the largest size (%1 bytes) is below the smallest (%2 bytes)</source>
        <translation>最大大小（%1 字节）小于最小大小（%2 字节）</translation>
    </message>
    <message>
        <source>the delay is negative (%1 ms)</source>
        <translation>延迟为负数（%1 毫秒）</translation>
    </message>
    <message>
        <source>the delay of %1 ms is longer than a day (%2 ms)</source>
        <translation>%1 毫秒的延迟超过一天（%2 毫秒）</translation>
    </message>
    <message>
        <source>the reply is a text message but not valid UTF-8</source>
        <translation>回复是文本消息，但不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>to-server, to-app or both</source>
        <translation>to-server、to-app 或 both</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>text or binary</source>
        <translation>text 或 binary</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>base64 文本</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRuleSet</name>
    <message>
        <source>Intercept rule %1: %2.</source>
        <translation>拦截规则 %1：%2。</translation>
    </message>
    <message>
        <source>Intercept rule %1 (“%2”): %3.</source>
        <translation>拦截规则 %1（“%2”）：%3。</translation>
    </message>
    <message>
        <source>The intercept rules: “rules” should be a list.</source>
        <translation>拦截规则：“rules”应为列表。</translation>
    </message>
    <message>
        <source>Intercept rule %1 should be an object.</source>
        <translation>拦截规则 %1 应为对象。</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptRunner</name>
    <message>
        <source>* listening on %1, forwarding to %2</source>
        <translation>* 正在监听 %1，转发到 %2</translation>
    </message>
    <message>
        <source>[%1] app %2 connected: %3</source>
        <translation>[%1] 应用 %2 已连接：%3</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>拦截 %1</translation>
    </message>
    <message>
        <source>[%1] answered %2</source>
        <translation>[%1] 已应答 %2</translation>
    </message>
    <message>
        <source>[%1] %2 %3 %4 B</source>
        <translation>[%1] %2 %3 %4 B</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>* refused %1: %2%3</source>
        <translation>* 已拒绝 %1：%2%3</translation>
    </message>
    <message>
        <source>[%1] ended: %2</source>
        <translation>[%1] 已结束：%2</translation>
    </message>
    <message>
        <source>Framewise intercept is shutting down</source>
        <translation>Framewise 拦截正在关闭</translation>
    </message>
    <message>
        <source>Choose another port with --listen (port 0: any free one).</source>
        <translation>请用 --listen 选择另一个端口（端口 0：任意空闲端口）。</translation>
    </message>
    <message numerus="yes">
        <source>released in %n s</source>
        <translation>
            <numerusform>%n 秒后放行</numerusform>
        </translation>
    </message>
    <message>
        <source>held until the connection ends; --auto-release SECONDS lets it go on</source>
        <translation>挂起直到连接结束；--auto-release SECONDS 可将其放行</translation>
    </message>
    <message>
        <source>[%1] %2 %3 %4 B held by %5 (%6)%7</source>
        <translation>[%1] %2 %3 %4 B 被 %5 挂起（%6）%7</translation>
    </message>
    <message numerus="yes">
        <source>[%1] recorded as session %2 (%n records) in %3</source>
        <translation>
            <numerusform>[%1] 已录制为会话 %2（%n 条记录），位于 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2 close (no code)</source>
        <translation>[%1] %2 关闭（无代码）</translation>
    </message>
    <message>
        <source>[%1] %2 close %3</source>
        <translation>[%1] %2 关闭 %3</translation>
    </message>
    <message>
        <source>[%1] %2 close %3: %4</source>
        <translation>[%1] %2 关闭 %3：%4</translation>
    </message>
    <message>
        <source>framewise-cli %1: %2</source>
        <translation>framewise-cli %1：%2</translation>
    </message>
    <message>
        <source>framewise-cli %1: not recording: %2</source>
        <translation>framewise-cli %1：不进行录制：%2</translation>
    </message>
    <message>
        <source>framewise-cli %1: warning: listening on %2, not only this machine: anyone who can reach it can use the upstream through Framewise.</source>
        <translation>framewise-cli %1：警告：正在监听 %2，不仅限于本机：任何能访问它的人都能通过 Framewise 使用上游。</translation>
    </message>
    <message>
        <source>every host</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>* proxy listening on %1, intercepting %2; %3</source>
        <translation>* 代理正在监听 %1，拦截 %2；%3</translation>
    </message>
    <message>
        <source>TLS decrypted with the Framewise CA (SHA-256 %1); apps must trust its certificate, %2</source>
        <translation>TLS 使用 Framewise CA 解密（SHA-256 %1）；应用必须信任其证书：%2</translation>
    </message>
    <message>
        <source>TLS tunnelled without decrypting</source>
        <translation>TLS 通过隧道转发，不解密</translation>
    </message>
    <message>
        <source>[%1] app %2 connected: %3 → %4</source>
        <translation>[%1] 应用 %2 已连接：%3 → %4</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>* tunnel %1 → %2</source>
        <translation>* 隧道 %1 → %2</translation>
    </message>
    <message>
        <source>* tunnel %1 → %2 (%3)</source>
        <translation>* 隧道 %1 → %2（%3）</translation>
    </message>
    <message>
        <source>* forwarded %1 %2 to %3</source>
        <translation>* 已将 %1 %2 转发到 %3</translation>
    </message>
    <message>
        <source>* TLS to %1 from %2 failed: %3</source>
        <translation>* 从 %2 到 %1 的 TLS 失败：%3</translation>
    </message>
    <message>
        <source>Framewise proxy is shutting down</source>
        <translation>Framewise 代理正在关闭</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptServer</name>
    <message>
        <source>Cannot read the certificate or key: %1</source>
        <translation>无法读取证书或私钥：%1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key (RSA or EC).</source>
        <translation>%1 不包含 PEM 私钥（RSA 或 EC）。</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptSettings</name>
    <message>
        <source>The listen address is not a valid IP address.</source>
        <translation>监听地址不是有效的 IP 地址。</translation>
    </message>
    <message>
        <source>Upstream: %1</source>
        <translation>上游：%1</translation>
    </message>
    <message>
        <source>To accept wss:// from the app, give both a certificate and its private key.</source>
        <translation>要接受来自应用的 wss://，请同时提供证书及其私钥。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The auto-release time cannot be negative.</source>
        <translation>自动放行时间不能为负数。</translation>
    </message>
</context>
<context>
    <name>Framewise::InterceptTab</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Intercepted connections</source>
        <translation>拦截的连接</translation>
    </message>
    <message>
        <source>Held messages</source>
        <translation>挂起的消息</translation>
    </message>
    <message>
        <source>to server</source>
        <translation>发往服务器</translation>
    </message>
    <message>
        <source>to app</source>
        <translation>发往应用</translation>
    </message>
    <message>
        <source>Inject direction</source>
        <translation>注入方向</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary (hex)</source>
        <translation>二进制（十六进制）</translation>
    </message>
    <message>
        <source>Message to inject on the selected connection</source>
        <translation>要注入到所选连接的消息</translation>
    </message>
    <message>
        <source>Message to inject</source>
        <translation>要注入的消息</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>全部放行</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>转发(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>全部放行(&amp;A)</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>注入</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Point your app at %1 instead of %2.
Its connections appear on the left.</source>
        <translation>让您的应用连接 %1 而不是 %2。
它的连接会显示在左侧。</translation>
    </message>
    <message>
        <source>Intercept :%1</source>
        <translation>拦截 :%1</translation>
    </message>
    <message>
        <source>Binary messages are typed as hex digits, two per byte (e.g. 0a ff 10).</source>
        <translation>二进制消息以十六进制数字输入，每字节两位（例如 0a ff 10）。</translation>
    </message>
    <message>
        <source>Pick a connection on the left first.</source>
        <translation>请先在左侧选择一个连接。</translation>
    </message>
    <message>
        <source>Connection %1 is not open; nothing was sent.</source>
        <translation>连接 %1 未打开；未发送任何内容。</translation>
    </message>
    <message>
        <source>Framewise intercept stopped</source>
        <translation>Framewise 拦截已停止</translation>
    </message>
    <message>
        <source>Listening on %1 → %2</source>
        <translation>正在监听 %1 → %2</translation>
    </message>
    <message>
        <source>Stopped (was %1)</source>
        <translation>已停止（原为 %1）</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n live</source>
        <translation>
            <numerusform>  ·  %n 个活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ended</source>
        <translation>
            <numerusform>，%n 个已结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n held</source>
        <translation>
            <numerusform>  ·  %n 条挂起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n refused</source>
        <translation>
            <numerusform>  ·  %n 个被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxy problems</source>
        <translation>代理问题</translation>
    </message>
    <message>
        <source>Latest proxy problem</source>
        <translation>最近的代理问题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Proxy problems (per host; hover for the whole text)</source>
        <translation>代理问题（按主机；悬停可查看完整文本）</translation>
    </message>
    <message>
        <source>This tab is an intercept, not a proxy.</source>
        <translation>此标签页是拦截，不是代理。</translation>
    </message>
    <message>
        <source>Set your app&apos;s or browser&apos;s HTTP proxy to %1 (e.g. HTTPS_PROXY=%1).
For wss:// it must trust the Framewise CA: File › Export CA certificate…, then see “Trusting the Framewise CA” in the README.
Intercepted WebSocket connections appear on the left, grouped by host.</source>
        <translation>将应用或浏览器的 HTTP 代理设置为 %1（例如 HTTPS_PROXY=%1）。
使用 wss:// 时，它必须信任 Framewise CA：文件 › 导出 CA 证书…，然后参阅 README 中的“Trusting the Framewise CA”。
拦截的 WebSocket 连接按主机分组显示在左侧。</translation>
    </message>
    <message>
        <source>Proxy :%1</source>
        <translation>代理 :%1</translation>
    </message>
    <message>
        <source>Framewise proxy stopped</source>
        <translation>Framewise 代理已停止</translation>
    </message>
    <message>
        <source>every host</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>TLS decrypted with the Framewise CA (SHA-256 %1)</source>
        <translation>TLS 使用 Framewise CA 解密（SHA-256 %1）</translation>
    </message>
    <message>
        <source>TLS tunnelled untouched (no Framewise CA)</source>
        <translation>TLS 原样通过隧道转发（没有 Framewise CA）</translation>
    </message>
    <message>
        <source>TLS tunnelled untouched</source>
        <translation>TLS 原样通过隧道转发</translation>
    </message>
    <message>
        <source>Proxy %1  ·  intercepting %2  ·  %3</source>
        <translation>代理 %1  ·  拦截 %2  ·  %3</translation>
    </message>
    <message>
        <source>Stopped (was proxy %1)</source>
        <translation>已停止（原为代理 %1）</translation>
    </message>
    <message>
        <source>WebSocket connections: %1 (%2 live)  ·  forwarded: %3  ·  tunnels: %4  ·  refused: %5  ·  TLS rejected: %6</source>
        <translation>WebSocket 连接：%1（%2 个活动）  ·  已转发：%3  ·  隧道：%4  ·  已拒绝：%5  ·  TLS 被拒：%6</translation>
    </message>
    <message>
        <source>  ·  held: %1</source>
        <translation>  ·  挂起：%1</translation>
    </message>
    <message>
        <source>Latest problem: %1</source>
        <translation>最近的问题：%1</translation>
    </message>
</context>
<context>
    <name>Framewise::JsonPointer</name>
    <message>
        <source>the JSON pointer “%1” does not start with “/” (the empty pointer is the whole document)</source>
        <translation>JSON 指针“%1”不是以“/”开头（空指针表示整个文档）</translation>
    </message>
    <message>
        <source>the JSON pointer “%1” has a “~” at offset %2 that is not followed by 0 or 1 (write ~0 for “~” and ~1 for “/”)</source>
        <translation>JSON 指针“%1”在位置 %2 处的“~”后面既不是 0 也不是 1（“~”写作 ~0，“/”写作 ~1）</translation>
    </message>
</context>
<context>
    <name>Framewise::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n 个键}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Framewise::LocalEchoServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>无法在 127.0.0.1:%1 上监听。</translation>
    </message>
</context>
<context>
    <name>Framewise::LogFilterProxyModel</name>
    <message>
        <source>Regular expression error at position %1: %2</source>
        <translation>正则表达式在位置 %1 处出错：%2</translation>
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
        <translation>连接</translation>
    </message>
    <message>
        <source>New connection (Ctrl+T)</source>
        <translation>新建连接（Ctrl+T）</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New connection</source>
        <translation>新建连接(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close connection tab</source>
        <translation>关闭连接选项卡(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>在日志中查找(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>清空日志(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;frames</source>
        <translation>显示帧(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个选项卡(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>上一个选项卡(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Run local echo server</source>
        <translation>运行本地回显服务器(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect to local server</source>
        <translation>连接到本地服务器(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Framewise</source>
        <translation>关于 Framewise(&amp;A)</translation>
    </message>
    <message>
        <source>About Framewise</source>
        <translation>关于 Framewise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Framewise %1&lt;/b&gt;&lt;p&gt;An inspector for WebSocket endpoints: the handshake, every frame, pings with round-trip times, and why a connection ended.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Framewise %1&lt;/b&gt;&lt;p&gt;WebSocket 端点检查器：握手、每一帧、带往返时间的 Ping，以及连接结束的原因。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>The local echo server could not start: %1</source>
        <translation>本地回显服务器无法启动：%1</translation>
    </message>
    <message>
        <source>Local echo</source>
        <translation>本地回显</translation>
    </message>
    <message>
        <source>A local echo server is running at %1 — press Connect to try it.</source>
        <translation>本地回显服务器正在 %1 上运行 — 按“连接”即可试用。</translation>
    </message>
    <message>
        <source>Local server: %1</source>
        <translation>本地服务器：%1</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n msgs (%1)</source>
        <translation>
            <numerusform>↓ %n 条消息（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>↑ %n msgs (%1)</source>
        <translation>
            <numerusform>↑ %n 条消息（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>  ·  RTT %1 ms</source>
        <translation>  ·  RTT %1 ms</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>Recording stopped: %1 The sessions go on in memory; File › Export session saves them.</source>
        <translation>录制已停止：%1 会话仍在内存中继续；可通过“文件 › 导出会话”保存。</translation>
    </message>
    <message>
        <source>Sessions are not recorded: %1 They still work in memory; File › Export session saves them.</source>
        <translation>会话未被录制：%1 它们仍可在内存中使用；可通过“文件 › 导出会话”保存。</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>未录制</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>The session cannot be opened: %1</source>
        <translation>无法打开会话：%1</translation>
    </message>
    <message>
        <source>Part of the session could not be read: %1</source>
        <translation>会话的一部分无法读取：%1</translation>
    </message>
    <message>
        <source>%1 holds no WebSocket connection.</source>
        <translation>%1 不包含任何 WebSocket 连接。</translation>
    </message>
    <message>
        <source>The import could not be stored: %1</source>
        <translation>无法保存导入的内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sessions; the first few are open, the rest are in History.</source>
        <translation>
            <numerusform>已导入 %n 个会话；前几个已打开，其余的在“历史记录”中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>导入会话</translation>
    </message>
    <message>
        <source>Session logs (*.har *.jsonl *.ndjson);;All files (*)</source>
        <translation>会话日志 (*.har *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>The tab was closed.</source>
        <translation>该选项卡已关闭。</translation>
    </message>
    <message>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>The session is gone: %1</source>
        <translation>该会话已不存在：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded session(s) deleted by the retention limits.</source>
        <translation>
            <numerusform>已按保留限制删除 %n 个已录制的会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export session…</source>
        <translation>导出会话(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import session…</source>
        <translation>导入会话(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Record sessions</source>
        <translation>录制会话(&amp;R)</translation>
    </message>
    <message>
        <source>Record every connection to the session database as it happens</source>
        <translation>将每个连接实时录制到会话数据库中</translation>
    </message>
    <message>
        <source>Keep recorded sessions…</source>
        <translation>保留已录制的会话…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Framewise shows the new language after a restart.</source>
        <translation>Framewise 重启后显示新语言。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Unsaved profile changes</source>
        <translation>未保存的配置更改</translation>
    </message>
    <message numerus="yes">
        <source>The profile %1 has changes that are not saved.</source>
        <translation>
            <numerusform>配置 %1 有尚未保存的更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>关闭前保存吗？</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 were left out: each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>%1 中有 %n 条消息被略过：每条都缺少时间、类型、操作码或数据，或其中某项无法读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Restarting now closes every tab and its %n open connection(s) (Going Away); what they recorded stays in History.</source>
        <translation>
            <numerusform>立即重启会关闭每个标签页及其 %n 个打开的连接（Going Away）；它们录制的内容保留在历史记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting now closes every tab; what they recorded stays in History.</source>
        <translation>立即重启会关闭每个标签页；它们录制的内容保留在历史记录中。</translation>
    </message>
    <message>
        <source>New &amp;intercept…</source>
        <translation>新建拦截(&amp;T)…</translation>
    </message>
    <message>
        <source>New intercept</source>
        <translation>新建拦截</translation>
    </message>
    <message>
        <source>New &amp;proxy…</source>
        <translation>新建代理(&amp;P)…</translation>
    </message>
    <message>
        <source>An HTTP proxy for apps and browsers: their WebSocket connections are intercepted</source>
        <translation>供应用和浏览器使用的 HTTP 代理：拦截它们的 WebSocket 连接</translation>
    </message>
    <message>
        <source>Export C&amp;A certificate…</source>
        <translation>导出 CA 证书(&amp;A)…</translation>
    </message>
    <message>
        <source>Write the Framewise CA&apos;s certificate (PEM or DER) for apps and browsers to trust</source>
        <translation>写出 Framewise CA 的证书（PEM 或 DER），供应用和浏览器信任</translation>
    </message>
    <message>
        <source>CA &amp;details…</source>
        <translation>CA 详情(&amp;D)…</translation>
    </message>
    <message>
        <source>There is no Framewise CA to decrypt TLS with: %1
Untick “Decrypt TLS with the Framewise CA” to tunnel TLS untouched, or regenerate the CA under View › CA details.</source>
        <translation>没有可用于解密 TLS 的 Framewise CA：%1
取消勾选“使用 Framewise CA 解密 TLS”以原样通过隧道转发 TLS，或在“视图 › CA 详情”中重新生成 CA。</translation>
    </message>
    <message>
        <source>New proxy</source>
        <translation>新建代理</translation>
    </message>
    <message>
        <source>Given to this window for this run only; not stored.</source>
        <translation>仅在本次运行中提供给此窗口；不保存。</translation>
    </message>
    <message>
        <source>For this run only. %1</source>
        <translation>仅限本次运行。%1</translation>
    </message>
    <message>
        <source>In the system keychain (its private key is never written to a file).</source>
        <translation>在系统钥匙串中（其私钥绝不会写入文件）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export CA certificate</source>
        <translation>导出 CA 证书</translation>
    </message>
    <message>
        <source>There is no Framewise CA: %1</source>
        <translation>没有 Framewise CA：%1</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM 证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>DER 证书 (*.der *.cer)</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (DER) to %1</source>
        <translation>已将 Framewise CA 证书（DER）写入 %1</translation>
    </message>
    <message>
        <source>Wrote the Framewise CA certificate (PEM) to %1</source>
        <translation>已将 Framewise CA 证书（PEM）写入 %1</translation>
    </message>
    <message>
        <source> (this run&apos;s CA only: no keychain)</source>
        <translation>（仅为本次运行的 CA：没有钥匙串）</translation>
    </message>
    <message>
        <source>Regenerate the Framewise CA</source>
        <translation>重新生成 Framewise CA</translation>
    </message>
</context>
<context>
    <name>Framewise::MessageAssembler</name>
    <message>
        <source>A continuation frame arrived while no fragmented message was in progress.</source>
        <translation>在没有进行中的分片消息时收到了延续帧。</translation>
    </message>
    <message>
        <source>A new data frame arrived before the fragmented message in progress was finished.</source>
        <translation>进行中的分片消息尚未结束时收到了新的数据帧。</translation>
    </message>
    <message>
        <source>A text message is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation>某条文本消息不是有效的 UTF-8（第一个错误字节位于偏移量 %1）。</translation>
    </message>
    <message>
        <source>A message exceeds the message size limit of %1 bytes.</source>
        <translation>某条消息超出了 %1 字节的消息大小限制。</translation>
    </message>
    <message>
        <source>A Close frame carried a 1-byte payload; a close code needs 2 bytes.</source>
        <translation>某个 Close 帧携带了 1 字节的负载；关闭代码需要 2 字节。</translation>
    </message>
    <message>
        <source>A Close frame carried a close code that may not be used.</source>
        <translation>某个 Close 帧携带了不允许使用的关闭代码。</translation>
    </message>
    <message>
        <source>A Close frame&apos;s reason is not valid UTF-8.</source>
        <translation>某个 Close 帧的原因不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>RSV1 (compressed) was set on a control or continuation frame.</source>
        <translation>控制帧或延续帧上设置了 RSV1（已压缩）。</translation>
    </message>
    <message>
        <source>A compressed message could not be inflated: the deflate data is corrupt.</source>
        <translation>无法解压缩某条压缩消息：deflate 数据已损坏。</translation>
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
        <translation>文本</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 (%2 on wire)</source>
        <translation>%1（线路上 %2）</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无代码）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), %1 bytes on the wire</source>
        <translation>
            <numerusform>%n 帧，线路上 %1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 秒</translation>
    </message>
    <message>
        <source>+%1 min %2 s</source>
        <translation>+%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>距上一条</translation>
    </message>
    <message>
        <source>Since connect</source>
        <translation>距连接</translation>
    </message>
    <message>
        <source>%1 · %2 (streamed from a file; not kept)</source>
        <translation>%1 · %2（从文件流式发送；未保留）</translation>
    </message>
    <message>
        <source>%1 (streamed from a file; not kept)</source>
        <translation>%1（从文件流式发送；未保留）</translation>
    </message>
    <message>
        <source>%1 (not kept)</source>
        <translation>%1（未保留）</translation>
    </message>
    <message>
        <source>Held at a breakpoint</source>
        <translation>在断点处挂起</translation>
    </message>
    <message>
        <source>Edited: its data was changed by a rule or by hand</source>
        <translation>已编辑：其数据被规则或手动修改过</translation>
    </message>
    <message>
        <source>Dropped: not forwarded to the server</source>
        <translation>已丢弃：未转发给服务器</translation>
    </message>
    <message>
        <source>Dropped: not forwarded to the app</source>
        <translation>已丢弃：未转发给应用</translation>
    </message>
    <message>
        <source>Dropped: not forwarded</source>
        <translation>已丢弃：未转发</translation>
    </message>
    <message>
        <source>Injected: sent to the server by you, not by the app</source>
        <translation>已注入：由您而非应用发送给服务器</translation>
    </message>
    <message>
        <source>Injected: sent to the app by you, not by the server</source>
        <translation>已注入：由您而非服务器发送给应用</translation>
    </message>
    <message>
        <source>Injected: sent by you</source>
        <translation>已注入：由您发送</translation>
    </message>
    <message>
        <source>Delayed: forwarded late by a delay rule</source>
        <translation>已延迟：被延迟规则推迟转发</translation>
    </message>
    <message>
        <source>Replied: answered by a reply rule instead of forwarded</source>
        <translation>已应答：由应答规则作答，未转发</translation>
    </message>
</context>
<context>
    <name>Framewise::PendingHandshake</name>
    <message>
        <source>The upstream&apos;s answer could not be passed on: it is not valid HTTP.</source>
        <translation>无法转交上游的应答：它不是有效的 HTTP。</translation>
    </message>
</context>
<context>
    <name>Framewise::Profile</name>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>a non-empty identifier</source>
        <translation>非空标识符</translation>
    </message>
    <message>
        <source>a non-empty name</source>
        <translation>非空名称</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>配置“%1”</translation>
    </message>
    <message>
        <source>A header of profile “%1”</source>
        <translation>配置“%1”的某个头部</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>对象列表</translation>
    </message>
    <message>
        <source>Compression of profile “%1”</source>
        <translation>配置“%1”的压缩设置</translation>
    </message>
    <message>
        <source>TLS of profile “%1”</source>
        <translation>配置“%1”的 TLS 设置</translation>
    </message>
    <message>
        <source>Proxy of profile “%1”</source>
        <translation>配置“%1”的代理设置</translation>
    </message>
    <message>
        <source>A variable of profile “%1”</source>
        <translation>配置“%1”的某个变量</translation>
    </message>
    <message>
        <source>A snippet of profile “%1”</source>
        <translation>配置“%1”的某个片段</translation>
    </message>
    <message>
        <source>text, json, hex or base64</source>
        <translation>text、json、hex 或 base64</translation>
    </message>
    <message>
        <source>Undefined variable(s): %1. Define them in the profile&apos;s variables or remove the {{…}} references.</source>
        <translation>未定义的变量：%1。请在配置的变量中定义它们，或删除 {{…}} 引用。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>Framewise::ProfileManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation>没有这个配置。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
</context>
<context>
    <name>Framewise::ProfileStore</name>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 不是有效的 JSON（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Framewise profiles file.</source>
        <translation>%1 不是 Framewise 配置文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer Framewise (format version %2; this one reads up to %3).</source>
        <translation>%1 由更新版本的 Framewise 写入（格式版本 %2；此版本最多读取 %3）。</translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation>%1 没有有效的格式版本。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot read the profiles in %1: %2</source>
        <translation>无法读取 %1 中的配置：%2</translation>
    </message>
    <message>
        <source>It was left as it is; profiles will not be saved until you choose to start over (a copy is kept at %1).</source>
        <translation>该文件保持原样；在您选择重新开始之前不会保存配置（副本保存在 %1）。</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>无法将配置保存到 %1：%2</translation>
    </message>
    <message>
        <source>The damaged profiles file could not be copied aside, so it is left as it is.</source>
        <translation>无法另存损坏的配置文件的副本，因此保持原样。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyClient</name>
    <message>
        <source>the client closed TLS: it does not trust the Framewise CA (or it pins its server&apos;s certificate). Trust the CA in the app (see the README), or leave this host out of the intercepted ones.</source>
        <translation>客户端关闭了 TLS：它不信任 Framewise CA（或固定了其服务器的证书）。请在应用中信任该 CA（参见 README），或将此主机排除在拦截的主机之外。</translation>
    </message>
    <message>
        <source>the client closed the connection during TLS: it probably does not trust the Framewise CA.</source>
        <translation>客户端在 TLS 期间关闭了连接：它可能不信任 Framewise CA。</translation>
    </message>
    <message>
        <source>TLS with the client failed: %1</source>
        <translation>与客户端的 TLS 失败：%1</translation>
    </message>
    <message>
        <source>The client did not send a complete request within %1 ms.</source>
        <translation>客户端未在 %1 毫秒内发送完整的请求。</translation>
    </message>
    <message>
        <source>the client did not finish TLS within %1 ms.</source>
        <translation>客户端未在 %1 毫秒内完成 TLS。</translation>
    </message>
    <message>
        <source>%1:%2 did not answer within %3 ms.</source>
        <translation>%1:%2 未在 %3 毫秒内应答。</translation>
    </message>
    <message>
        <source>CONNECT needs a host and a port (host:port), not “%1”.</source>
        <translation>CONNECT 需要主机和端口（host:port），而不是“%1”。</translation>
    </message>
    <message>
        <source>Framewise is an HTTP proxy: set it as your app&apos;s or browser&apos;s proxy and it forwards each request to the server the request names.%1</source>
        <translation>Framewise 是一个 HTTP 代理：将它设为应用或浏览器的代理后，它会把每个请求转发到请求所指定的服务器。%1</translation>
    </message>
    <message>
        <source> The certificate of the Framewise CA, for apps to trust, is at /framewise-ca.pem (or /framewise-ca.der) on this address.</source>
        <translation>供应用信任的 Framewise CA 证书位于此地址的 /framewise-ca.pem（或 /framewise-ca.der）。</translation>
    </message>
    <message>
        <source>The request target “%1” is not an http:// address (https:// goes through CONNECT).</source>
        <translation>请求目标“%1”不是 http:// 地址（https:// 需通过 CONNECT）。</translation>
    </message>
    <message>
        <source>TLS not decrypted: decryption is off</source>
        <translation>TLS 未解密：解密已关闭</translation>
    </message>
    <message>
        <source>TLS not decrypted: no Framewise CA</source>
        <translation>TLS 未解密：没有 Framewise CA</translation>
    </message>
    <message>
        <source>TLS not decrypted: %1</source>
        <translation>TLS 未解密：%1</translation>
    </message>
    <message>
        <source>Framewise did not forward the request: %1:%2 failed TLS verification: %3</source>
        <translation>Framewise 未转发该请求：%1:%2 未通过 TLS 验证：%3</translation>
    </message>
    <message>
        <source>Framewise could not reach %1:%2: %3</source>
        <translation>Framewise 无法访问 %1:%2：%3</translation>
    </message>
    <message>
        <source>%1:%2 answered with a header block larger than %3 KiB.</source>
        <translation>%1:%2 应答的头部块超过 %3 KiB。</translation>
    </message>
    <message>
        <source>%1:%2 did not answer with an HTTP response.</source>
        <translation>%1:%2 的应答不是 HTTP 响应。</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection without answering.</source>
        <translation>%1:%2 未应答就关闭了连接。</translation>
    </message>
    <message>
        <source>Framewise could not connect to %1:%2: %3</source>
        <translation>Framewise 无法连接到 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyDialog</name>
    <message>
        <source>&amp;Decrypt TLS with the Framewise CA</source>
        <translation>使用 Framewise CA 解密 TLS(&amp;D)</translation>
    </message>
    <message>
        <source>New proxy</source>
        <translation>新建代理</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>Hosts to intercept</source>
        <translation>要拦截的主机</translation>
    </message>
    <message>
        <source>One pattern per line; empty: every host. Others are tunnelled untouched.
example.com
*.example.com
127.0.0.1:8443</source>
        <translation>每行一个模式；留空：所有主机。其他主机原样通过隧道转发。
example.com
*.example.com
127.0.0.1:8443</translation>
    </message>
    <message>
        <source>wss:// apps must trust the Framewise CA (File › Export CA certificate…). Off, TLS is tunnelled untouched and only ws:// is looked into.</source>
        <translation>使用 wss:// 的应用必须信任 Framewise CA（文件 › 导出 CA 证书…）。关闭此项时，TLS 原样通过隧道转发，只检查 ws://。</translation>
    </message>
    <message>
        <source>PEM files, separated by ; (optional)</source>
        <translation>PEM 文件，用 ; 分隔（可选）</translation>
    </message>
    <message>
        <source>Extra CA files</source>
        <translation>额外的 CA 文件</translation>
    </message>
    <message>
        <source>CAs to trust besides the system&apos;s when Framewise connects to servers</source>
        <translation>Framewise 连接服务器时，除系统 CA 之外还要信任的 CA</translation>
    </message>
    <message>
        <source>PEM file, when servers ask for one (optional)</source>
        <translation>PEM 文件，在服务器要求时使用（可选）</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>its PEM private key</source>
        <translation>其 PEM 私钥</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>Hosts problem</source>
        <translation>主机问题</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Hosts to intercept:</source>
        <translation>要拦截的主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Servers (upstream TLS)</source>
        <translation>服务器（上游 TLS）</translation>
    </message>
    <message>
        <source>Extra &amp;CA files:</source>
        <translation>额外的 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Start proxy</source>
        <translation>启动代理</translation>
    </message>
    <message>
        <source>Other machines can reach %1: anyone there can use Framewise as their proxy and see what it decrypts.</source>
        <translation>其他机器可以访问 %1：那里的任何人都能把 Framewise 当作代理使用，并看到它解密的内容。</translation>
    </message>
    <message>
        <source>Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:%2.</source>
        <translation>监听地址“%1”：请给出 IP 地址和端口，例如 127.0.0.1:%2。</translation>
    </message>
    <message>
        <source>Hosts to intercept: %1</source>
        <translation>要拦截的主机：%1</translation>
    </message>
    <message>
        <source>Give the client certificate and its private key together.</source>
        <translation>请同时提供客户端证书及其私钥。</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyEventsModel</name>
    <message>
        <source>(no host)</source>
        <translation>（无主机）</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>已拒绝（%1）：%2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>tunnelled untouched: %1</source>
        <translation>原样通过隧道转发：%1</translation>
    </message>
    <message>
        <source>forwarded %1 %2</source>
        <translation>已转发 %1 %2</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生的情况</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxyServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>Framewise::ProxySettings</name>
    <message>
        <source>The request timeout must be positive.</source>
        <translation>请求超时必须为正数。</translation>
    </message>
</context>
<context>
    <name>Framewise::Reader</name>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>%1: “%2” should be %3.</source>
        <translation>%1：“%2”应为%3。</translation>
    </message>
</context>
<context>
    <name>Framewise::RetentionDialog</name>
    <message>
        <source>Keep recorded sessions</source>
        <translation>保留已录制的会话</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Keep sessions for days</source>
        <translation>会话保留天数</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep sessions up to megabytes</source>
        <translation>会话最多保留的兆字节数</translation>
    </message>
    <message>
        <source>Older sessions are deleted when Framewise starts and when you change these limits; the oldest go first when the total is too large. Sessions still being recorded are always kept.</source>
        <translation>Framewise 启动时以及您更改这些限制时，会删除较旧的会话；总大小过大时，最旧的会话最先删除。仍在录制的会话始终保留。</translation>
    </message>
    <message>
        <source>Keep for at most:</source>
        <translation>最长保留：</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>最多保留：</translation>
    </message>
</context>
<context>
    <name>Framewise::SecretStore</name>
    <message>
        <source>No keychain is available (%1), so secrets cannot be saved. Passwords and secret values you type are used for this session only and are never written to disk.</source>
        <translation>没有可用的钥匙串（%1），因此无法保存机密。您输入的密码和机密值仅用于本次会话，绝不会写入磁盘。</translation>
    </message>
    <message>
        <source>Cannot read the secret “%1” from the keychain: %2</source>
        <translation>无法从钥匙串读取机密“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the secret “%1” in the keychain: %2</source>
        <translation>无法在钥匙串中保存机密“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete the secret “%1” from the keychain: %2</source>
        <translation>无法从钥匙串删除机密“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Framewise::SecretsDialog</name>
    <message>
        <source>Secrets for “%1”</source>
        <translation>“%1”的机密</translation>
    </message>
    <message>
        <source>These secrets of “%1” have no saved value. Type them to use them now; save the profile to keep them in the keychain. Leave a field empty to skip it.</source>
        <translation>“%1”的这些机密没有已保存的值。输入后即可立即使用；保存配置可将其保存在钥匙串中。留空的字段将被跳过。</translation>
    </message>
    <message>
        <source>HTTP password</source>
        <translation>HTTP 密码</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>私钥密码短语</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>头部 %1</translation>
    </message>
    <message>
        <source>Variable {{%1}}</source>
        <translation>变量 {{%1}}</translation>
    </message>
</context>
<context>
    <name>Framewise::ServerHandshake</name>
    <message>
        <source>The request uses method “%1”; a WebSocket handshake must use GET.</source>
        <translation>请求使用了方法“%1”；WebSocket 握手必须使用 GET。</translation>
    </message>
    <message>
        <source>The request uses %1; a WebSocket handshake needs HTTP/1.1 or later.</source>
        <translation>请求使用了 %1；WebSocket 握手需要 HTTP/1.1 或更高版本。</translation>
    </message>
    <message>
        <source>The request has no Host header.</source>
        <translation>请求没有 Host 头部。</translation>
    </message>
    <message>
        <source>The request has more than one Host header.</source>
        <translation>请求含有多个 Host 头部。</translation>
    </message>
    <message>
        <source>The request lacks the header “Upgrade: websocket”.</source>
        <translation>请求缺少头部“Upgrade: websocket”。</translation>
    </message>
    <message>
        <source>The request lacks the header “Connection: Upgrade”.</source>
        <translation>请求缺少头部“Connection: Upgrade”。</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Key header.</source>
        <translation>请求没有 Sec-WebSocket-Key 头部。</translation>
    </message>
    <message>
        <source>The request&apos;s Sec-WebSocket-Key “%1” is not the base64 encoding of 16 bytes.</source>
        <translation>请求的 Sec-WebSocket-Key“%1”不是 16 字节的 base64 编码。</translation>
    </message>
    <message>
        <source>The request has no Sec-WebSocket-Version header; this server speaks version 13.</source>
        <translation>请求没有 Sec-WebSocket-Version 头部；此服务器使用版本 13。</translation>
    </message>
    <message>
        <source>The request asks for WebSocket version “%1”; this server speaks version 13.</source>
        <translation>请求要求 WebSocket 版本“%1”；此服务器使用版本 13。</translation>
    </message>
</context>
<context>
    <name>Framewise::Session</name>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source> (subprotocol %1)</source>
        <translation>（子协议 %1）</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>，已压缩</translation>
    </message>
    <message>
        <source>Redirected (%1) from %2 to %3</source>
        <translation>已重定向（%1）：从 %2 到 %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>A recorded session is read-only; open a new connection tab to connect.</source>
        <translation>已录制的会话是只读的；请打开新的连接选项卡进行连接。</translation>
    </message>
    <message>
        <source>Receiving paused: what the server sends waits in the network buffers</source>
        <translation>接收已暂停：服务器发送的内容在网络缓冲区中等待</translation>
    </message>
    <message>
        <source>Receiving resumed</source>
        <translation>接收已继续</translation>
    </message>
    <message>
        <source>Going away</source>
        <translation>正在离开</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionInfo</name>
    <message>
        <source>still open</source>
        <translation>仍在打开</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>closed (no code)</source>
        <translation>已关闭（无代码）</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>已关闭 %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
    <message>
        <source>invalid handshake</source>
        <translation>无效握手</translation>
    </message>
    <message>
        <source>protocol error (1002)</source>
        <translation>协议错误（1002）</translation>
    </message>
    <message>
        <source>invalid UTF-8 (1007)</source>
        <translation>无效的 UTF-8（1007）</translation>
    </message>
    <message>
        <source>message too large (1009)</source>
        <translation>消息过大（1009）</translation>
    </message>
    <message>
        <source>ping timeout</source>
        <translation>ping 超时</translation>
    </message>
    <message>
        <source>no Close in time</source>
        <translation>未及时收到 Close</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接丢失</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>redirect failed</source>
        <translation>重定向失败</translation>
    </message>
    <message>
        <source>recording stopped while open</source>
        <translation>打开期间录制已停止</translation>
    </message>
    <message>
        <source>imported, %1</source>
        <translation>已导入，%1</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionRecorder</name>
    <message>
        <source>The recording was stopped while the connection was still open.</source>
        <translation>录制在连接仍打开时被停止。</translation>
    </message>
    <message>
        <source> (%1 bits)</source>
        <translation>（%1 位）</translation>
    </message>
    <message>
        <source>Certificate: %1; issued by %2; SHA-256 %3</source>
        <translation>证书：%1；颁发者 %2；SHA-256 %3</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>已验证。</translation>
    </message>
    <message>
        <source>Not verified (%1); trusted by a pinned fingerprint.</source>
        <translation>未验证（%1）；因固定的指纹而受信任。</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>未验证：%1</translation>
    </message>
    <message>
        <source>The recording ended with its tab while the connection was still open.</source>
        <translation>录制随其标签页结束，当时连接仍处于打开状态。</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionStore</name>
    <message>
        <source>Writing the session database %1 took longer than %2 ms.</source>
        <translation>写入会话数据库 %1 耗时超过 %2 毫秒。</translation>
    </message>
    <message>
        <source>The session database is not open.</source>
        <translation>会话数据库未打开。</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>%2 中没有会话 %1。</translation>
    </message>
    <message>
        <source>Session %1 is still being recorded; stop it before deleting it.</source>
        <translation>会话 %1 仍在录制；请先停止再删除。</translation>
    </message>
</context>
<context>
    <name>Framewise::SessionTab</name>
    <message>
        <source>Message log</source>
        <translation>消息日志</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>帧日志</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>隐藏 Ping</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Filter messages (Ctrl+F)</source>
        <translation>筛选消息（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>方向筛选</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>类型筛选</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>Control frames</source>
        <translation>控制帧</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Keep the newest message in view; scrolling up turns this off</source>
        <translation>保持最新消息可见；向上滚动会关闭此项</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Framewise</source>
        <translation>Framewise</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n messages shown</source>
        <translation>
            <numerusform>显示 %1 / %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 (recorded)</source>
        <translation>%1 · %2（已录制）</translation>
    </message>
    <message>
        <source>A recorded session keeps messages, not their frames</source>
        <translation>已录制的会话只保留消息，不保留其帧</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Imported session of %1 from %2 (read-only).</source>
        <translation>从 %2 导入的 %1 会话（只读）。</translation>
    </message>
    <message>
        <source>Recorded session of %1, started %2 (read-only).</source>
        <translation>%1 的已录制会话，开始于 %2（只读）。</translation>
    </message>
    <message>
        <source>Framewise stopped while it was recording: the session ends where the last batch was written.</source>
        <translation>Framewise 在录制时停止：会话在最后写入的批次处结束。</translation>
    </message>
    <message>
        <source>Recorded session</source>
        <translation>已录制的会话</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>frames are not recorded</source>
        <translation>不录制帧</translation>
    </message>
    <message>
        <source>Receiving is paused while the recording catches up: the server waits, nothing is lost.</source>
        <translation>接收已暂停，等待录制赶上：服务器会等待，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Preserve log</source>
        <translation>保留日志</translation>
    </message>
    <message>
        <source>Keep the log and the statistics when connecting again; otherwise each connection starts a fresh log, as it is a recorded session of its own</source>
        <translation>重新连接时保留日志和统计；否则每个连接都从新日志开始，因为它是一个独立的录制会话</translation>
    </message>
</context>
<context>
    <name>Framewise::StatsPane</name>
    <message>
        <source>Messages per second</source>
        <translation>每秒消息数</translation>
    </message>
    <message>
        <source>Ping round-trip time (ms)</source>
        <translation>Ping 往返时间（毫秒）</translation>
    </message>
    <message>
        <source>KiB per second</source>
        <translation>每秒 KiB</translation>
    </message>
    <message>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message numerus="yes">
        <source>Received %n messages (%1),</source>
        <translation>
            <numerusform>已接收 %n 条消息（%1），</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n messages (%1).</source>
        <translation>
            <numerusform>已发送 %n 条（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last RTT: %1.</source>
        <translation>最近一次 RTT：%1。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>No connection yet.</source>
        <translation>尚无连接。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 时 %2 分 %3 秒</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 时 %2 分</translation>
    </message>
</context>
<context>
    <name>Framewise::StopStatus</name>
    <message>
        <source>The connection was closed (%1).</source>
        <translation>连接已关闭（%1）。</translation>
    </message>
    <message>
        <source>The connection was closed (%1): “%2”.</source>
        <translation>连接已关闭（%1）：“%2”。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening on that port.</source>
        <translation>服务器拒绝了连接：该端口上没有程序在监听。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found.</source>
        <translation>找不到服务器的名称。</translation>
    </message>
    <message>
        <source>The server did not complete the opening handshake in time.</source>
        <translation>服务器未及时完成建立连接时的握手。</translation>
    </message>
    <message>
        <source>Upgrade refused with HTTP status %1.</source>
        <translation>升级请求被拒绝，HTTP 状态 %1。</translation>
    </message>
    <message>
        <source>Upgrade refused with HTTP %1 %2.</source>
        <translation>升级请求被拒绝：HTTP %1 %2。</translation>
    </message>
    <message>
        <source>Body: “%1”.</source>
        <translation>正文：“%1”。</translation>
    </message>
    <message>
        <source>The server&apos;s handshake answer is not a valid WebSocket upgrade.</source>
        <translation>服务器的握手响应不是有效的 WebSocket 升级。</translation>
    </message>
    <message>
        <source>The server broke the WebSocket protocol; the connection was closed with 1002.</source>
        <translation>服务器违反了 WebSocket 协议；连接已以 1002 关闭。</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8; the connection was closed with 1007.</source>
        <translation>服务器发送了无效的 UTF-8 文本；连接已以 1007 关闭。</translation>
    </message>
    <message>
        <source>The server sent a message larger than the limit; the connection was closed with 1009.</source>
        <translation>服务器发送的消息超出了大小限制；连接已以 1009 关闭。</translation>
    </message>
    <message>
        <source>The server did not answer a keepalive ping in time; the connection is considered broken.</source>
        <translation>服务器未及时响应保活 Ping；连接被视为已断开。</translation>
    </message>
    <message>
        <source>The server did not answer our Close in time; the connection was dropped.</source>
        <translation>服务器未及时响应我们的 Close；连接已被断开。</translation>
    </message>
    <message>
        <source>The connection ended without a closing handshake (1006 Abnormal closure).</source>
        <translation>连接在没有关闭握手的情况下结束（1006 异常关闭）。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be established.</source>
        <translation>无法建立安全（TLS）连接。</translation>
    </message>
    <message>
        <source>A network error ended the connection.</source>
        <translation>网络错误导致连接结束。</translation>
    </message>
    <message>
        <source>The connection was cancelled.</source>
        <translation>连接已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s redirect could not be followed.</source>
        <translation>无法跟随服务器的重定向。</translation>
    </message>
</context>
<context>
    <name>Framewise::TabStateIcon</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Recorded session (read-only)</source>
        <translation>已录制的会话（只读）</translation>
    </message>
</context>
<context>
    <name>Framewise::TlsPane</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS 详情</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Not established yet</source>
        <translation>尚未建立</translation>
    </message>
    <message>
        <source>Not used (ws://)</source>
        <translation>未使用（ws://）</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 位）</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Not verified — trusted by your certificate pin</source>
        <translation>未验证 — 因您固定的证书而受信任</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Not used, or not recorded</source>
        <translation>未使用或未录制</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketChannel</name>
    <message>
        <source>Closed before the connection was established.</source>
        <translation>在连接建立之前已关闭。</translation>
    </message>
    <message>
        <source>The connection was aborted.</source>
        <translation>连接已中止。</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketChannelPrivate</name>
    <message>
        <source>Nothing usable arrived within %1 ms.</source>
        <translation>%1 毫秒内未收到任何可用数据。</translation>
    </message>
    <message>
        <source>Waited %1 ms for the server&apos;s Close.</source>
        <translation>已等待服务器的 Close %1 毫秒。</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location header.</source>
        <translation>HTTP %1 没有 Location 头部。</translation>
    </message>
    <message>
        <source>The redirect goes to “%1”, which is not a WebSocket address.</source>
        <translation>重定向指向“%1”，这不是 WebSocket 地址。</translation>
    </message>
    <message>
        <source>The redirect target “%1” is not a valid address.</source>
        <translation>重定向目标“%1”不是有效地址。</translation>
    </message>
    <message>
        <source>Refused to follow a redirect from a secure wss address to plain ws (%1).</source>
        <translation>拒绝跟随从安全 wss 地址到明文 ws 的重定向（%1）。</translation>
    </message>
    <message>
        <source>The redirects form a loop back to %1.</source>
        <translation>重定向形成了回到 %1 的循环。</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>重定向超过 %1 次。</translation>
    </message>
    <message>
        <source>The server ended the connection during the TLS handshake.</source>
        <translation>服务器在 TLS 握手期间结束了连接。</translation>
    </message>
    <message>
        <source>It ended in the middle of a frame.</source>
        <translation>连接在帧的中途结束。</translation>
    </message>
    <message>
        <source>The stream being sent was deleted after %1 of %2 bytes.</source>
        <translation>正在发送的流在发送 %1/%2 字节后被删除。</translation>
    </message>
    <message>
        <source>The stream being sent ended after %1 of %2 bytes.</source>
        <translation>正在发送的流在发送 %1/%2 字节后结束。</translation>
    </message>
    <message>
        <source>No answer for %1 s after a ping.</source>
        <translation>Ping 后 %1 秒无响应。</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketListener</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>Framewise::WebSocketListenerPrivate</name>
    <message>
        <source>Too many clients are still sending their handshake (%1); this one was cut off.</source>
        <translation>仍在发送握手的客户端过多（%1）；此客户端已被断开。</translation>
    </message>
    <message>
        <source>The client did not complete its handshake within %1 ms; the connection was closed.</source>
        <translation>客户端未在 %1 毫秒内完成握手；连接已关闭。</translation>
    </message>
    <message>
        <source>The client closed the connection without sending a handshake.</source>
        <translation>客户端未发送握手就关闭了连接。</translation>
    </message>
    <message>
        <source>The client closed the connection in the middle of its handshake.</source>
        <translation>客户端在握手过程中关闭了连接。</translation>
    </message>
    <message>
        <source>The TLS handshake with the client failed: %1</source>
        <translation>与客户端的 TLS 握手失败：%1</translation>
    </message>
</context>
<context>
    <name>FramewiseCli</name>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli：%1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli --help&apos; for the options.</source>
        <translation>运行“framewise-cli --help”查看选项。</translation>
    </message>
    <message>
        <source>Connects to a WebSocket endpoint and prints every event: messages in (&lt;) and out (&gt;), pings, pongs and the closing handshake (*). Without --send, --send-file, --echo or --count it stays connected until the server closes or Ctrl+C (which closes normally). With --send alone it closes once every message was sent and no reply came for --linger milliseconds.

</source>
        <translation>连接到 WebSocket 端点并打印每个事件：收到的（&lt;）和发出的（&gt;）消息、Ping、Pong 以及关闭握手（*）。不带 --send、--send-file、--echo 或 --count 时，会保持连接，直到服务器关闭或按下 Ctrl+C（正常关闭）。仅带 --send 时，在所有消息发送完毕且 --linger 毫秒内没有回复后关闭。

</translation>
    </message>
    <message>
        <source>ws:// or wss:// address (not with --local-echo).</source>
        <translation>ws:// 或 wss:// 地址（不能与 --local-echo 同用）。</translation>
    </message>
    <message>
        <source>Add a request header &quot;Name: value&quot; (repeatable).</source>
        <translation>添加请求头部 &quot;Name: value&quot;（可重复）。</translation>
    </message>
    <message>
        <source>Origin header to send.</source>
        <translation>要发送的 Origin 头部。</translation>
    </message>
    <message>
        <source>Subprotocol to request (repeatable).</source>
        <translation>要请求的子协议（可重复）。</translation>
    </message>
    <message>
        <source>Send a keepalive ping after this many silent seconds (0: never).</source>
        <translation>静默这么多秒后发送保活 Ping（0：从不）。</translation>
    </message>
    <message>
        <source>Give up when a ping gets no answer within this many seconds.</source>
        <translation>Ping 在这么多秒内没有响应时放弃。</translation>
    </message>
    <message>
        <source>Send this text message once connected (repeatable, sent in order).</source>
        <translation>连接后发送此文本消息（可重复，按顺序发送）。</translation>
    </message>
    <message>
        <source>Send every received message back with the same type, until the server closes.</source>
        <translation>以相同类型回发每条收到的消息，直到服务器关闭。</translation>
    </message>
    <message>
        <source>Close normally after N received messages (0: right after sending).</source>
        <translation>收到 N 条消息后正常关闭（0：发送后立即关闭）。</translation>
    </message>
    <message>
        <source>Close code when the CLI closes: 1000-1003, 1007-1014, 3000-4999, or 0 for none.</source>
        <translation>CLI 关闭时使用的关闭代码：1000-1003、1007-1014、3000-4999，或 0 表示不带代码。</translation>
    </message>
    <message>
        <source>Close reason when the CLI closes (at most 123 bytes of UTF-8).</source>
        <translation>CLI 关闭时的关闭原因（最多 123 字节的 UTF-8）。</translation>
    </message>
    <message>
        <source>Print one compact JSON object per event (JSON Lines): time, event, direction, opcode, size, text or base64, code and reason, status.</source>
        <translation>每个事件输出一个紧凑的 JSON 对象（JSON Lines）：time、event、direction、opcode、size、text 或 base64、code 和 reason、status。</translation>
    </message>
    <message>
        <source>Print only errors (with --jsonl: only &quot;error&quot; events).</source>
        <translation>只输出错误（与 --jsonl 同用时：只输出 &quot;error&quot; 事件）。</translation>
    </message>
    <message>
        <source>Start a built-in echo server on 127.0.0.1 and connect to it instead of a URL.</source>
        <translation>在 127.0.0.1 上启动内置回显服务器并连接到它，而不是连接到 URL。</translation>
    </message>
    <message>
        <source>Give up when the connection is not open after this many milliseconds.</source>
        <translation>连接在这么多毫秒后仍未打开时放弃。</translation>
    </message>
    <message>
        <source>With --send/--send-file only: how long to wait for replies after the last send.</source>
        <translation>仅用于 --send/--send-file：最后一次发送后等待回复的时长。</translation>
    </message>
    <message>
        <source>Do not offer permessage-deflate.</source>
        <translation>不提供 permessage-deflate。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM/DER file for this connection (repeatable).</source>
        <translation>在此连接中信任此 PEM/DER 文件中的 CA 证书（可重复）。</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint for the URL&apos;s host, even if it does not verify (repeatable).</source>
        <translation>对 URL 的主机信任具有此 SHA-256 指纹的服务器证书，即使验证不通过（可重复）。</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS.</source>
        <translation>用于双向 TLS 的客户端证书（PEM）。</translation>
    </message>
    <message>
        <source>Private key (PEM) of --cert; its passphrase comes from FRAMEWISE_KEY_PASSPHRASE.</source>
        <translation>--cert 的私钥（PEM）；其密码短语来自 FRAMEWISE_KEY_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Client certificate and key as PKCS#12 (.p12/.pfx); passphrase from FRAMEWISE_KEY_PASSPHRASE.</source>
        <translation>PKCS#12 格式（.p12/.pfx）的客户端证书和私钥；密码短语来自 FRAMEWISE_KEY_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Connect through this proxy: http://[user:password@]host:port (CONNECT) or socks5://….</source>
        <translation>通过此代理连接：http://[user:password@]host:port（CONNECT）或 socks5://…。</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings.</source>
        <translation>使用系统的代理设置。</translation>
    </message>
    <message>
        <source>User name for HTTP authentication (Basic or Digest) when the server answers 401; the password comes from FRAMEWISE_PASSWORD.</source>
        <translation>服务器返回 401 时用于 HTTP 认证（Basic 或 Digest）的用户名；密码来自 FRAMEWISE_PASSWORD。</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: the system&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>消息语言：%1（默认：系统语言，取自 LANGUAGE、LC_ALL、LC_MESSAGES 或 LANG）。</translation>
    </message>
    <message>
        <source>framewise-cli: no translation for “%1”; messages stay in English.</source>
        <translation>framewise-cli：没有“%1”的翻译；消息保持英文。</translation>
    </message>
    <message numerus="yes">
        <source>Give one URL only (got %n arguments).</source>
        <translation>
            <numerusform>只能指定一个 URL（收到了 %n 个参数）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give either a URL or --local-echo, not both.</source>
        <translation>请指定 URL 或 --local-echo，不能同时指定。</translation>
    </message>
    <message>
        <source>--header “%1” must look like “Name: value”.</source>
        <translation>--header“%1”的格式必须是“Name: value”。</translation>
    </message>
    <message>
        <source>--ping-interval must be a whole number of seconds from 0 to 86400.</source>
        <translation>--ping-interval 必须是 0 到 86400 之间的整数秒。</translation>
    </message>
    <message>
        <source>--ping-timeout must be a whole number of seconds from 1 to 86400.</source>
        <translation>--ping-timeout 必须是 1 到 86400 之间的整数秒。</translation>
    </message>
    <message>
        <source>--count must be a whole number, 0 or more.</source>
        <translation>--count 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>--close-code must be a number from 0 to 65535 (and one that may be sent).</source>
        <translation>--close-code 必须是 0 到 65535 之间的数字（且必须是允许发送的代码）。</translation>
    </message>
    <message>
        <source>--timeout-open must be a whole number of milliseconds from 1 to 3600000.</source>
        <translation>--timeout-open 必须是 1 到 3600000 之间的整数毫秒。</translation>
    </message>
    <message>
        <source>--linger must be a whole number of milliseconds from 0 to 3600000.</source>
        <translation>--linger 必须是 0 到 3600000 之间的整数毫秒。</translation>
    </message>
    <message>
        <source>Record the connection (handshake, every message, how it ended) in the session database; list and export recordings with the commands below.</source>
        <translation>将连接（握手、每条消息、结束方式）录制到会话数据库中；使用下面的命令列出和导出录制内容。</translation>
    </message>
    <message>
        <source>The session database for --record (default: %1).</source>
        <translation>--record 使用的会话数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>--db is for --record (and the sessions, export and import commands).</source>
        <translation>--db 用于 --record（以及 sessions、export 和 import 命令）。</translation>
    </message>
    <message>
        <source>Connect with the saved profile NAME (made in the window): its URL, headers, variables, TLS, proxy and login, with secrets from the keychain. Options given here win over the profile&apos;s.</source>
        <translation>使用已保存的配置 NAME（在窗口中创建）连接：其 URL、头部、变量、TLS、代理和登录信息，机密取自钥匙串。此处给出的选项优先于配置中的设置。</translation>
    </message>
    <message>
        <source>Print credentials as they were sent (Authorization, Cookie, Set-Cookie, the profile&apos;s secret headers and variables, the URL&apos;s password). Without it they are printed as [redacted] or ••••. A recording never keeps them.</source>
        <translation>按发送时的原样打印凭据（Authorization、Cookie、Set-Cookie、配置中的机密头部和变量、URL 中的密码）。不加此选项时显示为 [redacted] 或 ••••。录制永远不会保存它们。</translation>
    </message>
    <message>
        <source>Send a ping every this many seconds however busy the connection is, and print each pong&apos;s round-trip time (1 to 3600). Keepalive pings only after a silence, so it never measures a chatty connection.</source>
        <translation>无论连接多忙，每隔这么多秒发送一次 ping，并打印每个 pong 的往返时间（1 到 3600）。保活 ping 只在静默后发送，因此永远测不到繁忙的连接。</translation>
    </message>
    <message>
        <source>--rtt-probe must be a whole number of seconds from %1 to %2.</source>
        <translation>--rtt-probe 必须是 %1 到 %2 之间的整数秒。</translation>
    </message>
    <message>
        <source>Send this file as one binary message (over 1 MiB: streamed from disk, recorded by name and size).</source>
        <translation>将此文件作为一条二进制消息发送（超过 1 MiB：从磁盘流式发送，按名称和大小记录）。</translation>
    </message>
    <message>
        <source>Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than loopback lets other machines in: a warning says so.</source>
        <translation>在此地址和端口上监听（默认 127.0.0.1:%1；端口 0：任意空闲端口）。非环回地址会让其他机器接入：届时会给出警告。</translation>
    </message>
    <message>
        <source>The real server: ws:// or wss:// base URL; each app&apos;s path and query are appended.</source>
        <translation>真实服务器：ws:// 或 wss:// 基础 URL；每个应用的路径和查询会附加在其后。</translation>
    </message>
    <message>
        <source>Forward every app to the upstream URL as it is, ignoring the app&apos;s path and query.</source>
        <translation>将每个应用原样转发到上游 URL，忽略应用的路径和查询。</translation>
    </message>
    <message>
        <source>Send the app&apos;s Host header upstream instead of the upstream&apos;s own.</source>
        <translation>向上游发送应用的 Host 头部，而不是上游自己的。</translation>
    </message>
    <message>
        <source>Accept wss:// from apps with this PEM certificate (with --listen-key).</source>
        <translation>使用此 PEM 证书接受来自应用的 wss://（与 --listen-key 一起使用）。</translation>
    </message>
    <message>
        <source>The PEM private key of --listen-cert.</source>
        <translation>--listen-cert 的 PEM 私钥。</translation>
    </message>
    <message>
        <source>Release held messages after this many seconds (0: never).</source>
        <translation>挂起的消息在这么多秒后放行（0：从不）。</translation>
    </message>
    <message>
        <source>Answer pings on each leg instead of carrying them end to end.</source>
        <translation>在每个连接段上各自应答 ping，而不是端到端传递。</translation>
    </message>
    <message>
        <source>Exit once this many connections have ended (for scripts; default: run until Ctrl+C).</source>
        <translation>在这么多个连接结束后退出（用于脚本；默认：一直运行到 Ctrl+C）。</translation>
    </message>
    <message>
        <source>--auto-release must be a whole number of seconds from 0 to 86400.</source>
        <translation>--auto-release 必须是 0 到 86400 之间的整数秒数。</translation>
    </message>
    <message>
        <source>--exit-after must be a whole number, 1 or more.</source>
        <translation>--exit-after 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>DIR:MATCH:REPLACEMENT — change messages going DIR (to-server, to-app or both) that MATCH: REGEX or re:REGEX (replace its matches; \1 for captures), text:TEXT or itext:TEXT (ignoring case; replace each occurrence), json:/POINTER=VALUE, type:text|binary, size:N|MIN-MAX|&gt;N|&lt;N (bytes; K, M) or any (replace the whole message). \: for a colon. Rules apply in the order given.</source>
        <translation>DIR:MATCH:REPLACEMENT — 修改方向为 DIR（to-server、to-app 或 both）且匹配 MATCH 的消息：REGEX 或 re:REGEX（替换其匹配项；\1 表示捕获组）、text:TEXT 或 itext:TEXT（忽略大小写；替换每处出现）、json:/POINTER=VALUE、type:text|binary、size:N|MIN-MAX|&gt;N|&lt;N（字节；K、M）或 any（替换整条消息）。\: 表示冒号。规则按给出的顺序应用。</translation>
    </message>
    <message>
        <source>DIR:MATCH — do not forward messages that match (MATCH as for --rewrite).</source>
        <translation>DIR:MATCH — 不转发匹配的消息（MATCH 同 --rewrite）。</translation>
    </message>
    <message>
        <source>DIR:MS or DIR:MATCH:MS — forward messages going DIR (all, or those that MATCH) this many milliseconds late (order is kept).</source>
        <translation>DIR:MS 或 DIR:MATCH:MS — 将方向为 DIR 的消息（全部，或匹配 MATCH 的消息）推迟这么多毫秒再转发（保持顺序）。</translation>
    </message>
    <message>
        <source>DIR:MATCH — hold matching messages, and every later one going DIR behind them, until --auto-release lets them go on (without it, until the connection ends).</source>
        <translation>DIR:MATCH — 挂起匹配的消息及其后方向为 DIR 的每条消息，直到 --auto-release 将其放行（若未指定该选项，则直到连接结束）。</translation>
    </message>
    <message>
        <source>DIR:MATCH:TEXT — answer matching messages with TEXT instead of forwarding them.</source>
        <translation>DIR:MATCH:TEXT — 用 TEXT 应答匹配的消息，而不是转发它们。</translation>
    </message>
    <message>
        <source>Listens for WebSocket apps (a reverse proxy) and forwards each to the upstream (--upstream, required), printing every message with its direction (app → server, server → app) and what the rules did to it. Rules (--rewrite, --drop, --delay, --break, --reply) apply in the order typed. Ctrl+C or SIGTERM closes both legs of every connection with 1001 and exits 0.

Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).</source>
        <translation>监听 WebSocket 应用（反向代理），把每个应用转发到上游（--upstream，必需），并打印每条消息及其方向（app → server、server → app）以及规则对它做了什么。规则（--rewrite、--drop、--delay、--break、--reply）按输入的顺序应用。Ctrl+C 或 SIGTERM 以 1001 关闭每个连接的两个连接段，并以 0 退出。

退出状态：0 完成，2 用法错误，4 无法监听（例如端口已被占用）。</translation>
    </message>
    <message>
        <source>--upstream is missing: give the real server, e.g. --upstream ws://127.0.0.1:8080 (ws:// or wss://).</source>
        <translation>缺少 --upstream：请给出真实服务器，例如 --upstream ws://127.0.0.1:8080（ws:// 或 wss://）。</translation>
    </message>
    <message>
        <source>--db is for --record.</source>
        <translation>--db 用于 --record。</translation>
    </message>
    <message>
        <source>--upstream: %1</source>
        <translation>--upstream：%1</translation>
    </message>
    <message>
        <source>Intercepting (a reverse proxy between an app and its server that prints and changes messages):
  framewise-cli intercept --upstream URL [--listen ADDRESS:PORT] [rules]   see its own --help
  framewise-cli proxy [--listen ADDRESS:PORT] [--intercept-host PATTERN]... [rules]   an HTTP proxy for apps and browsers, TLS decrypted with the Framewise CA; see its own --help
</source>
        <translation>拦截（位于应用与其服务器之间、打印并修改消息的反向代理）：
  framewise-cli intercept --upstream URL [--listen ADDRESS:PORT] [rules]   参见其自身的 --help
  framewise-cli proxy [--listen ADDRESS:PORT] [--intercept-host PATTERN]... [rules]   供应用和浏览器使用的 HTTP 代理，TLS 使用 Framewise CA 解密；参见其自身的 --help
</translation>
    </message>
    <message>
        <source>Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than loopback makes an open proxy for other machines: a warning says so.</source>
        <translation>在此地址和端口上监听（默认 127.0.0.1:%1；端口 0：任意空闲端口）。非环回地址会形成一个向其他机器开放的代理：届时会给出警告。</translation>
    </message>
    <message>
        <source>Print one compact JSON object per event (JSON Lines): listening, connection, handshake, message, held, close, ended, recorded, refused (and for proxy: tunnel, forwarded, tls_rejected); each with its time and, when it concerns a connection, its &quot;id&quot;. Messages have direction (to-server, to-app), opcode, size, text or base64, marks and outcome.</source>
        <translation>每个事件输出一个紧凑的 JSON 对象（JSON Lines）：listening、connection、handshake、message、held、close、ended、recorded、refused（proxy 还有：tunnel、forwarded、tls_rejected）；每个对象都带有时间，涉及某个连接时还带有其 &quot;id&quot;。消息带有 direction（to-server、to-app）、opcode、size、text 或 base64、marks 和 outcome。</translation>
    </message>
    <message>
        <source>Print only where it listens, refused clients and errors (fastest).</source>
        <translation>只输出监听地址、被拒绝的客户端和错误（最快）。</translation>
    </message>
    <message>
        <source>Look into traffic to hosts matching PATTERN only (repeatable): example.com, *.example.com (its subdomains), an IP address, each optionally :PORT; default: every host. A CONNECT to any other host is tunnelled blind.</source>
        <translation>只检查发往匹配 PATTERN 的主机的流量（可重复）：example.com、*.example.com（其子域名）、IP 地址，均可附带 :PORT；默认：所有主机。发往其他任何主机的 CONNECT 都会直接通过隧道转发，不加检查。</translation>
    </message>
    <message>
        <source>Tunnel TLS blind instead of decrypting it with the Framewise CA (only ws:// and http:// are looked into).</source>
        <translation>直接通过隧道转发 TLS 而不加检查，而不是用 Framewise CA 解密（只检查 ws:// 和 http://）。</translation>
    </message>
    <message>
        <source>framewise-cli %1: %2</source>
        <translation>framewise-cli %1：%2</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli %1 --help&apos; for the options.</source>
        <translation>运行“framewise-cli %1 --help”查看选项。</translation>
    </message>
    <message>
        <source>An HTTP proxy (CONNECT and http:// requests) for apps and browsers: point them at it (default 127.0.0.1:%1). WebSocket connections to intercepted hosts (--intercept-host; default every host) are intercepted as by framewise-cli intercept, TLS decrypted with leaf certificates from the Framewise CA (its key kept in the keychain; export its certificate with framewise-cli ca --export and trust it in the app); other requests are forwarded or tunnelled untouched and printed one line each. Rules apply as for intercept. Ctrl+C or SIGTERM closes every WebSocket with 1001 and exits 0.

Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).</source>
        <translation>供应用和浏览器使用的 HTTP 代理（处理 CONNECT 和 http:// 请求）：让它们指向此代理（默认 127.0.0.1:%1）。发往被拦截主机（--intercept-host；默认所有主机）的 WebSocket 连接会像 framewise-cli intercept 那样被拦截，TLS 使用 Framewise CA 签发的叶证书解密（其密钥保存在钥匙串中；用 framewise-cli ca --export 导出其证书，并在应用中信任它）；其他请求会原样转发或通过隧道转发，每个各打印一行。规则的应用方式与 intercept 相同。Ctrl+C 或 SIGTERM 以 1001 关闭每个 WebSocket，并以 0 退出。

退出状态：0 完成，2 用法错误，4 无法监听（例如端口已被占用）。</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides options (got “%2”).</source>
        <translation>%1 除选项外不接受参数（收到了“%2”）。</translation>
    </message>
    <message>
        <source>--listen “%1” must look like 127.0.0.1:%2 (an IP address and a port).</source>
        <translation>--listen“%1”的格式必须类似 127.0.0.1:%2（IP 地址和端口）。</translation>
    </message>
    <message>
        <source>framewise-cli %1: warning: --break without --auto-release holds matching messages (and every later one in their direction) until the connection ends.</source>
        <translation>framewise-cli %1：警告：--break 未配合 --auto-release 时，会挂起匹配的消息（以及同方向上其后的每条消息），直到连接结束。</translation>
    </message>
    <message>
        <source>framewise-cli proxy: warning: no Framewise CA (%1); TLS is tunnelled without decrypting.</source>
        <translation>framewise-cli proxy：警告：没有 Framewise CA（%1）；TLS 将通过隧道转发而不解密。</translation>
    </message>
    <message>
        <source>framewise-cli proxy: warning: %1</source>
        <translation>framewise-cli proxy：警告：%1</translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <source>not valid JSON at %1 (byte %2): %3</source>
        <translation>%1 处的 JSON 无效（第 %2 字节）：%3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object, so this is not a HAR file</source>
        <translation>顶层不是 JSON 对象，因此这不是 HAR 文件</translation>
    </message>
    <message>
        <source>log: missing or not an object, so this is not a HAR file</source>
        <translation>log：缺失或不是对象，因此这不是 HAR 文件</translation>
    </message>
    <message>
        <source>log.entries: missing or not an array</source>
        <translation>log.entries：缺失或不是数组</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1：不是对象</translation>
    </message>
    <message numerus="yes">
        <source>no WebSocket connection in log.entries (%n other entries)</source>
        <translation>
            <numerusform>log.entries 中没有 WebSocket 连接（%n 个其他条目）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.request: missing or not an object</source>
        <translation>%1.request：缺失或不是对象</translation>
    </message>
    <message>
        <source>%1.request.url: missing or not a string</source>
        <translation>%1.request.url：缺失或不是字符串</translation>
    </message>
    <message>
        <source>%1.startedDateTime: missing or not an ISO 8601 date</source>
        <translation>%1.startedDateTime：缺失或不是 ISO 8601 日期</translation>
    </message>
    <message>
        <source>%1: not an array</source>
        <translation>%1：不是数组</translation>
    </message>
    <message>
        <source>%1[%2]: not a {&quot;name&quot;, &quot;value&quot;} object</source>
        <translation>%1[%2]：不是 {&quot;name&quot;, &quot;value&quot;} 对象</translation>
    </message>
    <message>
        <source>%1.response: not an object</source>
        <translation>%1.response：不是对象</translation>
    </message>
    <message>
        <source>%1._framewise.events[%2]: needs a numeric &quot;time&quot; and a &quot;text&quot;</source>
        <translation>%1._framewise.events[%2]：需要数值型的 &quot;time&quot; 和 &quot;text&quot;</translation>
    </message>
    <message>
        <source>%1._webSocketMessages: not an array</source>
        <translation>%1._webSocketMessages：不是数组</translation>
    </message>
    <message>
        <source>%1.request.url: not a valid URL</source>
        <translation>%1.request.url：不是有效的 URL</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation>第 %1 行第 %2 列：JSON 无效：%3</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>第 %1 行：不是 JSON 对象</translation>
    </message>
    <message>
        <source>line %1: &quot;record&quot; must be &quot;session&quot; or &quot;message&quot;</source>
        <translation>第 %1 行：&quot;record&quot; 必须是 &quot;session&quot; 或 &quot;message&quot;</translation>
    </message>
    <message>
        <source>line %1: a message before any {&quot;record&quot;:&quot;session&quot;} line</source>
        <translation>第 %1 行：消息出现在任何 {&quot;record&quot;:&quot;session&quot;} 行之前</translation>
    </message>
    <message>
        <source>line %1: &quot;time_us&quot; (or an ISO 8601 &quot;time&quot;) is missing</source>
        <translation>第 %1 行：缺少 &quot;time_us&quot;（或 ISO 8601 格式的 &quot;time&quot;）</translation>
    </message>
    <message>
        <source>line %1: &quot;direction&quot; must be &quot;in&quot;, &quot;out&quot; or &quot;local&quot;</source>
        <translation>第 %1 行：&quot;direction&quot; 必须是 &quot;in&quot;、&quot;out&quot; 或 &quot;local&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;kind&quot; must be text, binary, ping, pong, close or event</source>
        <translation>第 %1 行：&quot;kind&quot; 必须是 text、binary、ping、pong、close 或 event</translation>
    </message>
    <message>
        <source>line %1: &quot;base64&quot; is not valid base64</source>
        <translation>第 %1 行：&quot;base64&quot; 不是有效的 Base64</translation>
    </message>
    <message>
        <source>line %1: neither &quot;text&quot; nor &quot;base64&quot;</source>
        <translation>第 %1 行：既没有 &quot;text&quot; 也没有 &quot;base64&quot;</translation>
    </message>
    <message>
        <source>no {&quot;record&quot;:&quot;session&quot;} line: not a Framewise JSON Lines export</source>
        <translation>没有 {&quot;record&quot;:&quot;session&quot;} 行：不是 Framewise 的 JSON Lines 导出文件</translation>
    </message>
    <message>
        <source>line %1: &quot;kind&quot;</source>
        <translation>第 %1 行：&quot;kind&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;marks&quot;</source>
        <translation>第 %1 行：&quot;marks&quot;</translation>
    </message>
</context>
<context>
    <name>JsonSyntaxError</name>
    <message>
        <source>No JSON value: the text is empty</source>
        <translation>没有 JSON 值：文本为空</translation>
    </message>
    <message>
        <source>Expected a value in array at line %1, column %2, found “%3”</source>
        <translation>第 %1 行第 %2 列：数组中应为值，实际为“%3”</translation>
    </message>
    <message>
        <source>Expected a value in object at line %1, column %2, found “%3”</source>
        <translation>第 %1 行第 %2 列：对象中应为值，实际为“%3”</translation>
    </message>
    <message>
        <source>Expected a JSON value at line %1, column %2, found “%3”</source>
        <translation>第 %1 行第 %2 列：应为 JSON 值，实际为“%3”</translation>
    </message>
    <message>
        <source>Missing comma or &apos;}&apos; in object at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：对象中缺少逗号或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>Missing comma or &apos;]&apos; in array at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：数组中缺少逗号或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>Missing &apos;:&apos; after the key in object at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：对象中的键后缺少 &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expected a key in double quotes in object at line %1, column %2, found “%3”</source>
        <translation>第 %1 行第 %2 列：对象中应为双引号括起的键，实际为“%3”</translation>
    </message>
    <message>
        <source>Comma before &apos;}&apos; in object at line %1, column %2: remove it</source>
        <translation>第 %1 行第 %2 列：对象中 &apos;}&apos; 前有逗号，请删除</translation>
    </message>
    <message>
        <source>Comma before &apos;]&apos; in array at line %1, column %2: remove it</source>
        <translation>第 %1 行第 %2 列：数组中 &apos;]&apos; 前有逗号，请删除</translation>
    </message>
    <message>
        <source>String in array not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>数组中的字符串未闭合：第 %1 行第 %2 列的引号没有对应的结束引号</translation>
    </message>
    <message>
        <source>String in object not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>对象中的字符串未闭合：第 %1 行第 %2 列的引号没有对应的结束引号</translation>
    </message>
    <message>
        <source>String not closed: the quote at line %1, column %2 has no closing quote</source>
        <translation>字符串未闭合：第 %1 行第 %2 列的引号没有对应的结束引号</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string in array at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：数组中字符串的转义“%3”无效</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string in object at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：对象中字符串的转义“%3”无效</translation>
    </message>
    <message>
        <source>Invalid escape “%3” in a string at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：字符串中的转义“%3”无效</translation>
    </message>
    <message>
        <source>Line break or control character in a string in array at line %1, column %2 (write \n or \t)</source>
        <translation>第 %1 行第 %2 列：数组中的字符串含换行或控制字符（请写成 \n 或 \t）</translation>
    </message>
    <message>
        <source>Line break or control character in a string in object at line %1, column %2 (write \n or \t)</source>
        <translation>第 %1 行第 %2 列：对象中的字符串含换行或控制字符（请写成 \n 或 \t）</translation>
    </message>
    <message>
        <source>Line break or control character in a string at line %1, column %2 (write \n or \t)</source>
        <translation>第 %1 行第 %2 列：字符串含换行或控制字符（请写成 \n 或 \t）</translation>
    </message>
    <message>
        <source>Invalid number “%3” in array at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：数组中的数字“%3”无效</translation>
    </message>
    <message>
        <source>Invalid number “%3” in object at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：对象中的数字“%3”无效</translation>
    </message>
    <message>
        <source>Invalid number “%3” at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：数字“%3”无效</translation>
    </message>
    <message>
        <source>Missing &apos;}&apos; to close the object opened at line %1, column %2</source>
        <translation>缺少 &apos;}&apos; 来闭合第 %1 行第 %2 列开始的对象</translation>
    </message>
    <message>
        <source>Missing &apos;]&apos; to close the array opened at line %1, column %2</source>
        <translation>缺少 &apos;]&apos; 来闭合第 %1 行第 %2 列开始的数组</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON value at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：JSON 值结束后出现了多余的文本</translation>
    </message>
    <message>
        <source>Nested more than %3 levels deep at line %1, column %2</source>
        <translation>第 %1 行第 %2 列：嵌套超过 %3 层</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>写入导出内容失败：%1</translation>
    </message>
    <message>
        <source>Record %1 does not exist (the session has %2).</source>
        <translation>记录 %1 不存在（该会话共有 %2 条）。</translation>
    </message>
    <message>
        <source>Reading record %1 failed: %2</source>
        <translation>读取记录 %1 失败：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>(%1; not kept)</source>
        <translation>（%1；未保留）</translation>
    </message>
    <message>
        <source>(%1, %2, streamed from a file; not kept)</source>
        <translation>（%1，%2，从文件流式发送；未保留）</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1: not a list of marks (%2)</source>
        <translation>%1：不是标记列表（%2）</translation>
    </message>
    <message>
        <source>%1: unknown mark &quot;%2&quot; (known marks: %3)</source>
        <translation>%1：未知标记 &quot;%2&quot;（已知标记：%3）</translation>
    </message>
    <message>
        <source>%1: the kind of session must be &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>%1：会话类型必须是 &quot;%2&quot; 或 &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>SessionInfo</name>
    <message>
        <source>recording</source>
        <translation>录制中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>拦截</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The recording was interrupted: Framewise ended without closing the session (a crash, a kill or a power loss). Messages up to the last saved batch are kept.</source>
        <translation>录制被中断：Framewise 在未关闭会话的情况下结束（崩溃、被终止或断电）。最后一个已保存批次之前的消息会被保留。</translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation>%2 中没有会话 %1。</translation>
    </message>
    <message>
        <source>Session %1 in %2 lacks record %3.</source>
        <translation>%2 中的会话 %1 缺少记录 %3。</translation>
    </message>
    <message>
        <source>The session database %1 reported an error: %2</source>
        <translation>会话数据库 %1 报告了一个错误：%2</translation>
    </message>
    <message>
        <source>The session database %1 is locked by another program (%2).</source>
        <translation>会话数据库 %1 被其他程序锁定（%2）。</translation>
    </message>
    <message>
        <source>The session database %1 cannot be written: it is read-only (%2).</source>
        <translation>无法写入会话数据库 %1：它是只读的（%2）。</translation>
    </message>
    <message>
        <source>Reading or writing the session database %1 failed (%2).</source>
        <translation>读写会话数据库 %1 失败（%2）。</translation>
    </message>
    <message>
        <source>The session database %1 is damaged or is not a Framewise session database (%2). Move it away to start a new one.</source>
        <translation>会话数据库 %1 已损坏或不是 Framewise 会话数据库（%2）。请将其移走以新建一个。</translation>
    </message>
    <message>
        <source>The disk that holds the session database %1 is full (%2).</source>
        <translation>存放会话数据库 %1 的磁盘已满（%2）。</translation>
    </message>
    <message>
        <source>The session database %1 cannot be opened (%2).</source>
        <translation>无法打开会话数据库 %1（%2）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the session database.</source>
        <translation>无法为会话数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>There is no session database at %1.</source>
        <translation>%1 处没有会话数据库。</translation>
    </message>
    <message>
        <source>The session database %1 cannot be opened: it is not a file.</source>
        <translation>无法打开会话数据库 %1：它不是文件。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE，Debian 软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>%1 is not a Framewise session database.</source>
        <translation>%1 不是 Framewise 会话数据库。</translation>
    </message>
    <message>
        <source>The session database %1 was written by a newer version of Framewise (schema %2; this version reads %3).</source>
        <translation>会话数据库 %1 由更新版本的 Framewise 写入（架构 %2；此版本读取 %3）。</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>framewise-cli: %1</source>
        <translation>framewise-cli：%1</translation>
    </message>
    <message>
        <source>Try &apos;framewise-cli %1 --help&apos; for the options.</source>
        <translation>运行“framewise-cli %1 --help”查看选项。</translation>
    </message>
    <message>
        <source>The session database (default: %1).</source>
        <translation>会话数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>消息语言。</translation>
    </message>
    <message>
        <source>Recorded sessions (--record keeps one in the session database):
  framewise-cli sessions [--search TEXT] [--jsonl] [--db PATH]   list recorded sessions
  framewise-cli export SESSION --format har|jsonl|csv|text [-o FILE] [--db PATH]
  framewise-cli import FILE.har|FILE.jsonl [--db PATH]
Each command has its own --help.
</source>
        <translation>已录制的会话（--record 会在会话数据库中保存一个会话）：
  framewise-cli sessions [--search TEXT] [--jsonl] [--db PATH]   列出已录制的会话
  framewise-cli export SESSION --format har|jsonl|csv|text [-o FILE] [--db PATH]
  framewise-cli import FILE.har|FILE.jsonl [--db PATH]
每个命令都有自己的 --help。
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Lists the recorded sessions, newest first.</source>
        <translation>列出已录制的会话，最新的在前。</translation>
    </message>
    <message>
        <source>One JSON object per session.</source>
        <translation>每个会话一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>No recorded sessions in %1.</source>
        <translation>%1 中没有已录制的会话。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Exports a recorded session (its id from &apos;framewise-cli sessions&apos;) as HAR (with Chrome&apos;s _webSocketMessages), JSON Lines, CSV or plain text.</source>
        <translation>将已录制的会话（其 ID 来自“framewise-cli sessions”）导出为 HAR（带 Chrome 的 _webSocketMessages）、JSON Lines、CSV 或纯文本。</translation>
    </message>
    <message>
        <source>The session&apos;s id.</source>
        <translation>会话的 ID。</translation>
    </message>
    <message>
        <source>har, jsonl, csv or text.</source>
        <translation>har、jsonl、csv 或 text。</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>Give exactly one session id.</source>
        <translation>请只指定一个会话 ID。</translation>
    </message>
    <message>
        <source>“%1” is not a session id.</source>
        <translation>“%1”不是会话 ID。</translation>
    </message>
    <message>
        <source>--format is required: har, jsonl, csv or text.</source>
        <translation>必须指定 --format：har、jsonl、csv 或 text。</translation>
    </message>
    <message>
        <source>--format “%1” is not one of har, jsonl, csv, text.</source>
        <translation>--format“%1”不是 har、jsonl、csv、text 之一。</translation>
    </message>
    <message>
        <source>Cannot write to stdout.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>The .har or .jsonl file.</source>
        <translation>.har 或 .jsonl 文件。</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>请只指定一个文件。</translation>
    </message>
    <message numerus="yes">
        <source>Imported session %1: %2 (%n records)</source>
        <translation>
            <numerusform>已导入会话 %1：%2（%n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports every WebSocket connection in a HAR file (from Chrome DevTools, Firefox or Framewise) or a Framewise JSON Lines export as read-only sessions. A HAR message that lacks a time, a type, an opcode or its data is left out and counted, as in Chrome; a file broken anywhere else imports nothing.</source>
        <translation>将 HAR 文件（来自 Chrome DevTools、Firefox 或 Framewise）或 Framewise JSON Lines 导出中的每个 WebSocket 连接导入为只读会话。缺少时间、类型、操作码或数据的 HAR 消息会像 Chrome 一样被略过并计数；其他地方损坏的文件不会导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n message(s): each lacked a time, a type, an opcode or its data, or had one that could not be read.</source>
        <translation>
            <numerusform>略过了 %n 条消息：每条都缺少时间、类型、操作码或数据，或其中某项无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only sessions whose URL, profile, state or ending contains this text (as the window&apos;s History search).</source>
        <translation>仅列出 URL、配置、状态或结束方式包含此文本的会话（与窗口中历史记录的搜索相同）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>TextExporter</name>
    <message>
        <source>Records (%1):</source>
        <translation>记录（%1）：</translation>
    </message>
    <message>
        <source>Framewise session</source>
        <translation>Framewise 会话</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subprotocol</source>
        <translation>子协议</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Close code</source>
        <translation>关闭代码</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <source>Handshake request:</source>
        <translation>握手请求：</translation>
    </message>
    <message>
        <source>Handshake response:</source>
        <translation>握手响应：</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>，已压缩</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspector for WebSocket endpoints.</source>
        <translation>WebSocket 端点检查器。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after DELAY ms, then quit.</source>
        <translation>DELAY 毫秒后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Delay before --screenshot, in milliseconds (default 1500).</source>
        <translation>--screenshot 之前的延迟，单位毫秒（默认 1500）。</translation>
    </message>
    <message>
        <source>Language of the window: %1 (default: the one chosen in View › Language, else the system&apos;s).</source>
        <translation>窗口语言：%1（默认：在“视图 › 语言”中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Open the saved profile NAME in a tab and connect (repeatable).</source>
        <translation>在选项卡中打开已保存的配置 NAME 并连接（可重复）。</translation>
    </message>
    <message>
        <source>ws:// or wss:// address to open in a tab and connect to (optional).</source>
        <translation>要在标签页中打开并连接的 ws:// 或 wss:// 地址（可选）。</translation>
    </message>
    <message>
        <source>Open the URLs given in tabs without connecting.</source>
        <translation>在标签页中打开给定的 URL，但不连接。</translation>
    </message>
</context>
</TS>
