#include "core/analysis/anomaly/template_clusters.h"

#include "core/analysis/anomaly/dbscan.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <numeric>
#include <unordered_map>

namespace logscope::core {

std::vector<std::string> templateWords(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (word.size() >= 2)
            words.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (text.compare(i, 3, "<*>") == 0) {
            flush();
            i += 2;
        } else if (std::isalpha(c)) {
            word.push_back(static_cast<char>(std::tolower(c)));
        } else {
            flush();
        }
    }
    flush();
    return words;
}

std::vector<PatternCluster> clusterTemplates(AnalysisContext& context) {
    std::vector<TemplateInfo>& templates = context.templates;
    std::vector<std::uint32_t> order(templates.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return templates[a].count > templates[b].count;
    });
    order.resize(std::min(order.size(), context.options.dbscanMaxTemplates));
    if (order.empty())
        return {};

    constexpr Eigen::Index kDimensions = 512;
    std::vector<std::vector<std::string>> words(order.size());
    std::unordered_map<std::string, double> documentFrequency;
    for (std::size_t k = 0; k < order.size(); ++k) {
        words[k] = templateWords(templates[order[k]].text);
        std::vector<std::string> unique = words[k];
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        for (const std::string& w : unique)
            documentFrequency[w] += 1.0;
    }
    const auto docs = static_cast<double>(order.size());
    Eigen::MatrixXf vectors =
        Eigen::MatrixXf::Zero(static_cast<Eigen::Index>(order.size()), kDimensions);
    for (std::size_t k = 0; k < order.size(); ++k) {
        for (const std::string& w : words[k]) {
            const double idf = std::log((1.0 + docs) / (1.0 + documentFrequency[w])) + 1.0;
            const auto column = static_cast<Eigen::Index>(std::hash<std::string>{}(w) %
                                                          static_cast<std::size_t>(kDimensions));
            vectors(static_cast<Eigen::Index>(k), column) += static_cast<float>(idf);
        }
        const float norm = vectors.row(static_cast<Eigen::Index>(k)).norm();
        if (norm > 0)
            vectors.row(static_cast<Eigen::Index>(k)) /= norm;
    }
    const std::vector<std::uint32_t> labels =
        dbscanCosine(vectors, context.options.dbscanEps, context.options.dbscanMinPoints);

    std::uint32_t clusterCount = 0;
    for (const std::uint32_t label : labels)
        clusterCount = std::max(clusterCount, label);
    std::vector<PatternCluster> clusters(clusterCount);
    for (std::uint32_t c = 0; c < clusterCount; ++c)
        clusters[c].id = c + 1;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (labels[k] == 0)
            continue;
        TemplateInfo& info = templates[order[k]];
        info.cluster = labels[k];
        PatternCluster& cluster = clusters[labels[k] - 1];
        if (cluster.templates.empty())
            cluster.representative = info.text; // order is by count: the most frequent
        cluster.templates.push_back(order[k]);
        cluster.lines += info.count;
    }
    std::stable_sort(
        clusters.begin(), clusters.end(),
        [](const PatternCluster& a, const PatternCluster& b) { return a.lines > b.lines; });
    return clusters;
}

} // namespace logscope::core
