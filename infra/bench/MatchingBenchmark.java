import app.slate.matching.index.HardFilters;
import app.slate.matching.index.MatchDocuments;
import app.slate.matching.role.RoleFeatures;
import app.slate.matching.role.RoleText;
import app.slate.matching.talent.ProfileText;
import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.ai.embedding.LocalMiniLm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching at scale against a running local cloud (`./slate run`): a generated population of
 * talent profiles is embedded with the in-process model and bulk-indexed into the live talent
 * match index, then
 * <ul>
 *   <li>recall@10 of filtered k-NN (the production query: lucene HNSW with the hard filters
 *       inside it) against exact brute force under the same filters (script_score knn_score);</li>
 *   <li>latency of both, as OpenSearch answers them;</li>
 *   <li>GET /roles/{id}/matches end to end (token check, role and team lookup, weights,
 *       feedback, embedding the draft role, filtered k-NN, nine factors, JSON);</li>
 *   <li>embedding and indexing throughput.</li>
 * </ul>
 * Vectors are cached under .slate/bench, so a rerun skips the embedding. The synthetic profiles
 * (ids bench-*) are deleted at the end unless --keep. Run with `./slate bench matching`.
 *
 * Options: --profiles 100000  --queries 100  --requests 500  --warmup 50  --url http://localhost:8080  --keep
 */
public class MatchingBenchmark {

    private static final String INDEX = "talent-matches-minilm-l6-v2-384";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int BULK = 1000;
    private static final int RADIUS_KM = 50;

    private record City(String name, String country, double lat, double lon) {
    }

