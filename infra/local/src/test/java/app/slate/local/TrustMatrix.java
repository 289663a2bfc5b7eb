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
                // Moderation is admins' alone; nobody with these ids exists, so admins are told so.
                entry("PUT /admin/accounts/{accountId}/suspension", AuthorizationMatrixTest.route(401, 403, 403, 404, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"reason\":\"Matrix\",\"ban\":false}")
                        .put("/admin/accounts/" + java.util.UUID.randomUUID() + "/suspension"))),
                entry("DELETE /admin/accounts/{accountId}/suspension", AuthorizationMatrixTest.route(401, 403, 403, 404,
                        (w, r) -> r.delete("/admin/accounts/" + java.util.UUID.randomUUID() + "/suspension"))),
                entry("POST /admin/roles/{roleId}/takedown", AuthorizationMatrixTest.route(401, 403, 403, 404, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"reason\":\"Matrix\"}").post("/admin/roles/" + java.util.UUID.randomUUID() + "/takedown"))),
                entry("DELETE /admin/roles/{roleId}/takedown", AuthorizationMatrixTest.route(401, 403, 403, 404,
                        (w, r) -> r.delete("/admin/roles/" + java.util.UUID.randomUUID() + "/takedown"))),
                // Anyone with an account reports; no profile has this id, so the report names it as the problem.
                entry("POST /reports", AuthorizationMatrixTest.route(401, 400, 400, 400, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"kind\":\"PROFILE\",\"id\":\"" + java.util.UUID.randomUUID() + "\",\"reason\":\"SCAM\"}").post("/reports"))),
                entry("GET /admin/moderation/cases", AuthorizationMatrixTest.route(401, 403, 403, 200, (w, r) -> r.get("/admin/moderation/cases"))),
                entry("GET /admin/moderation/cases/{caseId}", AuthorizationMatrixTest.route(401, 403, 403, 404,
                        (w, r) -> r.get("/admin/moderation/cases/" + java.util.UUID.randomUUID()))),
                entry("POST /admin/moderation/cases/{caseId}/decision", AuthorizationMatrixTest.route(401, 403, 403, 409, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"outcome\":\"DISMISSED\",\"note\":\"Matrix\"}")
                        .post("/admin/moderation/cases/" + java.util.UUID.randomUUID() + "/decision"))),
                entry("POST /admin/media/{id}/takedown", AuthorizationMatrixTest.route(401, 403, 403, 404, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"reason\":\"Matrix\"}").post("/admin/media/" + java.util.UUID.randomUUID() + "/takedown"))),
                entry("DELETE /admin/media/{id}/takedown", AuthorizationMatrixTest.route(401, 403, 403, 404,
                        (w, r) -> r.delete("/admin/media/" + java.util.UUID.randomUUID() + "/takedown"))),
                // Erasure: everyone's own; the owner is a guardian, whose minors must go first. Only admins order
                // another's erasure. Receipts are public by their unguessable request id; the key and the check are public.
                entry("DELETE /me", AuthorizationMatrixTest.route(401, 202, 409, 202, (w, r) -> r.delete("/me"))),
                entry("POST /me/erasure", AuthorizationMatrixTest.route(401, 202, 409, 202, (w, r) -> r.post("/me/erasure"))),
                entry("GET /me/erasure", AuthorizationMatrixTest.route(401, 404, 404, 404, (w, r) -> r.get("/me/erasure"))),
                entry("DELETE /me/erasure", AuthorizationMatrixTest.route(401, 404, 404, 404, (w, r) -> r.delete("/me/erasure"))),
                entry("POST /admin/accounts/{id}/erasure", AuthorizationMatrixTest.route(401, 403, 403, 404,
                        (w, r) -> r.post("/admin/accounts/" + java.util.UUID.randomUUID() + "/erasure"))),
                entry("GET /erasures/{id}/receipt", AuthorizationMatrixTest.route(404, 404, 404, 404,
                        (w, r) -> r.get("/erasures/" + java.util.UUID.randomUUID() + "/receipt"))),
                entry("POST /erasures/receipts/verification", AuthorizationMatrixTest.route(200, 200, 200, 200, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"receipt\":{\"request\":\"x\"},\"signature\":\"AAAA\"}")
                        .post("/erasures/receipts/verification"))),
                entry("GET /erasures/receipts/key", AuthorizationMatrixTest.route(200, 200, 200, 200, (w, r) -> r.get("/erasures/receipts/key"))),
                // Exports: everyone's own, and only their own (admins included: another's export is a 404).
                entry("POST /me/exports", AuthorizationMatrixTest.route(401, 202, 202, 202, (w, r) -> r.post("/me/exports"))),
                entry("GET /me/exports", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r.get("/me/exports"))),
                entry("GET /me/exports/{id}/download", AuthorizationMatrixTest.route(401, 404, 404, 404,
                        (w, r) -> r.redirects().follow(false).get("/me/exports/" + java.util.UUID.randomUUID() + "/download"))),
                entry("PUT /admin/consent/purposes/{purpose}", AuthorizationMatrixTest.route(401, 403, 403, 200, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"version\":\"2026-11\"}").put("/admin/consent/purposes/MARKETING_MESSAGES"))));
    }
}
