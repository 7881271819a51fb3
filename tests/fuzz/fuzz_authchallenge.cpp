// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP authentication challenges (RFC 7235 WWW-Authenticate): parsing, choosing the strongest,
// and answering it. Input: header values, one per line.
// Checks: what the parser returns can be written back as a challenge list that parses to the same
// thing; the chosen challenge is supported; a Digest answer carries the challenge's realm, nonce
// and opaque unchanged (its quoting round-trips), a Basic answer decodes to user:password.

#include "fuzzsupport.h"
#include "httpauthentication.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

using namespace Framewise;

namespace {

bool isTokenChar(char c)
{
    return c != ' ' && c != '\t' && c != ',' && c != '=' && c != '"';
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray write(const AuthChallenge &challenge)
{
    QByteArray out = challenge.scheme;
    bool first = true;
    for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it) {
        out += first ? " " : ", ";
        out += it.key() + '=' + quoted(it.value());
        first = false;
    }
    return out;
}

bool sameChallenges(const QList<AuthChallenge> &a, const QList<AuthChallenge> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).scheme != b.at(i).scheme || a.at(i).params != b.at(i).params)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t inputSize)
{
    const QByteArray text(reinterpret_cast<const char *>(input), qsizetype(inputSize));
    const QList<QByteArray> values = text.split('\n');
    const QList<AuthChallenge> challenges = AuthChallenge::parse(values);

    QByteArray written;
    for (const AuthChallenge &challenge : challenges) {
        FUZZ_CHECK(!challenge.scheme.isEmpty());
        for (const char c : challenge.scheme)
            FUZZ_CHECK(isTokenChar(c));
        for (auto it = challenge.params.cbegin(); it != challenge.params.cend(); ++it) {
            FUZZ_CHECK(!it.key().isEmpty() && it.key() == it.key().toLower());
            for (const char c : it.key())
                FUZZ_CHECK(isTokenChar(c));
        }
        if (!written.isEmpty())
            written += ", ";
        written += write(challenge);
    }
    FUZZ_CHECK(sameChallenges(AuthChallenge::parse({ written }), challenges));

    const AuthChallenge best = AuthChallenge::strongest(challenges);
    bool anySupported = false;
    for (const AuthChallenge &challenge : challenges)
        anySupported = anySupported || challenge.isSupported();
    FUZZ_CHECK(anySupported == !best.scheme.isEmpty());
    if (best.scheme.isEmpty())
        return 0;
    FUZZ_CHECK(best.isSupported());
    (void)best.realm();

    const QString user = QStringLiteral("Aladdin");
    const QString password = QStringLiteral("open sesame");
    if (best.isBasic()) {
        const QByteArray answer = HttpAuthentication::basic(user, password);
        FUZZ_CHECK(answer.startsWith("Basic "));
        FUZZ_CHECK(QByteArray::fromBase64(answer.mid(6)) == "Aladdin:open sesame");
        return 0;
    }
    const QByteArray answer = HttpAuthentication::digest(best, "GET", "/dir/index.html", user, password, "0a4f113b");
    const QList<AuthChallenge> parsed = AuthChallenge::parse({ answer });
    FUZZ_CHECK(parsed.size() == 1 && parsed.first().isDigest());
    const auto &params = parsed.first().params;
    FUZZ_CHECK(params.value("username") == "Aladdin");
    FUZZ_CHECK(params.value("realm") == best.params.value("realm"));
    FUZZ_CHECK(params.value("nonce") == best.params.value("nonce"));
    FUZZ_CHECK(params.value("uri") == "/dir/index.html");
    FUZZ_CHECK(
        params.value("response").size() == (params.value("algorithm").toUpper().startsWith("SHA-256") ? 64 : 32));
    if (best.params.contains("opaque"))
        FUZZ_CHECK(params.value("opaque") == best.params.value("opaque"));
    return 0;
}