    private static final List<City> CITIES = List.of(
            new City("London", "GB", 51.5072, -0.1276), new City("Manchester", "GB", 53.4808, -2.2426),
            new City("Liverpool", "GB", 53.4084, -2.9916), new City("Glasgow", "GB", 55.8642, -4.2518),
            new City("Bristol", "GB", 51.4545, -2.5879), new City("Leeds", "GB", 53.8008, -1.5491),
            new City("Dublin", "IE", 53.3498, -6.2603), new City("Paris", "FR", 48.8566, 2.3522),
            new City("Riyadh", "SA", 24.7136, 46.6753), new City("Jeddah", "SA", 21.4858, 39.1925),
            new City("Dubai", "AE", 25.2048, 55.2708), new City("New York", "US", 40.7128, -74.0060),
            new City("Los Angeles", "US", 34.0522, -118.2437), new City("Toronto", "CA", 43.6532, -79.3832));
    private static final String[] GENDERS = {"FEMALE", "MALE", "NON_BINARY"};
    private static final String[] LANGUAGES = {"en", "ar", "fr", "es", "de", "hi", "it", "pt", "ur", "yo"};
    private static final String[] ACCENTS = {"RP", "Estuary", "Scouse", "Geordie", "Glaswegian", "General American", "Irish", "Najdi", "Hijazi"};
    private static final String[] PROFICIENCY = {"NATIVE", "FLUENT", "CONVERSATIONAL", "BASIC"};
    private static final String[] CREDIT_TYPES = {"FILM", "SERIES", "COMMERCIAL", "THEATRE", "MUSIC_VIDEO", "VOICE", "GAME"};
    private static final String[] SKILLS = {"stage combat", "horse riding", "ballet", "contemporary dance", "singing", "guitar",
            "piano", "fencing", "swimming", "martial arts", "stunt driving", "juggling", "sign language", "improvisation"};
    private static final String[] TYPES = {"detective", "nurse", "teacher", "soldier", "mother", "villain", "lawyer", "chef",
            "journalist", "athlete", "scientist", "pilot", "farmer", "student", "doctor", "con artist", "priest", "singer"};
    private static final String[] TONES = {"period drama", "crime thriller", "romantic comedy", "science fiction", "horror",
            "family comedy", "war film", "legal drama", "musical", "coming-of-age story", "fantasy epic", "political satire"};
    private static final String[] TRAITS = {"guarded", "warm", "ruthless", "funny", "anxious", "charismatic", "quiet",
            "volatile", "loyal", "ambitious", "grieving", "reckless"};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int profiles = Integer.parseInt(options.getOrDefault("profiles", "100000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "100"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "500"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "50"));
        String url = options.getOrDefault("url", "http://localhost:8080");
        Path data = Path.of(options.getOrDefault("data", ".slate"));
        String search = JSON.readTree(data.resolve("standins.json").toFile()).path("endpoints").path("opensearch").asText();

        LocalMiniLm model = new LocalMiniLm();
        Random random = new Random(20261122);
        List<TalentFeatures> population = new ArrayList<>(profiles);
        for (int i = 0; i < profiles; i++) {
            population.add(talent(random, i));
        }

        // 1. Embedding (or the cache of an earlier run), then bulk indexing.
        Path cache = data.resolve("bench").resolve("talent-vectors-" + profiles + "-" + model.modelKey() + ".bin");
        double embedPerSecond;
        List<float[]> vectors;
        if (Files.exists(cache)) {
            vectors = readVectors(cache, profiles, model.dimension());
            embedPerSecond = readRate(cache);
            System.out.printf("Vectors from %s (embedded earlier at %.0f profiles/s)%n", cache, embedPerSecond);
        } else {
            System.out.printf("Embedding %,d profiles with %s ...%n", profiles, model.modelKey());
            long started = System.nanoTime();
            vectors = new ArrayList<>(profiles);
            for (int from = 0; from < profiles; from += 512) {
                List<String> texts = population.subList(from, Math.min(profiles, from + 512)).stream().map(ProfileText::of).toList();
                vectors.addAll(model.embedAll(texts));
                if ((from / 512) % 20 == 0) {
                    System.out.printf("  %,d embedded%n", from + texts.size());
                }
            }
            embedPerSecond = profiles / ((System.nanoTime() - started) / 1e9);
            writeVectors(cache, vectors, embedPerSecond);
        }

        ensureIndex(search);
        System.out.printf("Indexing %,d profiles into %s ...%n", profiles, INDEX);
        long indexStarted = System.nanoTime();
        for (int from = 0; from < profiles; from += BULK) {
            StringBuilder bulk = new StringBuilder();
            for (int i = from; i < Math.min(profiles, from + BULK); i++) {
                TalentFeatures t = population.get(i);
                ObjectNode doc = MatchDocuments.talent(JSON, t, null, vectors.get(i), null);
                bulk.append("{\"index\":{\"_index\":\"").append(INDEX).append("\",\"_id\":\"").append(t.profileId())
                        .append("\",\"version\":1,\"version_type\":\"external_gte\"}}\n").append(JSON.writeValueAsString(doc)).append('\n');
            }
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(search + "/_bulk"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || answer.body().contains("\"errors\":true")) {
                throw new IllegalStateException("bulk failed: " + answer.body().substring(0, Math.min(600, answer.body().length())));
            }
        }
        post(search + "/" + INDEX + "/_refresh", "");
        double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
        double indexPerSecond = profiles / indexSeconds;
        System.out.printf("Indexed in %.1f s%n", indexSeconds);

        // 2. Recall@10 and OpenSearch latency: filtered k-NN against exact brute force, same filters.
        List<Double> recallK10 = new ArrayList<>();
        List<Double> recallK100 = new ArrayList<>();
        List<Double> recallOpenK10 = new ArrayList<>();
        List<Double> recallUnfiltered = new ArrayList<>();
        List<Long> knnTimes = new ArrayList<>();
        List<Long> exactTimes = new ArrayList<>();
        List<Integer> admitted = new ArrayList<>();
        Random roles = new Random(7);
        for (int q = 0; q < queries; q++) {
            RoleFeatures role = role(roles, q);
            float[] vector = model.embed(RoleText.of(role));
            String filter = HardFilters.talentFor(role, RADIUS_KM, List.of()).toJsonString();
            String vectorJson = JSON.writeValueAsString(vector);
            String knn10 = "{\"size\":10,\"_source\":false,\"query\":{\"knn\":{\"embedding\":{\"vector\":" + vectorJson
                    + ",\"k\":10,\"filter\":" + filter + "}}}}";
            String knn100 = "{\"size\":10,\"_source\":false,\"query\":{\"knn\":{\"embedding\":{\"vector\":" + vectorJson
                    + ",\"k\":100,\"filter\":" + filter + "}}}}";
            String exact = "{\"size\":10,\"_source\":false,\"track_total_hits\":true,\"query\":{\"script_score\":{\"query\":" + filter
                    + ",\"script\":{\"lang\":\"knn\",\"source\":\"knn_score\",\"params\":{\"field\":\"embedding\",\"query_value\":"
                    + vectorJson + ",\"space_type\":\"cosinesimil\"}}}}}";
            long t0 = System.nanoTime();
            JsonNode truth = JSON.readTree(post(search + "/" + INDEX + "/_search", exact));
            exactTimes.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            JsonNode approximate = JSON.readTree(post(search + "/" + INDEX + "/_search", knn100));
            knnTimes.add(System.nanoTime() - t0);
            JsonNode approximate10 = JSON.readTree(post(search + "/" + INDEX + "/_search", knn10));
            admitted.add(truth.path("hits").path("total").path("value").asInt());
            // The graph alone: no filter, so lucene cannot fall back to an exact scan.
            Set<String> allExact = ids(JSON.readTree(post(search + "/" + INDEX + "/_search", exact.replace(filter, "{\"match_all\":{}}"))));
            Set<String> allApproximate = ids(JSON.readTree(post(search + "/" + INDEX + "/_search", knn10.replace(",\"filter\":" + filter, ""))));
            recallUnfiltered.add(overlap(allExact, allApproximate));
            Set<String> expected = ids(truth);
            if (expected.isEmpty()) {
                continue;
            }
            recallK100.add(overlap(expected, ids(approximate)));
            recallK10.add(overlap(expected, ids(approximate10)));
            if (q % 3 == 0) {
                recallOpenK10.add(overlap(expected, ids(approximate10)));
            }
        }

        // 3. The API end to end: a draft role of the demo casting director, suggestions asked again and again.
        String casting = login(url, "casting@slate.local", "slate demo password");
        String project = id(call(url, "POST", "/projects", casting,
                "{\"title\":\"Benchmark Feature\",\"type\":\"FILM\",\"locations\":[],\"union\":\"MIXED\",\"confidential\":false}"));
        String roleId = id(call(url, "POST", "/projects/" + project + "/roles", casting, """
                {"name":"DI Ruth Shaw","kind":"LEAD","description":"A guarded, funny detective inspector in a northern crime thriller.",
                 "playableAge":{"min":30,"max":45},"genders":["FEMALE"],"ethnicities":[],"languages":["en"],"skills":[],
                 "location":{"city":"Manchester","country":"GB","latitude":53.4808,"longitude":-2.2426},
                 "pay":{"paid":true,"amount":550,"currency":"GBP","period":"DAY"},"union":"ANY",
                 "shooting":{"from":"2027-05-01","to":"2027-06-15"},"deadline":"%s","visibility":"PUBLIC",
                 "requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}""".formatted(Instant.now().plus(Duration.ofDays(20)))));
        for (int i = 0; i < warmup; i++) {
            call(url, "GET", "/roles/" + roleId + "/matches?limit=20", casting, null);
        }
        long[] api = new long[requests];
        String last = "";
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            last = call(url, "GET", "/roles/" + roleId + "/matches?limit=20", casting, null);
            api[i] = System.nanoTime() - t0;
        }
        int returned = JSON.readTree(last).path("matches").size();

        if (!options.containsKey("keep")) {
            post(search + "/" + INDEX + "/_delete_by_query?conflicts=proceed&refresh=true", "{\"query\":{\"prefix\":{\"id\":\"bench-\"}}}");
        }

        double[] share = admitted.stream().mapToDouble(a -> 100.0 * a / profiles).sorted().toArray();
        System.out.println();
        System.out.printf("Matching benchmark: %,d profiles, %d role queries (filters admit %.1f%%–%.1f%% of profiles, median %.1f%%), %d API requests%n",
                profiles, queries, share[0], share[share.length - 1], share[share.length / 2], requests);
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf("| recall@10, filtered k-NN (k=100, as the API asks) vs exact | %.3f |%n", mean(recallK100));
        System.out.printf("| recall@10, filtered k-NN (k=10) vs exact | %.3f (worst query %.1f) |%n", mean(recallK10),
                recallK10.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN));
        System.out.printf("| recall@10, k=10, open calls only (filters admit %.0f%%–%.0f%%) | %.3f |%n",
                openShare(admitted, profiles, true), openShare(admitted, profiles, false), mean(recallOpenK10));
        System.out.printf("| recall@10, unfiltered k-NN (k=10, the HNSW graph alone) vs exact | %.3f |%n", mean(recallUnfiltered));
        System.out.printf("| filtered k-NN in OpenSearch, p50 / p99 | %s / %s |%n", ms(percentile(knnTimes, 50)), ms(percentile(knnTimes, 99)));
        System.out.printf("| exact brute force in OpenSearch (same filters), p50 / p99 | %s / %s |%n", ms(percentile(exactTimes, 50)), ms(percentile(exactTimes, 99)));
        System.out.printf("| GET /roles/{id}/matches end to end (limit 20, %d returned), p50 / p99 | %s / %s |%n", returned,
                ms(percentile(api, 50)), ms(percentile(api, 99)));
        System.out.printf("| embedding throughput (all-MiniLM-L6-v2, 2 cores) | %.0f profiles/s |%n", embedPerSecond);
        System.out.printf("| bulk indexing throughput (1,000 per request, HNSW build included) | %.0f profiles/s |%n", indexPerSecond);
        System.out.printf("| embed + index, end to end | %.0f profiles/s |%n", 1 / (1 / embedPerSecond + 1 / indexPerSecond));
    }

    // ---------------------------------------------------------------- population

    private static TalentFeatures talent(Random r, int n) {
        City city = CITIES.get(r.nextInt(CITIES.size()));
        int min = 16 + r.nextInt(50);
        int max = min + 4 + r.nextInt(12);
        List<TalentFeatures.Language> languages = new ArrayList<>();
        languages.add(new TalentFeatures.Language(city.country().equals("SA") || city.country().equals("AE") ? "ar"
                : city.country().equals("FR") ? "fr" : "en", "NATIVE", r.nextInt(3) == 0 ? List.of(pick(r, ACCENTS)) : List.of()));
        for (int i = r.nextInt(3); i > 0; i--) {
            String code = pick(r, LANGUAGES);
            if (languages.stream().noneMatch(l -> l.code().equals(code))) {
                languages.add(new TalentFeatures.Language(code, pick(r, PROFICIENCY), List.of()));
            }
        }
        List<TalentFeatures.Work> credits = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            credits.add(new TalentFeatures.Work(pick(r, TRAITS) + " " + pick(r, TYPES), "the " + pick(r, TYPES),
                    2005 + r.nextInt(21), pick(r, CREDIT_TYPES)));
        }
        List<TalentFeatures.Window> calendar = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            LocalDate from = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(300));
            calendar.add(new TalentFeatures.Window(from, from.plusDays(3 + r.nextInt(30)), "UNAVAILABLE"));
        }
        List<TalentFeatures.Honour> awards = r.nextInt(10) == 0
                ? List.of(new TalentFeatures.Honour("Festival prize", 2010 + r.nextInt(16), null, r.nextBoolean())) : List.of();
        List<String> dreams = r.nextInt(3) == 0 ? List.of("a " + pick(r, TRAITS) + " " + pick(r, TYPES) + " in a " + pick(r, TONES)) : List.of();
        String bio = "A " + pick(r, TRAITS) + " performer known for " + pick(r, TONES) + " and " + pick(r, TONES)
                + ", often cast as a " + pick(r, TYPES) + ".";
        List<TalentFeatures.Authorization> permits = new ArrayList<>(List.of(new TalentFeatures.Authorization(city.country(), "CITIZEN")));
        if (r.nextInt(5) == 0) {
            permits.add(new TalentFeatures.Authorization(pick(r, new String[] {"GB", "US", "SA", "AE", "FR"}), r.nextBoolean() ? "WORK_VISA" : "NEEDS_SPONSORSHIP"));
        }
        return new TalentFeatures("bench-" + n, "bench-owner-" + n, 1, "Bench Talent " + n, min, max, pick(r, GENDERS),
                150 + r.nextInt(50), null, city.name(), null, city.country(), city.lat() + r.nextGaussian() * 0.1,
                city.lon() + r.nextGaussian() * 0.1, r.nextInt(10) < 4, null, languages,
                List.of(pick(r, SKILLS), pick(r, SKILLS)), r.nextInt(3) == 0 ? "MEMBER" : "NON_UNION", permits, calendar,
                r.nextBoolean() ? new TalentFeatures.Salary((150 + r.nextInt(700)) * 100L, "GBP", "DAY") : null, credits,
                r.nextInt(25), r.nextInt(40), awards, dreams, bio, null);
    }

    /**
     * A third of the roles are open calls (any adult, no gender, language, union or dates named), so
     * that the filters admit a large share of the population and the HNSW graph, not an exact scan
     * of a few admitted documents, answers; the rest are ordinary breakdowns.
     */
    private static RoleFeatures role(Random r, int n) {
        City city = CITIES.get(r.nextInt(CITIES.size()));
        boolean open = n % 3 == 0;
        int min = open ? 18 : 18 + r.nextInt(45);
        List<String> languages = open || r.nextInt(4) == 0 ? List.of() : List.of(city.country().equals("SA") || city.country().equals("AE") ? "ar"
                : city.country().equals("FR") ? "fr" : "en");
        List<String> genders = open || r.nextInt(3) == 0 ? List.of() : List.of(pick(r, GENDERS));
        boolean dated = !open && r.nextBoolean();
        LocalDate from = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(300));
        String type = pick(r, TYPES);
        return new RoleFeatures("bench-role-" + n, "bench-project", 1, true, Instant.parse("2030-01-01T00:00:00Z"),
                "The " + type, r.nextBoolean() ? "LEAD" : "SUPPORTING",
                "A " + pick(r, TRAITS) + " " + type + " in a " + pick(r, TONES) + ".", "Bench", "FILM", min, open ? 80 : min + 5 + r.nextInt(15),
                genders, languages, List.of(), List.of(), city.name(), city.country(), city.lat(), city.lon(), true,
                new BigDecimal(200 + r.nextInt(600)), "GBP", "DAY", !open && r.nextInt(5) == 0 ? "UNION_ONLY" : "ANY",
                dated ? from : null, dated ? from.plusDays(10 + r.nextInt(40)) : null);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    // ---------------------------------------------------------------- plumbing

    /** The live index, created as the functions create it (infra/opensearch/matching) when no request has yet. */
    private static void ensureIndex(String search) throws Exception {
        if (HTTP.send(HttpRequest.newBuilder(URI.create(search + "/" + INDEX)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
        }
        ObjectNode definition = (ObjectNode) JSON.readTree(Path.of("infra/opensearch/matching/talent-matches.json").toFile());
        ((ObjectNode) definition.path("mappings")).putObject("_meta").put("embeddingModel", "minilm-l6-v2-384");
        HTTP.send(HttpRequest.newBuilder(URI.create(search + "/" + INDEX)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(definition))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The smallest or largest share of profiles an open call's filters admit. */
    private static double openShare(List<Integer> admitted, int profiles, boolean smallest) {
        var shares = java.util.stream.IntStream.range(0, admitted.size()).filter(q -> q % 3 == 0)
                .mapToDouble(q -> 100.0 * admitted.get(q) / profiles);
        return smallest ? shares.min().orElse(Double.NaN) : shares.max().orElse(Double.NaN);
    }

    private static Set<String> ids(JsonNode answer) {
        Set<String> ids = new HashSet<>();
        answer.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText()));
        return ids;
    }

    private static double overlap(Set<String> expected, Set<String> found) {
        long hit = found.stream().filter(expected::contains).count();
        return (double) hit / expected.size();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static long percentile(List<Long> values, int p) {
        return percentile(values.stream().mapToLong(Long::longValue).toArray(), p);
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static String post(String uri, String body) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String call(String url, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String login(String url, String email, String password) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + answer.body());
        }
        return token.group(1);
    }

    private static String id(String body) {
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return id.group(1);
    }

    private static List<float[]> readVectors(Path file, int count, int dimension) throws IOException {
        List<float[]> vectors = new ArrayList<>(count);
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            in.readDouble();
            for (int i = 0; i < count; i++) {
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
                vectors.add(v);
            }
        }
        return vectors;
    }

    private static double readRate(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            return in.readDouble();
        }
    }

    private static void writeVectors(Path file, List<float[]> vectors, double rate) throws IOException {
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            out.writeDouble(rate);
            for (float[] v : vectors) {
                for (float f : v) {
                    out.writeFloat(f);
                }
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                options.put(args[i].substring(2), flag ? "" : args[++i]);
            }
        }
        return options;
    }
}
