package cn.sz.dataexchange.api.enforcement.model;

import cn.sz.dataexchange.api.identity.model.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint about a trade: a buyer's about its own trade, or an administrator's on behalf of a
 * data subject. An administrator may turn it into a case (one case per complaint at most).
 */
public record Complaint(UUID id, Kind kind, Optional<OrgId> complainant, String filedBy, Optional<String> subjectReference,
                        UUID tradeId, ViolatedArticle article, String text, Instant filedAt, Optional<CaseId> caseId) {

    /** Who complains. Stable codes. */
    public enum Kind {
        BUYER(1), ON_BEHALF_OF_SUBJECT(2);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static Kind ofCode(int code) {
            return code == 1 ? BUYER : ON_BEHALF_OF_SUBJECT;
        }
    }

    public Complaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tradeId, "tradeId");
        Objects.requireNonNull(article, "article");
        if (kind == Kind.BUYER && complainant.isEmpty()) {
            throw new IllegalArgumentException("a buyer's complaint names the buyer");
        }
    }
}
