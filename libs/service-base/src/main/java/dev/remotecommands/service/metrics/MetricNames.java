package dev.remotecommands.service.metrics;

/**
 * The platform's own metric names and tags, in one place: the services record them, the Grafana dashboard under
 * {@code deploy/grafana} queries them (Prometheus adds {@code _total}, {@code _seconds_bucket}, ... to these names;
 * deploy's GrafanaDashboardTest derives the exported names from here). No tag may carry a VIN, a phone number, an
 * account or a command id: one series each would grow without bound and put personal data in Prometheus.
 */
public final class MetricNames {

    /** command-service: commands accepted, tagged {@link #TYPE}. */
    public static final String COMMANDS_ACCEPTED = "remote_commands.accepted";
    /** command-service: commands refused, tagged {@link #TYPE} and {@link #REASON} (the problem's slug). */
    public static final String COMMANDS_REFUSED = "remote_commands.refused";
    /** command-service: from acceptance to the terminal status, tagged {@link #TYPE} and {@link #OUTCOME}. */
    public static final String COMMANDS_LATENCY = "remote_commands.latency";
    /** command-service: commands the watchdog ended TIMED_OUT without an answer. */
    public static final String COMMANDS_TIMED_OUT = "remote_commands.timed_out";
    /** command-service: commands not yet in a terminal status (all instances: read from the database). */
    public static final String COMMANDS_IN_FLIGHT = "remote_commands.in_flight";

    /** libs/outbox: events waiting in the outbox for Kafka. */
    public static final String OUTBOX_BACKLOG = "outbox.backlog";
    /** libs/outbox: age of the oldest waiting event, the relay's lag (seconds). */
    public static final String OUTBOX_LAG = "outbox.lag.seconds";

    /** vehicle-bridge: 1 while connected to the MQTT broker, else 0. */
    public static final String MQTT_CONNECTED = "mqtt.connected";
    /** vehicle-bridge: MQTT messages received from cars, tagged {@link #KIND} (the topic's last level). */
    public static final String MQTT_RECEIVED = "mqtt.messages.received";
    /** vehicle-bridge: MQTT messages published to cars. */
    public static final String MQTT_PUBLISHED = "mqtt.messages.published";
    /** vehicle-bridge: wake-up requests, tagged {@link #DECISION} (SEND, JOIN, LIMIT_REACHED). */
    public static final String WAKE_UPS = "vehicle.wake_ups";

    /** otp-service: SMS outcomes, tagged {@link #OUTCOME} (SENT, FAILED, THROTTLED) and {@link #REASON}. */
    public static final String OTP_DELIVERIES = "otp.deliveries";

    /** enrollment-service: safety code lockouts started. */
    public static final String SAFETY_CODE_LOCKOUTS = "safety_code.lockouts";

    public static final String TYPE = "type";
    public static final String REASON = "reason";
    public static final String OUTCOME = "outcome";
    public static final String KIND = "kind";
    public static final String DECISION = "decision";

    private MetricNames() {
    }
}
