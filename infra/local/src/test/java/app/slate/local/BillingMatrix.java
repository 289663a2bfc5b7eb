package app.slate.local;

import static java.util.Map.entry;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** The authorization matrix's rows for plans and billing (payments-api). */
final class BillingMatrix {

    private static final String PLAN = """
            {"name":"Matrix","audience":"TALENT","tier":4,"entitlements":{"submissionsPerMonth":null,"storageBytes":1000,
             "openRoles":1,"priorityPlacement":false,"featuredBadge":false},"prices":[{"currency":"USD","amountMinor":500}]}""";

    private BillingMatrix() {
    }

    static Map<String, AuthorizationMatrixTest.Route> routes() {
        return Map.ofEntries(
                // The catalogue is public; everyone's billing is their own, named by the token alone.
                entry("GET /billing/plans", AuthorizationMatrixTest.route(200, 200, 200, 200, (w, r) -> r.get("/billing/plans"))),
                entry("GET /billing/me", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r.get("/billing/me"))),
                // Anyone with an account buys for themselves; professional is for talent, so an admin is offered no such plan.
                entry("POST /billing/checkout", AuthorizationMatrixTest.route(401, 201, 201, 400, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"planCode\":\"professional\",\"currency\":\"GBP\"}").post("/billing/checkout"))),
                // A subscription is everyone's own, named by the token alone: these callers pay for none.
                entry("POST /billing/subscription/cancel", AuthorizationMatrixTest.route(401, 404, 404, 404,
                        (w, r) -> r.post("/billing/subscription/cancel"))),
                entry("POST /billing/subscription/resume", AuthorizationMatrixTest.route(401, 404, 404, 404,
                        (w, r) -> r.post("/billing/subscription/resume"))),
                entry("POST /billing/subscription/change", AuthorizationMatrixTest.route(401, 404, 404, 404, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"planCode\":\"professional\"}").post("/billing/subscription/change"))),
                entry("GET /billing/payments", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r.get("/billing/payments"))),
                // A receipt is its payer's (and admins'); no payment has this id (SubscriptionFlowTest reads a real one).
                entry("GET /billing/payments/{paymentId}/receipt", AuthorizationMatrixTest.route(401, 404, 404, 404,
                        (w, r) -> r.get("/billing/payments/" + UUID.randomUUID() + "/receipt"))),
                // Refunds are admins' alone; no payment has this id.
                entry("POST /admin/billing/payments/{paymentId}/refunds", AuthorizationMatrixTest.route(401, 403, 403, 404, (w, r) -> r
                        .contentType(ContentType.JSON).body("{}").post("/admin/billing/payments/" + UUID.randomUUID() + "/refunds"))),
                entry("GET /admin/billing/revenue", AuthorizationMatrixTest.route(401, 403, 403, 200, (w, r) -> r
                        .queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", "2026-12-31T00:00:00Z").get("/admin/billing/revenue"))),
                // Stripe's webhook answers only to Stripe's signature: unsigned, it is refused to everyone.
                entry("POST /webhooks/stripe", AuthorizationMatrixTest.route(401, 401, 401, 401, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\"}").post("/webhooks/stripe"))),
                entry("POST /webhooks/moyasar", AuthorizationMatrixTest.route(401, 401, 401, 401, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"id\":\"f8b2a1d6-0e5c-4b7f-9c3a-2d1e6f4a8b90\",\"type\":\"payment_paid\",\"secret_token\":\"guess\","
                                + "\"data\":{\"id\":\"5d6d9ad7-2c8e-4c8b-a3f1-6f3b7f0a1c2e\"}}").post("/webhooks/moyasar"))),
                // Plans and grants are admins' alone.
                entry("GET /admin/billing/plans", AuthorizationMatrixTest.route(401, 403, 403, 200, (w, r) -> r.get("/admin/billing/plans"))),
                entry("PUT /admin/billing/plans/{code}", AuthorizationMatrixTest.route(401, 403, 403, 201, (w, r) -> r
                        .contentType(ContentType.JSON).body(PLAN).put("/admin/billing/plans/matrix-" + UUID.randomUUID().toString().substring(0, 8)))),
                entry("DELETE /admin/billing/plans/{code}", AuthorizationMatrixTest.route(401, 403, 403, 404,
                        (w, r) -> r.delete("/admin/billing/plans/no-such-plan"))),
                entry("PUT /admin/billing/accounts/{accountId}/plan", AuthorizationMatrixTest.route(401, 403, 403, 204, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"planCode\":\"professional\"}")
                        .put("/admin/billing/accounts/" + UUID.randomUUID() + "/plan"))),
                entry("DELETE /admin/billing/accounts/{accountId}/plan", AuthorizationMatrixTest.route(401, 403, 403, 404,
                        (w, r) -> r.delete("/admin/billing/accounts/" + UUID.randomUUID() + "/plan"))));
    }
}
