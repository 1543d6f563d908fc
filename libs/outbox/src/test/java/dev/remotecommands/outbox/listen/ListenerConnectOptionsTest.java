package dev.remotecommands.outbox.listen;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

class ListenerConnectOptionsTest {

    @Test
    void takesHostPortAndDatabaseFromTheReactiveUrlAndCredentialsFromTheirOwnKeys() {
        List<PgConnectOptions> servers = ListenerConnectOptions.from("postgresql://db.internal:15432/command",
                Optional.of("command"), Optional.of("s3cret"));

        assertThat(servers).singleElement().satisfies(options -> {
            assertThat(options.getHost()).isEqualTo("db.internal");
            assertThat(options.getPort()).isEqualTo(15432);
            assertThat(options.getDatabase()).isEqualTo("command");
            assertThat(options.getUser()).isEqualTo("command");
            assertThat(options.getPassword()).isEqualTo("s3cret");
        });
    }

    @Test
    void acceptsQuarkusPrefixAndKeepsSeveralUrlsInTheirOrder() {
        List<PgConnectOptions> servers = ListenerConnectOptions.from(
                "vertx-reactive:postgresql://primary:5432/bridge, postgresql://replica:5432/bridge",
                Optional.empty(), Optional.empty());

        assertThat(servers).extracting(PgConnectOptions::getHost).containsExactly("primary", "replica");
        assertThat(servers).extracting(PgConnectOptions::getDatabase).containsOnly("bridge");
    }

    @Test
    void givesEachHostOfAMultiHostUrlItsOwnServerWithTheSameDatabaseAndParameters() {
        List<PgConnectOptions> servers = ListenerConnectOptions.from(
                "postgresql://user:pw@h1:5433,h2:5434/command?sslmode=disable", Optional.empty(), Optional.empty());

        assertThat(servers).extracting(PgConnectOptions::getHost).containsExactly("h1", "h2");
        assertThat(servers).extracting(PgConnectOptions::getPort).containsExactly(5433, 5434);
        assertThat(servers).allSatisfy(options -> {
            assertThat(options.getDatabase()).isEqualTo("command");
            assertThat(options.getUser()).isEqualTo("user");
            assertThat(options.getPassword()).isEqualTo("pw");
            assertThat(options.getSslMode()).isEqualTo(SslMode.DISABLE);
        });
    }

    @Test
    void keepsCredentialsWrittenInTheUrlWhenNoSeparateOnesAreSet() {
        List<PgConnectOptions> servers = ListenerConnectOptions.from("postgresql://user:pw@localhost:5432/db",
                Optional.empty(), Optional.empty());

        assertThat(servers).singleElement().satisfies(options -> {
            assertThat(options.getUser()).isEqualTo("user");
            assertThat(options.getPassword()).isEqualTo("pw");
        });
    }
}
