package cn.sz.dataexchange.validator.memory;

import cn.sz.dataexchange.validator.publicdata.Fingerprint;
import cn.sz.dataexchange.validator.publicdata.FingerprintScheme;
import cn.sz.dataexchange.validator.publicdata.RestrictedFingerprints;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Restricted fingerprints held in memory, one set per dataset. */
public final class InMemoryRestrictedFingerprints implements RestrictedFingerprints {

    private final List<FingerprintScheme> schemes;
    private final Map<String, Set<Fingerprint>> byDataset = new HashMap<>();

    public InMemoryRestrictedFingerprints(Map<FingerprintScheme, ? extends Collection<Fingerprint>> fingerprints) {
        this.schemes = List.copyOf(fingerprints.keySet().stream()
                .sorted(java.util.Comparator.comparing(FingerprintScheme::datasetId)).toList());
        fingerprints.forEach((scheme, set) -> byDataset.put(scheme.datasetId(), new HashSet<>(set)));
    }

    @Override
    public List<FingerprintScheme> schemes() {
        return schemes;
    }

    @Override
    public BitSet restricted(String datasetId, List<Fingerprint> fingerprints) {
        Set<Fingerprint> set = byDataset.getOrDefault(datasetId, Set.of());
        BitSet hits = new BitSet(fingerprints.size());
        for (int i = 0; i < fingerprints.size(); i++) {
            if (set.contains(fingerprints.get(i))) {
                hits.set(i);
            }
        }
        return hits;
    }
}
