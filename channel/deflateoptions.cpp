// SPDX-License-Identifier: GPL-3.0-or-later
#include "deflateoptions.h"

#include "deflateelement.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::DeflateParameters", text);
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
    int count = 0;
    for (const DeflateElement &element : DeflateElement::parseList(response)) {
        if (!element.isPermessageDeflate())
            return tr("The server accepted extension “%1”, which was not offered.")
                .arg(QString::fromLatin1(element.name));
        if (++count > 1)
            return tr("The server accepted permessage-deflate more than once.");
        if (!offered.enabled)
            return tr("The server accepted permessage-deflate, which was not offered.");
        const QString key = QString::fromLatin1(element.problemKey);
        const QString text = QString::fromLatin1(element.problemText);
        const bool clientBitsAnswered
            = element.clientMaxWindowBits != 0 || element.problemKey == "client_max_window_bits";
        if (clientBitsAnswered && offered.clientMaxWindowBits == 0)
            return tr("The server sent client_max_window_bits, which was not offered.");
        switch (element.problem) {
        case DeflateElement::Problem::None:
            break;
        case DeflateElement::Problem::RepeatedParameter:
            return tr("The server repeated the parameter “%1”.").arg(key);
        case DeflateElement::Problem::ValueNotAllowed:
            return tr("The parameter “%1” must not have a value.").arg(key);
        case DeflateElement::Problem::BadWindowBits:
            if (element.problemKey == "server_max_window_bits")
                return tr("server_max_window_bits “%1” is not a number from 8 to 15.").arg(text);
            return tr("client_max_window_bits “%1” is not a number from 8 to 15.").arg(text);
        case DeflateElement::Problem::UnknownParameter:
            return tr("The server sent the unknown permessage-deflate parameter “%1”.").arg(text);
        }
        // An answer must give client_max_window_bits a value; only an offer may leave it out.
        if (element.clientMaxWindowBits < 0)
            return tr("client_max_window_bits “%1” is not a number from 8 to 15.").arg(QString());
        agreed->serverNoContextTakeover = element.serverNoContextTakeover;
        agreed->clientNoContextTakeover = element.clientNoContextTakeover;
        if (element.serverMaxWindowBits != 0) {
            if (offered.serverMaxWindowBits >= 8 && element.serverMaxWindowBits > offered.serverMaxWindowBits)
                return tr("server_max_window_bits=%1 is larger than the %2 offered.")
                    .arg(element.serverMaxWindowBits)
                    .arg(offered.serverMaxWindowBits);
            agreed->serverMaxWindowBits = element.serverMaxWindowBits;
        }
        if (element.clientMaxWindowBits != 0) {
            if (offered.clientMaxWindowBits >= 8 && element.clientMaxWindowBits > offered.clientMaxWindowBits)
                return tr("client_max_window_bits=%1 is larger than the %2 offered.")
                    .arg(element.clientMaxWindowBits)
                    .arg(offered.clientMaxWindowBits);
            agreed->clientMaxWindowBits = element.clientMaxWindowBits;
        }
        if (offered.serverNoContextTakeover && !agreed->serverNoContextTakeover)
            return tr("The server ignored the requested server_no_context_takeover.");
        if (offered.serverMaxWindowBits >= 8 && element.serverMaxWindowBits == 0)
            return tr("The server ignored the requested server_max_window_bits.");
        if (offered.clientNoContextTakeover)
            agreed->clientNoContextTakeover = true;
        if (offered.clientMaxWindowBits >= 8 && element.clientMaxWindowBits == 0)
            agreed->clientMaxWindowBits = offered.clientMaxWindowBits;
    }
    return {};
}

QByteArray DeflateParameters::accept(const QByteArray &offers, const DeflateOptions &policy, DeflateParameters *agreed)
{
    *agreed = DeflateParameters();
    if (!policy.enabled)
        return {};
    // zlib cannot deflate with an 8-bit window (DeflateCompressor uses 9), so our own limit of 8 is 9,
    // and an offer that holds the server to 8 is declined rather than broken.
    const int ourServerBits = policy.serverMaxWindowBits >= 8 ? std::clamp(policy.serverMaxWindowBits, 9, 15) : 15;
    for (const DeflateElement &offer : DeflateElement::parseList(offers)) {
        if (!offer.isPermessageDeflate() || offer.problem != DeflateElement::Problem::None
            || offer.serverMaxWindowBits == 8)
            continue;
        DeflateParameters result;
        result.serverNoContextTakeover = offer.serverNoContextTakeover || policy.serverNoContextTakeover;
        result.clientNoContextTakeover = offer.clientNoContextTakeover || policy.clientNoContextTakeover;
        result.serverMaxWindowBits
            = offer.serverMaxWindowBits != 0 ? std::min(offer.serverMaxWindowBits, ourServerBits) : ourServerBits;
        // The client's window may only be limited when its offer allows it (section 7.1.2.2).
        const int clientBits = offer.clientMaxWindowBits > 0 ? offer.clientMaxWindowBits : 15;
        const bool limitClient = offer.clientMaxWindowBits != 0 && policy.clientMaxWindowBits >= 8
            && policy.clientMaxWindowBits < clientBits;
        result.clientMaxWindowBits = limitClient ? policy.clientMaxWindowBits : clientBits;

        QByteArray answer = "permessage-deflate";
        if (result.serverNoContextTakeover)
            answer += "; server_no_context_takeover";
        if (result.clientNoContextTakeover)
            answer += "; client_no_context_takeover";
        if (offer.serverMaxWindowBits != 0 || result.serverMaxWindowBits < 15)
            answer += "; server_max_window_bits=" + QByteArray::number(result.serverMaxWindowBits);
        if (limitClient)
            answer += "; client_max_window_bits=" + QByteArray::number(result.clientMaxWindowBits);
        *agreed = result;
        return answer;
    }
    return {};
}

} // namespace Framewise
