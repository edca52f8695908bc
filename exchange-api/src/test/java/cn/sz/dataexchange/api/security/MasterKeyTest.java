package cn.sz.dataexchange.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

class MasterKeyTest {

    private static final MasterKey KEY = MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void a_sealed_value_opens_only_with_the_same_key_and_the_same_record_identity() {
        byte[] sealed = KEY.seal("private jwk".getBytes(StandardCharsets.UTF_8), "kid-1");
        assertThat(new String(KEY.open(sealed, "kid-1"), StandardCharsets.UTF_8)).isEqualTo("private jwk");
        assertThatThrownBy(() -> KEY.open(sealed, "kid-2")).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        MasterKey wrong = MasterKey.fromBase64(Base64.getEncoder().encodeToString(other));
        assertThatThrownBy(() -> wrong.open(sealed, "kid-1")).isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> KEY.open(sealed, "kid-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_of_the_wrong_size_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessage("exchange.security.master-key must be 32 bytes, base64-encoded");
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64!"))
                .hasMessage("exchange.security.master-key must be 32 bytes, base64-encoded");
        assertThat(KEY.toString()).doesNotContain("AAAA");
    }

    @Test
    void the_embedded_mode_key_file_is_created_once_readable_by_its_owner_only(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("master.key");
        MasterKey first = MasterKey.fromFile(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        byte[] sealed = first.seal(new byte[] {1, 2, 3}, "x");
        assertThat(MasterKey.fromFile(file).open(sealed, "x")).containsExactly(1, 2, 3);
    }

    @Test
    void a_start_with_a_master_key_that_does_not_open_the_stored_keys_stops_with_a_clear_message() {
        TokenSigningKeys unopenable = new TokenSigningKeys(null, null, KEY, java.time.Clock.systemUTC(),
                new SecurityProperties(null, null, null, null, null, null, null, null)) {
            @Override
            public Mono<TokenKeySet> current() {
                return Mono.error(new IllegalStateException("sealed value cannot be opened"));
            }
        };
        assertThatThrownBy(() -> new TokenKeyMaintenance(unopenable).run(null))
                .hasMessageContaining("EXCHANGE_MASTER_KEY");
    }
}
