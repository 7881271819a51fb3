// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionimporter.h"

namespace Framewise {

// Reads what JsonLinesExporter writes: a {"record":"session"} line starts a session, each
// {"record":"message"} line after it adds a record. Errors name the line.
class JsonLinesImporter : public SessionImporter {
    Q_DECLARE_TR_FUNCTIONS(JsonLinesImporter)
public:
    bool readData(const QByteArray &data, const QString &sourceName) override;
};

} // namespace Framewise
