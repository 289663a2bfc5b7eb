package app.slate.local;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.standins.StandInsLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout's rules, read from the sources and poms (no Quarkus, no stand-ins): every table has
 * one owning context, and only that context's code maps or queries it (the others read through
 * what it publishes: casting/reads, talent/reads, media/reads, payments/reads); no function module
 * depends on another function module.
 */
class ArchitectureTest {

    /** Each table and the context (folder under functions/) that owns it. */
    private static final Map<String, String> OWNERS = owners(Map.ofEntries(
            Map.entry("platform", "outbox_events ai_calls ai_answers"),
            Map.entry("identity", "accounts account_tokens account_devices"),
            Map.entry("talent", "talent_profiles portfolio_items cv_imports"),
            Map.entry("media", "media_assets"),
            Map.entry("matching", "match_feedback match_weights"),
            Map.entry("casting", "projects project_collaborators casting_roles role_invitations submissions submission_status_events "
                    + "submission_notes shortlists shortlist_entries self_tape_requests audition_slots "
                    + "talent_lists talent_list_projects talent_list_entries preparation_packs"),
            Map.entry("scripts", "scripts script_role_drafts"),
            Map.entry("ingestion", "ingestion_messages casting_call_drafts"),
            Map.entry("payments", "billing_plans billing_plan_prices billing_subscriptions billing_customers billing_provider_prices billing_checkouts "
                    + "billing_payments billing_refunds"),
            Map.entry("notifications", "notification_contacts notification_preferences notification_deliveries notification_suppressions "
                    + "notification_schedule notification_calendar notification_devices notification_phones notification_lifecycle"),
            Map.entry("trust", "audit_people audit_log audit_anchor consent_purposes consent_records moderation_cases moderation_reports "
                    + "erasure_requests data_exports"),
            Map.entry("messaging", "conversations conversation_messages conversation_reads"),
            Map.entry("search", "saved_searches saved_search_alerts")));

    /** An entity's table, or a table named after an SQL keyword in a query string. */
    private static final Pattern TABLE = Pattern.compile("@Table\\(name\\s*=\\s*\"([a-z_]+)\"|\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_]+)\\b");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate table\\s+([a-z_]+)");
    private static final Pattern DEPENDENCY = Pattern.compile("<artifactId>(slate-[a-z-]+)</artifactId>");

    private static Path functions;
    private static Path repository;

    @BeforeAll
    static void findTheTree() {
        repository = StandInsLauncher.repositoryRoot(Path.of(""));
        functions = repository.resolve("functions");
    }

    @Test
    void everyTableOfTheMigrations_hasOneOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(repository.resolve("infra/migrations/src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(migration));
                while (m.find()) {
                    created.add(m.group(1));
                }
            }
        }
        assertThat(created).isEqualTo(new TreeSet<>(OWNERS.keySet()));
    }

    @Test
    void onlyTheOwningContext_mapsOrQueriesATable() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(functions)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")).toList()) {
                Path relative = functions.relativize(source);
                String context = relative.getName(0).toString();
                if (relative.startsWith("platform/testing")) {
                    continue; // writes rows as their owners write them, for tests of the functions that read them
                }
                Matcher m = TABLE.matcher(Files.readString(source));
                while (m.find()) {
                    String table = m.group(1) != null ? m.group(1) : m.group(2);
                    String owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(context)) {
                        found.add(relative.subpath(0, 2) + "/.../" + source.getFileName() + " reads " + table + " (" + owner + ")");
                    }
                }
            }
        }
        assertThat(found).as("reads of another context's tables (read through what it publishes instead)").isEmpty();
    }

    @Test
    void noFunctionModule_dependsOnAnotherFunctionModule() throws IOException {
        Map<String, Path> functionModules = new TreeMap<>();
        try (Stream<Path> poms = Files.walk(functions, 3)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
                String text = afterParent(Files.readString(pom));
                if (text.contains("<artifactId>quarkus-maven-plugin</artifactId>")) {
                    Matcher own = DEPENDENCY.matcher(text);
                    own.find();
                    functionModules.put(own.group(1), pom);
                }
            }
        }
        assertThat(functionModules).hasSizeGreaterThan(15);
        Map<String, Set<String>> offending = new TreeMap<>();
        for (Map.Entry<String, Path> function : functionModules.entrySet()) {
            Matcher dependency = DEPENDENCY.matcher(afterParent(Files.readString(function.getValue())));
            dependency.find(); // the module's own artifactId
            while (dependency.find()) {
                if (functionModules.containsKey(dependency.group(1))) {
                    offending.computeIfAbsent(function.getKey(), f -> new TreeSet<>()).add(dependency.group(1));
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static String afterParent(String pom) {
        return pom.substring(pom.indexOf("</parent>"));
    }

    private static Map<String, String> owners(Map<String, String> tablesByContext) {
        Map<String, String> owners = new TreeMap<>();
        tablesByContext.forEach((context, tables) -> {
            for (String table : tables.split(" ")) {
                owners.put(table, context);
            }
        });
        return owners;
    }
}
