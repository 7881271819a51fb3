// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deflateoptions.h"
#include "httpheaders.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Framewise {

// Everything a session needs to open a connection: what the connection panel edits and a
// profile stores.
struct ConnectionSettings {
    QUrl url;
    QString origin;
    QStringList protocols;
    HttpHeaders headers;
    int pingIntervalS = 0;
    int pingTimeoutS = 10;
    qint64 maxMessageSize = qint64(1) << 30;
    DeflateOptions deflate;
    bool followRedirects = true;

    // An empty string when url is a usable ws:// or wss:// address, otherwise why not.
    static QString validateUrl(const QString &text);
};

} // namespace Framewise
