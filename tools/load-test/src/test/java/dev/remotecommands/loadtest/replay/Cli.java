package dev.remotecommands.loadtest.replay;

import dev.remotecommands.loadtest.LoadTest;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** {@code ./load-test …} run in the test JVM: its exit code and what it wrote to stdout and stderr. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new LoadTest());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        Cli run = new Cli(exitCode, out.toString(), err.toString());
        System.out.print(run.out());
        System.out.print(run.err());
        return run;
    }
}
