package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.security.Caller;
import cn.sz.dataexchange.api.shared.Page;
import cn.sz.dataexchange.api.shared.PageQuery;
import cn.sz.dataexchange.api.shared.Refusal;
import cn.sz.dataexchange.api.shared.Result;
import cn.sz.dataexchange.api.trading.application.TradeContracts.StoredSignature;
import cn.sz.dataexchange.api.trading.model.Trade;
import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.api.trading.model.TradeState;
import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.signing.RegisteredKey;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reading trades, their contracts and their history; parties see their own, platform staff all. */
@Component
public class ViewingTrades {

    private final TradeAccess access;
    private final Trades trades;
    private final TradeHistory history;
    private final TradeContracts contracts;
    private final ContractReader reader;
    private final SigningKeyDirectory keys;

    public ViewingTrades(TradeAccess access, Trades trades, TradeHistory history, TradeContracts contracts,
                         ContractReader reader, SigningKeyDirectory keys) {
        this.access = access;
        this.trades = trades;
        this.history = history;
        this.contracts = contracts;
        this.reader = reader;
        this.keys = keys;
    }

    /** A contract with its signatures and the keys that made them. */
    public record SignedContract(CanonicalContract contract, List<StoredSignature> signatures, List<RegisteredKey> keys) {
    }

    public Mono<Result<Page<Trade>>> list(Caller caller, Optional<TradeState> state, PageQuery page) {
        if (caller.isPlatformStaff()) {
            return trades.list(Optional.empty(), state, page).map(Result::accepted);
        }
        if (caller.orgId().isEmpty()) {
            return Mono.just(Result.refused(Refusal.forbidden("Trades are listed for member organisations")));
        }
        return trades.list(caller.orgId(), state, page).map(Result::accepted);
    }

    public Mono<Result<Trade>> one(TradeId id, Caller caller) {
        return access.readable(id, caller);
    }

    public Mono<Result<List<TradeHistory.Recorded>>> events(TradeId id, Caller caller) {
        return access.readable(id, caller).flatMap(r -> r instanceof Result.Accepted<Trade>
                ? history.of(id).collectList().map(Result::accepted) : Mono.just(r.map(t -> null)));
    }

    public Mono<Result<SignedContract>> contract(TradeId id, Caller caller) {
        return access.readable(id, caller).flatMap(r -> {
            if (!(r instanceof Result.Accepted<Trade>)) {
                return Mono.just(r.map(t -> null));
            }
            return Mono.zip(reader.of(id), contracts.signaturesOf(id).collectList())
                    .flatMap(found -> keys.keysFor(found.getT2().stream().map(StoredSignature::kid).toList())
                            .collectList()
                            .map(signers -> Result.accepted(new SignedContract(found.getT1(), found.getT2(), signers))));
        });
    }
}
