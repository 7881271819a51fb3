// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace Framewise {

// Secrets in the operating system's keychain through QtKeychain (Secret Service on Linux),
// keyed "<profile id>/<field>" under one service name. There is never a plain-text fallback:
// when no keychain answers, available() is false, unavailableReason() says so in words, and
// values live in memory for this run only (sessionOnly()).
class SecretStore {
public:
    explicit SecretStore(const QString &service = QStringLiteral("Framewise"));

    // Probes the keychain once (a read of a key that does not exist) and remembers the answer.
    bool available();
    QString unavailableReason() const { return m_unavailableReason; }
    // True once the keychain was found missing: secrets are kept for this run only.
    bool sessionOnly() const { return m_checked && !m_available; }

    // nullopt when there is no such secret; *error gets a reason when the keychain failed.
    std::optional<QString> read(const QString &profileId, const QString &field, QString *error = nullptr);
    bool write(const QString &profileId, const QString &field, const QString &value, QString *error = nullptr);
    bool remove(const QString &profileId, const QString &field, QString *error = nullptr);
    // Moves a secret to another key (a renamed header or variable, a duplicated profile).
    bool move(const QString &fromProfile, const QString &fromField, const QString &toProfile, const QString &toField,
        QString *error = nullptr);

    QString service() const { return m_service; }

private:
    enum class Outcome { Ok, NotFound, NoKeychain, Failed };
    Outcome readKey(const QString &key, QString *value, QString *error);
    Outcome writeKey(const QString &key, const QString &value, QString *error);
    Outcome removeKey(const QString &key, QString *error);
    static QString keyFor(const QString &profileId, const QString &field);
    void noteMissing(const QString &why);

    QString m_service;
    bool m_checked = false;
    bool m_available = false;
    QString m_unavailableReason;
    QHash<QString, QString> m_memory; // this run only, when there is no keychain
};

} // namespace Framewise
