// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations: complete, current with the sources, embedded and loadable.
#include "languageloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Framewise;

namespace {

const QString TranslationsDir = QStringLiteral(FRAMEWISE_SOURCE_DIR "/translations");

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString describe(const Message &message)
{
    return message.context + QStringLiteral(": \"") + message.source + u'"';
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(n|L?[0-9]+)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

qsizetype accelerators(const QString &text)
{
    return text.count(u'&') - 2 * text.count(QStringLiteral("&&"));
}

int pluralForms(const QString &language)
{
    return language.startsWith(QLatin1String("zh")) ? 1 : 2; // de, en, es, fr: singular and plural
}

QStringList shippedFiles()
{
    return QDir(TranslationsDir).entryList({ QStringLiteral("framewise_*.ts") }, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shipped_data();
    void shipped();
    void currentWithSources_data();
    void currentWithSources();
    void embeddedAndLoadable();
    void languageArgument();
    void englishPlurals();
};

void TestTranslations::shipped_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = shippedFiles();
    QVERIFY2(files.size() >= 5, qPrintable(files.join(u' ')));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

// Every entry translated, none vanished or obsolete, placeholders, accelerators and plural forms kept.
void TestTranslations::shipped()
{
    QFETCH(QString, file);
    const TsFile ts = readTs(TranslationsDir + u'/' + file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), "no messages");
    const bool english = ts.language == QLatin1String("en");
    QStringList problems;
    for (const Message &message : ts.messages) {
        if (!message.type.isEmpty()) {
            problems.append(message.type + QStringLiteral(": ") + describe(message));
            continue;
        }
        if (english && !message.numerus)
            problems.append(
                QStringLiteral("not a plural form (framewise_en.ts holds only those): ") + describe(message));
        if (message.numerus && message.forms.size() != pluralForms(ts.language)) {
            problems.append(QStringLiteral("%1 plural forms instead of %2: ")
                                .arg(message.forms.size())
                                .arg(pluralForms(ts.language))
                + describe(message));
        }
        for (const QString &form : message.forms) {
            if (form.isEmpty()) {
                problems.append(QStringLiteral("empty translation: ") + describe(message));
                break;
            }
            if (placeholders(form) != placeholders(message.source)) {
                problems.append(QStringLiteral("placeholders %1 instead of %2 in \"%3\": ")
                                    .arg(placeholders(form).join(u','), placeholders(message.source).join(u','), form)
                    + describe(message));
            }
            if (accelerators(form) != accelerators(message.source))
                problems.append(QStringLiteral("the & accelerator is lost in \"%1\": ").arg(form) + describe(message));
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s) in %2:\n  ").arg(problems.size()).arg(file)
            + problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::currentWithSources_data()
{
    shipped_data();
}

// lupdate over app/, channel/ and ui/ (as translations/update.sh runs it) on a copy: no string of the code
// may be missing from the shipped file, and the file may hold no string the code no longer has.
void TestTranslations::currentWithSources()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(TranslationsDir + u'/' + file, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const TsFile before = readTs(copy);
    QString language = file.mid(10); // framewise_
    language.chop(3);
    QStringList arguments { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
        QStringLiteral("-no-ui-lines"), QStringLiteral("-silent"), QStringLiteral("-source-language"),
        QStringLiteral("en"), QStringLiteral("-target-language"), language };
    if (language == QLatin1String("en"))
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << QStringLiteral(FRAMEWISE_SOURCE_DIR "/app") << QStringLiteral(FRAMEWISE_SOURCE_DIR "/channel")
              << QStringLiteral(FRAMEWISE_SOURCE_DIR "/ui") << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels); // shown only when it fails
    lupdate.start(QStringLiteral(FRAMEWISE_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    const TsFile after = readTs(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));

    const auto key = [](const Message &m) -> QString { return m.context + u'\x1f' + m.source; };
    QSet<QString> current;
    QStringList untranslated;
    for (const Message &message : after.messages) {
        current.insert(key(message));
        if (!message.type.isEmpty())
            untranslated.append(describe(message));
    }
    QStringList vanished;
    for (const Message &message : before.messages) {
        if (!current.contains(key(message)))
            vanished.append(describe(message));
    }
    QVERIFY2(untranslated.isEmpty() && vanished.isEmpty(),
        qPrintable(QStringLiteral("%1 is not current with app/, channel/ and ui/: run translations/update.sh, then "
                                  "translate the entries marked unfinished.\n%2 new or changed string(s):\n  %3\n%4 "
                                  "string(s) no longer in the code:\n  %5")
                       .arg(file)
                       .arg(untranslated.size())
                       .arg(untranslated.join(QStringLiteral("\n  ")))
                       .arg(vanished.size())
                       .arg(vanished.join(QStringLiteral("\n  ")))));
}

void TestTranslations::embeddedAndLoadable()
{
    const QStringList available = LanguageLoader::available();
    for (const char *code : { "en", "de", "es", "fr", "zh_CN" })
        QVERIFY2(available.contains(QLatin1String(code)), qPrintable(available.join(u' ')));
    QCOMPARE(available.first(), QStringLiteral("en"));

    const struct {
        const char *code;
        const char *file;
        const char *quit;
    } expected[] = { { "de", "&Datei", "&Beenden" }, { "es", "&Archivo", "&Salir" }, { "fr", "&Fichier", "&Quitter" },
        { "zh_CN", "文件(&F)", "退出(&Q)" } };
    for (const auto &language : expected) {
        QCOMPARE(LanguageLoader::install(QLatin1String(language.code)), QLatin1String(language.code));
        QCOMPARE(QCoreApplication::translate("Framewise::MainWindow", "&File"), QString::fromUtf8(language.file));
        QCOMPARE(QCoreApplication::translate("Framewise::MainWindow", "&Quit"), QString::fromUtf8(language.quit));
    }
    // The texts of channel/ (stop reasons, protocol and handshake errors) are translated as well.
    QCOMPARE(LanguageLoader::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("Framewise::StopStatus", "The connection was closed."),
        QStringLiteral("Die Verbindung wurde geschlossen."));
    QCOMPARE(
        QCoreApplication::translate("Framewise::CloseCode", "Normal closure"), QStringLiteral("Normales Schließen"));
    // Regional variants fall back to the language; unknown codes to English.
    QCOMPARE(LanguageLoader::install(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("fr-CA")), QStringLiteral("fr"));
    QVERIFY(LanguageLoader::isAvailable(QStringLiteral("es_MX")));
    QVERIFY(!LanguageLoader::isAvailable(QStringLiteral("xx")));
    QVERIFY(!LanguageLoader::isAvailable(QString()));
    QCOMPARE(LanguageLoader::install(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Framewise::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(LanguageLoader::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(LanguageLoader::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
}

void TestTranslations::languageArgument()
{
    const auto parse = [](std::initializer_list<const char *> list) {
        QStringList arguments;
        for (const char *argument : list)
            arguments.append(QString::fromUtf8(argument));
        return LanguageLoader::fromArguments(arguments);
    };
    QCOMPARE(parse({ "framewise", "--lang", "de" }), QStringLiteral("de"));
    QCOMPARE(parse({ "framewise", "ws://x/", "--lang=zh_CN" }), QStringLiteral("zh_CN"));
    QCOMPARE(parse({ "framewise", "--send", "x" }), QString());
    QCOMPARE(parse({ "framewise", "--", "--lang", "de" }), QString());
    QCOMPARE(parse({ "framewise", "--lang" }), QString());
}

void TestTranslations::englishPlurals()
{
    QCOMPARE(LanguageLoader::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Framewise::SessionTab", "%n frames", nullptr, 1), QStringLiteral("1 frame"));
    QCOMPARE(QCoreApplication::translate("Framewise::SessionTab", "%n frames", nullptr, 3), QStringLiteral("3 frames"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("Framewise::SessionTab", "%n frames", nullptr, 1), QStringLiteral("1 Frame"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("Framewise::SessionTab", "%n frames", nullptr, 0), QStringLiteral("0 trame"));
    QCOMPARE(LanguageLoader::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("Framewise::SessionTab", "%n frames", nullptr, 2), QStringLiteral("2 帧"));
    LanguageLoader::install(QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
