package app.slate.local;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every route of Slate, called by four people: nobody (no token), another user, the owner of
 * the objects involved, and an admin. The table below is the authorization policy; a route
 * served but missing from it fails the build, so no route ships without a decision.
 * Each route that can change something gets a fresh world (owner with a profile, a portfolio item
 * and a minor; another talent; an admin), and the callers go in the order anonymous, admin, other,
 * owner, so that a caller that changes things (a delete) goes last; the GET routes share one. Accounts that a route cannot change are shared
 * between worlds (each account costs two Argon2 hashes, most of this test's time): the admin,
 * except on routes that change the caller's own account; the other talent on team routes, where
 * the other caller is another casting director; and the casting directors (see CastingMatrix).
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AuthorizationMatrixTest {

    /** Expected status for anonymous, another user, the owner, an admin. */
    record Expect(int anonymous, int other, int owner, int admin) {
    }

    /**
     * A route's call: the world it runs in and the caller's token (null for anonymous). On a
     * team route "owner" is the casting director who owns the project and "other" another casting
     * director; on the others they are the talent who owns the objects and another talent.
     */
    record Route(Expect expect, boolean team, BiFunction<World, RequestSpecification, io.restassured.response.Response> call) {
    }

    static Route route(int anonymous, int other, int owner, int admin,
                       BiFunction<World, RequestSpecification, io.restassured.response.Response> call) {
        return new Route(new Expect(anonymous, other, owner, admin), false, call);
    }

    static Route team(int anonymous, int other, int owner, int admin,
                      BiFunction<World, RequestSpecification, io.restassured.response.Response> call) {
        return new Route(new Expect(anonymous, other, owner, admin), true, call);
    }

    private static final String PROFILE = Fixtures.profile("minimal").toString();

    /** Made by the first GET route that runs (see {@link #readWorld()}). */
    private static World readWorld;

    static final Map<String, Route> MATRIX = new java.util.HashMap<>(Map.ofEntries(
            // Talent profiles: "me" routes act on the caller's own profile; only talent have one.
            entry("POST /talents/me", route(401, 201, 409, 403, (w, r) -> r.contentType(ContentType.JSON).body(PROFILE).post("/talents/me"))),
            entry("GET /talents/me", route(401, 404, 200, 403, (w, r) -> r.get("/talents/me"))),
            entry("PUT /talents/me", route(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON).body(PROFILE).put("/talents/me"))),
            entry("DELETE /talents/me", route(401, 404, 204, 403, (w, r) -> r.delete("/talents/me"))),
            // CV imports: any talent may read a CV; an import is its owner's alone (another talent's id is a 404).
            entry("POST /talents/me/cv-imports", route(401, 201, 201, 403, (w, r) -> r.contentType("text/plain")
                    .body(World.CV).post("/talents/me/cv-imports"))),
            entry("GET /talents/me/cv-imports/{id}", route(401, 404, 200, 403, (w, r) -> r.get("/talents/me/cv-imports/" + w.cvImport()))),
            entry("POST /talents/me/cv-imports/{id}/accept", route(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"proposalIds\":[\"p1\"]}").post("/talents/me/cv-imports/" + w.cvImport() + "/accept"))),
            entry("POST /talents/me/portfolio", route(401, 404, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"kind\":\"HEADSHOT\",\"title\":\"New\",\"externalUrl\":\"https://img.example/n.jpg\"}").post("/talents/me/portfolio"))),
            entry("PUT /talents/me/portfolio/order", route(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"itemIds\":[\"" + w.itemId + "\"]}").put("/talents/me/portfolio/order"))),
            entry("PUT /talents/me/portfolio/{itemId}/primary", route(401, 404, 200, 403,
                    (w, r) -> r.put("/talents/me/portfolio/" + w.itemId + "/primary"))),
            entry("DELETE /talents/me/portfolio/{itemId}", route(401, 404, 204, 403,
                    (w, r) -> r.delete("/talents/me/portfolio/" + w.itemId))),
            // Search is for casting and admins; an unpublished profile is seen by its owner and admins only.
            entry("GET /talents", route(401, 403, 403, 200, (w, r) -> r.get("/talents"))),
            entry("GET /talents/{id}", route(404, 404, 200, 200, (w, r) -> r.get("/talents/" + w.profileId))),
            // Sign-up and sessions are open: the body, not the token, says who.
            entry("POST /auth/register", route(201, 201, 201, 201, (w, r) -> r.contentType(ContentType.JSON)
                    .body(World.registration(World.newEmail())).post("/auth/register"))),
            entry("POST /auth/login", route(200, 200, 200, 200, (w, r) -> r.contentType(ContentType.JSON)
                    .body(World.credentials(w.ownerEmail)).post("/auth/login"))),
            entry("POST /auth/refresh", route(200, 200, 200, 200, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"refreshToken\":\"" + World.login(w.ownerEmail).path("refreshToken") + "\"}").post("/auth/refresh"))),
            entry("POST /auth/logout", route(204, 204, 204, 204, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"refreshToken\":\"" + World.login(w.ownerEmail).path("refreshToken") + "\"}").post("/auth/logout"))),
            entry("POST /auth/email-verification/confirm", route(400, 400, 400, 400, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"token\":\"not-a-real-token\"}").post("/auth/email-verification/confirm"))),
            entry("POST /auth/password-reset", route(202, 202, 202, 202, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"email\":\"" + w.ownerEmail + "\"}").post("/auth/password-reset"))),
            entry("POST /auth/password-reset/confirm", route(400, 400, 400, 400, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"token\":\"not-a-real-token\",\"newPassword\":\"another long passphrase\"}").post("/auth/password-reset/confirm"))),
            // The caller's own account.
            entry("POST /auth/email-verification", route(401, 202, 202, 202, (w, r) -> r.post("/auth/email-verification"))),
            entry("GET /auth/verification", route(401, 200, 200, 200, (w, r) -> r.get("/auth/verification"))),
            // Counts only, for admins: nobody else learns how many people verified.
            entry("GET /admin/verifications/expiring", route(401, 403, 403, 200, (w, r) -> r.get("/admin/verifications/expiring"))),
            entry("POST /auth/verification", route(401, 202, 202, 202, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"nationalId\":\"1012345678\"}").post("/auth/verification"))),
            entry("GET /me", route(401, 200, 200, 200, (w, r) -> r.get("/me"))),
            entry("PATCH /me", route(401, 200, 200, 200, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"displayName\":\"Renamed\"}").patch("/me"))),
            entry("POST /admin/accounts", route(401, 403, 403, 201, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"email\":\"" + World.newEmail() + "\",\"password\":\"" + World.PASSWORD
                            + "\",\"displayName\":\"Made\",\"roles\":[\"casting\"]}").post("/admin/accounts"))),
            // Guardianship: only the guardian reaches a minor.
            entry("POST /guardians/minors", route(401, 201, 201, 201, (w, r) -> r.contentType(ContentType.JSON)
                    .body(World.MINOR).post("/guardians/minors"))),
            entry("GET /guardians/minors", route(401, 200, 200, 200, (w, r) -> r.get("/guardians/minors"))),
            entry("POST /guardians/minors/{minorId}/tokens", route(401, 404, 200, 404,
                    (w, r) -> r.post("/guardians/minors/" + w.minorId + "/tokens"))),
            // Public keys are public; webhooks answer only to their providers' signatures.
            entry("GET /.well-known/jwks.json", route(200, 200, 200, 200, (w, r) -> r.get("/.well-known/jwks.json"))),
            entry("GET /.well-known/openid-configuration", route(200, 200, 200, 200, (w, r) -> r.get("/.well-known/openid-configuration"))),
            entry("POST /webhooks/clerk", route(401, 401, 401, 401, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"type\":\"user.created\",\"data\":{}}").post("/webhooks/clerk"))),
            entry("POST /webhooks/nafath", route(401, 401, 401, 401, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"TransactionId\":\"t\",\"Status\":\"COMPLETED\",\"Password\":\"guess\"}").post("/webhooks/nafath"))),
            entry("POST /webhooks/transcode", route(401, 401, 401, 401, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"eventId\":\"e\",\"jobReference\":\"j\",\"status\":\"FAILED\"}").post("/webhooks/transcode"))),
            // Media: talent and casting upload; an asset is its owner's (and admins'); playback of an
            // asset still awaiting its bytes tells only those two that it is not ready.
            entry("POST /media/uploads", route(401, 201, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"contentType\":\"image/jpeg\",\"sizeBytes\":1000}").post("/media/uploads"))),
            entry("GET /media/{id}", route(401, 404, 200, 200, (w, r) -> r.get("/media/" + w.assetId))),
            // Everyone's media is their own: listed by the token alone, deleted by its owner only (admins take down instead).
            entry("GET /media", route(401, 200, 200, 200, (w, r) -> r.get("/media"))),
            entry("DELETE /media/{id}", route(401, 404, 204, 404, (w, r) -> r.delete("/media/" + w.assetId))),
            entry("GET /media/{id}/playback", route(404, 404, 409, 409, (w, r) -> r.get("/media/" + w.assetId + "/playback"))),
            // Roles for me are matched against one's own profile: the other talent has none.
            entry("GET /me/matches", route(401, 422, 200, 403, (w, r) -> r.get("/me/matches"))),
            entry("POST /admin/matching/reindex", route(401, 403, 403, 202, (w, r) -> r.post("/admin/matching/reindex"))),
            // Ingestion is for admins; the local cloud has no Bedrock chat model, and no draft has this id.
            entry("POST /admin/ingestion/messages", route(401, 403, 403, 202, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"source\":\"web\",\"text\":\"Casting call\"}").post("/admin/ingestion/messages"))),
            entry("GET /admin/ingestion/drafts", route(401, 403, 403, 200, (w, r) -> r.get("/admin/ingestion/drafts"))),
            entry("GET /admin/ai/usage", route(401, 403, 403, 200, (w, r) -> r.get("/admin/ai/usage?days=7"))),
            entry("GET /admin/ingestion/drafts/{draftId}", route(401, 403, 403, 404, (w, r) -> r.get("/admin/ingestion/drafts/" + UUID.randomUUID()))),
            entry("PATCH /admin/ingestion/drafts/{draftId}", route(401, 403, 403, 404, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"city\":\"Leeds\"}").patch("/admin/ingestion/drafts/" + UUID.randomUUID()))),
            entry("POST /admin/ingestion/drafts/{draftId}/approve", route(401, 403, 403, 404,
                    (w, r) -> r.post("/admin/ingestion/drafts/" + UUID.randomUUID() + "/approve"))),
            entry("POST /admin/ingestion/drafts/{draftId}/reject", route(401, 403, 403, 404, (w, r) -> r.contentType(ContentType.JSON)
                    .body("{\"reason\":\"Spam\"}").post("/admin/ingestion/drafts/" + UUID.randomUUID() + "/reject")))));

    static {
        MATRIX.putAll(CastingMatrix.routes());
        MATRIX.putAll(BillingMatrix.routes());
        MATRIX.putAll(TrustMatrix.routes());
        MATRIX.putAll(MessagingMatrix.routes());
        MATRIX.putAll(SavedSearchMatrix.routes());
        MATRIX.putAll(TalentListMatrix.routes());
    }

    /** The demo accounts are made in the background at start. */
    static void demoAdminExists() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType(ContentType.JSON)
                .body(World.credentials(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)).post("/auth/login").statusCode() == 200);
    }

    @Test
    void everyServedRoute_hasARowInTheMatrix() {
        JsonNode openApi = given().accept("application/json").get("/openapi").then().statusCode(200).extract().as(JsonNode.class);
        Set<String> served = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> served.add(method.toUpperCase() + " " + path.getKey())));
        served.remove("GET /health");
        assertThat(new TreeSet<>(MATRIX.keySet())).isEqualTo(served);
    }

    @Test
    void everyCaller_getsExactlyWhatTheMatrixSays() throws Exception {
        demoAdminExists();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        // Each route runs in a world of its own, so three run at once: most of a world is password
        // hashing for its accounts, which one thread leaves the server's second core idle for.
        // The threads see the test's class loader, where Quarkus keeps its configuration.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        java.util.concurrent.ExecutorService worlds = java.util.concurrent.Executors.newFixedThreadPool(3, work -> {
            Thread thread = new Thread(work, "matrix-world");
            thread.setContextClassLoader(loader);
            return thread;
        });
        try {
            List<java.util.concurrent.Future<?>> routes = new ArrayList<>();
            new TreeSet<>(MATRIX.keySet()).forEach(name -> routes.add(worlds.submit(() -> tryRoute(name, wrong))));
            for (java.util.concurrent.Future<?> route : routes) {
                route.get();
            }
        } finally {
            worlds.shutdownNow();
        }
        assertThat(new TreeSet<>(wrong)).as("routes × callers: %d × 4", MATRIX.size()).isEmpty();
    }

    private static void tryRoute(String name, List<String> wrong) {
        Route route = MATRIX.get(name);
        World world = name.startsWith("GET ") ? readWorld() : World.create(name, route.team() || route.expect().other() >= 400);
        if (!name.startsWith("GET ")) {
            furnish(world, name);
        }
        String other = route.team() ? world.castingOtherToken : world.otherToken;
        String owner = route.team() ? world.castingOwnerToken : world.ownerToken;
        check(wrong, name, "anonymous", route.expect().anonymous(), route.call().apply(world, given()));
        check(wrong, name, "admin", route.expect().admin(), route.call().apply(world, given().auth().oauth2(world.adminToken)));
        check(wrong, name, "other", route.expect().other(), route.call().apply(world, given().auth().oauth2(other)));
        check(wrong, name, "owner", route.expect().owner(), route.call().apply(world, given().auth().oauth2(owner)));
    }

    /** What a route's world needs beyond the owner's profile, portfolio item, minor and upload. */
    private static void furnish(World world, String name) {
        if (CastingMatrix.needsCasting(name) || MessagingMatrix.needsConversation(name)) {
            CastingMatrix.castingWorld(world, name);
        }
        if (MessagingMatrix.needsConversation(name)) {
            MessagingMatrix.conversationWorld(world);
        }
        if (SavedSearchMatrix.needsSearches(name)) {
            SavedSearchMatrix.searchWorld(world);
        }
        if (TalentListMatrix.needsList(name)) {
            TalentListMatrix.listWorld(world);
        }
    }

    /**
     * The one world every GET route is tried in, furnished for all of them: a GET changes nothing,
     * so the routes cannot disturb each other's answers (and a GET that did change something would
     * be a defect the other rows would show).
     */
    private static synchronized World readWorld() {
        if (readWorld == null) {
            World world = World.create("GET /", false);
            CastingMatrix.castingWorld(world, "GET /");
            MessagingMatrix.conversationWorld(world);
            SavedSearchMatrix.searchWorld(world);
            TalentListMatrix.listWorld(world);
            readWorld = world;
        }
        return readWorld;
    }

    private static void check(List<String> wrong, String route, String caller, int expected, io.restassured.response.Response actual) {
        if (actual.statusCode() != expected) {
            wrong.add(route + " as " + caller + ": expected " + expected + ", got " + actual.statusCode() + " " + actual.asString());
        }
    }

    /** The people and objects one route is tried against. */
    static final class World {

        static final String PASSWORD = "matrix test passphrase";
        static final String CV = "FILM\nSaltwater (2024) - Lina - Red Sea Films\nLanguages: Arabic (native)";
        static final String MINOR = "{\"displayName\":\"Kit\",\"dateOfBirth\":\"" + java.time.LocalDate.now().minusYears(10)
                + "\",\"consent\":true,\"consentVersion\":\"minors-2026-11\"}";

        String ownerEmail;
        String ownerToken;
        String otherToken;
        String adminToken;
        String profileId;
        String itemId;
        String minorId;
        String assetId;
        // The casting side, made only for the routes that need it (see CastingMatrix).
        String castingOwnerToken;
        String castingOtherToken;
        String projectId;
        String inviteeEmail;
        String roleId;
        String freshRoleId;
        String scriptId;
        String submissionId;
        String shortlistId;
        String selfTapeId;
        java.util.List<String> slotIds;
        // The messaging side (see MessagingMatrix).
        String conversationId;
        String messageId;
        // Saved searches (see SavedSearchMatrix).
        String talentSearchId;
        String roleSearchId;
        // Talent lists (see TalentListMatrix).
        String talentListId;
        String listedProfileId;
        // CV imports: one of the owner's, made by the first route that reads or accepts it (GET routes share a world).
        private String cvImportId;

        synchronized String cvImport() {
            if (cvImportId == null) {
                cvImportId = given().auth().oauth2(ownerToken).contentType("text/plain").body(CV)
                        .post("/talents/me/cv-imports").then().statusCode(201).extract().path("id");
            }
            return cvImportId;
        }

        /** Routes that change the calling account itself: they get an admin of their own. */
        private static final Pattern OWN_ACCOUNT = Pattern.compile("\\w+ /(me|me/erasure|me/exports.*|auth/.*)");
        private static String demoAdmin;
        private static String sharedAdmin;
        private static String sharedOther;

        /**
         * A world for one route. The other talent is shared when the route refuses them (or is a
         * team route, where the other caller is a casting director): a refused call changes
         * nothing, so that talent stays without a profile, media or minors for every world.
         */
        static World create(String route, boolean otherUnchanged) {
            World world = new World();
            world.ownerEmail = register("talent");
            world.ownerToken = login(world.ownerEmail).path("accessToken");
            world.otherToken = otherUnchanged ? sharedOther() : login(register("talent")).path("accessToken");
            world.adminToken = OWN_ACCOUNT.matcher(route).matches() ? newAdmin() : sharedAdmin();
            world.profileId = given().auth().oauth2(world.ownerToken).contentType(ContentType.JSON).body(PROFILE)
                    .post("/talents/me").then().statusCode(201).extract().path("id");
            world.itemId = given().auth().oauth2(world.ownerToken).contentType(ContentType.JSON)
                    .body("{\"kind\":\"HEADSHOT\",\"title\":\"Mine\",\"externalUrl\":\"https://img.example/m.jpg\"}")
                    .post("/talents/me/portfolio").then().statusCode(201).extract().path("id");
            world.minorId = given().auth().oauth2(world.ownerToken).contentType(ContentType.JSON).body(MINOR)
                    .post("/guardians/minors").then().statusCode(201).extract().path("id");
            world.assetId = given().auth().oauth2(world.ownerToken).contentType(ContentType.JSON)
                    .body("{\"contentType\":\"image/png\",\"sizeBytes\":100}").post("/media/uploads")
                    .then().statusCode(201).extract().path("assetId");
            return world;
        }

        /** A talent that is only ever refused (team routes ask another casting director instead). */
        private static synchronized String sharedOther() {
            if (sharedOther == null) {
                sharedOther = login(register("talent")).path("accessToken");
            }
            return sharedOther;
        }

        private static synchronized String sharedAdmin() {
            if (sharedAdmin == null) {
                sharedAdmin = newAdmin();
            }
            return sharedAdmin;
        }

        /** A new admin account, made by the demo admin (whose token is kept), and its access token. */
        static String newAdmin() {
            synchronized (World.class) {
                if (demoAdmin == null) {
                    demoAdmin = given().contentType(ContentType.JSON).body(credentials(DemoAccounts.ADMIN, DemoAccounts.PASSWORD))
                            .post("/auth/login").then().statusCode(200).extract().path("accessToken");
                }
            }
            String adminEmail = newEmail();
            given().auth().oauth2(demoAdmin).contentType(ContentType.JSON)
                    .body("{\"email\":\"" + adminEmail + "\",\"password\":\"" + PASSWORD
                            + "\",\"displayName\":\"Admin\",\"roles\":[\"admin\"],\"dateOfBirth\":\"1980-01-01\"}")
                    .post("/admin/accounts").then().statusCode(201);
            return login(adminEmail).path("accessToken");
        }

        static String newEmail() {
            return "matrix-" + UUID.randomUUID() + "@example.com";
        }

        static String registration(String email) {
            return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                    + "\",\"displayName\":\"Matrix\",\"role\":\"talent\",\"dateOfBirth\":\"1991-03-03\"}";
        }

        static String credentials(String email) {
            return credentials(email, PASSWORD);
        }

        static String credentials(String email, String password) {
            return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        }

        static String register(String role) {
            String email = newEmail();
            given().contentType(ContentType.JSON).body(registration(email).replace("\"talent\"", "\"" + role + "\""))
                    .post("/auth/register").then().statusCode(201);
            return email;
        }

        static io.restassured.response.Response login(String email) {
            return given().contentType(ContentType.JSON).body(credentials(email)).post("/auth/login").then().statusCode(200).extract().response();
        }
    }
}
