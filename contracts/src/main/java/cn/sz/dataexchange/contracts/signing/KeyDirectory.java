package cn.sz.dataexchange.contracts.signing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Port: the keys organisations registered, by key id. Verification is synchronous and CPU-only; a
 * reactive caller loads the keys it needs first ({@link SignedHeaders#kidsOf}) and passes
 * {@link #of(Collection)}.
 */
@FunctionalInterface
public interface KeyDirectory {

    Optional<RegisteredKey> findByKid(String kid);

    static KeyDirectory of(Collection<RegisteredKey> keys) {
        Map<String, RegisteredKey> byKid = keys.stream()
                .collect(Collectors.toUnmodifiableMap(RegisteredKey::kid, Function.identity()));
        return kid -> Optional.ofNullable(byKid.get(kid));
    }
}
