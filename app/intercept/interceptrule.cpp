// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptrule.h"

#include "jsonpointer.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace Framewise {

namespace {

// JSON numbers are doubles: whole numbers beyond 2^53 would not read back as written.
constexpr qint64 MaxJsonInteger = qint64(1) << 53;

constexpr std::array MatchNames {
    std::pair { InterceptRule::Match::Any, "any" },
    std::pair { InterceptRule::Match::Substring, "substring" },
    std::pair { InterceptRule::Match::Regex, "regex" },
    std::pair { InterceptRule::Match::JsonPointer, "json-pointer" },
    std::pair { InterceptRule::Match::Type, "type" },
    std::pair { InterceptRule::Match::Size, "size" },
};
constexpr std::array ActionNames {
    std::pair { InterceptRule::Action::Break, "break" },
    std::pair { InterceptRule::Action::Rewrite, "rewrite" },
    std::pair { InterceptRule::Action::Drop, "drop" },
    std::pair { InterceptRule::Action::Delay, "delay" },
    std::pair { InterceptRule::Action::Reply, "reply" },
};

template <typename Names, typename Kind> QString nameOf(const Names &names, Kind kind)
{
    for (const auto &[k, name] : names) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

template <typename Names, typename Kind> bool kindOf(const Names &names, const QString &name, Kind *kind)
{
    for (const auto &[k, n] : names) {
        if (name == QLatin1String(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

template <typename Names> QString nameList(const Names &names)
{
    QStringList list;
    for (const auto &entry : names)
        list.append(QLatin1String(entry.second));
    return list.join(QStringLiteral(", "));
}

QString regexProblem(const QString &pattern, bool rewrite)
{
    const QRegularExpression regex(pattern);
    if (regex.isValid())
        return {};
    return rewrite ? InterceptRule::tr("the rewrite's regular expression is invalid: %1 at offset %2")
                         .arg(regex.errorString())
                         .arg(regex.patternErrorOffset())
                   : InterceptRule::tr("the regular expression is invalid: %1 at offset %2")
                         .arg(regex.errorString())
                         .arg(regex.patternErrorOffset());
}

// Reads an object's fields with type checks; the first problem is kept, with the key's path.
class JsonFields {
    Q_DECLARE_TR_FUNCTIONS(Framewise::InterceptRule)
public:
    JsonFields(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
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
    qint64 integer(const char *key, qint64 fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(-1e300);
        // The range first: converting a double outside qint64 is undefined behaviour.
        if (!value.isDouble() || !(number >= -double(MaxJsonInteger) && number <= double(MaxJsonInteger))
            || number != double(qint64(number)))
            return fail(key, tr("a whole number")), fallback;
        return qint64(number);
    }
    // An object that must be there when required; {} otherwise.
    QJsonObject object(const char *key, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!required && (value.isUndefined() || value.isNull()))
            return {};
        if (!value.isObject())
            return fail(key, tr("an object")), QJsonObject();
        return value.toObject();
    }
    bool ok() const { return m_error->isEmpty(); }
    void fail(const char *key, const QString &expected)
    {
        if (m_error->isEmpty()) {
            const QString path
                = m_path.isEmpty() ? QString(QLatin1String(key)) : QString(m_path + u'.' + QLatin1String(key));
            *m_error = tr("“%1” should be %2").arg(path, expected);
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace

QString InterceptRule::matchName(Match match)
{
    return nameOf(MatchNames, match);
}

QString InterceptRule::actionName(Action action)
{
    return nameOf(ActionNames, action);
}

QString InterceptRule::validate() const
{
    switch (match) {
    case Match::Any:
    case Match::Type:
        break;
    case Match::Substring:
        // An empty text would match every message: surely a rule not filled in yet.
        if (pattern.isEmpty())
            return tr("the text to find is empty (to match every message, choose any message)");
        break;
    case Match::Regex:
        if (pattern.isEmpty())
            return tr("the regular expression is empty");
        if (QString problem = regexProblem(pattern, false); !problem.isEmpty())
            return problem;
        break;
    case Match::JsonPointer: {
        QString problem;
        if (!JsonPointer::parse(pattern, &problem))
            return problem;
        break;
    }
    case Match::Size:
        if (minSize < 0)
            return tr("the smallest size is negative (%1 bytes)").arg(minSize);
        if (maxSize < -1)
            return tr("the largest size is negative (%1 bytes)").arg(maxSize);
        if (maxSize >= 0 && maxSize < minSize)
            return tr("the largest size (%1 bytes) is below the smallest (%2 bytes)").arg(maxSize).arg(minSize);
        break;
    }
    switch (action) {
    case Action::Break:
    case Action::Drop:
        break;
    case Action::Rewrite:
        if (QString problem = regexProblem(rewritePattern, true); !problem.isEmpty())
            return problem;
        break;
    case Action::Delay:
        if (delayMs < 0)
            return tr("the delay is negative (%1 ms)").arg(delayMs);
        if (delayMs > MaxDelayMs)
            return tr("the delay of %1 ms is longer than a day (%2 ms)").arg(delayMs).arg(MaxDelayMs);
        break;
    case Action::Reply:
        if (!reply.binary && !reply.payload.isValidUtf8())
            return tr("the reply is a text message but not valid UTF-8");
        break;
    }
    return {};
}

QJsonObject InterceptRule::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("enabled"), enabled);
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("direction"), interceptDirectionFilterName(direction));
    object.insert(QStringLiteral("caseSensitive"), caseSensitive);

    QJsonObject m { { QStringLiteral("kind"), matchName(match) } };
    switch (match) {
    case Match::Any:
        break;
    case Match::Substring:
        m.insert(QStringLiteral("text"), pattern);
        break;
    case Match::Regex:
        m.insert(QStringLiteral("pattern"), pattern);
        break;
    case Match::JsonPointer:
        m.insert(QStringLiteral("pointer"), pattern);
        m.insert(QStringLiteral("value"), expected);
        break;
    case Match::Type:
        m.insert(QStringLiteral("type"),
            messageType == MessageType::Binary ? QStringLiteral("binary") : QStringLiteral("text"));
        break;
    case Match::Size:
        m.insert(QStringLiteral("min"), minSize);
        if (maxSize >= 0)
            m.insert(QStringLiteral("max"), maxSize);
        break;
    }
    object.insert(QStringLiteral("match"), m);

    QJsonObject a { { QStringLiteral("kind"), actionName(action) } };
    switch (action) {
    case Action::Break:
    case Action::Drop:
        break;
    case Action::Rewrite:
        a.insert(QStringLiteral("pattern"), rewritePattern);
        a.insert(QStringLiteral("replacement"), replacement);
        break;
    case Action::Delay:
        a.insert(QStringLiteral("ms"), delayMs);
        break;
    case Action::Reply:
        a.insert(QStringLiteral("binary"), reply.binary);
        if (reply.binary)
            a.insert(QStringLiteral("base64"), QString::fromLatin1(reply.payload.toBase64()));
        else
            a.insert(QStringLiteral("text"), QString::fromUtf8(reply.payload));
        break;
    }
    object.insert(QStringLiteral("action"), a);
    return object;
}

InterceptRule InterceptRule::fromJson(const QJsonObject &object, QString *error)
{
    error->clear();
    InterceptRule rule;
    JsonFields r(object, QString(), error);
    rule.enabled = r.boolean("enabled", true);
    rule.name = r.string("name");
    const QString direction = r.string("direction", QStringLiteral("both"));
    if (const auto filter = parseInterceptDirectionFilter(direction))
        rule.direction = *filter;
    else
        r.fail("direction", tr("to-server, to-app or both"));
    rule.caseSensitive = r.boolean("caseSensitive", true);

    JsonFields m(r.object("match", false), QStringLiteral("match"), error);
    if (!kindOf(MatchNames, m.string("kind", QStringLiteral("any")), &rule.match))
        m.fail("kind", tr("one of %1").arg(nameList(MatchNames)));
    if (!r.ok())
        return rule;
    switch (rule.match) {
    case Match::Any:
        break;
    case Match::Substring:
        rule.pattern = m.string("text");
        break;
    case Match::Regex:
        rule.pattern = m.string("pattern");
        break;
    case Match::JsonPointer:
        rule.pattern = m.string("pointer");
        rule.expected = m.string("value");
        break;
    case Match::Type: {
        const QString type = m.string("type", QStringLiteral("text"));
        if (type == QLatin1String("binary"))
            rule.messageType = MessageType::Binary;
        else if (type != QLatin1String("text"))
            m.fail("type", tr("text or binary"));
        break;
    }
    case Match::Size:
        rule.minSize = m.integer("min", 0);
        rule.maxSize = m.integer("max", -1);
        break;
    }

    // A rule without an action would do nothing: the file is damaged, not merely short.
    JsonFields a(r.object("action", true), QStringLiteral("action"), error);
    if (!r.ok())
        return rule;
    if (!kindOf(ActionNames, a.string("kind"), &rule.action))
        a.fail("kind", tr("one of %1").arg(nameList(ActionNames)));
    switch (rule.action) {
    case Action::Break:
    case Action::Drop:
        break;
    case Action::Rewrite:
        rule.rewritePattern = a.string("pattern");
        rule.replacement = a.string("replacement");
        break;
    case Action::Delay:
        rule.delayMs = a.integer("ms", 0);
        break;
    case Action::Reply:
        rule.reply.binary = a.boolean("binary", false);
        if (rule.reply.binary) {
            const QByteArray base64 = a.string("base64").toLatin1();
            auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                rule.reply.payload = *decoded;
            else
                a.fail("base64", tr("base64 text"));
        } else {
            rule.reply.payload = a.string("text").toUtf8();
        }
        break;
    }
    return rule;
}

} // namespace Framewise
