package dev.remotecommands.loadtest.fleet;

import dev.remotecommands.infrastructure.LocalRealm;
import dev.remotecommands.infrastructure.keycloak.TokenClient;
import dev.remotecommands.loadtest.LoadOptions;
import dev.remotecommands.loadtest.PlatformOptions;
import dev.remotecommands.loadtest.Progress;
import dev.remotecommands.loadtest.RateLimits;
import dev.remotecommands.local.journey.Driver;
import dev.remotecommands.local.journey.DriverJourney;
import dev.remotecommands.local.journey.JsonHttp;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Certifies a load-test fleet through the public APIs only, as N drivers would from their phones: per car a Keycloak
 * account (admin REST API), then {@link DriverJourney#certify}: the car registered and activated, the trusted phone
 * and the device with the codes read from otp-service's local inbox, the safety code, the pairing played in the
 * simulated car, and a 7-day remote session. Cars are certified {@code --parallel} at a time; the result is the
 * fleet file the benchmark reads.
 */
@Command(name = "fleet-setup", mixinStandardHelpOptions = true,
        description = "Certify N load-test cars and drivers through the public APIs and write the fleet file.")
public final class FleetSetupCommand implements Callable<Integer> {

    @Mixin
    private LoadOptions load;

    @Option(names = "--cars", required = true, description = "How many cars (and drivers) to certify.")
    private int cars;

    @Option(names = "--first-car", defaultValue = "" + LoadTestDrivers.FIRST_CAR,
            description = "Number of the first simulated car (default ${DEFAULT-VALUE}: after the ten demo cars); "
                    + "the simulator needs simulator.fleet-size >= first-car + cars - 1.")
    private int firstCar;

    @Option(names = "--vin-prefix", defaultValue = LoadTestDrivers.VIN_PREFIX,
            description = "The simulator's simulator.vin-prefix (default ${DEFAULT-VALUE}).")
    private String vinPrefix;

    @Option(names = "--parallel", defaultValue = "32",
            description = "Cars certified at once (default ${DEFAULT-VALUE}).")
    private int parallel;

    @Override
    public Integer call() throws InterruptedException {
        PlatformOptions platform = load.platform();
        RateLimits.printCarsNeeded(load.rates(), load.step(), cars);
        String lastVin = LoadTestDrivers.vin(vinPrefix, firstCar + cars - 1);
        if (JsonHttp.send("GET", platform.url("simulator") + "/v1/cars/" + lastVin, null, Map.of(), null).status()
                != 200) {
            System.err.println("The fleet simulator has no car " + lastVin + ": start it with simulator.fleet-size >= "
                    + (firstCar + cars - 1) + " (./run.sh --cars " + (firstCar + cars - 1) + ").");
            return 2;
        }
        KeycloakUsers users = new KeycloakUsers(platform.keycloakUrl());
        DriverJourney journey = new DriverJourney(platform.journeyUrls(),
                driver -> TokenClient.accessToken(platform.keycloakUrl(), driver.username(), driver.password()),
                line -> { });
        ConcurrentLinkedQueue<FleetFile.Car> certified = new ConcurrentLinkedQueue<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        try (Progress progress = Progress.every(Duration.ofSeconds(2), () -> progressLine(done.get(),
                failures.size(), started))) {
            for (int number = firstCar; number < firstCar + cars; number++) {
                int car = number;
                workers.submit(() -> {
                    try {
                        certified.add(certify(users, journey, car));
                    } catch (RuntimeException e) {
                        failures.add(LoadTestDrivers.vin(vinPrefix, car) + ": " + e.getMessage());
                    } finally {
                        done.incrementAndGet();
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.DAYS);
        }
        List<FleetFile.Car> fleet = new ArrayList<>(certified);
        fleet.sort(Comparator.comparing(FleetFile.Car::vin));
        new FleetFile(Instant.now(), TokenClient.tokenEndpoint(platform.keycloakUrl()), LocalRealm.CLIENT_ID, fleet)
                .write(load.fleetFile());
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("fleet-setup: %d of %d cars certified in %.1f s (%.2f cars/s with --parallel %d), fleet "
                + "file %s%n", fleet.size(), cars, elapsed, fleet.size() / elapsed, parallel, load.fleetFile());
        failures.stream().limit(10).forEach(failure -> System.out.println("  failed " + failure));
        return failures.isEmpty() ? 0 : 1;
    }

    private FleetFile.Car certify(KeycloakUsers users, DriverJourney journey, int number) {
        String vin = LoadTestDrivers.vin(vinPrefix, number);
        Driver unnamed = LoadTestDrivers.driver(number, null);
        Driver driver = LoadTestDrivers.driver(number, users.ensureUser(unnamed.username(), unnamed.password()));
        DriverJourney.Session session = journey.certify(driver, vin);
        return new FleetFile.Car(vin, driver.accountId(), driver.username(), driver.password(), driver.deviceId(),
                session.remoteSession());
    }

    private String progressLine(int done, int failed, long started) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        double rate = done / Math.max(elapsed, 1e-9);
        long eta = rate == 0 ? -1 : Math.round((cars - done) / rate);
        return String.format("fleet-setup %d/%d done, %d failed, %.2f cars/s, %.0f s elapsed%s", done, cars, failed,
                rate, elapsed, eta < 0 ? "" : ", about " + eta + " s to go");
    }
}
