// SPDX-License-Identifier: GPL-3.0-or-later
// How this folder's Node servers end: on SIGTERM, or when stdin closes (the test that started
// them went away), after dropping every client.
'use strict';

module.exports = function exitWithStdin(server) {
    const stop = () => {
        for (const client of server.clients)
            client.terminate();
        server.close();
        process.exit(0);
    };
    process.on('SIGTERM', stop);
    process.stdin.on('end', stop);
    process.stdin.resume();
};
