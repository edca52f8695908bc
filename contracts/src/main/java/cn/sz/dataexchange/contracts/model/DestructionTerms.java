package cn.sz.dataexchange.contracts.model;

/**
 * Art. 81 (and Art. 80): when the licence term ends the buyer destroys every copy within the given
 * number of days and, where required, certifies the destruction to the seller and the exchange.
 */
public record DestructionTerms(int withinDaysAfterTermEnd, boolean certificateRequired) {

    public DestructionTerms {
        if (withinDaysAfterTermEnd < 0 || withinDaysAfterTermEnd > 365) {
            throw new IllegalArgumentException("destruction is due within 0 to 365 days of the term's end");
        }
    }
}
