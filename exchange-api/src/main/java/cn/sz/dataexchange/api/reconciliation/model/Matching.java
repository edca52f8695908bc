package cn.sz.dataexchange.api.reconciliation.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matching rules. Records are matched by (kind, reference); a record on one side without a partner
 * on the other is missing there; partners are compared by amount (and a release's fee) and by state.
 * Both comparisons are made, so one operation can be reported for its amount and for its state.
 */
public final class Matching {

    private Matching() {
    }

    /** The outcome: how many keys matched completely, and every mismatch, in the order of the keys. */
    public record Outcome(int matched, List<Mismatch> mismatches) {
    }

    public static Outcome compare(Collection<MoneyRecord> ledger, Collection<MoneyRecord> gateway) {
        Map<MoneyRecord.MatchKey, MoneyRecord> ours = index(ledger);
        Map<MoneyRecord.MatchKey, MoneyRecord> theirs = index(gateway);
        Set<MoneyRecord.MatchKey> keys = new LinkedHashSet<>(ours.keySet());
        keys.addAll(theirs.keySet());
        List<Mismatch> mismatches = new ArrayList<>();
        int matched = 0;
        for (MoneyRecord.MatchKey key : keys) {
            List<Mismatch> found = compare(key, ours.get(key), theirs.get(key));
            if (found.isEmpty()) {
                matched++;
            }
            mismatches.addAll(found);
        }
        return new Outcome(matched, List.copyOf(mismatches));
    }

    static List<Mismatch> compare(MoneyRecord.MatchKey key, MoneyRecord ledger, MoneyRecord gateway) {
        if (gateway == null) {
            return List.of(new Mismatch(MismatchKind.MISSING_AT_GATEWAY, key.kind(), key.reference(), ledger, null,
                    "the journal records " + key.kind() + " " + key.reference() + "; the gateway has no such operation"));
        }
        if (ledger == null) {
            return List.of(new Mismatch(MismatchKind.MISSING_IN_LEDGER, key.kind(), key.reference(), null, gateway,
                    "the gateway carried out " + key.kind() + " " + key.reference() + "; the journal has no record of it"));
        }
        List<Mismatch> found = new ArrayList<>();
        if (ledger.amountFen() != gateway.amountFen() || ledger.feeFen() != gateway.feeFen()) {
            found.add(new Mismatch(MismatchKind.AMOUNT_DIFFERS, key.kind(), key.reference(), ledger, gateway,
                    "journal " + ledger.amountFen() + " fen (fee " + ledger.feeFen() + "), gateway " + gateway.amountFen()
                            + " fen (fee " + gateway.feeFen() + ")"));
        }
        if (gateway.state() != null && !gateway.state().equals(ledger.state())) {
            found.add(new Mismatch(MismatchKind.STATE_DIFFERS, key.kind(), key.reference(), ledger, gateway,
                    "journal " + ledger.state() + ", gateway " + gateway.state()));
        }
        return found;
    }

    private static Map<MoneyRecord.MatchKey, MoneyRecord> index(Collection<MoneyRecord> records) {
        Map<MoneyRecord.MatchKey, MoneyRecord> byKey = new LinkedHashMap<>();
        records.forEach(r -> byKey.putIfAbsent(r.key(), r));
        return byKey;
    }
}
