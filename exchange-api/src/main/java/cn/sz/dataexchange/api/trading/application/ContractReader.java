package cn.sz.dataexchange.api.trading.application;

import cn.sz.dataexchange.api.trading.model.TradeId;
import cn.sz.dataexchange.contracts.document.CanonicalContract;
import cn.sz.dataexchange.contracts.document.ContractDocumentReader;
import cn.sz.dataexchange.contracts.document.ContractReading;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads a trade's stored contract back into the contracts module's form. */
@Component
public class ContractReader {

    private final TradeContracts contracts;

    public ContractReader(TradeContracts contracts) {
        this.contracts = contracts;
    }

    public Mono<CanonicalContract> of(TradeId trade) {
        return contracts.contractOf(trade).map(stored -> {
            ContractReading reading = ContractDocumentReader.read(stored.canonicalJson());
            if (reading instanceof ContractReading.Read read) {
                return read.contract();
            }
            throw new IllegalStateException("stored contract of trade " + trade + " is unreadable: "
                    + ((ContractReading.Unreadable) reading).reason());
        });
    }
}
