package cn.sz.dataexchange.contracts.rendering;

import cn.sz.dataexchange.contracts.model.CrossBorderTerms;
import cn.sz.dataexchange.contracts.model.DisputeMethod;
import cn.sz.dataexchange.contracts.model.SecurityObligation;
import java.util.List;
import java.util.stream.Collectors;

/** The sentences that vary with the terms, in one language. */
interface Vocabulary {

    static Vocabulary of(Language language) {
        return language == Language.ZH ? new Chinese() : new English();
    }

    String territory(List<String> codes);

    String onwardSale(boolean licensed);

    String obligations(List<SecurityObligation> obligations);

    String destructionCertificate(boolean required);

    String crossBorder(CrossBorderTerms terms);

    String disputeMethod(DisputeMethod method);

    final class Chinese implements Vocabulary {
        public String territory(List<String> codes) {
            return codes.stream().map(c -> "CN".equals(c) ? "中国大陆（CN）" : c).collect(Collectors.joining("、"));
        }

        public String onwardSale(boolean licensed) {
            return licensed ? "卖方许可买方在本合同条款范围内转售数据。" : "未经卖方许可，买方不得转售、转让或向第三方提供数据。";
        }

        public String obligations(List<SecurityObligation> obligations) {
            return obligations.isEmpty() ? "- 遵守法律、法规规定的数据安全义务。" : obligations.stream()
                    .map(o -> "- " + o.chinese() + "（第" + o.article() + "条）").collect(Collectors.joining("\n"));
        }

        public String destructionCertificate(boolean required) {
            return required ? "，并向卖方和数据交易场所出具销毁证明" : "";
        }

        public String crossBorder(CrossBorderTerms t) {
            if (!t.allowed()) {
                return "买方不得向中华人民共和国境外提供数据。";
            }
            String where = String.join("、", t.destinations());
            return t.assessmentRequired()
                    ? "允许向以下国家或地区提供数据：" + where + "。数据含个人数据或重要数据，已通过数据出境安全评估，编号 "
                    + t.assessmentReference().orElse("") + "。"
                    : "允许向以下国家或地区提供数据：" + where + "。数据不含个人数据或重要数据。";
        }

        public String disputeMethod(DisputeMethod method) {
            return method.chinese();
        }
    }

    final class English implements Vocabulary {
        public String territory(List<String> codes) {
            return codes.stream().map(c -> "CN".equals(c) ? "mainland China (CN)" : c).collect(Collectors.joining(", "));
        }

        public String onwardSale(boolean licensed) {
            return licensed ? "The seller licenses the buyer to resell the data within the terms of this contract."
                    : "The buyer shall not sell, transfer or provide the data to third parties without the seller's licence.";
        }

        public String obligations(List<SecurityObligation> obligations) {
            return obligations.isEmpty() ? "- Keep the data security obligations set by laws and regulations." : obligations.stream()
                    .map(o -> "- " + o.english() + " (Art. " + o.article() + ")").collect(Collectors.joining("\n"));
        }

        public String destructionCertificate(boolean required) {
            return required ? ", and certify the destruction to the seller and the exchange" : "";
        }

        public String crossBorder(CrossBorderTerms t) {
            if (!t.allowed()) {
                return "The buyer shall not provide the data outside the People's Republic of China.";
            }
            String where = String.join(", ", t.destinations());
            return t.assessmentRequired()
                    ? "The data may be provided to: " + where + ". It holds personal or important data and passed the"
                    + " cross-border data security assessment, reference " + t.assessmentReference().orElse("") + "."
                    : "The data may be provided to: " + where + ". It holds no personal or important data.";
        }

        public String disputeMethod(DisputeMethod method) {
            return method.english();
        }
    }
}
