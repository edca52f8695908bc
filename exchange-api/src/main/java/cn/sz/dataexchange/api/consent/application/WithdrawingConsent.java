package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.audit.AuditLog;
import cn.sz.dataexchange.api.consent.model.ConsentWithdrawal;
import cn.sz.dataexchange.api.consent.model.VocabularyBits;
import cn.sz.dataexchange.api.identity.application.Organisations;
import cn.sz.dataexchange.api.identity.model.OrgId;
import cn.sz.dataexchange.api.identity.model.Role;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.validator.consent.SubjectKey;
import cn.sz.dataexchange.validator.consent.SubjectKeyDerivation;
import cn.sz.dataexchange.validator.model.SubjectIdentifierKind;
import cn.sz.dataexchange.validator.vocabulary.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Data subjects withdraw consent (Art. 22), recorded by their seller or, on a subject's
 * complaint, by a platform administrator. One transaction: the ledger records are ended (never
 * deleted), the withdrawal is stored as an event, listed products whose coverage it breaks are
 * suspended, and the audit log says so.
 */
public final class WithdrawingConsent {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final ConsentRecords records;
    private final ConsentEvents events;
    private final SubjectKeys subjectKeys;
    private final Organisations organisations;
    private final WithdrawalConsequences consequences;
    private final AuditLog audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public WithdrawingConsent(ConsentRecords records, ConsentEvents events, SubjectKeys subjectKeys,
                              Organisations organisations, WithdrawalConsequences consequences, AuditLog audit,
                              TransactionalOperator tx, Clock clock) {
        this.records = records;
        this.events = events;
        this.subjectKeys = subjectKeys;
        this.organisations = organisations;
        this.consequences = consequences;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** A subject named by raw identifier (with its kind) or by subject key. */
    public record SubjectRef(String subject, SubjectIdentifierKind subjectType, String subjectKey) {
    }

    public record WithdrawConsent(Optional<UUID> sellerOrgId, List<SubjectRef> subjects, Set<Purpose> purposes,
                                  Optional<Instant> withdrawnAt, String reason) {
    }

    public record Outcome(UUID withdrawalId, int subjects, long recordsWithdrawn, long recordsContinued,
                          List<UUID> suspendedListings) {
    }

    public Mono<Result<Outcome>> withdraw(Caller caller, WithdrawConsent command) {
        Instant now = clock.instant();
        Instant at = command.withdrawnAt().orElse(now);
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            return Mono.just(Result.refused(Refusal.invalidField("withdrawnAt", "must not be in the future")));
        }
        return seller(caller, command.sellerOrgId()).flatMap(seller -> {
            if (seller instanceof Result.Refused<OrgId> refused) {
                return Mono.just(Result.<Outcome>refused(refused.refusal()));
            }
            OrgId org = seller.orElseThrow();
            return subjectKeys.of(org).flatMap(derivation -> {
                Result<List<SubjectKey>> keys = keys(command.subjects(), derivation);
                if (keys instanceof Result.Refused<List<SubjectKey>> refused) {
                    return Mono.just(Result.<Outcome>refused(refused.refusal()));
                }
                return run(caller, org, keys.orElseThrow(), command, at, now);
            });
        });
    }

    private Mono<Result<Outcome>> run(Caller caller, OrgId seller, List<SubjectKey> keys, WithdrawConsent command,
                                      Instant at, Instant now) {
        ConsentWithdrawal withdrawal = new ConsentWithdrawal(UUID.randomUUID(), seller, keys,
                VocabularyBits.ofPurposes(command.purposes()), at, command.reason(), caller.actor());
        Mono<Result<Outcome>> work = records.withdraw(seller, keys, withdrawal.purposeBits(), at, withdrawal.id())
                .flatMap(effect -> events.withdrawn(withdrawal, effect, now)
                        .then(consequences.consentWithdrawn(withdrawal))
                        .flatMap(suspended -> events.suspendedBecauseOf(withdrawal.id(), suspended)
                                .then(audit.append("consents:" + seller, caller.actor(), "consent.withdrawn",
                                        details(withdrawal, command, effect, suspended)))
                                .thenReturn(Result.accepted(new Outcome(withdrawal.id(), keys.size(),
                                        effect.recordsWithdrawn(), effect.recordsContinued(), suspended)))));
        return tx.transactional(work);
    }

    private Mono<Result<OrgId>> seller(Caller caller, Optional<UUID> named) {
        if (caller.has(Role.ADMIN)) {
            if (named.isEmpty()) {
                return Mono.just(Result.refused(Refusal.invalidField("sellerOrgId",
                        "is required when an administrator records a withdrawal")));
            }
            OrgId org = new OrgId(named.get());
            return organisations.find(org).map(o -> Result.accepted(org))
                    .defaultIfEmpty(Result.refused(Refusal.invalidField("sellerOrgId", "names no organisation")));
        }
        Optional<OrgId> own = caller.orgId();
        if (own.isEmpty() || named.isPresent() && !named.get().equals(own.get().value())) {
            return Mono.just(Result.refused(Refusal.forbidden("A seller records withdrawals in its own consent ledger only")));
        }
        return Mono.just(Result.accepted(own.get()));
    }

    private static Result<List<SubjectKey>> keys(List<SubjectRef> subjects, SubjectKeyDerivation derivation) {
        Set<SubjectKey> keys = new LinkedHashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            SubjectRef s = subjects.get(i);
            String field = "subjects[" + i + "]";
            if ((s.subject() == null) == (s.subjectKey() == null)) {
                return Result.refused(Refusal.invalidField(field, "give exactly one of subject (with subjectType) and subjectKey"));
            }
            if (s.subjectKey() != null) {
                if (!s.subjectKey().matches("[0-9a-fA-F]{64}")) {
                    return Result.refused(Refusal.invalidField(field + ".subjectKey", "must be 64 hex characters"));
                }
                keys.add(SubjectKey.fromHex(s.subjectKey()));
            } else if (s.subjectType() == null) {
                return Result.refused(Refusal.invalidField(field + ".subjectType", "is required with subject"));
            } else {
                keys.add(derivation.derive(s.subjectType(), s.subject()));
            }
        }
        return Result.accepted(List.copyOf(keys));
    }

    private static Map<String, Object> details(ConsentWithdrawal w, WithdrawConsent command, ConsentRecords.Withdrawn effect,
                                               List<UUID> suspended) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("withdrawalId", w.id().toString());
        details.put("subjects", w.subjects().size());
        details.put("purposes", command.purposes().isEmpty() ? List.of("ALL")
                : command.purposes().stream().map(Enum::name).sorted().toList());
        details.put("withdrawnAt", w.withdrawnAt().toString());
        details.put("recordsWithdrawn", effect.recordsWithdrawn());
        details.put("recordsContinued", effect.recordsContinued());
        details.put("reason", w.reason());
        details.put("suspendedListings", suspended.stream().map(UUID::toString).toList());
        return details;
    }
}
