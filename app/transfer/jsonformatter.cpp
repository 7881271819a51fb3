// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformatter.h"

#include "jsonscanner.h"

namespace Framewise {

QByteArray JsonFormatter::indent(QByteArrayView utf8, int width)
{
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 2 + 16);
    const auto newLine = [&out, width](int depth) {
        out.append('\n');
        out.append(qsizetype(depth) * width, ' ');
    };
    JsonScanner scanner(utf8);
    int depth = 0;
    bool justOpened = false; // the last thing written is an opening bracket
    bool afterKey = false; // the last thing written is "key": (the value follows on the same line)
    for (;;) {
        const JsonScanner::Token token = scanner.next();
        using T = JsonScanner::Token;
        if (token == T::End)
            return out;
        if (token == T::Error)
            return {};
        if (token == T::EndObject || token == T::EndArray) {
            --depth;
            if (!justOpened)
                newLine(depth);
            justOpened = false;
            out.append(token == T::EndObject ? '}' : ']');
            continue;
        }
        if (afterKey) {
            afterKey = false;
        } else if (depth > 0) {
            if (!justOpened)
                out.append(',');
            newLine(depth);
        }
        justOpened = false;
        out.append(utf8.sliced(scanner.tokenOffset(), scanner.tokenLength()));
        if (token == T::Key) {
            out.append(": ", 2);
            afterKey = true;
        } else if (token == T::BeginObject || token == T::BeginArray) {
            ++depth;
            justOpened = true;
        }
    }
}

} // namespace Framewise
