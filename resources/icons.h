// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace Framewise {

// The icons embedded from resources/icons: the window's action icons (monochrome SVGs drawn in
// the palette's text colour, see SymbolicIconEngine) and the application icon.
class Icons {
public:
    static QIcon action(const QString &name); // e.g. "connect": :/icons/actions/connect.svg
    static QStringList actionNames(); // every embedded action icon, sorted
    // The desktop theme's io.github.framewise.Framewise (the installed one), else the embedded
    // PNGs from 16 to 256 pixels.
    static QIcon application();
    static QString applicationId() { return QStringLiteral("io.github.framewise.Framewise"); }
};

} // namespace Framewise
