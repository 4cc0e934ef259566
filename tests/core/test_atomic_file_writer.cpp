#include "core/util/atomic_file_writer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace logscope::core;

class TestAtomicFileWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAndRenamesIntoPlace() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("out.txt")).toStdString();
        AtomicFileWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.write("hello "));
        QVERIFY(writer.write("world"));
        QVERIFY(!QFile::exists(QString::fromStdString(path))); // not visible before commit
        QVERIFY(writer.commit());
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("hello world"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left
    }
    void givesTheUsualPermissions() {
        // A regular output file, not a private temporary: readable as umask allows.
        const mode_t mask = ::umask(022);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("out.txt")).toStdString();
        AtomicFileWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.commit());
        struct stat info {};
        QCOMPARE(::stat(path.c_str(), &info), 0);
        ::umask(mask);
        QCOMPARE(info.st_mode & 0777, mode_t{0644});
    }
    void followsTheCurrentUmaskWithoutChangingIt() {
        // The mask is read, not set and restored (that would race with other threads).
        const mode_t mask = ::umask(027);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("out.txt")).toStdString();
        AtomicFileWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.commit());
        struct stat info {};
        QCOMPARE(::stat(path.c_str(), &info), 0);
        const mode_t after = ::umask(mask);
        QCOMPARE(after, mode_t{027});
        QCOMPARE(info.st_mode & 0777, mode_t{0640});
    }
    void leavesNothingWithoutCommit() {
        QTemporaryDir dir;
        {
            AtomicFileWriter writer;
            QVERIFY(writer.open(dir.filePath(QStringLiteral("out.txt")).toStdString()));
            QVERIFY(writer.write("partial"));
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    void reportsAMissingDirectory() {
        AtomicFileWriter writer;
        QVERIFY(!writer.open("/nonexistent-dir/out.txt"));
        QVERIFY(QString::fromStdString(writer.error()).contains("/nonexistent-dir/out.txt"));
        QVERIFY(!writer.write("x"));
        QVERIFY(!writer.commit());
    }
};

QTEST_APPLESS_MAIN(TestAtomicFileWriter)
#include "test_atomic_file_writer.moc"
