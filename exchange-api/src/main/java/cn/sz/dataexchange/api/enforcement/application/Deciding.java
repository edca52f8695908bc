package cn.sz.dataexchange.api.enforcement.application;

import cn.sz.dataexchange.api.enforcement.EnforcementProperties;
import cn.sz.dataexchange.api.enforcement.application.CaseLifecycle.Move;
import cn.sz.dataexchange.api.enforcement.model.CaseEvent;
import cn.sz.dataexchange.api.enforcement.model.CaseId;
import cn.sz.dataexchange.api.enforcement.model.CaseState;
import cn.sz.dataexchange.api.enforcement.model.CaseTransitions;
import cn.sz.dataexchange.api.enforcement.model.EnforcementCase;
import cn.sz.dataexchange.api.enforcement.model.IllegalIncome;
import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.contracts.json.CanonicalJson;
import cn.sz.dataexchange.contracts.json.Sha256Digest;
import cn.sz.dataexchange.settlement.money.Money;
import cn.sz.dataexchange.settlement.penalty.Article94Case;
import cn.sz.dataexchange.settlement.penalty.Article94Penalty;
import cn.sz.dataexchange.settlement.penalty.Article95Case;
import cn.sz.dataexchange.settlement.penalty.Article95Penalty;
import cn.sz.dataexchange.settlement.penalty.DiscretionFactors;
import cn.sz.dataexchange.settlement.penalty.LegalBasis;
import cn.sz.dataexchange.settlement.penalty.PenaltyAssessment;
import cn.sz.dataexchange.settlement.penalty.PenaltyOutcome;
import cn.sz.dataexchange.settlement.penalty.StatutoryReading;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The authority's decision: illegal income from the ledger (or the authority's figure with its
 * reason), the statutory range from the settlement module, the fine the regulator picks within it,
 * and the decision document signed by the exchange, stored with the DECIDED transition, its event
 * row and its audit record in one transaction. Every refusal writes nothing.
 */
@Component
public class Deciding {

    private final CaseAccess access;
    private final CaseLifecycle lifecycle;
    private final LedgerLines ledger;
    private final Decisions decisions;
    private final DocumentSigner signer;
    private final EnforcementProperties properties;
    private final Clock clock;

    public Deciding(CaseAccess access, CaseLifecycle lifecycle, LedgerLines ledger, Decisions decisions,
                    DocumentSigner signer, EnforcementProperties properties, Clock clock) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.ledger = ledger;
        this.decisions = decisions;
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The previous year's turnover of the respondent, entered by the regulator with its source. */
    public record Turnover(long amountFen, String source) {
    }

    public record Decide(long fineFen, String reasons, boolean seriousCircumstances, Optional<Turnover> turnover,
                         Optional<IllegalIncome.Override> incomeOverride, DiscretionFactors factors,
                         List<ReadingOverride> readingOverrides) {

        public Decide {
            readingOverrides = readingOverrides == null ? List.of() : List.copyOf(readingOverrides);
        }
    }

    /** A reading of ADR 0043 the deciding official sets aside, by its code, with the reason. */
    public record ReadingOverride(String code, String reason) {
    }

    /** A decided case and its stored decision. */
    public record Decided(EnforcementCase decided, Decisions.Stored decision) {
    }

    public Mono<Result<Decided>> decide(CaseId id, Caller caller, Decide command) {
        return access.acting(id, caller).flatMap(r -> {
            if (!(r instanceof Result.Accepted<CaseAccess.Acting> ok)) {
                return Mono.just(r.map(a -> (Decided) null));
            }
            EnforcementCase current = ok.value().found();
            if (caller.actsFor(current.respondent())) {
                return refused(Refusal.forbidden("The respondent cannot decide its own case"));
            }
            var allowed = CaseTransitions.decide(current.state(), CaseEvent.DECIDE, ok.value().actor());
            if (allowed instanceof CaseTransitions.Decision.NoSuchTransition) {
                return refused(Refusal.illegalTransition("Case " + id, current.state(), CaseEvent.DECIDE.name()));
            }
            if (allowed instanceof CaseTransitions.Decision.WrongActor) {
                return refused(Refusal.forbidden("Only the authority (REGULATOR) decides a case"));
            }
            if (command.incomeOverride().isPresent() && isBlank(command.incomeOverride().get().reason())) {
                return refused(Refusal.of(Refusal.Reason.UNPROCESSABLE, "illegal-income-override-without-reason",
                        "Illegal income changed without a reason", "The computed illegal income (Administrative Penalty"
                                + " Law 2021 Art. 28) may be replaced only with a stated reason").with("rule", "APL Art. 28"));
            }
            LegalBasis basis = current.facts().article().penalty();
            if (basis == LegalBasis.ARTICLE_94 && command.seriousCircumstances()) {
                return refused(Refusal.invalidField("seriousCircumstances", "is a tier of Art. 95 only; this case is"
                        + " penalised under Art. 94"));
            }
            Result<Set<StatutoryReading>> overridden = overridesFor(basis, command.readingOverrides());
            if (!(overridden instanceof Result.Accepted<Set<StatutoryReading>> setAside)) {
                return Mono.just(overridden.map(x -> (Decided) null));
            }
            return Mono.zip(ledger.illegalIncomeOf(current.facts().trades()),
                    ledger.salesInPreviousYear(current.respondent().value(), clock.instant())).flatMap(found -> {
                IllegalIncome computed = found.getT1();
                IllegalIncome income = command.incomeOverride().map(computed::overriddenBy).orElse(computed);
                boolean refusedCorrection = current.state() == CaseState.CORRECTION_REFUSED;
                Result<PenaltyAssessment> assessed = assess(basis, current, income, refusedCorrection, command,
                        setAside.value());
                if (!(assessed instanceof Result.Accepted<PenaltyAssessment> a)) {
                    return Mono.just(assessed.map(x -> (Decided) null));
                }
                Optional<Refusal> outside = outsideRange(a.value(), command.fineFen());
                if (outside.isPresent()) {
                    return refused(outside.get());
                }
                var entered = new DecisionDocument.Entered(command.fineFen(), command.reasons(),
                        command.seriousCircumstances(), refusedCorrection, command.turnover(), command.readingOverrides(),
                        found.getT2());
                return signAndStore(current, ok.value(), caller, income, a.value(), entered);
            });
        });
    }

