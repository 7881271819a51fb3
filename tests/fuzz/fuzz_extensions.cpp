// SPDX-License-Identifier: GPL-3.0-or-later
// permessage-deflate negotiation (RFC 7692): the server's Sec-WebSocket-Extensions answer checked
// against an offer. Input: [offer flags] [server_max_window_bits] [client_max_window_bits] [answer...]
//   flags bit 0: offer disabled, bit 1: server_no_context_takeover, bit 2: client_no_context_takeover,
//         bit 3: also build the compressor the channel would build from the result
// An accepted answer must honour the offer, and restating what was agreed must agree again.

#include "deflatecompressor.h"
#include "deflateoptions.h"
#include "fuzzsupport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

using namespace Framewise;

namespace {

bool sameParameters(const DeflateParameters &a, const DeflateParameters &b)
{
    return a.serverNoContextTakeover == b.serverNoContextTakeover
        && a.clientNoContextTakeover == b.clientNoContextTakeover && a.serverMaxWindowBits == b.serverMaxWindowBits
        && a.clientMaxWindowBits == b.clientMaxWindowBits;
}

// The agreed parameters as a server would state them.
QByteArray restate(const DeflateParameters &agreed, const DeflateOptions &offered)
{
    QByteArray out = "permessage-deflate; server_max_window_bits=" + QByteArray::number(agreed.serverMaxWindowBits);
    if (agreed.serverNoContextTakeover)
        out += "; server_no_context_takeover";
    if (agreed.clientNoContextTakeover)
        out += "; client_no_context_takeover";
    if (offered.clientMaxWindowBits != 0)
        out += "; client_max_window_bits=" + QByteArray::number(agreed.clientMaxWindowBits);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t inputSize)
{
    if (inputSize < 3)
        return 0;
    DeflateOptions offered;
    offered.enabled = !(input[0] & 1);
    offered.serverNoContextTakeover = input[0] & 2;
    offered.clientNoContextTakeover = input[0] & 4;
    offered.serverMaxWindowBits = input[1] % 9 == 0 ? 0 : 7 + input[1] % 9; // 0 or 8..15
    offered.clientMaxWindowBits = input[2] % 10 == 0 ? -1 : input[2] % 10 == 1 ? 0 : 6 + input[2] % 10; // -1, 0, 8..15
    const QByteArray answer(reinterpret_cast<const char *>(input + 3), qsizetype(inputSize - 3));

    FUZZ_CHECK(offered.enabled == !offered.offer().isEmpty());

    DeflateParameters agreed;
    const QString problem = DeflateParameters::negotiate(answer, offered, &agreed);
    DeflateParameters again;
    FUZZ_CHECK(DeflateParameters::negotiate(answer, offered, &again) == problem);
    if (!problem.isEmpty())
        return 0;
    FUZZ_CHECK(sameParameters(agreed, again));

    bool accepted = false; // any non-empty list element
    for (const QByteArray &element : answer.split(','))
        accepted = accepted || !element.trimmed().isEmpty();
    if (!accepted) {
        FUZZ_CHECK(sameParameters(agreed, DeflateParameters()));
        return 0;
    }
    FUZZ_CHECK(offered.enabled);
    FUZZ_CHECK(agreed.serverMaxWindowBits >= 8 && agreed.serverMaxWindowBits <= 15);
    FUZZ_CHECK(agreed.clientMaxWindowBits >= 8 && agreed.clientMaxWindowBits <= 15);
    if (offered.serverMaxWindowBits >= 8)
        FUZZ_CHECK(agreed.serverMaxWindowBits <= offered.serverMaxWindowBits);
    if (offered.clientMaxWindowBits >= 8)
        FUZZ_CHECK(agreed.clientMaxWindowBits <= offered.clientMaxWindowBits);
    if (offered.clientMaxWindowBits == 0)
        FUZZ_CHECK(agreed.clientMaxWindowBits == 15);
    if (offered.serverNoContextTakeover)
        FUZZ_CHECK(agreed.serverNoContextTakeover);
    if (offered.clientNoContextTakeover)
        FUZZ_CHECK(agreed.clientNoContextTakeover);

    DeflateParameters restated;
    FUZZ_CHECK(DeflateParameters::negotiate(restate(agreed, offered), offered, &restated).isEmpty());
    FUZZ_CHECK(sameParameters(agreed, restated));
    // The channel builds its compressor from what was agreed; zlib must accept every window size.
    if (input[0] & 8) {
        DeflateCompressor compressor(agreed.clientMaxWindowBits, agreed.clientNoContextTakeover);
        FUZZ_CHECK(compressor.isValid());
    }
    return 0;
}
