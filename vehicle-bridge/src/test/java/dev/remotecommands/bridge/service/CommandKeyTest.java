package dev.remotecommands.bridge.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.CommandSignature;

import org.junit.jupiter.api.Test;

import java.util.Optional;

class CommandKeyTest {

    @Test
    void anEd25519PublicKeyIsUsable() {
        String key = CommandSignature.encode(CommandSignature.generateKeyPair().getPublic());
        CommandKey commandKey = CommandKey.of(Optional.of(" " + key + "\n"));
        assertThat(commandKey.usable()).isTrue();
        assertThat(commandKey.base64()).isEqualTo(key);
    }

    @Test
    void noKeyOrAnUnreadableOneIsNotUsableAndSaysWhy() {
        assertThat(CommandKey.of(Optional.empty()).usable()).isFalse();
        assertThat(CommandKey.of(Optional.empty()).problem()).contains("not set");
        assertThat(CommandKey.of(Optional.of("  ")).usable()).isFalse();
        CommandKey garbage = CommandKey.of(Optional.of("not-base64!"));
        assertThat(garbage.usable()).isFalse();
        assertThat(garbage.problem()).contains("not a base64 X.509 Ed25519 public key");
        String privateKey = CommandSignature.encode(CommandSignature.generateKeyPair().getPrivate());
        assertThat(CommandKey.of(Optional.of(privateKey)).usable()).as("a private key is no public key").isFalse();
    }
}
