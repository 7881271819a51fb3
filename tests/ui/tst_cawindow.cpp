// SPDX-License-Identifier: GPL-3.0-or-later
// The Framewise CA in the window with the real keychain (run through tests/profiles/with-keyring.sh;
// with --no-keyring, the same suite checks the this-run-only CA): one CA for the whole run, read
// when first needed and shared by every proxy tab; View › CA details says where it is kept;
// Regenerate… warns before it replaces the CA, and only proxy tabs opened afterwards use the new one.
#include "appsettings.h"
#include "cadetailsdialog.h"
#include "castore.h"
#include "intercepttab.h"
#include "mainwindow.h"
#include "proxyserver.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSslCertificate>
#include <QTest>
#include <QTimer>

using namespace Framewise;

class TestCaWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void oneCaForTheRunSharedByProxyTabs();
    void regenerateWarnsFirstAndOnlyNewTabsUseTheNewCa();

private:
    InterceptTab *startProxy(MainWindow *window);
    bool m_keyring = false;
    std::unique_ptr<AppSettings> m_settings;
};

void TestCaWindow::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("FRAMEWISE_TEST_KEYRING"), "run through with-keyring.sh");
    QVERIFY(QDir::homePath().startsWith(QDir::tempPath())); // a scratch HOME: no real keychain is touched
    m_keyring = qEnvironmentVariableIntValue("FRAMEWISE_TEST_KEYRING") == 1;
}

void TestCaWindow::init()
{
    m_settings = std::make_unique<AppSettings>(QDir::homePath() + QStringLiteral("/settings.ini"));
    m_settings->setFirstLaunchDone(true);
}

void TestCaWindow::cleanup()
{
    QString error;
    QVERIFY2(CaStore().remove(&error), qPrintable(error)); // each test starts without a CA
    m_settings.reset();
}

InterceptTab *TestCaWindow::startProxy(MainWindow *window)
{
    ProxySettings settings;
    settings.intercept.listenPort = 0;
    QString error;
    InterceptTab *tab = window->addProxyTab(settings, &error);
    if (!tab)
        qWarning() << error;
    return tab;
}

void TestCaWindow::oneCaForTheRunSharedByProxyTabs()
{
    MainWindow window(m_settings.get());
    QString error;
    const CertificateAuthority ca = window.certificateAuthority(&error);
    QVERIFY2(!ca.isNull(), qPrintable(error));
    QCOMPARE(window.certificateAuthority().sha256Fingerprint(), ca.sha256Fingerprint());
    // Read once: the same handle (its leaf key and per-host cache), not a fresh load each time.
    QCOMPARE(window.certificateAuthority().leafKey(), ca.leafKey());
    // Where it lives: the keychain (where the CLI finds the same one), or this run only and why.
    const CertificateAuthority stored = CaStore().loadOrCreate(&error);
    QCOMPARE(stored.sha256Fingerprint(), ca.sha256Fingerprint());
    const QString kept = window.certificateAuthorityKept();
    if (m_keyring) {
        QVERIFY2(kept.contains(QStringLiteral("system keychain")), qPrintable(kept));
    } else {
        QVERIFY2(kept.contains(QStringLiteral("this run only")), qPrintable(kept));
        QVERIFY2(kept.contains(QStringLiteral("No keychain is available")), qPrintable(kept));
    }
    std::unique_ptr<CaDetailsDialog> details = window.caDetailsDialog();
    QCOMPARE(details->keptLabel()->text(), kept);
    QCOMPARE(details->sha256Label()->text().replace(u'\n', u':'), QString::fromLatin1(ca.sha256Fingerprint()));

    // Every proxy tab decrypts with it.
    InterceptTab *first = startProxy(&window);
    InterceptTab *second = startProxy(&window);
    QVERIFY(first && second);
    QCOMPARE(first->proxy()->certificateAuthority().sha256Fingerprint(), ca.sha256Fingerprint());
    QCOMPARE(second->proxy()->certificateAuthority().sha256Fingerprint(), ca.sha256Fingerprint());
    QCOMPARE(second->proxy()->certificateAuthority().leafKey(), first->proxy()->certificateAuthority().leafKey());
    QVERIFY2(first->summaryLabel()->text().contains(QString::fromLatin1(ca.sha256Fingerprint().left(17))),
        qPrintable(first->summaryLabel()->text()));
    QCOMPARE(window.proxyTabs().size(), 2);
}

void TestCaWindow::regenerateWarnsFirstAndOnlyNewTabsUseTheNewCa()
{
    MainWindow window(m_settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    InterceptTab *before = startProxy(&window);
    QVERIFY(before);
    const QByteArray old = window.certificateAuthority().sha256Fingerprint();
    QVERIFY(!old.isEmpty());
    std::unique_ptr<CaDetailsDialog> details = window.caDetailsDialog();
    details->show();

    // The warning comes first, and Cancel (its default) changes nothing.
    const auto answer = [this](bool regenerate, QString *informative) {
        QTimer::singleShot(0, this, [regenerate, informative] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *informative = box->informativeText();
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            for (QAbstractButton *button : box->buttons()) {
                if ((button->text() == QStringLiteral("Regenerate")) == regenerate
                    && (regenerate || button == box->button(QMessageBox::Cancel)))
                    button->click();
            }
        });
    };
    QString informative;
    answer(false, &informative);
    details->regenerateButton()->click();
    QVERIFY2(informative.contains(QStringLiteral("stops accepting Framewise's certificates")), qPrintable(informative));
    QCOMPARE(window.certificateAuthority().sha256Fingerprint(), old);
    QVERIFY(details->noteLabel()->isHidden());

    informative.clear();
    answer(true, &informative);
    details->regenerateButton()->click();
    QVERIFY(!informative.isEmpty());
    const CertificateAuthority fresh = window.certificateAuthority();
    QVERIFY(fresh.sha256Fingerprint() != old);
    // The dialog shows the new one and says what follows from it.
    QCOMPARE(details->sha256Label()->text().replace(u'\n', u':'), QString::fromLatin1(fresh.sha256Fingerprint()));
    QVERIFY(!details->noteLabel()->isHidden());
    QVERIFY2(details->noteLabel()->text().contains(QStringLiteral("New proxy tabs use the new CA")),
        qPrintable(details->noteLabel()->text()));
    QVERIFY2(details->noteLabel()->text().contains(QStringLiteral("(1)")), qPrintable(details->noteLabel()->text()));
    // Stored where the old one was: the CLI and the next run get the new one.
    QString error;
    QCOMPARE(CaStore().loadOrCreate(&error).sha256Fingerprint(), fresh.sha256Fingerprint());

    // The tab open before keeps the old CA; a new one uses the new CA, and so does an export.
    QCOMPARE(before->proxy()->certificateAuthority().sha256Fingerprint(), old);
    InterceptTab *after = startProxy(&window);
    QVERIFY(after);
    QCOMPARE(after->proxy()->certificateAuthority().sha256Fingerprint(), fresh.sha256Fingerprint());
    const QString path = QDir::homePath() + QStringLiteral("/framewise-ca.pem");
    QVERIFY2(window.exportCaCertificate(path, false, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QSslCertificate::fromData(file.readAll(), QSsl::Pem).value(0), fresh.certificate());
}

QTEST_MAIN(TestCaWindow)
#include "tst_cawindow.moc"
