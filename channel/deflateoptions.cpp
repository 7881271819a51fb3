// SPDX-License-Identifier: GPL-3.0-or-later
#include "deflateoptions.h"

#include <QCoreApplication>
#include <QList>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::DeflateParameters", text);
}

// Window bits values are 1*DIGIT, 8..15, without leading zeros or quotes tricks beyond RFC 7230 quoting.
int parseBits(QByteArray value)
{
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    if (value.isEmpty() || value.size() > 2 || value.startsWith('0'))
        return -1;
    bool ok = false;
    const int bits = value.toInt(&ok);
    return ok && bits >= 8 && bits <= 15 ? bits : -1;
}
} // namespace

QByteArray DeflateOptions::offer() const
{
    if (!enabled)
        return {};
    QByteArray out = "permessage-deflate";
    if (serverNoContextTakeover)
        out += "; server_no_context_takeover";
    if (clientNoContextTakeover)
        out += "; client_no_context_takeover";
    if (serverMaxWindowBits >= 8)
        out += "; server_max_window_bits=" + QByteArray::number(serverMaxWindowBits);
    if (clientMaxWindowBits < 0)
        out += "; client_max_window_bits";
    else if (clientMaxWindowBits >= 8)
        out += "; client_max_window_bits=" + QByteArray::number(clientMaxWindowBits);
    return out;
}

QString DeflateParameters::negotiate(
    const QByteArray &response, const DeflateOptions &offered, DeflateParameters *agreed)
{
    *agreed = DeflateParameters();
    const QList<QByteArray> extensions = response.split(',');
    int count = 0;
    for (const QByteArray &extension : extensions) {
        if (extension.trimmed().isEmpty())
            continue;
        const QList<QByteArray> parts = extension.split(';');
        const QByteArray name = parts.first().trimmed();
        if (name.compare("permessage-deflate", Qt::CaseInsensitive) != 0)
            return tr("The server accepted extension “%1”, which was not offered.").arg(QString::fromLatin1(name));
        if (++count > 1)
            return tr("The server accepted permessage-deflate more than once.");
        if (!offered.enabled)
            return tr("The server accepted permessage-deflate, which was not offered.");
        QList<QByteArray> seen;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            const qsizetype eq = param.indexOf('=');
            const QByteArray key = (eq < 0 ? param : param.left(eq)).trimmed().toLower();
            const QByteArray value = eq < 0 ? QByteArray() : param.mid(eq + 1).trimmed();
            if (seen.contains(key))
                return tr("The server repeated the parameter “%1”.").arg(QString::fromLatin1(key));
            seen.append(key);
            if (key == "server_no_context_takeover" || key == "client_no_context_takeover") {
                if (eq >= 0)
                    return tr("The parameter “%1” must not have a value.").arg(QString::fromLatin1(key));
                (key.startsWith("server") ? agreed->serverNoContextTakeover : agreed->clientNoContextTakeover) = true;
            } else if (key == "server_max_window_bits") {
                const int bits = parseBits(value);
                if (bits < 0)
                    return tr("server_max_window_bits “%1” is not a number from 8 to 15.")
                        .arg(QString::fromLatin1(value));
                if (offered.serverMaxWindowBits >= 8 && bits > offered.serverMaxWindowBits)
                    return tr("server_max_window_bits=%1 is larger than the %2 offered.")
                        .arg(bits)
                        .arg(offered.serverMaxWindowBits);
                agreed->serverMaxWindowBits = bits;
            } else if (key == "client_max_window_bits") {
                if (offered.clientMaxWindowBits == 0)
                    return tr("The server sent client_max_window_bits, which was not offered.");
                const int bits = parseBits(value);
                if (bits < 0)
                    return tr("client_max_window_bits “%1” is not a number from 8 to 15.")
                        .arg(QString::fromLatin1(value));
                if (offered.clientMaxWindowBits >= 8 && bits > offered.clientMaxWindowBits)
                    return tr("client_max_window_bits=%1 is larger than the %2 offered.")
                        .arg(bits)
                        .arg(offered.clientMaxWindowBits);
                agreed->clientMaxWindowBits = bits;
            } else {
                return tr("The server sent the unknown permessage-deflate parameter “%1”.")
                    .arg(QString::fromLatin1(param));
            }
        }
        if (offered.serverNoContextTakeover && !agreed->serverNoContextTakeover)
            return tr("The server ignored the requested server_no_context_takeover.");
        if (offered.serverMaxWindowBits >= 8 && !seen.contains("server_max_window_bits"))
            return tr("The server ignored the requested server_max_window_bits.");
        if (offered.clientNoContextTakeover)
            agreed->clientNoContextTakeover = true;
        if (offered.clientMaxWindowBits >= 8 && !seen.contains("client_max_window_bits"))
            agreed->clientMaxWindowBits = offered.clientMaxWindowBits;
    }
    return {};
}

} // namespace Framewise
