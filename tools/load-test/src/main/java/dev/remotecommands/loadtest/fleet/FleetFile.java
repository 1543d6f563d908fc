package dev.remotecommands.loadtest.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The certified load-test fleet as {@code fleet-setup} leaves it and {@code benchmark} reads it: per car its VIN, the
 * driver's account, the device, where an access token comes from (the local realm's password grant: a token lives
 * 30 min, so the benchmark fetches fresh ones rather than storing them) and the 7-day remote session.
 */
public record FleetFile(Instant createdAt, String tokenEndpoint, String clientId, List<Car> cars) {

    /** One certified car and its driver. */
    public record Car(String vin, String account, String username, String password, String device,
            String remoteSession) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    public static FleetFile read(Path file) {
        try {
            return JSON.readValue(file.toFile(), FleetFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fleet file " + file + " (written by fleet-setup)", e);
        }
    }

    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fleet file " + file, e);
        }
    }
}
