package app.slate.platform.http.auth;

/**
 * The login an access token belongs to: its id ({@code sid}, the refresh-token family) and when it
 * began ({@code sst}, epoch milliseconds), which is what a password change or a deletion compares
 * with: sessions begun before it end, sessions begun after it do not, to the millisecond.
 */
public record Session(String id, long startedAtMillis) {

    public static final String ID_CLAIM = "sid";
    public static final String STARTED_CLAIM = "sst";
}
