package cn.sz.dataexchange.api.consent.application;

import cn.sz.dataexchange.api.identity.model.OrgId;
import reactor.core.publisher.Mono;

/** Port: each organisation's subject-key secret, stored sealed. */
public interface SubjectKeySecrets {

    /** The organisation's sealed secret; {@code candidate} is stored first if it has none (first writer wins). */
    Mono<byte[]> sealedSecret(OrgId org, byte[] candidate);
}
