// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "handshaketext.h"
#include "rttprobe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::Profile", text);
}

const QString HeaderPrefix = QStringLiteral("header:");
const QString VariablePrefix = QStringLiteral("variable:");
const QString PasswordField = QStringLiteral("password");
const QString ProxyPasswordField = QStringLiteral("proxyPassword");
const QString KeyPassphraseField = QStringLiteral("keyPassphrase");

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString snippetFormatName(Snippet::Format format)
{
    switch (format) {
    case Snippet::Format::Json:
        return QStringLiteral("json");
    case Snippet::Format::Hex:
        return QStringLiteral("hex");
    case Snippet::Format::Base64:
        return QStringLiteral("base64");
    case Snippet::Format::Text:
        break;
    }
    return QStringLiteral("text");
}

// Reads a JSON object's fields with type checks; the first problem is kept with its key.
class Reader {
public:
    Reader(const QJsonObject &object, QString context, QString *error)
        : m_object(object)
        , m_context(std::move(context))
        , m_error(error)
    {
    }

    QString string(const char *key, const QString &fallback = {})
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString())
            return fail(key, tr("a text")), fallback;
        return value.toString();
    }
    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            return fail(key, tr("true or false")), fallback;
        return value.toBool();
    }
    qint64 integer(const char *key, qint64 fallback, qint64 min, qint64 max)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(-1e300);
        // The range first: converting a double outside qint64 is undefined behaviour.
        if (!value.isDouble() || !(number >= double(min) && number <= double(max)) || number != double(qint64(number)))
            return fail(key, tr("a whole number from %1 to %2").arg(min).arg(max)), fallback;
        return qint64(number);
    }
    QStringList strings(const char *key)
    {
        QStringList result;
        const QJsonArray values = array(key);
        for (const QJsonValue v : values) {
            if (!v.isString())
                return fail(key, tr("a list of texts")), QStringList();
            result.append(v.toString());
        }
        return result;
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            return fail(key, tr("a list")), QJsonArray();
        return value.toArray();
    }
    bool ok() const { return m_error->isEmpty(); }
    void fail(const char *key, const QString &expected)
    {
        if (m_error->isEmpty())
            *m_error = tr("%1: “%2” should be %3.").arg(m_context, QLatin1String(key), expected);
    }

private:
    QJsonObject m_object;
    QString m_context;
    QString *m_error;
};

} // namespace

Profile Profile::create(const QString &name)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

void Profile::markCredentialHeadersSecret()
{
    for (ProfileHeader &header : headers) {
        if (HandshakeText::isSecretHeader(header.name.toUtf8()))
            header.secret = true;
    }
}

QStringList Profile::secretFields() const
{
    QStringList fields;
    for (const ProfileHeader &header : headers) {
        if (header.secret)
            fields.append(HeaderPrefix + header.name);
    }
    for (const ProfileVariable &variable : variables) {
        if (variable.secret)
            fields.append(VariablePrefix + variable.name);
    }
    if (!user.isEmpty())
        fields.append(PasswordField);
    if (!proxyUser.isEmpty())
        fields.append(ProxyPasswordField);
    if (!clientKey.isEmpty() || !clientCertificate.isEmpty() || !pkcs12.isEmpty())
        fields.append(KeyPassphraseField);
    return fields;
}

QString Profile::secretValue(const QString &field) const
{
    if (field == PasswordField)
        return password;
    if (field == ProxyPasswordField)
        return proxyPassword;
    if (field == KeyPassphraseField)
        return keyPassphrase;
    if (field.startsWith(HeaderPrefix)) {
        const QString name = field.mid(HeaderPrefix.size());
        for (const ProfileHeader &header : headers) {
            if (header.secret && header.name == name)
                return header.value;
        }
    } else if (field.startsWith(VariablePrefix)) {
        const QString name = field.mid(VariablePrefix.size());
        for (const ProfileVariable &variable : variables) {
            if (variable.secret && variable.name == name)
                return variable.value;
        }
    }
    return {};
}

