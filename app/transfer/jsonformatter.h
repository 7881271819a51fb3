// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Framewise {

// Indents JSON text token by token, so keys stay in the order the message has them (QJsonDocument
// sorts them) and strings and numbers stay exactly as written (escapes, 1.0, 1e3, big integers,
// duplicate keys). Empty containers stay on one line ("{}", "[]"), as JSON.stringify writes them.
class JsonFormatter {
public:
    // The indented text, or empty when utf8 is not one valid JSON value (see JsonScanner).
    static QByteArray indent(QByteArrayView utf8, int width = 4);
};

} // namespace Framewise
