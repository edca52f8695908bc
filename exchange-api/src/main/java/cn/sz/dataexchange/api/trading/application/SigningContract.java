package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.TradingProperties;
import cn.sz.dataexchange.api.trading.application.TradeContracts.StoredSignature;
import cn.sz.dataexchange.api.trading.model.Actor;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeEvent;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.api.trading.model.TransitionFacts;
import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.model.PartyRole;
import cn.sz.dataexchange.contracts.signing.ContractSignature;
import cn.sz.dataexchange.contracts.signing.ContractSignatureVerification;
import cn.sz.dataexchange.contracts.signing.ContractSigning;
import cn.sz.dataexchange.contracts.signing.SignatureReport;
import cn.sz.dataexchange.contracts.signing.SignedHeaders;
import cn.sz.dataexchange.contracts.signing.VerifiedSignature;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A party signs the contract (Art. 59): its JWS must verify over the stored canonical bytes with a
 * key the party registered and that was in force when it signed. Once seller and buyer have
 * signed, the exchange countersigns, the whole set is verified, and the trade is CONTRACTED.
 */
@Component
public class SigningContract {

    private final TradeAccess access;
    private final Trades trades;
    private final TradeContracts contracts;
    private final ContractReader reader;
    private final SigningKeyDirectory keys;
    private final ExchangeKeys exchangeKeys;
    private final TradeLifecycle lifecycle;
    private final ContractSignatureVerification verification;
    private final TransactionalOperator tx;
    private final Clock clock;

    public SigningContract(TradeAccess access, Trades trades, TradeContracts contracts, ContractReader reader,
                           SigningKeyDirectory keys, ExchangeKeys exchangeKeys, TradeLifecycle lifecycle,
                           TradingProperties properties, TransactionalOperator tx, Clock clock) {
        this.access = access;
        this.trades = trades;
        this.contracts = contracts;
        this.reader = reader;
        this.keys = keys;
        this.exchangeKeys = exchangeKeys;
        this.lifecycle = lifecycle;
        this.verification = new ContractSignatureVerification(clock, properties.signatureClockSkew());
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Result<Trade>> sign(TradeId id, String jws, Caller caller) {
        return access.acting(id, caller).flatMap(acting -> {
            if (!(acting instanceof Result.Accepted<TradeAccess.Acting> ok)) {
                return Mono.just(acting.map(a -> (Trade) null));
            }
            Trade trade = ok.value().trade();
            Actor actor = ok.value().actor();
            if (actor != Actor.BUYER && actor != Actor.SELLER) {
                return Mono.just(Result.<Trade>refused(Refusal.forbidden("Only the seller and the buyer sign; the exchange countersigns")));
            }
            if (trade.state() != TradeState.REQUESTED) {
                return Mono.just(Result.<Trade>refused(Refusal.illegalTransition("Trade " + id, trade.state(), "signing")));
            }
            String role = actor.name().toLowerCase(Locale.ROOT);
            String claimed = SignedHeaders.peek(jws).map(h -> String.valueOf(h.get("dex_role"))).orElse("");
            if (!role.equals(claimed)) {
                return Mono.just(Result.<Trade>refused(invalid("The signature claims the role '" + claimed
                        + "' but you are the " + role + " of this trade", List.of())));
            }
            return reader.of(id).flatMap(contract -> verifyOne(contract, jws)
                    .flatMap(report -> report.isValid() ? record(id, contract, report.verified().get(0), caller)
                            : Mono.just(Result.<Trade>refused(invalid("The signature is not valid", report.problems()
                                    .stream().map(p -> Map.of("code", p.code().name(), "detail", p.detail())).toList())))));
        });
    }

    private Mono<SignatureReport> verifyOne(CanonicalContract contract, String jws) {
        return keys.forSignatures(List.of(jws)).map(directory -> verification.verify(contract, List.of(jws), directory, Set.of()));
    }

    private Mono<Result<Trade>> record(TradeId id, CanonicalContract contract, VerifiedSignature signature, Caller caller) {
        StoredSignature stored = new StoredSignature(signature.role().code(), signature.kid(), signature.signedAt(),
                signature.jws(), clock.instant());
        Mono<Result<Trade>> work = trades.findForUpdate(id).flatMap(trade -> {
            if (trade.state() != TradeState.REQUESTED) {
                return Mono.just(Result.<Trade>refused(Refusal.illegalTransition("Trade " + id, trade.state(), "signing")));
            }
            return contracts.saveSignature(id, stored).flatMap(saved -> !saved
                    ? Mono.just(Result.<Trade>refused(Refusal.of(Refusal.Reason.CONFLICT, "already-signed",
                            "Already signed", "The " + stored.role() + " has signed this contract already")))
                    : lifecycle.recordStep(trade, TradeEvent.SIGNATURE_RECORDED, Change.by(caller.actor(), null)
                                    .with(Map.of("role", stored.role(), "kid", stored.kid(), "signedAt", stored.signedAt().toString())))
                            .then(countersignWhenBothSigned(trade, contract, stored.jws())));
        });
        return tx.transactional(work);
    }

    /** {@code justVerified}: the signature this command verified a moment ago. */
    private Mono<Result<Trade>> countersignWhenBothSigned(Trade trade, CanonicalContract contract, String justVerified) {
        return contracts.signaturesOf(trade.id()).collectList().flatMap(signed -> {
            List<String> roles = signed.stream().map(StoredSignature::role).toList();
            if (!roles.containsAll(List.of(PartyRole.SELLER.code(), PartyRole.BUYER.code()))) {
                return Mono.just(Result.accepted(trade));
            }
            List<String> parties = TradeContracts.jwsOf(signed);
            return exchangeKeys.current().flatMap(key -> {
                ContractSignature counter = ContractSigning.countersign(contract, parties, key.signing(), clock.instant());
                List<String> all = new java.util.ArrayList<>(parties);
                all.add(counter.jws());
                return contracts.saveSignature(trade.id(), new StoredSignature(PartyRole.EXCHANGE.code(), counter.kid(),
                                counter.signedAt(), counter.jws(), clock.instant()))
                        .then(keys.forSignatures(all))
                        .map(directory -> verification.verifyComplete(contract, all, directory,
                                Set.of(justVerified, counter.jws())))
                        .flatMap(report -> lifecycle.fire(trade, TradeEvent.ALL_SIGNED,
                                TransitionFacts.by(Actor.SYSTEM).withSignaturesComplete(report.isValid()),
                                Change.by("exchange", "seller and buyer signed; the exchange countersigned")
                                        .with(Map.of("contractSha256", report.digest().hex(),
                                                "signatures", report.verified().size()))))
                        .flatMap(result -> result instanceof Result.Refused<Moved> refused
                                ? Mono.<Result<Trade>>error(refused.refusal().toException())
                                : Mono.just(result.map(Moved::after)));
            });
        });
    }

    private static Refusal invalid(String detail, List<Map<String, String>> problems) {
        return Refusal.of(Refusal.Reason.UNPROCESSABLE, "signature-invalid", "Signature invalid", detail)
                .with("problems", problems);
    }
}