void Profile::setSecretValue(const QString &field, const QString &value)
{
    if (field == PasswordField) {
        password = value;
    } else if (field == ProxyPasswordField) {
        proxyPassword = value;
    } else if (field == KeyPassphraseField) {
        keyPassphrase = value;
    } else if (field.startsWith(HeaderPrefix)) {
        const QString name = field.mid(HeaderPrefix.size());
        for (ProfileHeader &header : headers) {
            if (header.secret && header.name == name)
                header.value = value;
        }
    } else if (field.startsWith(VariablePrefix)) {
        const QString name = field.mid(VariablePrefix.size());
        for (ProfileVariable &variable : variables) {
            if (variable.secret && variable.name == name)
                variable.value = value;
        }
    }
}

void Profile::clearSecretValues()
{
    const QStringList fields = secretFields();
    for (const QString &field : fields)
        setSecretValue(field, QString());
}

QJsonObject Profile::toJson() const
{
    QJsonArray headerArray;
    for (const ProfileHeader &header : headers) {
        QJsonObject object { { QStringLiteral("name"), header.name }, { QStringLiteral("enabled"), header.enabled } };
        if (header.secret)
            object.insert(QStringLiteral("secret"), true);
        else
            object.insert(QStringLiteral("value"), header.value);
        headerArray.append(object);
    }
    QJsonArray variableArray;
    for (const ProfileVariable &variable : variables) {
        QJsonObject object { { QStringLiteral("name"), variable.name } };
        if (variable.secret)
            object.insert(QStringLiteral("secret"), true);
        else
            object.insert(QStringLiteral("value"), variable.value);
        variableArray.append(object);
    }
    QJsonArray snippetArray;
    for (const Snippet &snippet : snippets) {
        snippetArray.append(
            QJsonObject { { QStringLiteral("name"), snippet.name }, { QStringLiteral("body"), snippet.body },
                { QStringLiteral("format"), snippetFormatName(snippet.format) } });
    }
    const QJsonObject deflateObject { { QStringLiteral("enabled"), deflate.enabled },
        { QStringLiteral("serverNoContextTakeover"), deflate.serverNoContextTakeover },
        { QStringLiteral("clientNoContextTakeover"), deflate.clientNoContextTakeover },
        { QStringLiteral("serverMaxWindowBits"), deflate.serverMaxWindowBits },
        { QStringLiteral("clientMaxWindowBits"), deflate.clientMaxWindowBits },
        { QStringLiteral("threshold"), double(deflate.compressionThreshold) },
        { QStringLiteral("level"), deflate.compressionLevel } };
    const QJsonObject tls { { QStringLiteral("caFiles"), toArray(caFiles) }, { QStringLiteral("pins"), toArray(pins) },
        { QStringLiteral("clientCertificate"), clientCertificate }, { QStringLiteral("clientKey"), clientKey },
        { QStringLiteral("pkcs12"), pkcs12 } };
    const QJsonObject proxyObject { { QStringLiteral("url"), proxy }, { QStringLiteral("system"), systemProxy },
        { QStringLiteral("user"), proxyUser } };
    QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("name"), name }, { QStringLiteral("url"), url },
        { QStringLiteral("origin"), origin }, { QStringLiteral("protocols"), toArray(protocols) },
        { QStringLiteral("headers"), headerArray }, { QStringLiteral("pingInterval"), pingIntervalS },
        { QStringLiteral("pingTimeout"), pingTimeoutS }, { QStringLiteral("rttProbeInterval"), rttProbeIntervalS },
        { QStringLiteral("maxMessageSize"), double(maxMessageSize) }, { QStringLiteral("deflate"), deflateObject },
        { QStringLiteral("followRedirects"), followRedirects }, { QStringLiteral("tls"), tls },
        { QStringLiteral("proxy"), proxyObject }, { QStringLiteral("user"), user },
        { QStringLiteral("variables"), variableArray }, { QStringLiteral("snippets"), snippetArray } };
    if (!intercept.isEmpty())
        object.insert(QStringLiteral("intercept"), intercept);
    return object;
}

