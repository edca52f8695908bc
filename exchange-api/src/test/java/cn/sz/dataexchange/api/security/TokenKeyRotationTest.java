package cn.sz.dataexchange.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sz.dataexchange.api.support.IntegrationTest;
import cn.sz.dataexchange.api.support.Members;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TokenKeyRotationTest extends IntegrationTest {

    @Autowired
    TokenSigningKeys keys;

    @Test
    void after_a_rotation_new_tokens_use_the_new_key_and_tokens_of_the_old_key_still_verify() throws Exception {
        Members members = members();
        Members.Member buyer = members.buyer();
        String oldToken = buyer.token();
        String oldKid = SignedJWT.parse(oldToken).getHeader().getKeyID();

        http.post().uri("/api/v1/admin/token-keys/rotation").headers(h -> h.setBearerAuth(members.adminToken()))
                .exchange().expectStatus().isAccepted();

        String newToken = members.token(buyer.clientId(), buyer.clientSecret());
        String newKid = SignedJWT.parse(newToken).getHeader().getKeyID();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(jwksKids()).contains(oldKid, newKid);

        for (String token : List.of(oldToken, newToken)) {
            http.get().uri("/api/v1/orgs/{id}", buyer.orgId()).headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk();
        }
    }

    @Test
    void a_superseded_key_is_retired_once_every_token_it_signed_has_expired() throws Exception {
        Members members = members();
        String admin = members.adminToken();
        http.post().uri("/api/v1/admin/token-keys/rotation").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isAccepted();
        String superseded = SignedJWT.parse(admin).getHeader().getKeyID();
        assertThat(jwksKids()).contains(superseded);

        advanceClock(Duration.ofMinutes(17));
        keys.rotateIfDue().then(keys.rotateNow()).toFuture().get();

        assertThat(jwksKids()).doesNotContain(superseded);
    }

    private List<String> jwksKids() {
        Map<?, ?> jwks = http.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) jwks.get("keys")).stream().map(k -> (String) ((Map<?, ?>) k).get("kid")).toList();
    }
}
