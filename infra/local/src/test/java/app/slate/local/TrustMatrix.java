package app.slate.local;

import static java.util.Map.entry;

import java.util.Map;

/** The authorization matrix's rows for trust and safety (trust-api). */
final class TrustMatrix {

    private TrustMatrix() {
    }

    static Map<String, AuthorizationMatrixTest.Route> routes() {
        return Map.ofEntries(
                // The audit log is admins' alone: nobody else learns who looked at whom.
                entry("GET /admin/audit", AuthorizationMatrixTest.route(401, 403, 403, 200, (w, r) -> r.get("/admin/audit"))),
                entry("GET /admin/audit/verification", AuthorizationMatrixTest.route(401, 403, 403, 200,
                        (w, r) -> r.get("/admin/audit/verification"))));
    }
}
