// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpauthentication.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Framewise {

namespace {

// A small tokenizer for RFC 7235 challenge lists: scheme token, then auth-params
// (name=token or name="quoted string"), challenges separated by commas.
class ChallengeReader {
public:
    explicit ChallengeReader(const QByteArray &text)
        : m_text(text)
    {
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos) == ' ' || m_text.at(m_pos) == '\t'))
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void advance() { ++m_pos; }
    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype pos) { m_pos = pos; }

    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == ' ' || c == '\t' || c == ',' || c == '=' || c == '"')
                break;
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start);
    }

    QByteArray quoted()
    {
        QByteArray out;
        advance(); // opening quote
        while (!atEnd()) {
            const char c = peek();
            advance();
            if (c == '\\' && !atEnd()) {
                out += peek();
                advance();
            } else if (c == '"') {
                break;
            } else {
                out += c;
            }
        }
        return out;
    }

private:
    QByteArray m_text;
    qsizetype m_pos = 0;
};

QCryptographicHash::Algorithm algorithmOf(const AuthChallenge &challenge, bool *session)
{
    QByteArray name = challenge.params.value("algorithm", "MD5").toUpper();
    *session = name.endsWith("-SESS");
    if (*session)
        name.chop(5);
    return name == "SHA-256" ? QCryptographicHash::Sha256 : QCryptographicHash::Md5;
}

QByteArray hexHash(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QCryptographicHash::hash(data, algorithm).toHex();
}

QByteArray quote(const QByteArray &value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace

bool AuthChallenge::isSupported() const
{
    if (isBasic())
        return true;
    if (!isDigest() || !params.contains("nonce"))
        return false;
    QByteArray algorithm = params.value("algorithm", "MD5").toUpper();
    if (algorithm.endsWith("-SESS"))
        algorithm.chop(5);
    return algorithm == "MD5" || algorithm == "SHA-256";
}

QList<AuthChallenge> AuthChallenge::parse(const QList<QByteArray> &headerValues)
{
    QList<AuthChallenge> challenges;
    for (const QByteArray &value : headerValues) {
        ChallengeReader reader(value);
        AuthChallenge *current = nullptr;
        while (!reader.atEnd()) {
            reader.skipSpaces();
            if (reader.peek() == ',') {
                reader.advance();
                continue;
            }
            const qsizetype start = reader.position();
            const QByteArray word = reader.token();
            if (word.isEmpty()) {
                reader.advance(); // stray character: skip it rather than loop
                continue;
            }
            reader.skipSpaces();
            if (reader.peek() == '=' && current) {
                reader.advance();
                reader.skipSpaces();
                const QByteArray paramValue = reader.peek() == '"' ? reader.quoted() : reader.token();
                current->params.insert(word.toLower(), paramValue);
                continue;
            }
            if (reader.peek() == '=' && !current) {
                reader.setPosition(start + word.size() + 1); // a parameter without a scheme: ignore it
                reader.token();
                continue;
            }
            challenges.append(AuthChallenge { word, {} });
            current = &challenges.last();
        }
    }
    return challenges;
}

AuthChallenge AuthChallenge::strongest(const QList<AuthChallenge> &challenges)
{
    const auto rank = [](const AuthChallenge &c) {
        if (!c.isSupported())
            return 0;
        if (c.isBasic())
            return 1;
        bool session = false;
        return algorithmOf(c, &session) == QCryptographicHash::Sha256 ? 3 : 2;
    };
    AuthChallenge best;
    int bestRank = 0;
    for (const auto &challenge : challenges) {
        const int r = rank(challenge);
        if (r > bestRank) {
            best = challenge;
            bestRank = r;
        }
    }
    return best;
}

QByteArray HttpAuthentication::basic(const QString &user, const QString &password)
{
    return "Basic " + QByteArray(user.toUtf8() + ':' + password.toUtf8()).toBase64();
}

QByteArray HttpAuthentication::digest(const AuthChallenge &challenge, const QByteArray &method, const QByteArray &uri,
    const QString &user, const QString &password, const QByteArray &cnonceIn, int nonceCount)
{
    bool session = false;
    const QCryptographicHash::Algorithm algorithm = algorithmOf(challenge, &session);
    const QByteArray realm = challenge.params.value("realm");
    const QByteArray nonce = challenge.params.value("nonce");
    QByteArray cnonce = cnonceIn;
    if (cnonce.isEmpty()) {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        cnonce = QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
    }
    const QByteArray nc = QByteArray::number(nonceCount, 16).rightJustified(8, '0');
    const QList<QByteArray> qops = challenge.params.value("qop").split(',');
    bool qopAuth = false;
    for (const auto &qop : qops) {
        if (qop.trimmed() == "auth")
            qopAuth = true;
    }
    QByteArray ha1 = hexHash(user.toUtf8() + ':' + realm + ':' + password.toUtf8(), algorithm);
    if (session)
        ha1 = hexHash(ha1 + ':' + nonce + ':' + cnonce, algorithm);
    const QByteArray ha2 = hexHash(method + ':' + uri, algorithm);
    const QByteArray response = qopAuth
        ? hexHash(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ":auth:" + ha2, algorithm)
        : hexHash(ha1 + ':' + nonce + ':' + ha2, algorithm);
    QByteArray out = "Digest username=" + quote(user.toUtf8()) + ", realm=" + quote(realm) + ", nonce=" + quote(nonce)
        + ", uri=" + quote(uri) + ", response=" + quote(response);
    if (challenge.params.contains("algorithm"))
        out += ", algorithm=" + challenge.params.value("algorithm");
    if (challenge.params.contains("opaque"))
        out += ", opaque=" + quote(challenge.params.value("opaque"));
    if (qopAuth)
        out += ", qop=auth, nc=" + nc + ", cnonce=" + quote(cnonce);
    return out;
}

QByteArray HttpAuthentication::authorization(const AuthChallenge &challenge, const QByteArray &method,
    const QByteArray &uri, const QString &user, const QString &password)
{
    if (challenge.isDigest())
        return digest(challenge, method, uri, user, password);
    return basic(user, password);
}

} // namespace Framewise
