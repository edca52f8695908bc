package cn.sz.dataexchange.api.enforcement.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The published vocabulary of a counterparty's actual needs that may justify different trading terms
 * under Art. 69 item 1 ("according to the actual needs of trading counterparties and in compliance with
 * the legitimate trading habits and industry practices"). Codes are stable.
 */
public enum ActualNeed {
    EXCLUSIVE_LICENCE("An exclusive licence: the seller may not sell the product to others for the term"),
    VOLUME_COMMITMENT("A committed volume or number of deliveries larger than the ordinary order"),
    REAL_TIME_DELIVERY("Delivery in real time or at a higher frequency than the listed product"),
    CUSTOM_PROCESSING("Processing, aggregation or formatting done for this counterparty only"),
    SERVICE_LEVEL("A service level (support, availability, corrections) beyond the listed terms"),
    PUBLIC_INTEREST_RESEARCH("Non-commercial research in the public interest, under the seller's published rule");

    private final String description;

    ActualNeed(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static Optional<ActualNeed> ofCode(String code) {
        return Arrays.stream(values()).filter(n -> n.name().equals(code)).findFirst();
    }
}
