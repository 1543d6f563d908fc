package dev.remotecommands.infrastructure.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs PostgreSQL for the infrastructure module, or prepares databases on an existing server.
 * <ul>
 * <li>{@code serve <port> <data-dir> [db,...]}: starts PostgreSQL 14 (zonky binaries) on localhost:port with its
 * data in data-dir (kept, so a restart finds the same data), creates the databases, prints
 * {@value #READY_MARKER} and the postmaster pid, then runs until terminated (SIGTERM stops PostgreSQL).</li>
 * <li>{@code provision <host> <port> <admin-user> <admin-password> [db,...]}: creates the databases on that
 * server and exits.</li>
 * </ul>
 * Each database gets an owner role of the same name whose password is that name (local convention).
 */
public final class PostgresServerMain {

    static final String READY_MARKER = "POSTGRES READY";
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresServerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("serve")) {
            serve(Integer.parseInt(args[1]), new File(args[2]), databases(args, 3));
        } else if (args.length >= 5 && args[0].equals("provision")) {
            String url = "jdbc:postgresql://" + args[1] + ":" + args[2] + "/postgres";
            try (Connection admin = DriverManager.getConnection(url, args[3], args[4])) {
                createDatabases(admin, databases(args, 5));
            }
            System.out.println("databases ready on " + args[1] + ":" + args[2]);
        } else {
            System.err.println("usage: serve <port> <data-dir> [db,...] | provision <host> <port> <user> <pw> [db,...]");
            System.exit(2);
        }
    }

    private static void serve(int port, File dataDirectory, List<String> databases) throws Exception {
        Files.createDirectories(dataDirectory.toPath());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "300")
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            createDatabases(admin, databases);
        }
        System.out.println(READY_MARKER + " port=" + port + " postmaster-pid=" + postmasterPid(dataDirectory));
        Thread.currentThread().join();
    }

    private static long postmasterPid(File dataDirectory) throws Exception {
        // First line of postmaster.pid; the parent watches this pid too, since pg_ctl detached the server.
        return Long.parseLong(Files.readAllLines(Path.of(dataDirectory.getPath(), "postmaster.pid")).get(0).trim());
    }

    private static List<String> databases(String[] args, int from) {
        List<String> names = new ArrayList<>();
        if (args.length > from) {
            Arrays.stream(args[from].split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
        }
        return names;
    }

    static void createDatabases(Connection admin, List<String> databases) throws SQLException {
        for (String name : databases) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("database name must be a lower-case SQL identifier: " + name);
            }
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", name)) {
                executeUnlessDuplicate(admin, "create role " + name + " login password '" + name + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", name)) {
                executeUnlessDuplicate(admin, "create database " + name + " owner " + name);
            }
        }
    }

    private static void executeUnlessDuplicate(Connection admin, String ddl) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            // Another process created it between our check and our DDL: that is the state we wanted.
            if (!DUPLICATE_OBJECT.equals(e.getSQLState()) && !DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
