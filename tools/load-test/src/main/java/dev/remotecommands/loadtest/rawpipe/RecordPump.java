package dev.remotecommands.loadtest.rawpipe;

import java.time.Duration;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/** A thread that polls one consumer and hands each record's key and value on, until closed. */
public final class RecordPump implements AutoCloseable {

    /** What is done with each record. */
    @FunctionalInterface
    public interface Handler {
        void handle(String key, String value);
    }

    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;

    RecordPump(KafkaConsumer<String, String> consumer, Handler handler, String name) {
        this.consumer = consumer;
        this.thread = new Thread(() -> pump(handler), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(Handler handler) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> handler.handle(record.key(), record.value()));
            }
        } catch (WakeupException closing) {
            // close() asked
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
