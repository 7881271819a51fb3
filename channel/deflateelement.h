// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Framewise {

// One element of a Sec-WebSocket-Extensions value with permessage-deflate's parameters read
// (RFC 7692 section 7.1). A client's offer (server role) and a server's answer (client role) are
// read the same way here; each role then judges the values by its own rules.
struct DeflateElement {
    enum class Problem { None, RepeatedParameter, ValueNotAllowed, BadWindowBits, UnknownParameter };

    QByteArray name; // as written; parameters are only read when it is permessage-deflate
    bool serverNoContextTakeover = false;
    bool clientNoContextTakeover = false;
    int serverMaxWindowBits = 0; // 0: absent; 8..15
    int clientMaxWindowBits = 0; // 0: absent; -1: present without a value; 8..15
    // The first parameter that breaks the syntax of section 7.1; the values after it are unread.
    Problem problem = Problem::None;
    QByteArray problemKey; // its name, in lower case
    QByteArray problemText; // for BadWindowBits its value, otherwise the parameter as written

    bool isPermessageDeflate() const;
    // Splits a header value at commas (empty elements skipped) and reads every element.
    static QList<DeflateElement> parseList(const QByteArray &headerValue);
    static DeflateElement parse(const QByteArray &element);
};

} // namespace Framewise
