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
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Matching at scale against a running local cloud (`./slate run`): a generated population of
 * talent profiles is bulk-indexed into the live talent match index, then, per configuration,
 * <ul>
 *   <li>recall@10 of filtered k-NN (the production query: lucene HNSW with the hard filters
 *       inside it, k=100 as the API asks) against exact brute force under the same filters
 *       (script_score knn_score), and of the graph alone (no filter) against exact;</li>
 *   <li>latency of both, as OpenSearch answers them, and their ratio;</li>
 *   <li>GET /roles/{id}/matches end to end (token check, role and team lookup, weights,
 *       feedback, embedding the draft role, filtered k-NN, nine factors, JSON);</li>
 *   <li>indexing throughput, segments, and the bytes each profile's vector and graph take.</li>
 * </ul>
 *
 * <p><b>Population.</b> By default every profile is embedded with the in-process model (about 100
 * profiles/s on 2 cores; vectors cached under .slate/bench). With {@code --sample S} only the first
 * S profiles are embedded and the rest get vectors generated around them ({@link SyntheticVectors}):
 * what makes a million profiles possible. Profiles and their filterable fields are generated the
 * same way in both modes and streamed into bulk requests, so no population is held in memory.
 *
 * <p><b>Configurations.</b> {@code --variants} lists index configurations (HNSW m and
 * ef_construction, shards, lucene scalar quantization, a force merge, concurrent segment search);
 * {@code --ef-search} the query-time ef_search values tried on each (the index setting, which the
 * API's queries follow too). The API reads the live index by name, so to measure it under a
 * configuration the benchmark rebuilds the live index with that configuration, carrying over the
 * documents that are not the benchmark's (the demo profiles), and at the end rebuilds it again with
 * the production definition (infra/opensearch/matching/talent-matches.json) without the synthetic
 * profiles, unless --keep. Production code and its definition are never changed. The live index is
 * missing for a moment during a rebuild: run the benchmark while nothing else uses the local cloud.
 * A run stopped halfway leaves its profiles behind; the next run rebuilds the index without them.
 *
 * <pre>
 * --profiles 100000      population (ids bench-0 ...)
 * --sample S             embed only the first S profiles and generate the others' vectors around them
 *                        (default: 3000 above 100,000 profiles, otherwise 0: embed every profile)
 * --noise X              noise scale of the generated vectors (default: calibrated, see SyntheticVectors)
 * --isotropic            isotropic Gaussian noise instead of noise shaped like the sample's spread
 * --variants "m=16,efc=128,shards=1;m=32,efc=256,shards=2,merge=1"   also sq (7-bit lucene quantization), css=none|auto|all
 * --ef-search 100,200    query-time ef_search values (the k-NN plugin searches max(k, ef_search) candidates)
 * --bulk-clients 1       concurrent bulk requests while indexing
 * --index-threads N      knn.algo_param.index_thread_qty for the run: threads that build a segment's HNSW graph when
 *                        segments merge (the cluster default is 1 below 32 cores)
 * --queries 100  --requests 500  --warmup 50  --url http://localhost:8080  --data .slate  --keep  --reuse (measure the live index an interrupted run left, without indexing again)
 * </pre>
 */
public class MatchingBenchmark {

    private static final String INDEX = "talent-matches-minilm-l6-v2-384";
    private static final String HOLDING = "bench-talent-matches-holding";
    private static final String DEFINITION = "infra/opensearch/matching/talent-matches.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long SEED = 20261122;
    private static final int BULK = 1000;
    private static final int RADIUS_KM = 50;
    /** What the matching API asks for (slate.matching.candidates). */
    private static final int CANDIDATES = 100;
    private static final String NOT_BENCH = "{\"bool\":{\"must_not\":{\"prefix\":{\"id\":\"bench-\"}}}}";

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

    /** A role query of the recall and latency measurements: its embedding and hard filters. */
    private record RoleQuery(boolean open, String vector, String filter) {
    }

    /** One configuration measured: an index variant at one ef_search. */
    private record Row(Variant variant, int efSearch, int segments, double recall, double worstRecall, double openRecall,
                       double graphRecall, long[] knn, long[] exact, long[] api) {
    }

    public static void main(String[] args) throws Exception {
        long runStarted = System.nanoTime();
        Map<String, String> options = options(args);
        int profiles = Integer.parseInt(options.getOrDefault("profiles", "100000"));
        // Embedding runs at about 100 profiles/s here: beyond 100,000 profiles only a sample is embedded unless told otherwise.
        int sample = Integer.parseInt(options.getOrDefault("sample", profiles > 100_000 ? "3000" : "0"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "100"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "500"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "50"));
        int bulkClients = Integer.parseInt(options.getOrDefault("bulk-clients", "1"));
        String indexThreads = options.get("index-threads");
        List<Integer> efSearches = Arrays.stream(options.getOrDefault("ef-search", "100").split(",")).map(String::trim).map(Integer::valueOf).toList();
        String url = options.getOrDefault("url", "http://localhost:8080");
        Path data = Path.of(options.getOrDefault("data", ".slate"));
        String search = JSON.readTree(data.resolve("standins.json").toFile()).path("endpoints").path("opensearch").asText();
        if (sample < 0 || sample > profiles) {
            throw new IllegalArgumentException("--sample must be at most --profiles");
        }

        LocalMiniLm model = new LocalMiniLm();
        ObjectNode production = productionDefinition(model);
        Variant productionVariant = Variant.of(production);
        List<Variant> variants = options.containsKey("variants")
                ? Arrays.stream(options.get("variants").split(";")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(spec -> Variant.parse(spec, productionVariant)).toList()
                : List.of(productionVariant);

        // 1. Vectors: every profile embedded (or the cache of an earlier run), or a real sample and generated vectors around it.
        int embedded = sample > 0 ? sample : profiles;
        Path cache = data.resolve("bench").resolve("talent-vectors-" + embedded + "-" + model.modelKey() + ".bin");
        double embedPerSecond;
        float[][] real;
        if (Files.exists(cache)) {
            real = readVectors(cache, embedded, model.dimension());
            embedPerSecond = readRate(cache);
            System.out.printf("Vectors of %,d profiles from %s (embedded earlier at %.0f profiles/s)%n", embedded, cache, embedPerSecond);
        } else {
            System.out.printf("Embedding %,d profiles with %s ...%n", embedded, model.modelKey());
            long started = System.nanoTime();
            real = new float[embedded][];
            Population population = new Population();
            for (int from = 0; from < embedded; from += 512) {
                List<String> texts = new ArrayList<>();
                for (int i = from; i < Math.min(embedded, from + 512); i++) {
                    texts.add(ProfileText.of(population.next()));
                }
                List<float[]> batch = model.embedAll(texts);
                for (int j = 0; j < batch.size(); j++) {
                    real[from + j] = batch.get(j);
                }
                if ((from / 512) % 20 == 0) {
                    System.out.printf("  %,d embedded%n", from + texts.size());
                }
            }
            embedPerSecond = embedded / ((System.nanoTime() - started) / 1e9);
            writeVectors(cache, real, embedPerSecond);
        }
        Vectors vectors;
        if (sample > 0) {
            SyntheticVectors synthetic = new SyntheticVectors(real, SEED, options.containsKey("isotropic"));
            synthetic = options.containsKey("noise") ? synthetic.withSigma(Double.parseDouble(options.get("noise"))) : synthetic.calibrated();
            System.out.println(synthetic.describe(profiles));
            vectors = synthetic::vector;
        } else {
            vectors = i -> real[i];
        }

        // 2. The role queries (real embeddings of generated breakdowns) and the API's roles, the same for every configuration.
        List<RoleQuery> roleQueries = new ArrayList<>();
        Random roles = new Random(7);
        for (int q = 0; q < queries; q++) {
            RoleFeatures role = role(roles, q);
            roleQueries.add(new RoleQuery(q % 3 == 0, JSON.writeValueAsString(model.embed(RoleText.of(role))),
                    HardFilters.talentFor(role, RADIUS_KM, List.of()).toJsonString()));
        }
        String casting = login(url, "casting@slate.local", "slate demo password");
        List<String> apiRoles = apiRoles(url, casting);

        if (indexThreads != null) {
            put(search + "/_cluster/settings", "{\"transient\":{\"knn.algo_param.index_thread_qty\":" + Integer.parseInt(indexThreads) + "}}");
        }

        // 3. Each index variant: the live index rebuilt when it differs, the population loaded, then each ef_search measured.
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Set<String>> unfilteredTruth = null;
        int[] admitted = new int[queries];
        for (Variant variant : variants) {
            System.out.printf("%nConfiguration %s%n", variant.label());
            long started = System.nanoTime();
            String merged;
            if (reusable(options, search, variant, productionVariant, profiles)) {
                // --reuse: an earlier run (stopped before its report) left this very population in the live index.
                System.out.println("  --reuse: the live index already holds the benchmark's profiles in this configuration");
                merged = ", reused";
            } else {
                prepare(search, variant, production);
                put(search + "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}");
                index(search, profiles, vectors, bulkClients);
                put(search + "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":" + production.path("settings").path("index").path("refresh_interval") + "}}");
                post(search + "/" + INDEX + "/_refresh", "", Duration.ofMinutes(30));
                merged = String.format(", merges after loading %.0f s", awaitMerges(search));
            }
            double indexSeconds = (System.nanoTime() - started) / 1e9;
            if (variant.segments() > 0) {
                long mergeStarted = System.nanoTime();
                post(search + "/" + INDEX + "/_forcemerge?max_num_segments=" + variant.segments(), "", Duration.ofHours(6));
                post(search + "/" + INDEX + "/_refresh", "", Duration.ofMinutes(30));
                merged += String.format(", force merge to %d segment(s) %.0f s", variant.segments(), (System.nanoTime() - mergeStarted) / 1e9);
            }
            if (variant.concurrentSearch() != null) {
                put(search + "/" + INDEX + "/_settings", "{\"index\":{\"search.concurrent_segment_search.mode\":\"" + variant.concurrentSearch() + "\"}}");
            }
            int segments = JSON.readTree(get(search + "/_cat/segments/" + INDEX + "?format=json")).size();
            String loaded = merged.startsWith(", reused") ? String.format("%,d profiles indexed by an earlier run", profiles)
                    : String.format("indexed %,d profiles in %.0f s (%.0f profiles/s with %d bulk client(s)%s)", profiles, indexSeconds,
                            profiles / indexSeconds, bulkClients, merged);
            String note = String.format("%s: %s; %d segments; %s; %s", variant.label(), loaded, segments, vectorBytes(search), heap(search));
            System.out.println(note);
            notes.add(note);

            if (unfilteredTruth == null) {
                unfilteredTruth = unfilteredTruth(search, roleQueries);
            }
            for (int efSearch : efSearches) {
                put(search + "/" + INDEX + "/_settings", "{\"index\":{\"knn.algo_param.ef_search\":" + efSearch + "}}");
                long measured = System.nanoTime();
                // A fresh token each time: indexing a million profiles outlasts an access token.
                Row row = measure(search, url, login(url, "casting@slate.local", "slate demo password"), apiRoles, variant, efSearch,
                        segments, roleQueries, unfilteredTruth, admitted, requests, warmup);
                rows.add(row);
                System.out.printf("  ef_search %d: recall@10 %.3f, filtered k-NN p50 %s, exact p50 %s, API p50 %s p99 %s (measured in %.0f s)%n",
                        efSearch, row.recall(), ms(percentile(row.knn(), 50)), ms(percentile(row.exact(), 50)),
                        ms(percentile(row.api(), 50)), ms(percentile(row.api(), 99)), (System.nanoTime() - measured) / 1e9);
            }
        }

        if (options.containsKey("keep")) {
            put(search + "/" + INDEX + "/_settings", "{\"index\":{\"knn.algo_param.ef_search\":null}}");
            if (!variants.getLast().equals(productionVariant)) {
                System.out.printf("%n--keep: the live index %s stays as %s, not as production defines it%n", INDEX, variants.getLast().label());
            }
        } else {
            System.out.println("\nRestoring the live index: production definition, without the benchmark's profiles ...");
            rebuild(search, productionVariant, production);
        }
        if (indexThreads != null) {
            put(search + "/_cluster/settings", "{\"transient\":{\"knn.algo_param.index_thread_qty\":null}}");
        }
        report(profiles, sample, queries, requests, admitted, rows, notes, embedPerSecond);
        System.out.printf("- the whole run: %.1f min%n", (System.nanoTime() - runStarted) / 60e9);
    }

    /** With --reuse, the production configuration's live index already holding the benchmark's profiles (beside the demo ones). */
    private static boolean reusable(Map<String, String> options, String search, Variant variant, Variant production, int profiles) throws Exception {
        if (!options.containsKey("reuse") || !variant.equals(production)) {
            return false;
        }
        return JSON.readTree(get(search + "/" + INDEX + "/_count")).path("count").asLong() >= profiles;
    }

    // ---------------------------------------------------------------- measuring

    private static Row measure(String search, String url, String casting, List<String> apiRoles, Variant variant, int efSearch,
                               int segments, List<RoleQuery> roleQueries, List<Set<String>> unfilteredTruth, int[] admitted,
                               int requests, int warmup) throws Exception {
        // Two untimed passes: both queries find the filters' bitsets cached, the vectors in the page cache and their
        // code compiled (with one pass, the first configuration measured was still the slower).
        for (int pass = 0; pass < 2; pass++) {
            for (RoleQuery q : roleQueries) {
                post(search + "/" + INDEX + "/_search", knn(q, CANDIDATES, true));
                post(search + "/" + INDEX + "/_search", exact(q, true));
            }
        }
        List<Double> recall = new ArrayList<>();
        List<Double> openRecall = new ArrayList<>();
        List<Double> graphRecall = new ArrayList<>();
        long[] knnTimes = new long[roleQueries.size()];
        long[] exactTimes = new long[roleQueries.size()];
        for (int q = 0; q < roleQueries.size(); q++) {
            RoleQuery query = roleQueries.get(q);
            long t0 = System.nanoTime();
            JsonNode truth = JSON.readTree(post(search + "/" + INDEX + "/_search", exact(query, true)));
            exactTimes[q] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            JsonNode approximate = JSON.readTree(post(search + "/" + INDEX + "/_search", knn(query, CANDIDATES, true)));
            knnTimes[q] = System.nanoTime() - t0;
            admitted[q] = truth.path("hits").path("total").path("value").asInt();
            // The graph alone: no filter, so lucene cannot fall back to an exact scan of the admitted profiles.
            graphRecall.add(overlap(unfilteredTruth.get(q), ids(JSON.readTree(post(search + "/" + INDEX + "/_search", knn(query, 10, false))))));
            Set<String> expected = ids(truth);
            if (!expected.isEmpty()) {
                double found = overlap(expected, ids(approximate));
                recall.add(found);
                if (query.open()) {
                    openRecall.add(found);
                }
            }
        }
        for (int i = 0; i < warmup; i++) {
            call(url, "GET", "/roles/" + apiRoles.get(i % apiRoles.size()) + "/matches?limit=20", casting, null);
        }
        long[] api = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            String answer = call(url, "GET", "/roles/" + apiRoles.get(i % apiRoles.size()) + "/matches?limit=20", casting, null);
            api[i] = System.nanoTime() - t0;
            if (i < apiRoles.size() && JSON.readTree(answer).path("matches").isEmpty()) {
                throw new IllegalStateException("the API found no match for role " + apiRoles.get(i));
            }
        }
        return new Row(variant, efSearch, segments, mean(recall), recall.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                mean(openRecall), mean(graphRecall), knnTimes, exactTimes, api);
    }

    /** The exact top 10 of each query over the whole population, once: the data is the same under every configuration. */
    private static List<Set<String>> unfilteredTruth(String search, List<RoleQuery> roleQueries) throws Exception {
        System.out.printf("Exact top 10 of %d queries without filters (truth for the graph alone) ...%n", roleQueries.size());
        List<Set<String>> truth = new ArrayList<>();
        for (RoleQuery q : roleQueries) {
            truth.add(ids(JSON.readTree(post(search + "/" + INDEX + "/_search", exact(q, false)))));
        }
        return truth;
    }

    private static String knn(RoleQuery q, int k, boolean filtered) {
        return "{\"size\":10,\"_source\":false,\"query\":{\"knn\":{\"embedding\":{\"vector\":" + q.vector() + ",\"k\":" + k
                + (filtered ? ",\"filter\":" + q.filter() : "") + "}}}}";
    }

    private static String exact(RoleQuery q, boolean filtered) {
        return "{\"size\":10,\"_source\":false,\"track_total_hits\":true,\"query\":{\"script_score\":{\"query\":"
                + (filtered ? q.filter() : "{\"match_all\":{}}")
                + ",\"script\":{\"lang\":\"knn\",\"source\":\"knn_score\",\"params\":{\"field\":\"embedding\",\"query_value\":"
                + q.vector() + ",\"space_type\":\"cosinesimil\"}}}}}";
    }

    /**
     * Draft roles of the demo casting director that the API is asked about in turn: a northern
     * breakdown (few admitted), an open call (any adult in London: many admitted, so the graph
     * answers) and an Arabic-speaking role in Riyadh.
     */
    private static List<String> apiRoles(String url, String casting) throws Exception {
        String project = id(call(url, "POST", "/projects", casting,
                "{\"title\":\"Benchmark Feature\",\"type\":\"FILM\",\"locations\":[],\"union\":\"MIXED\",\"confidential\":false}"));
        String deadline = Instant.now().plus(Duration.ofDays(20)).toString();
        String body = """
                {"name":"%s","kind":"%s","description":"%s","playableAge":{"min":%d,"max":%d},"genders":%s,"ethnicities":[],
                 "languages":%s,"skills":[],"location":{"city":"%s","country":"%s","latitude":%s,"longitude":%s},
                 "pay":{"paid":true,"amount":550,"currency":"GBP","period":"DAY"},"union":"ANY",
                 "shooting":{"from":"2027-05-01","to":"2027-06-15"},"deadline":"%s","visibility":"PUBLIC",
                 "requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}""";
        List<String> ids = new ArrayList<>();
        for (String role : List.of(
                body.formatted("DI Ruth Shaw", "LEAD", "A guarded, funny detective inspector in a northern crime thriller.", 30, 45,
                        "[\"FEMALE\"]", "[\"en\"]", "Manchester", "GB", "53.4808", "-2.2426", deadline),
                body.formatted("Market crowd", "BACKGROUND", "Shoppers and traders in a busy London market for a family comedy.", 18, 80,
                        "[]", "[]", "London", "GB", "51.5072", "-0.1276", deadline),
                body.formatted("Faisal", "SUPPORTING", "A loyal, quiet pilot in a war film set in the desert.", 25, 40,
                        "[\"MALE\"]", "[\"ar\"]", "Riyadh", "SA", "24.7136", "46.6753", deadline))) {
            ids.add(id(call(url, "POST", "/projects/" + project + "/roles", casting, role)));
        }
        return ids;
    }

    // ---------------------------------------------------------------- the index

    /**
     * An index configuration. {@code segments} > 0 force-merges after loading; {@code concurrentSearch}
     * sets index.search.concurrent_segment_search.mode (null: the cluster's default). Both are
     * applied to the loaded index; the rest decide how it is built.
     */
    record Variant(int m, int efConstruction, int shards, boolean quantized, int segments, String concurrentSearch) {

        /** The production definition's HNSW parameters, on the shards it gets by default. */
        static Variant of(ObjectNode definition) {
            JsonNode method = definition.path("mappings").path("properties").path("embedding").path("method");
            return new Variant(method.path("parameters").path("m").asInt(), method.path("parameters").path("ef_construction").asInt(),
                    definition.path("settings").path("index").path("number_of_shards").asInt(1),
                    method.path("parameters").path("encoder").path("name").asText("").equals("sq"), 0, null);
        }

        /** "m=32,efc=256,shards=2,sq,merge=1,css=all": what is not named stays as {@code base}. */
        static Variant parse(String spec, Variant base) {
            Variant v = new Variant(base.m, base.efConstruction, base.shards, base.quantized, 0, null);
            for (String part : spec.split(",")) {
                String[] kv = part.trim().split("=", 2);
                String value = kv.length > 1 ? kv[1].trim() : "";
                v = switch (kv[0].trim()) {
                    case "m" -> new Variant(Integer.parseInt(value), v.efConstruction, v.shards, v.quantized, v.segments, v.concurrentSearch);
                    case "efc" -> new Variant(v.m, Integer.parseInt(value), v.shards, v.quantized, v.segments, v.concurrentSearch);
                    case "shards" -> new Variant(v.m, v.efConstruction, Integer.parseInt(value), v.quantized, v.segments, v.concurrentSearch);
                    case "sq" -> new Variant(v.m, v.efConstruction, v.shards, true, v.segments, v.concurrentSearch);
                    case "merge" -> new Variant(v.m, v.efConstruction, v.shards, v.quantized, Integer.parseInt(value), v.concurrentSearch);
                    case "css" -> new Variant(v.m, v.efConstruction, v.shards, v.quantized, v.segments, value);
                    default -> throw new IllegalArgumentException("unknown variant setting " + part + " in " + spec);
                };
            }
            return v;
        }

        /** The live index as it is: its HNSW parameters and shards. */
        static Variant live(String search) throws Exception {
            JsonNode mapping = JSON.readTree(get(search + "/" + INDEX + "/_mapping")).path(INDEX);
            JsonNode settings = JSON.readTree(get(search + "/" + INDEX + "/_settings")).path(INDEX).path("settings").path("index");
            ObjectNode definition = JSON.createObjectNode();
            definition.set("mappings", mapping.path("mappings"));
            definition.putObject("settings").putObject("index").put("number_of_shards", settings.path("number_of_shards").asInt());
            return of(definition);
        }

        boolean sameIndex(Variant other) {
            return m == other.m && efConstruction == other.efConstruction && shards == other.shards && quantized == other.quantized;
        }

        ObjectNode definition(ObjectNode production) {
            ObjectNode definition = production.deepCopy();
            ObjectNode index = (ObjectNode) definition.path("settings").path("index");
            index.put("number_of_shards", shards).put("number_of_replicas", 0);
            ObjectNode parameters = (ObjectNode) definition.path("mappings").path("properties").path("embedding").path("method").path("parameters");
            parameters.put("m", m).put("ef_construction", efConstruction);
            if (quantized) {
                parameters.putObject("encoder").put("name", "sq").putObject("parameters").put("bits", 7);
            }
            return definition;
        }

        String label() {
            return "m=" + m + " efc=" + efConstruction + " shards=" + shards + (quantized ? " sq7" : "")
                    + (segments > 0 ? " merged=" + segments : "") + (concurrentSearch != null ? " css=" + concurrentSearch : "");
        }
    }

    /** The definition the matching functions create the live index from (MatchIndices): the model's dimension, the model in _meta. */
    private static ObjectNode productionDefinition(LocalMiniLm model) throws IOException {
        ObjectNode definition = (ObjectNode) JSON.readTree(Path.of(DEFINITION).toFile());
        ObjectNode mappings = (ObjectNode) definition.path("mappings");
        ((ObjectNode) mappings.path("properties").path("embedding")).put("dimension", model.dimension());
        mappings.putObject("_meta").put("embeddingModel", model.modelKey());
        return definition;
    }

    /** The live index ready for {@code variant}: created if missing, rebuilt if built otherwise or holding benchmark profiles. */
    private static void prepare(String search, Variant variant, ObjectNode production) throws Exception {
        if (!exists(search, INDEX)) {
            put(search + "/" + INDEX, JSON.writeValueAsString(variant.definition(production)));
            return;
        }
        long bench = JSON.readTree(post(search + "/" + INDEX + "/_count", "{\"query\":{\"prefix\":{\"id\":\"bench-\"}}}")).path("count").asLong();
        if (bench > 0 || !Variant.live(search).sameIndex(variant)) {
            rebuild(search, variant, production);
        }
    }

    /**
     * The live index deleted and created again as {@code variant} defines it, with the documents
     * that are not the benchmark's copied through a holding index (versions kept, as the
     * matching worker wrote them).
     */
    private static void rebuild(String search, Variant variant, ObjectNode production) throws Exception {
        if (exists(search, HOLDING)) {
            delete(search + "/" + HOLDING);
        }
        put(search + "/" + HOLDING, JSON.writeValueAsString(Variant.of(production).definition(production)));
        copy(search, INDEX, HOLDING, NOT_BENCH);
        delete(search + "/" + INDEX);
        put(search + "/" + INDEX, JSON.writeValueAsString(variant.definition(production)));
        long kept = copy(search, HOLDING, INDEX, "{\"match_all\":{}}");
        delete(search + "/" + HOLDING);
        System.out.printf("Live index rebuilt as %s (%d other documents kept)%n", variant.label(), kept);
    }

    private static long copy(String search, String from, String to, String query) throws Exception {
        JsonNode answer = JSON.readTree(post(search + "/_reindex?refresh=true", "{\"source\":{\"index\":\"" + from + "\",\"query\":" + query
                + "},\"dest\":{\"index\":\"" + to + "\",\"version_type\":\"external\"}}", Duration.ofMinutes(30)));
        if (answer.path("failures").size() > 0) {
            throw new IllegalStateException("copying " + from + " to " + to + " failed: " + answer.path("failures"));
        }
        return answer.path("total").asLong();
    }

    /** Streams the population into bulk requests, {@code clients} at a time; each document is built when its request is. */
    private static void index(String search, int profiles, Vectors vectors, int clients) throws Exception {
        System.out.printf("Indexing %,d profiles into %s ...%n", profiles, INDEX);
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        Semaphore inFlight = new Semaphore(clients);
        AtomicReference<Exception> failure = new AtomicReference<>();
        Population population = new Population();
        long started = System.nanoTime();
        try {
            for (int from = 0; from < profiles && failure.get() == null; from += BULK) {
                StringBuilder bulk = new StringBuilder(BULK * 8192);
                for (int i = from; i < Math.min(profiles, from + BULK); i++) {
                    TalentFeatures t = population.next();
                    ObjectNode doc = MatchDocuments.talent(JSON, t, null, vectors.of(i), null);
                    bulk.append("{\"index\":{\"_index\":\"").append(INDEX).append("\",\"_id\":\"").append(t.profileId())
                            .append("\",\"version\":1,\"version_type\":\"external_gte\"}}\n").append(JSON.writeValueAsString(doc)).append('\n');
                }
                String body = bulk.toString();
                inFlight.acquire();
                senders.submit(() -> {
                    try {
                        String answer = post(search + "/_bulk", body, Duration.ofMinutes(10), "application/x-ndjson");
                        if (answer.contains("\"errors\":true")) {
                            throw new IllegalStateException("bulk failed: " + answer.substring(0, Math.min(600, answer.length())));
                        }
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
                int done = Math.min(profiles, from + BULK);
                if (done % 50_000 == 0) {
                    System.out.printf("  %,d sent (%.0f profiles/s)%n", done, done / ((System.nanoTime() - started) / 1e9));
                }
            }
        } finally {
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.HOURS);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /**
     * Bytes per document of the vector files (lucene: .vec raw floats, .vex graph, .veq quantized) and of the whole
     * shard, as the node reports them.
     */
    private static String vectorBytes(String search) throws Exception {
        JsonNode primaries = JSON.readTree(get(search + "/" + INDEX + "/_stats/docs,segments?include_segment_file_sizes=true"))
                .path("indices").path(INDEX).path("primaries");
        double docs = primaries.path("docs").path("count").asDouble();
        JsonNode sizes = primaries.path("segments").path("file_sizes");
        StringBuilder bytes = new StringBuilder("bytes per document:");
        for (String extension : List.of("vec", "vex", "veq")) {
            if (sizes.has(extension)) {
                bytes.append(String.format(" %s %.0f", extension, sizes.path(extension).path("size_in_bytes").asDouble() / docs));
            }
        }
        double all = 0;
        for (JsonNode file : sizes) {
            all += file.path("size_in_bytes").asDouble();
        }
        return bytes.append(String.format(", all files %.0f", all / docs)).toString();
    }

    /** Waits until the merges that loading set off have finished, so that they do not run under the measurements. */
    private static double awaitMerges(String search) throws Exception {
        long started = System.nanoTime();
        while (JSON.readTree(get(search + "/" + INDEX + "/_stats/merge")).path("indices").path(INDEX).path("primaries")
                .path("merges").path("current").asInt() > 0) {
            Thread.sleep(2000);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static String heap(String search) throws Exception {
        JsonNode jvm = JSON.readTree(get(search + "/_nodes/stats/jvm")).path("nodes").elements().next().path("jvm").path("mem");
        return String.format("OpenSearch heap %.0f of %.0f MiB in use", jvm.path("heap_used_in_bytes").asDouble() / (1 << 20),
                jvm.path("heap_max_in_bytes").asDouble() / (1 << 20));
    }

    // ---------------------------------------------------------------- report

    private static void report(int profiles, int sample, int queries, int requests, int[] admitted, List<Row> rows, List<String> notes,
                               double embedPerSecond) {
        double[] share = Arrays.stream(admitted).mapToDouble(a -> 100.0 * a / profiles).sorted().toArray();
        double[] open = IntStream.range(0, admitted.length).filter(q -> q % 3 == 0).mapToDouble(q -> 100.0 * admitted[q] / profiles).toArray();
        System.out.println();
        System.out.printf("Matching benchmark: %,d profiles (%s), %d role queries (filters admit %.1f%%–%.1f%% of profiles, median %.1f%%;"
                        + " open calls, a third, %.0f%%–%.0f%%), %d API requests over 3 roles per configuration%n",
                profiles, sample > 0 ? String.format("%,d embedded, %,d generated around them", sample, profiles - sample) : "all embedded",
                queries, share[0], share[share.length - 1], share[share.length / 2], Arrays.stream(open).min().orElse(Double.NaN),
                Arrays.stream(open).max().orElse(Double.NaN), requests);
        System.out.println("| configuration | ef_search | segments | recall@10 filtered k-NN (worst query) | recall@10 open calls | recall@10 graph alone"
                + " | filtered k-NN p50 / p99 | exact p50 / p99 | exact ÷ k-NN p50 / p99 | GET /roles/{id}/matches p50 / p99 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            long knn50 = percentile(r.knn(), 50);
            long knn99 = percentile(r.knn(), 99);
            long exact50 = percentile(r.exact(), 50);
            long exact99 = percentile(r.exact(), 99);
            System.out.printf("| %s | %d | %d | %.3f (%.1f) | %.3f | %.3f | %s / %s | %s / %s | %.1fx / %.1fx | %s / %s |%n",
                    r.variant().label(), r.efSearch(), r.segments(), r.recall(), r.worstRecall(), r.openRecall(), r.graphRecall(),
                    ms(knn50), ms(knn99), ms(exact50), ms(exact99), (double) exact50 / knn50, (double) exact99 / knn99,
                    ms(percentile(r.api(), 50)), ms(percentile(r.api(), 99)));
        }
        System.out.println();
        notes.forEach(n -> System.out.println("- " + n));
        System.out.printf("- embedding throughput (all-MiniLM-L6-v2, 2 cores): %.0f profiles/s%n", embedPerSecond);
    }

    // ---------------------------------------------------------------- population

    /** The generated population, in order: profile i is the same in every run and mode. */
    private static final class Population {
        private final Random random = new Random(SEED);
        private int next;

        TalentFeatures next() {
            return talent(random, next++);
        }
    }

    @FunctionalInterface
    private interface Vectors {
        float[] of(int profile);
    }

    /**
     * Vectors for a population far larger than can be embedded here: the first S profiles have
     * their real embeddings; every other profile gets one of them as its centroid and the
     * normalised sum {@code centroid + sigma * noise}, where the noise is Gaussian with the
     * covariance of the real sample (a Gaussian mix of 32 centred sample vectors; with
     * --isotropic, spherical) scaled to unit expected length, so that cosine to the centroid is
     * about 1 / sqrt(1 + sigma^2).
     *
     * <p>Sigma is calibrated so that a generated profile is, on average, as close to its centroid
     * as a real profile is to its nearest other real profile in the sample: a generated profile
     * differs from a real one the way two similar real profiles differ from each other. Much less
     * noise gives tight clusters of near-duplicates around S points (an easy graph and an
     * unrealistic candidate list); much more dissolves the clusters into isotropic noise, which in
     * 384 dimensions has no neighbourhood structure at all (every pair near orthogonal), the hardest
     * case for HNSW and unlike any text embedding. Noise shaped like the sample keeps the vectors
     * in the directions real profiles vary in. The filterable fields of a generated profile are
     * generated independently of its centroid's, as for every profile.
     *
     * <p>Each vector depends only on the seed and the profile's number, so any of them can be made
     * again without the others: nothing is cached but the real sample.
     */
    static final class SyntheticVectors {
        private static final int TERMS = 32;
        private static final int PROBES = 2000;

        private final float[][] sample;
        private final double[] mean;
        private final double noiseScale;
        private final long seed;
        private final boolean isotropic;
        private final double nearestNeighbourCosine;
        private double sigma;

        SyntheticVectors(float[][] real, long seed, boolean isotropic) {
            int d = real[0].length;
            this.sample = new float[real.length][];
            this.mean = new double[d];
            for (int i = 0; i < real.length; i++) {
                sample[i] = normalised(real[i]);
                for (int j = 0; j < d; j++) {
                    mean[j] += sample[i][j] / real.length;
                }
            }
            double spread = 0;
            for (float[] v : sample) {
                for (int j = 0; j < d; j++) {
                    spread += (v[j] - mean[j]) * (v[j] - mean[j]) / real.length;
                }
            }
            // Either noise, scaled so, has expected squared length 1: a sum of TERMS centred sample vectors weighted
            // N(0, 1/TERMS) has the sample's spread (its mean squared distance from the mean), d standard normals have d.
            this.noiseScale = isotropic ? 1 / Math.sqrt(d) : 1 / Math.sqrt(spread);
            this.seed = seed;
            this.isotropic = isotropic;
            this.nearestNeighbourCosine = nearestNeighbourCosine(sample);
        }

        /** Sigma as given. */
        SyntheticVectors withSigma(double sigma) {
            this.sigma = sigma;
            return this;
        }

        /** Sigma such that the mean cosine of a generated vector to its centroid is the sample's mean nearest-neighbour cosine. */
        SyntheticVectors calibrated() {
            double low = 0;
            double high = 10;
            for (int step = 0; step < 30; step++) {
                sigma = (low + high) / 2;
                if (meanCosineToCentroid() > nearestNeighbourCosine) {
                    low = sigma;
                } else {
                    high = sigma;
                }
            }
            sigma = (low + high) / 2;
            return this;
        }

        float[] vector(int profile) {
            if (profile < sample.length) {
                return sample[profile];
            }
            SplittableRandom r = random(profile);
            float[] centroid = sample[r.nextInt(sample.length)];
            int d = centroid.length;
            double[] noise = new double[d];
            if (isotropic) {
                for (int j = 0; j < d; j++) {
                    noise[j] = r.nextGaussian();
                }
            } else {
                for (int t = 0; t < TERMS; t++) {
                    float[] other = sample[r.nextInt(sample.length)];
                    double z = r.nextGaussian() / Math.sqrt(TERMS);
                    for (int j = 0; j < d; j++) {
                        noise[j] += z * (other[j] - mean[j]);
                    }
                }
            }
            float[] v = new float[d];
            for (int j = 0; j < d; j++) {
                v[j] = (float) (centroid[j] + sigma * noiseScale * noise[j]);
            }
            return normalised(v);
        }

        /** The centroid a generated profile was made from (the first draw of {@link #vector}). */
        private float[] centroidOf(int profile) {
            return sample[random(profile).nextInt(sample.length)];
        }

        private SplittableRandom random(int profile) {
            return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + profile);
        }

        private double meanCosineToCentroid() {
            double total = 0;
            for (int p = 0; p < PROBES; p++) {
                int profile = sample.length + p;
                total += dot(vector(profile), centroidOf(profile));
            }
            return total / PROBES;
        }

        /** What the generated vectors look like beside the real ones, for the report. */
        String describe(int profiles) {
            int probes = 200;
            int pool = Math.min(profiles, 50_000);
            float[][] first = new float[pool][];
            for (int i = 0; i < pool; i++) {
                first[i] = vector(i);
            }
            double own = 0;
            double nearestCentroid = 0;
            double nearestProfile = 0;
            int ownIsNearest = 0;
            for (int p = 0; p < probes; p++) {
                int profile = sample.length + (int) ((long) p * 7919 % Math.max(1, profiles - sample.length));
                float[] v = vector(profile);
                float[] centroid = centroidOf(profile);
                double best = -1;
                float[] bestCentroid = null;
                for (float[] c : sample) {
                    double cos = dot(v, c);
                    if (cos > best) {
                        best = cos;
                        bestCentroid = c;
                    }
                }
                own += dot(v, centroid);
                nearestCentroid += best;
                ownIsNearest += bestCentroid == centroid ? 1 : 0;
                double bestProfile = -1;
                for (int other = 0; other < pool; other++) {
                    if (other != profile) {
                        bestProfile = Math.max(bestProfile, dot(v, first[other]));
                    }
                }
                nearestProfile += bestProfile;
            }
            return String.format("Generated vectors: %,d real embeddings as centroids, %s noise, sigma %.3f. Mean cosine: real profile to"
                            + " its nearest other real profile %.3f (the calibration target); generated profile to its own centroid %.3f,"
                            + " to the nearest centroid %.3f (its own for %d%%), to its nearest profile among the first %,d %.3f",
                    sample.length, isotropic ? "isotropic" : "sample-shaped", sigma, nearestNeighbourCosine, own / probes,
                    nearestCentroid / probes, 100 * ownIsNearest / probes, pool, nearestProfile / probes);
        }

        private static double nearestNeighbourCosine(float[][] vectors) {
            double total = 0;
            for (int i = 0; i < vectors.length; i++) {
                double best = -1;
                for (int j = 0; j < vectors.length; j++) {
                    if (j != i) {
                        best = Math.max(best, dot(vectors[i], vectors[j]));
                    }
                }
                total += best;
            }
            return total / vectors.length;
        }

        private static float[] normalised(float[] v) {
            double norm = Math.sqrt(dot(v, v));
            float[] unit = new float[v.length];
            for (int j = 0; j < v.length; j++) {
                unit[j] = (float) (v[j] / norm);
            }
            return unit;
        }

        private static double dot(float[] a, float[] b) {
            double sum = 0;
            for (int j = 0; j < a.length; j++) {
                sum += a[j] * b[j];
            }
            return sum;
        }
    }

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

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static boolean exists(String search, String index) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(search + "/" + index)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static String get(String uri) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(5)).GET());
    }

    private static String put(String uri, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String delete(String uri) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(5)).DELETE());
    }

    private static String post(String uri, String body) throws Exception {
        return post(uri, body, Duration.ofMinutes(5));
    }

    private static String post(String uri, String body, Duration timeout) throws Exception {
        return post(uri, body, timeout, "application/json");
    }

    private static String post(String uri, String body, Duration timeout, String contentType) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", contentType).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> answer = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(2000, answer.body().length())));
        }
        return answer.body();
    }

    private static String call(String url, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 429) {
            throw new IllegalStateException(method + " " + path + " answered 429: the per-person limit (30 matches a minute) applies;"
                    + " start the local cloud with SLATE_ACCOUNT_LIMITS_ROLE_MATCHES_REQUESTS=1000000");
        }
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

    private static float[][] readVectors(Path file, int count, int dimension) throws IOException {
        float[][] vectors = new float[count][dimension];
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            in.readDouble();
            for (float[] v : vectors) {
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
            }
        }
        return vectors;
    }

    private static double readRate(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            return in.readDouble();
        }
    }

    private static void writeVectors(Path file, float[][] vectors, double rate) throws IOException {
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
