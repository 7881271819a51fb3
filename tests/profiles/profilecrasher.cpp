// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a profile into the profiles file given as argument and dies (SIGKILL) after the new data
// is written but before QSaveFile renames it over the old file: a crash at the worst moment.
#include "profilestore.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace Framewise;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: profilecrasher PROFILES.json\n");
        return 2;
    }
    ProfileStore store(QString::fromLocal8Bit(argv[1]));
    if (store.load() != ProfileStore::Status::Ok)
        return 3;
    store.setBeforeCommitHook([] { std::raise(SIGKILL); });
    Profile profile = Profile::create(QStringLiteral("Written by the crasher"));
    profile.url = QStringLiteral("ws://127.0.0.1:1/never");
    store.upsert(profile);
    return 4; // not reached: the hook kills the process
}
