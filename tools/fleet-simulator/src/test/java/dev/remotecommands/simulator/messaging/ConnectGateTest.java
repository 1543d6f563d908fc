package dev.remotecommands.simulator.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

class ConnectGateTest {

    @Test
    void lets_the_limit_through_at_once_and_the_others_in_arrival_order_as_cars_leave() {
        ConnectGate gate = new ConnectGate(2);
        List<String> admitted = new ArrayList<>();
        List<ConnectGate.Turn> turns = new ArrayList<>();

        for (String car : List.of("car-1", "car-2", "car-3", "car-4")) {
            gate.enter(turn -> {
                admitted.add(car);
                turns.add(turn);
            });
        }
        assertThat(admitted).containsExactly("car-1", "car-2");

        turns.get(1).leave();
        assertThat(admitted).containsExactly("car-1", "car-2", "car-3");
        turns.get(0).leave();
        assertThat(admitted).containsExactly("car-1", "car-2", "car-3", "car-4");
        assertThat(gate.inFlight()).isEqualTo(2);
    }

    @Test
    void a_turn_left_twice_makes_room_once() {
        ConnectGate gate = new ConnectGate(1);
        List<ConnectGate.Turn> turns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            gate.enter(turns::add);
        }

        turns.get(0).leave();
        turns.get(0).leave();

        assertThat(turns).hasSize(2);
        assertThat(gate.inFlight()).isEqualTo(1);
    }

    @Test
    void cars_entering_and_leaving_from_many_threads_never_exceed_the_limit_and_all_get_their_turn()
            throws InterruptedException {
        int limit = 5;
        int cars = 20_000;
        ConnectGate gate = new ConnectGate(limit);
        AtomicInteger connecting = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger connected = new AtomicInteger();
        ConcurrentLinkedQueue<ConnectGate.Turn> admitted = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);

        for (int i = 0; i < cars; i++) {
            threads.execute(() -> gate.enter(turn -> {
                mostAtOnce.accumulateAndGet(connecting.incrementAndGet(), Math::max);
                admitted.add(turn);
            }));
            // the "broker" answers from other threads: whoever is admitted leaves again
            threads.execute(() -> {
                ConnectGate.Turn turn = admitted.poll();
                if (turn != null) {
                    connecting.decrementAndGet();
                    connected.incrementAndGet();
                    turn.leave();
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (ConnectGate.Turn turn = admitted.poll(); turn != null; turn = admitted.poll()) {
            connecting.decrementAndGet();
            connected.incrementAndGet();
            turn.leave();
        }

        assertThat(mostAtOnce.get()).isLessThanOrEqualTo(limit);
        assertThat(connected.get()).isEqualTo(cars);
        assertThat(gate.inFlight()).isZero();
    }

    @Test
    void a_gate_that_lets_no_car_through_is_refused() {
        assertThatThrownBy(() -> new ConnectGate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("simulator.mqtt-connects-in-flight");
    }
}
