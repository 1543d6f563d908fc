package dev.remotecommands.loadtest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Options a replay cannot run with are usage errors, said before anything is read or sent. */
class ReplayOptionsTest {

    @Test
    void a_rate_of_zero_is_a_usage_error() {
        Cli replay = Cli.run("replay", "absent.ndjson.gz", "--rate", "0", "--kafka", "localhost:1");

        assertThat(replay.exitCode()).isEqualTo(2);
        assertThat(replay.err()).contains("--rate must be above 0");
    }

    @Test
    void a_restamped_replay_of_the_otp_topics_is_a_usage_error() {
        Cli replay = Cli.run("replay", "absent.ndjson.gz", "--restamp", "--topics", "OtpRequested,CommandRequested",
                "--kafka", "localhost:1");

        assertThat(replay.exitCode()).isEqualTo(2);
        assertThat(replay.err()).contains("--restamp writes only the VIN-keyed topics", "[OtpRequested]");
    }

    @Test
    void speedup_and_rate_together_are_a_usage_error() {
        Cli replay = Cli.run("replay", "absent.ndjson.gz", "--speedup", "2", "--rate", "10");

        assertThat(replay.exitCode()).isEqualTo(2);
        assertThat(replay.err()).contains("mutually exclusive");
    }
}