Profile Profile::fromJson(const QJsonObject &object, QString *error)
{
    error->clear();
    Profile p;
    Reader r(object, tr("Profile"), error);
    p.id = r.string("id");
    p.name = r.string("name");
    if (r.ok() && p.id.isEmpty())
        r.fail("id", tr("a non-empty identifier"));
    if (r.ok() && p.name.trimmed().isEmpty())
        r.fail("name", tr("a non-empty name"));
    Reader named(object, tr("Profile “%1”").arg(p.name), error);
    p.url = named.string("url");
    p.origin = named.string("origin");
    p.protocols = named.strings("protocols");
    const QJsonArray headerArray = named.array("headers");
    for (const QJsonValue value : headerArray) {
        Reader h(value.toObject(), tr("A header of profile “%1”").arg(p.name), error);
        if (!value.isObject())
            h.fail("headers", tr("a list of objects"));
        ProfileHeader header;
        header.name = h.string("name");
        header.secret = h.boolean("secret", false);
        header.value = header.secret ? QString() : h.string("value");
        header.enabled = h.boolean("enabled", true);
        p.headers.append(header);
    }
    // A key the file leaves out takes the default every connection has (ConnectionOptions).
    const ConnectionOptions defaults;
    p.pingIntervalS = int(named.integer("pingInterval", defaults.pingIntervalS, 0, 86400));
    p.pingTimeoutS = int(named.integer("pingTimeout", defaults.pingTimeoutS, 1, 86400));
    p.rttProbeIntervalS = int(named.integer("rttProbeInterval", defaults.rttProbeIntervalS, 0, RttProbe::MaxIntervalS));
    p.maxMessageSize = named.integer("maxMessageSize", defaults.maxMessageSize, 1, qint64(1) << 50);
    const QJsonObject deflateObject = object.value(QStringLiteral("deflate")).toObject();
    Reader d(deflateObject, tr("Compression of profile “%1”").arg(p.name), error);
    const DeflateOptions &deflate = defaults.deflate;
    p.deflate.enabled = d.boolean("enabled", deflate.enabled);
    p.deflate.serverNoContextTakeover = d.boolean("serverNoContextTakeover", deflate.serverNoContextTakeover);
    p.deflate.clientNoContextTakeover = d.boolean("clientNoContextTakeover", deflate.clientNoContextTakeover);
    p.deflate.serverMaxWindowBits = int(d.integer("serverMaxWindowBits", deflate.serverMaxWindowBits, 0, 15));
    p.deflate.clientMaxWindowBits = int(d.integer("clientMaxWindowBits", deflate.clientMaxWindowBits, -1, 15));
    p.deflate.compressionThreshold = d.integer("threshold", deflate.compressionThreshold, 0, qint64(1) << 40);
    p.deflate.compressionLevel = int(d.integer("level", deflate.compressionLevel, 1, 9));
    p.followRedirects = named.boolean("followRedirects", defaults.followRedirects);
    Reader t(object.value(QStringLiteral("tls")).toObject(), tr("TLS of profile “%1”").arg(p.name), error);
    p.caFiles = t.strings("caFiles");
    p.pins = t.strings("pins");
    p.clientCertificate = t.string("clientCertificate");
    p.clientKey = t.string("clientKey");
    p.pkcs12 = t.string("pkcs12");
    Reader x(object.value(QStringLiteral("proxy")).toObject(), tr("Proxy of profile “%1”").arg(p.name), error);
    p.proxy = x.string("url");
    p.systemProxy = x.boolean("system", defaults.systemProxy);
    p.proxyUser = x.string("user");
    p.user = named.string("user");
    const QJsonArray variableArray = named.array("variables");
    for (const QJsonValue value : variableArray) {
        Reader v(value.toObject(), tr("A variable of profile “%1”").arg(p.name), error);
        if (!value.isObject())
            v.fail("variables", tr("a list of objects"));
        ProfileVariable variable;
        variable.name = v.string("name");
        variable.secret = v.boolean("secret", false);
        variable.value = variable.secret ? QString() : v.string("value");
        p.variables.append(variable);
    }
    const QJsonArray snippetArray = named.array("snippets");
    for (const QJsonValue value : snippetArray) {
        Reader s(value.toObject(), tr("A snippet of profile “%1”").arg(p.name), error);
        if (!value.isObject())
            s.fail("snippets", tr("a list of objects"));
        Snippet snippet;
        snippet.name = s.string("name");
        snippet.body = s.string("body");
        const QString format = s.string("format", QStringLiteral("text"));
        if (format == QLatin1String("json"))
            snippet.format = Snippet::Format::Json;
        else if (format == QLatin1String("hex"))
            snippet.format = Snippet::Format::Hex;
        else if (format == QLatin1String("base64"))
            snippet.format = Snippet::Format::Base64;
        else if (format != QLatin1String("text"))
            s.fail("format", tr("text, json, hex or base64"));
        p.snippets.append(snippet);
    }
    const QJsonValue intercept = object.value(QStringLiteral("intercept"));
    if (intercept.isObject())
        p.intercept = intercept.toObject();
    else if (!intercept.isUndefined() && !intercept.isNull())
        named.fail("intercept", tr("an object"));
    return p;
}

