#include "ui/logview/line_detail.h"

#include "ui/format/display_format.h"
#include "ui/logview/log_table_model.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace logscope::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LineDetail)
};
} // namespace

QString lineDetailHtml(const LogTableModel& model, core::RowId r) {
    const core::LogTable& t = *model.table();
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b></p><table>")
                       .arg(model.cellText(r, LogColumn::Message).toHtmlEscaped());
    auto field = [&html](const QString& name, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='padding-right:12px;color:gray'>%1</td>"
                                   "<td>%2</td></tr>")
                        .arg(name, value.toHtmlEscaped());
    };
    field(Tr::tr("time"), model.cellText(r, LogColumn::Time) + QStringLiteral(" UTC"));
    field(Tr::tr("level"), model.cellText(r, LogColumn::Level));
    field(Tr::tr("service"), model.cellText(r, LogColumn::Service));
    field(Tr::tr("source"), fromUtf8View(t.source(r)));
    field(Tr::tr("host"), fromUtf8View(t.host(r)));
    field(Tr::tr("latency"), t.hasLatency(r) ? formatMs(t.latencyMs(r)) : QString());
    field(Tr::tr("status"), model.cellText(r, LogColumn::Status));
    field(Tr::tr("template"), model.cellText(r, LogColumn::Template));
    field(Tr::tr("anomaly score"), model.cellText(r, LogColumn::Score));
    if (t.truth(r) != core::Truth::Unlabelled) {
        const std::string_view type = t.anomalyType(r);
        field(Tr::tr("labelled"), t.truth(r) == core::Truth::Anomaly
                                      ? Tr::tr("anomaly %1").arg(fromUtf8View(type))
                                      : Tr::tr("normal"));
    }
    field(Tr::tr("line"),
          t.lineNumber(r) > 0
              ? Tr::tr("%1 (file %2)").arg(formatCount(t.lineNumber(r))).arg(t.fileIndex(r) + 1)
              : QString());
    html += QStringLiteral("</table>");
    // extra() builds the text on demand: keep it (a view of the temporary would dangle).
    const std::string extra = t.extra(r);
    if (!extra.empty()) {
        const QByteArray bytes(extra.data(), static_cast<qsizetype>(extra.size()));
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        const QString pretty = doc.isNull()
                                   ? QString::fromUtf8(bytes)
                                   : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        html += QStringLiteral("<pre>%1</pre>").arg(pretty.toHtmlEscaped());
    }
    return html;
}

} // namespace logscope::ui
