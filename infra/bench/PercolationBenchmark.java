import app.slate.search.saved.PercolatorIndices;
import app.slate.search.saved.SearchAlerts;
import app.slate.search.saved.SearchKind;
import app.slate.talent.search.TalentQuery;
import app.slate.talent.search.TalentSearch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What percolation costs the search indexer per document it writes, as the number of saved talent
 * searches grows: saved searches are made with Slate's own query builder (TalentSearch.query, from
 * the parameters casting directors use: gender, playable age, country, language, skills, height,
 * hair, experience, text), stored as percolator documents in an index with the saved-search
 * mapping (PercolatorIndices), and the running local cloud's demo profiles are percolated against
 * them with the indexer's own request (paged by SearchAlerts.PAGE). Prints p50/p95/p99 per document
 * and matches per document at each size. Against `./slate run`'s OpenSearch; its index is removed after.
 * `./slate bench percolation [--searches 10000] [--documents 200]`.
 */
public class PercolationBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] COUNTRIES = {"GB", "IE", "US", "CA", "SA", "AE", "IN", "NG", "AU", "DE", "FR", "ES"};
    private static final String[] LANGUAGES = {"en", "ar", "fr", "es", "de", "hi"};
    private static final String[] SKILLS = {"Stage combat", "Horse riding", "Ballet", "Hip hop", "Piano", "Baritone"};
    private static final String[] HAIR = {"BLACK", "BROWN", "BLONDE", "RED", "GREY"};
    private static final String[] EXPERIENCE = {"NEW", "EMERGING", "EXPERIENCED", "VETERAN"};
    private static final String[] WORDS = {"theatre", "television", "drama", "comedy", "musical", "RADA", "film"};

    private static String openSearch;

    public static void main(String[] args) throws Exception {
        int searches = 10_000;
        int documents = 200;
        Path data = Path.of(".slate");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--searches" -> searches = Integer.parseInt(args[i + 1]);
                case "--documents" -> documents = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        openSearch = JSON.readTree(data.resolve("standins.json").toFile()).path("endpoints").path("opensearch").asText();
        List<JsonNode> profiles = new ArrayList<>();
        for (JsonNode hit : http("POST", "/talents/_search", "{\"size\":" + documents + ",\"query\":{\"match_all\":{}}}").path("hits").path("hits")) {
            profiles.add(hit.path("_source"));
        }
        if (profiles.isEmpty()) {
            throw new IllegalStateException("no talent documents: start ./slate run and let its demo data load");
        }
        String index = "bench-percolation-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode body = (ObjectNode) JSON.readTree(PercolatorIndices.body(SearchKind.TALENT));
        body.putObject("settings").put("number_of_replicas", 0);
        http("PUT", "/" + index, body.toString());
        try {
            Random random = new Random(20261203);
            int stored = 0;
            for (int size : new int[] {Math.min(1_000, searches), searches}) {
                StringBuilder bulk = new StringBuilder();
                for (; stored < size; stored++) {
                    String id = UUID.randomUUID().toString();
                    ObjectNode document = JSON.createObjectNode();
                    document.set("query", JSON.readTree(TalentSearch.query(randomSearch(random)).toJsonString()));
                    document.put("searchId", id).put("searchOwner", UUID.randomUUID().toString()).put("searchVersion", 1).put("searchPaused", false);
                    bulk.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(id).append("\"}}\n")
                            .append(document).append('\n');
                    if (bulk.length() > 4_000_000) {
                        bulkLoad(bulk);
                    }
                }
                bulkLoad(bulk);
                http("POST", "/" + index + "/_refresh", null);
                measure(index, size, profiles);
            }
        } finally {
            http("DELETE", "/" + index, null);
        }
    }

    private static void measure(String index, int size, List<JsonNode> profiles) throws Exception {
        for (int i = 0; i < 20; i++) {
            percolate(index, profiles.get(i % profiles.size()));
        }
        long[] nanos = new long[profiles.size()];
        long matches = 0;
        for (int i = 0; i < profiles.size(); i++) {
            long start = System.nanoTime();
            matches += percolate(index, profiles.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%,6d saved searches: percolating one profile p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (n=%d); %.1f matching searches per profile%n",
                size, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                nanos.length, matches / (double) profiles.size());
    }

    /** The indexer's request (SearchAlerts): live searches whose query matches the document, paged by search id. */
    private static int percolate(String index, JsonNode document) throws Exception {
        int found = 0;
        String after = null;
        while (true) {
            ObjectNode request = JSON.createObjectNode().put("size", SearchAlerts.PAGE);
            ObjectNode bool = request.putObject("query").putObject("bool");
            bool.putArray("filter").add(JSON.createObjectNode().set("percolate", JSON.createObjectNode().put("field", "query").set("document", document)))
                    .add(JSON.readTree("{\"term\":{\"searchPaused\":false}}"));
            request.putArray("sort").add("searchId");
            request.putObject("_source").putArray("includes").add("searchId").add("searchVersion");
            if (after != null) {
                request.putArray("search_after").add(after);
            }
            JsonNode hits = http("POST", "/" + index + "/_search", request.toString()).path("hits").path("hits");
            found += hits.size();
            if (hits.size() < SearchAlerts.PAGE) {
                return found;
            }
            after = hits.get(hits.size() - 1).path("sort").get(0).asText();
        }
    }

    /** A casting director's search: two to four of the filters people use, sometimes words. */
    private static TalentQuery randomSearch(Random random) {
        TalentQuery q = new TalentQuery();
        q.radiusKm = 50;
        q.limit = 20;
        int filters = 2 + random.nextInt(3);
        for (int f = 0; f < filters; f++) {
            switch (random.nextInt(9)) {
                case 0 -> q.genders = List.of(random.nextBoolean() ? "FEMALE" : "MALE");
                case 1 -> {
                    q.ageFrom = 18 + random.nextInt(40);
                    q.ageTo = q.ageFrom + 5 + random.nextInt(15);
                }
                case 2 -> q.country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                case 3 -> q.languages = List.of(LANGUAGES[random.nextInt(LANGUAGES.length)]);
                case 4 -> q.skills = List.of(SKILLS[random.nextInt(SKILLS.length)]);
                case 5 -> {
                    q.heightFrom = 150 + random.nextInt(30);
                    q.heightTo = q.heightFrom + 10 + random.nextInt(20);
                }
                case 6 -> q.hairColors = List.of(HAIR[random.nextInt(HAIR.length)]);
                case 7 -> q.experience = List.of(EXPERIENCE[random.nextInt(EXPERIENCE.length)]);
                default -> q.text = WORDS[random.nextInt(WORDS.length)];
            }
        }
        return q;
    }

    private static void bulkLoad(StringBuilder bulk) throws Exception {
        if (bulk.length() == 0) {
            return;
        }
        JsonNode answer = JSON.readTree(send("POST", "/_bulk", bulk.toString(), "application/x-ndjson"));
        if (answer.path("errors").asBoolean()) {
            throw new IllegalStateException("bulk load failed: " + answer.toString().substring(0, 500));
        }
        bulk.setLength(0);
    }

    private static JsonNode http(String method, String path, String body) throws Exception {
        String answer = send(method, path, body, "application/json");
        return answer.isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer);
    }

    private static String send(String method, String path, String body, String type) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(openSearch + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", type)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
