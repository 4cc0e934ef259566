#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace logscope::core {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CoreText)
};

QLocale numberLocale() {
    QLocale locale;
    // No group separators: the English text stays what it always was ("1234", not "1,234").
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}
} // namespace

QString localNumber(double value, int decimals) {
    return numberLocale().toString(value, 'f', decimals);
}

QString localPercent(double share, int decimals) {
    return Tr::tr("%1%", "a percentage inside a sentence")
        .arg(localNumber(share * 100.0, decimals));
}

QString localCount(std::uint64_t value) {
    return numberLocale().toString(static_cast<qulonglong>(value));
}

int pluralArgument(std::uint64_t value) {
    return static_cast<int>(std::min<std::uint64_t>(value, std::numeric_limits<int>::max()));
}

QString minutesText(std::int64_t minutes) {
    return Tr::tr("%n minutes", "a time window inside a sentence", static_cast<int>(minutes));
}

std::string toUtf8(const QString& text) {
    return text.toStdString();
}

QString fromUtf8(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace logscope::core