    private static Result<Set<StatutoryReading>> overridesFor(LegalBasis basis, List<ReadingOverride> overrides) {
        Set<StatutoryReading> readings = new HashSet<>();
        for (ReadingOverride override : overrides) {
            var reading = java.util.Arrays.stream(StatutoryReading.values()).filter(r -> r.code().equals(override.code()))
                    .findFirst().filter(StatutoryReading.OVERRIDABLE::contains)
                    .filter(r -> r.code().startsWith(basis == LegalBasis.ARTICLE_94 ? "art94." : "art95."));
            if (reading.isEmpty()) {
                return Result.refused(Refusal.invalidField("readingOverrides", override.code() + " is not a reading of"
                        + " Art. " + basis.code() + " that can be set aside (ADR 0043)"));
            }
            readings.add(reading.get());
        }
        return Result.accepted(readings);
    }

    private Result<PenaltyAssessment> assess(LegalBasis basis, EnforcementCase current, IllegalIncome income,
                                             boolean refusedCorrection, Decide command, Set<StatutoryReading> setAside) {
        Money net = Money.ofFen(income.netFen());
        var policy = properties.discretion().policy();
        if (basis == LegalBasis.ARTICLE_94) {
            return Result.accepted(new Article94Penalty(policy).assess(new Article94Case(net, command.factors(), setAside)));
        }
        PenaltyOutcome outcome = new Article95Penalty(policy).assess(new Article95Case(
                Set.of(current.facts().article().number()), net, refusedCorrection, command.seriousCircumstances(),
                command.turnover().map(t -> Money.ofFen(t.amountFen())), command.factors(), setAside));
        if (outcome instanceof PenaltyOutcome.FactsMissing missing) {
            return Result.refused(Refusal.of(Refusal.Reason.UNPROCESSABLE, "turnover-required", "Turnover required",
                    "Art. 95: a decision in the serious-circumstances tier needs the " + missing.missing()
                            + "; the regulator enters it with its source").with("article", 95));
        }
        return Result.accepted(((PenaltyOutcome.Assessed) outcome).assessment());
    }

    private static Optional<Refusal> outsideRange(PenaltyAssessment a, long fineFen) {
        Money fine = Money.ofFen(fineFen);
        if (a.statutoryFineRange().isEmpty()) {
            return fineFen == 0 ? Optional.empty() : Optional.of(Refusal.of(Refusal.Reason.UNPROCESSABLE,
                    "fine-outside-statutory-range", "Fine outside the statutory range", "Art. " + a.basis().code()
                            + " imposes no fine on these facts (no refused correction, no serious circumstances)")
                    .with("article", a.basis().code()));
        }
        var range = a.statutoryFineRange().get();
        if (range.contains(fine)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(Refusal.Reason.UNPROCESSABLE, "fine-outside-statutory-range",
                        "Fine outside the statutory range", "Art. " + a.basis().code() + ": the fine must lie within "
                                + range + "; " + fine.toDisplayString() + " does not")
                .with("article", a.basis().code()).with("minimumFen", range.minimum().fen())
                .with("maximumFen", range.maximum().fen()));
    }

    private Mono<Result<Decided>> signAndStore(EnforcementCase current, CaseAccess.Acting acting, Caller caller,
                                               IllegalIncome income, PenaltyAssessment assessment,
                                               DecisionDocument.Entered entered) {
        Instant now = clock.instant();
        CanonicalJson document = CanonicalJson.of(DecisionDocument.of(current, income, assessment, entered,
                caller.actor(), now));
        return signer.sign(document, DecisionDocument.KIND, now).flatMap(signed -> {
            var stored = new Decisions.Stored(current.id(), document.text(), document.digest().hex(), signed.kid(),
                    signed.jws(), income.netFen(), entered.fineFen(), caller.actor(), now);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("documentSha256", stored.digestHex());
            details.put("jwsSha256", Sha256Digest.of(signed.jws()).hex());
            details.put("kid", signed.kid());
            details.put("confiscationFen", stored.confiscationFen());
            details.put("fineFen", stored.fineFen());
            details.put("readings", assessment.readings().stream().map(r -> r.code()).toList());
            Move move = Move.of(CaseEvent.DECIDE, acting.actor(), caller.actor(), entered.reasons()).with(details)
                    .alsoWriting(decided -> decisions.insert(stored));
            return lifecycle.fire(current, move).map(result -> result.map(decided -> new Decided(decided, stored)));
        });
    }

    private static Mono<Result<Decided>> refused(Refusal refusal) {
        return Mono.just(Result.refused(refusal));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The stored decision of a case the caller may see. */
    public Mono<Result<Decisions.Stored>> decisionOf(CaseId id, Caller caller) {
        return access.readable(id, caller).flatMap(r -> r instanceof Result.Accepted<EnforcementCase>
                ? decisions.find(id).map(Result::accepted)
                        .defaultIfEmpty(Result.refused(Refusal.notFound("Decision of case", id)))
                : Mono.just(r.map(c -> null)));
    }
}
