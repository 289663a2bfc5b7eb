package app.slate.local;

import static java.util.Map.entry;

import io.restassured.http.ContentType;
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
                        (w, r) -> r.get("/admin/audit/verification"))),
                // Consents are everyone's own, named by the token alone; a purpose's version is admins'.
                entry("GET /me/consents", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r.get("/me/consents"))),
                entry("PUT /me/consents/{purpose}", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"given\":true,\"version\":\"2026-11\"}").put("/me/consents/MARKETING_MESSAGES"))),
                entry("PUT /admin/consent/purposes/{purpose}", AuthorizationMatrixTest.route(401, 403, 403, 200, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"version\":\"2026-11\"}").put("/admin/consent/purposes/MARKETING_MESSAGES"))));
    }
}
