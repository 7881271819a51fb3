// SPDX-License-Identifier: GPL-3.0-or-later
#include "deflateelement.h"

namespace Framewise {

namespace {
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

bool DeflateElement::isPermessageDeflate() const
{
    return name.compare("permessage-deflate", Qt::CaseInsensitive) == 0;
}

QList<DeflateElement> DeflateElement::parseList(const QByteArray &headerValue)
{
    QList<DeflateElement> elements;
    for (const QByteArray &element : headerValue.split(',')) {
        if (!element.trimmed().isEmpty())
            elements.append(parse(element));
    }
    return elements;
}

DeflateElement DeflateElement::parse(const QByteArray &element)
{
    DeflateElement out;
    const QList<QByteArray> parts = element.split(';');
    out.name = parts.first().trimmed();
    if (!out.isPermessageDeflate())
        return out;
    QList<QByteArray> seen;
    const auto fail = [&out](Problem problem, const QByteArray &key, const QByteArray &text) {
        out.problem = problem;
        out.problemKey = key;
        out.problemText = text;
        return out;
    };
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        const QByteArray key = (eq < 0 ? param : param.left(eq)).trimmed().toLower();
        const QByteArray value = eq < 0 ? QByteArray() : param.mid(eq + 1).trimmed();
        if (seen.contains(key))
            return fail(Problem::RepeatedParameter, key, param);
        seen.append(key);
        if (key == "server_no_context_takeover" || key == "client_no_context_takeover") {
            if (eq >= 0)
                return fail(Problem::ValueNotAllowed, key, param);
            (key.startsWith("server") ? out.serverNoContextTakeover : out.clientNoContextTakeover) = true;
        } else if (key == "server_max_window_bits") {
            out.serverMaxWindowBits = parseBits(value);
            if (out.serverMaxWindowBits < 0)
                return fail(Problem::BadWindowBits, key, value);
        } else if (key == "client_max_window_bits") {
            // Only an offer may leave the value out (section 7.1.2.2); the client role refuses -1.
            out.clientMaxWindowBits = eq < 0 ? -1 : parseBits(value);
            if (eq >= 0 && out.clientMaxWindowBits < 0)
                return fail(Problem::BadWindowBits, key, value);
        } else {
            return fail(Problem::UnknownParameter, key, param);
        }
    }
    return out;
}

} // namespace Framewise
