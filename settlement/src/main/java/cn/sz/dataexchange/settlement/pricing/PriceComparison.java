package cn.sz.dataexchange.settlement.pricing;

import cn.sz.dataexchange.settlement.money.Money;
import java.util.List;

/**
 * Evidence: two trades of one product by one seller to different counterparties with the same trading
 * conditions, how far apart their prices are ({@code spreadBps} of the higher price), and notes
 * such as exemption claims that were not accepted.
 */
public record PriceComparison(PricedTrade cheaper, PricedTrade dearer, Money spread, long spreadBps, List<String> notes) {

    public PriceComparison {
        notes = List.copyOf(notes);
    }

    PriceComparison withNotes(List<String> newNotes) {
        return new PriceComparison(cheaper, dearer, spread, spreadBps, newNotes);
    }

    static PriceComparison of(PricedTrade a, PricedTrade b) {
        PricedTrade cheaper = a.price().compareTo(b.price()) <= 0 ? a : b;
        PricedTrade dearer = cheaper == a ? b : a;
        Money spread = dearer.price().minus(cheaper.price());
        long bps = dearer.price().isZero() ? 0
                : java.math.BigInteger.valueOf(spread.fen()).multiply(java.math.BigInteger.valueOf(10_000))
                        .divide(java.math.BigInteger.valueOf(dearer.price().fen())).longValueExact();
        return new PriceComparison(cheaper, dearer, spread, bps, List.of());
    }
}
