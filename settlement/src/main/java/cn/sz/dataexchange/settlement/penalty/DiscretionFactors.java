package cn.sz.dataexchange.settlement.penalty;

/**
 * The circumstances of a case that move a fine within its statutory range.
 *
 * @param repeatOffence the offender was penalised for the same kind of violation before
 * @param affectedSubjects how many data subjects or counterparties were affected
 * @param sensitivePersonalData sensitive personal data was involved
 * @param cooperated the offender cooperated with the investigation or remedied the harm of its own accord
 */
public record DiscretionFactors(boolean repeatOffence, long affectedSubjects, boolean sensitivePersonalData,
        boolean cooperated) {

    public DiscretionFactors {
        if (affectedSubjects < 0) {
            throw new IllegalArgumentException("affectedSubjects must not be negative");
        }
    }

    /** A first offence affecting no one identified, no sensitive data, no cooperation on record. */
    public static DiscretionFactors none() {
        return new DiscretionFactors(false, 0, false, false);
    }
}
