// SPDX-License-Identifier: GPL-3.0-or-later
// The handshake response parser, fed the server's answer whole and in random pieces; both runs
// must end in the same state with the same response. Then what the channel does with an answer:
// RFC 6455 checks, permessage-deflate negotiation, WWW-Authenticate parsing.
// Input: [config] [split seed] [bytes from the server...].
//   config bits 0-1: header block limit, bits 2-3: body limit (small, to reach the limit paths)
//          bit 4: the peer closes after the last byte (finishInput)

#include "deflateoptions.h"
#include "fuzzsupport.h"
#include "handshakeresponseparser.h"
#include "httpauthentication.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Framewise;

namespace {

using State = HandshakeResponseParser::State;

constexpr qsizetype HeaderLimits[4] = { HandshakeResponseParser::DefaultMaxHeaderSize, 8, 64, 300 };
constexpr qsizetype BodyLimits[4] = { HandshakeResponseParser::DefaultMaxBodySize, 0, 5, 100 };

struct Outcome {
    State state = State::Headers;
    qint64 consumed = 0;
    QString error;
    HandshakeResponse response;
};

Outcome run(
    qsizetype maxHeader, qsizetype maxBody, bool finish, const char *data, qsizetype size, Fuzz::Splitter *splitter)
{
    HandshakeResponseParser parser(maxHeader, maxBody);
    qsizetype pos = 0;
    qint64 total = 0;
    // Fed like the channel does: until the answer is complete or broken; after a 101 the bytes
    // not consumed are WebSocket frames.
    while (pos < size && (parser.state() == State::Headers || parser.state() == State::Body)) {
        const qsizetype n = splitter ? splitter->next(size - pos) : size - pos;
        const qsizetype used = parser.feed(data + pos, n);
        FUZZ_CHECK(used >= 0 && used <= n);
        total += used;
        FUZZ_CHECK(parser.bytesConsumed() == total);
        if (parser.state() == State::Headers || parser.state() == State::Body)
            FUZZ_CHECK(used == n);
        pos += n;
    }
    if (finish)
        parser.finishInput();

    const HandshakeResponse &response = parser.response();
    switch (parser.state()) {
    case State::Headers:
        FUZZ_CHECK(!finish);
        FUZZ_CHECK(total < maxHeader);
        break;
    case State::Error:
        FUZZ_CHECK(!parser.errorString().isEmpty());
        break;
    case State::Body:
    case State::Done:
        FUZZ_CHECK(parser.errorString().isEmpty());
        FUZZ_CHECK(response.statusCode >= 0 && response.statusCode <= 999);
        FUZZ_CHECK(response.httpVersion.startsWith("HTTP/"));
        FUZZ_CHECK(response.body.size() <= maxBody);
        if (response.statusCode == 101)
            FUZZ_CHECK(parser.state() == State::Done && response.body.isEmpty());
        for (const auto &[name, value] : response.headers.entries()) {
            FUZZ_CHECK(!name.isEmpty());
            FUZZ_CHECK(!name.contains('\n') && !value.contains('\n'));
        }
        break;
    }

    Outcome outcome;
    outcome.state = parser.state();
    outcome.consumed = parser.bytesConsumed();
    outcome.error = parser.errorString();
    outcome.response = parser.takeResponse();
    return outcome;
}

// What the channel does with a complete answer; only crashes and sanitizer reports count here.
void useResponse(const HandshakeResponse &response)
{
    const QString problem = response.validate("dGhlIHNhbXBsZSBub25jZQ==", { QStringLiteral("chat") }, true);
    const QByteArray extensions = response.headers.tokens("Sec-WebSocket-Extensions").join(", ");
    if (problem.isEmpty() && !extensions.isEmpty()) {
        DeflateOptions offered;
        DeflateParameters agreed;
        if (DeflateParameters::negotiate(extensions, offered, &agreed).isEmpty()) {
            FUZZ_CHECK(agreed.serverMaxWindowBits >= 8 && agreed.serverMaxWindowBits <= 15);
            FUZZ_CHECK(agreed.clientMaxWindowBits >= 8 && agreed.clientMaxWindowBits <= 15);
        }
    }
    if (response.statusCode == 401) {
        const AuthChallenge challenge
            = AuthChallenge::strongest(AuthChallenge::parse(response.headers.values("WWW-Authenticate")));
        if (!challenge.scheme.isEmpty()) {
            FUZZ_CHECK(challenge.isSupported());
            const QByteArray authorization = challenge.isDigest()
                ? HttpAuthentication::digest(
                    challenge, "GET", "/chat", QStringLiteral("user"), QStringLiteral("secret"), "0a4f113b")
                : HttpAuthentication::basic(QStringLiteral("user"), QStringLiteral("secret"));
            FUZZ_CHECK(!authorization.isEmpty());
        }
    }
}

bool sameResponse(const HandshakeResponse &a, const HandshakeResponse &b)
{
    return a.statusLine == b.statusLine && a.httpVersion == b.httpVersion && a.statusCode == b.statusCode
        && a.reasonPhrase == b.reasonPhrase && a.headers.entries() == b.headers.entries() && a.body == b.body
        && a.bodyTruncated == b.bodyTruncated;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t inputSize)
{
    if (inputSize < 2)
        return 0;
    const qsizetype maxHeader = HeaderLimits[input[0] & 3];
    const qsizetype maxBody = BodyLimits[(input[0] >> 2) & 3];
    const bool finish = input[0] & 0x10;
    Fuzz::Splitter splitter(input[1]);
    const auto *data = reinterpret_cast<const char *>(input + 2);
    const auto size = qsizetype(inputSize - 2);

    const Outcome whole = run(maxHeader, maxBody, finish, data, size, nullptr);
    const Outcome pieces = run(maxHeader, maxBody, finish, data, size, &splitter);
    if (whole.state != pieces.state || whole.consumed != pieces.consumed || whole.error != pieces.error
        || !sameResponse(whole.response, pieces.response)) {
        std::fprintf(stderr,
            "whole and split parsing disagree:\n whole:  state %d, %lld bytes, body %lld\n pieces: state %d, %lld "
            "bytes, body %lld\n",
            int(whole.state), static_cast<long long>(whole.consumed),
            static_cast<long long>(whole.response.body.size()), int(pieces.state),
            static_cast<long long>(pieces.consumed), static_cast<long long>(pieces.response.body.size()));
        std::abort();
    }
    if (whole.state == State::Done)
        useResponse(whole.response);
    return 0;
}
