package dev.remotecommands.contracts.session;

/**
 * The remote session: a JWT signed (RS256) by enrollment-service when the driver enters the right safety code, and
 * verified by command-service with the matching public key. The BFF passes it in {@link #HEADER}. Its subject is
 * the account id (the same as the OIDC token's), {@link #DEVICE_CLAIM} names the registered device it was opened
 * on, and {@code exp} ends it (7 days after issue by default).
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

    private RemoteSessionToken() {
    }
}
