package dev.remotecommands.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.remotecommands.contracts.vehicle.CommandType;

import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CommandSignatureTest {

    private static final String VIN = "VF7DEMCAR00000001";
    private final KeyPair keys = CommandSignature.generateKeyPair();
    private final UUID id = UUID.randomUUID();
    private final Instant issued = Instant.parse("2026-11-26T13:00:00.250Z");
    private final Instant expires = issued.plusSeconds(60);
    private final String signature = CommandSignature.sign(keys.getPrivate(), id, VIN, CommandType.UNLOCK, issued,
            expires);

    @Test
    void the_car_accepts_the_command_as_signed() {
        assertThat(CommandSignature.verify(keys.getPublic(), signature, id, VIN, CommandType.UNLOCK, issued, expires))
                .isTrue();
    }

    @Test
    void any_changed_field_breaks_the_signature() {
        assertThat(CommandSignature.verify(keys.getPublic(), signature, UUID.randomUUID(), VIN, CommandType.UNLOCK,
                issued, expires)).isFalse();
        assertThat(CommandSignature.verify(keys.getPublic(), signature, id, "VF7DEMCAR00000002", CommandType.UNLOCK,
                issued, expires)).isFalse();
        assertThat(CommandSignature.verify(keys.getPublic(), signature, id, VIN, CommandType.LOCK, issued, expires))
                .isFalse();
        assertThat(CommandSignature.verify(keys.getPublic(), signature, id, VIN, CommandType.UNLOCK, issued,
                expires.plusSeconds(3600))).isFalse();
    }

    @Test
    void another_key_or_garbage_is_refused_without_exception() {
        KeyPair other = CommandSignature.generateKeyPair();
        assertThat(CommandSignature.verify(other.getPublic(), signature, id, VIN, CommandType.UNLOCK, issued, expires))
                .isFalse();
        assertThat(CommandSignature.verify(keys.getPublic(), "not base64!", id, VIN, CommandType.UNLOCK, issued,
                expires)).isFalse();
        assertThat(CommandSignature.verify(keys.getPublic(), null, id, VIN, CommandType.UNLOCK, issued, expires))
                .isFalse();
    }

    @Test
    void keys_survive_their_base64_form() {
        var publicKey = CommandSignature.publicKey(CommandSignature.encode(keys.getPublic()));
        var privateKey = CommandSignature.privateKey(CommandSignature.encode(keys.getPrivate()));
        String again = CommandSignature.sign(privateKey, id, VIN, CommandType.UNLOCK, issued, expires);

        assertThat(CommandSignature.verify(publicKey, again, id, VIN, CommandType.UNLOCK, issued, expires)).isTrue();
        assertThatThrownBy(() -> CommandSignature.publicKey("bm90IGEga2V5"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_signed_text_is_the_documented_one() {
        assertThat(CommandSignature.signedText(id, VIN, CommandType.UNLOCK, issued, expires))
                .isEqualTo(id + "|VF7DEMCAR00000001|UNLOCK|2026-11-26T13:00:00.250Z|2026-11-26T13:01:00.250Z");
    }
}
