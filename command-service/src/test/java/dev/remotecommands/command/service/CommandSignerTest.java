package dev.remotecommands.command.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.remotecommands.contracts.CommandSignature;
import org.junit.jupiter.api.RepeatedTest;

import java.security.KeyPair;

class CommandSignerTest {

    @RepeatedTest(5)
    void thePublishedKeyIsThePublicHalfOfTheConfiguredPrivateKey() {
        KeyPair pair = CommandSignature.generateKeyPair();
        assertThat(CommandSigner.publicKeyOf(pair.getPrivate()).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }
}
