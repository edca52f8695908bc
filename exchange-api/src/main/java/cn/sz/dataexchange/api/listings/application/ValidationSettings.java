package cn.sz.dataexchange.api.listings.application;

import cn.sz.dataexchange.validator.model.ValidatorConfig;
import java.time.Duration;

/**
 * How validation runs: the validator's thresholds, the lease a worker holds on a run, how often
 * progress is written, and how many attempts a run gets before it is abandoned.
 */
public record ValidationSettings(ValidatorConfig validator, Duration lease, Duration progressInterval, int maxAttempts) {
}
