// The injection pre-check finds every trigger wherever it sits (the vector loop and the scalar
// tail must agree) and lets clean text through.
#include "core/analysis/incidents/injection_prefilter.h"

#include <QTest>
#include <string>

using namespace logscope::core;

class TestInjectionPrefilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanTextPasses() {
        for (std::size_t length = 0; length < 80; ++length) {
            const std::string text(length, 'a');
            QVERIFY(!mayBeInjection(text));
        }
        QVERIFY(!mayBeInjection("GET /api/v1/users/42 completed in 12 ms, user=bob. Done./x"));
        QVERIFY(!mayBeInjection("{\"message\": \"Query executed\", \"service\": \"postgres\"}"));
        QVERIFY(!mayBeInjection("unknown un u n i"));
    }

    void everyTriggerAtEveryPosition() {
        for (const std::string trigger :
             {"'", "<", "%", ";", "`", "\\", "..", "uni", "UNI", "uNi"}) {
            for (std::size_t length = trigger.size(); length < 70; ++length) {
                for (std::size_t at = 0; at + trigger.size() <= length; ++at) {
                    std::string text(length, 'a');
                    text.replace(at, trigger.size(), trigger);
                    if (!mayBeInjection(text))
                        QFAIL(qPrintable(QString("missed '%1' at %2 of %3")
                                             .arg(QString::fromStdString(trigger))
                                             .arg(at)
                                             .arg(length)));
                }
            }
        }
    }

    void partialSequencesAtTheEndPass() {
        for (std::size_t length = 1; length < 40; ++length) {
            std::string text(length, 'a');
            text.back() = '.';
            QVERIFY(!mayBeInjection(text));
            text.back() = 'u';
            QVERIFY(!mayBeInjection(text));
            text += "n";
            QVERIFY(!mayBeInjection(text));
        }
    }
};

QTEST_APPLESS_MAIN(TestInjectionPrefilter)
#include "test_injection_prefilter.moc"
