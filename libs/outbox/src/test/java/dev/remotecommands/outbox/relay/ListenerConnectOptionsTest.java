package dev.remotecommands.outbox.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgConnectOptions;

import org.junit.jupiter.api.Test;

import java.util.Optional;

class ListenerConnectOptionsTest {

    @Test
    void takesHostPortAndDatabaseFromTheReactiveUrlAndCredentialsFromTheirOwnKeys() {
        PgConnectOptions options = ListenerConnectOptions.from("postgresql://db.internal:15432/command",
                Optional.of("command"), Optional.of("s3cret"));

        assertThat(options.getHost()).isEqualTo("db.internal");
        assertThat(options.getPort()).isEqualTo(15432);
        assertThat(options.getDatabase()).isEqualTo("command");
        assertThat(options.getUser()).isEqualTo("command");
        assertThat(options.getPassword()).isEqualTo("s3cret");
    }

    @Test
    void acceptsQuarkusPrefixAndUsesTheFirstOfSeveralUrls() {
        PgConnectOptions options = ListenerConnectOptions.from(
                "vertx-reactive:postgresql://primary:5432/bridge, postgresql://replica:5432/bridge",
                Optional.empty(), Optional.empty());

        assertThat(options.getHost()).isEqualTo("primary");
        assertThat(options.getDatabase()).isEqualTo("bridge");
    }

    @Test
    void keepsCredentialsWrittenInTheUrlWhenNoSeparateOnesAreSet() {
        PgConnectOptions options = ListenerConnectOptions.from("postgresql://user:pw@localhost:5432/db",
                Optional.empty(), Optional.empty());

        assertThat(options.getUser()).isEqualTo("user");
        assertThat(options.getPassword()).isEqualTo("pw");
    }
}
