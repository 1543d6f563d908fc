package dev.remotecommands.contracts.session;

/**
 * The remote session: a JWT signed (RS256) by enrollment-service when the driver enters the right safety code, and
 * verified by command-service with the matching public key. The BFF passes it in {@link #HEADER}. Its subject is
 * the account id (the same as the OIDC token's), {@link #DEVICE_CLAIM} names the registered device it was opened
 * on, {@link #VEHICLES_CLAIM} the cars that device was paired with then, and {@code exp} ends it (7 days after issue by default).
 */
public final class RemoteSessionToken {

    /** The request header that carries the token to command-service. */
    public static final String HEADER = "X-Remote-Session";
    /** {@code iss} of every remote-session token. */
    public static final String ISSUER = "https://remote-commands.dev/enrollment";
    /** {@code aud} of every remote-session token: only command-service accepts it. */
    public static final String AUDIENCE = "command-service";
    /** The claim that carries the device id. */
    public static final String DEVICE_CLAIM = "device_id";
    /**
     * The claim that lists the VINs the device was paired with when the session opened. It grants nothing (only
     * command-service's grants do): it lets command-service tell a car whose activation it has not heard of yet
     * (503 {@code activation-in-progress}, retry) from a car that is not the account's (404).
     */
    public static final String VEHICLES_CLAIM = "vins";

    private RemoteSessionToken() {
    }
}