QString Profile::expand(const QString &text, QStringList *undefined) const
{
    static const QRegularExpression reference(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}"));
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString result;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const auto found = std::find_if(
            variables.cbegin(), variables.cend(), [&name](const ProfileVariable &v) { return v.name == name; });
        if (found != variables.cend()) {
            result += found->value;
        } else {
            if (undefined && !undefined->contains(name))
                undefined->append(name);
            result += match.captured(0);
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

bool Profile::usesSecretVariable(const QString &text) const
{
    for (const ProfileVariable &variable : variables) {
        static const QRegularExpression spaces(QStringLiteral("\\s"));
        if (variable.secret && QString(text).remove(spaces).contains(u"{{" + variable.name + u"}}"))
            return true;
    }
    return false;
}

QStringList Profile::resolve(ConnectionSettings *settings) const
{
    QStringList problems;
    QStringList undefined;
    ConnectionSettings s;
    const QString expandedUrl = expand(url.trimmed(), &undefined);
    s.origin = expand(origin, &undefined);
    for (const QString &protocol : protocols)
        s.protocols.append(expand(protocol, &undefined));
    for (const ProfileHeader &header : headers) {
        if (!header.enabled || header.name.trimmed().isEmpty())
            continue;
        const QString value = expand(header.value, &undefined);
        if (header.secret || usesSecretVariable(header.value))
            s.secretHeaders.append(header.name.trimmed().toUtf8());
        const QByteArray name = header.name.trimmed().toUtf8();
        const QString problem = ConnectionSettings::headerProblem(name, value.toUtf8());
        if (!problem.isEmpty())
            problems.append(problem);
        else
            s.headers.append(name, value.toUtf8());
    }
    if (const QString problem = ConnectionSettings::originProblem(s.origin); !problem.isEmpty())
        problems.append(problem);
    for (const QString &protocol : std::as_const(s.protocols)) {
        if (const QString problem = ConnectionSettings::protocolProblem(protocol); !problem.isEmpty())
            problems.append(problem);
    }
    if (!undefined.isEmpty()) {
        problems.prepend(tr("Undefined variable(s): %1. Define them in the profile's variables or remove the "
                            "{{…}} references.")
                             .arg(undefined.join(QStringLiteral(", "))));
    } else {
        const QString urlProblem = ConnectionSettings::validateUrl(expandedUrl);
        if (!urlProblem.isEmpty())
            problems.prepend(urlProblem);
    }
    s.url = QUrl(expandedUrl);
    static_cast<ConnectionOptions &>(s) = *this; // the options both keep alike
    s.keyPassphrase = keyPassphrase.toUtf8();
    const QStringList fields = secretFields();
    for (const QString &field : fields) {
        const QString value = secretValue(field);
        if (!value.isEmpty() && !s.secretValues.contains(value))
            s.secretValues.append(value);
    }
    for (const ProfileHeader &header : headers) {
        if (header.secret && !header.value.isEmpty())
            s.secretValues.append(expand(header.value, nullptr));
    }
    if (problems.isEmpty() && settings)
        *settings = s;
    return problems;
}

} // namespace Framewise
