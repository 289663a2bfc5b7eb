package app.slate.messaging.conversation;

import app.slate.casting.reads.ConversationSubjects;
import app.slate.casting.reads.ConversationSubjects.Subject;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opening and finding conversations (owner of {@code conversations} and {@code conversation_reads}).
 * A team opens one with a talent about a submission or an invitation; talent may open one only
 * about their own submission or an invitation they received, never to a team out of the blue, so
 * the channel cannot be used to cold-message casting directors. Opening what exists answers it.
 */
@ApplicationScoped
public class Conversations {

    private static final String INSERT = """
            INSERT INTO conversations (id, project_id, kind, subject_id, talent_id, title, opened_by, created_at, last_message_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now())
            ON CONFLICT (kind, subject_id, talent_id) WHERE kind <> 'TEAM' DO NOTHING
            RETURNING id""";
    private static final String BY_SUBJECT = "SELECT id FROM conversations WHERE kind = $1 AND subject_id = $2 AND talent_id = $3";
    private static final String ONE = "SELECT " + Conversation.COLUMNS + " FROM conversations c WHERE c.id = $1";
    /** Unread: others' messages past the reader's ({@code %1$s}) last read ({@code r}), tombstones aside. */
    private static final String UNREAD = """
            (SELECT count(*) FROM conversation_messages m WHERE m.conversation_id = c.id AND m.seq > COALESCE(r.read_seq, 0)
               AND m.sender_id IS DISTINCT FROM %1$s AND m.deleted_at IS NULL)""";
    private static final String READ_BY = " LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.account_id = %1$s";
    private static final String THEIRS = "FROM conversations c" + READ_BY.formatted("$3") + " WHERE (c.talent_id = $1 OR c.project_id = ANY($2))";
    private static final String PAGE = "SELECT " + Conversation.COLUMNS + ", " + UNREAD.formatted("$3") + " AS unread " + THEIRS
            + " AND c.last_message_at < $4 ORDER BY c.last_message_at DESC, c.id LIMIT $5";
    private static final String UNREAD_TOTAL = "SELECT COALESCE(sum(" + UNREAD.formatted("$3") + "), 0) AS total " + THEIRS;
    private static final String RECEIPTS = """
            SELECT account_id, read_seq, read_at FROM conversation_reads WHERE conversation_id = $1 AND account_id <> $2 ORDER BY account_id""";
    private static final String UNREAD_ONE = "SELECT " + UNREAD.formatted("$2") + " AS unread FROM conversations c"
            + READ_BY.formatted("$2") + " WHERE c.id = $1";

    /** A conversation the caller is in, and their seat in it. */
    public record Reached(Conversation conversation, Seat seat) {
    }

    /** What opening answered: the conversation, and whether this call created it. */
    public record Opened(Conversation conversation, boolean created) {
    }

    private final Pool database;
    private final ConversationSubjects subjects;
    private final Membership membership;

    public Conversations(Pool database, ConversationSubjects subjects, Membership membership) {
        this.database = database;
        this.subjects = subjects;
        this.membership = membership;
    }

    public Uni<Opened> open(Caller caller, OpenRequest request) {
        int named = (request.submissionId() == null ? 0 : 1) + (request.roleId() == null ? 0 : 1) + (request.projectId() == null ? 0 : 1);
        if (named != 1) {
            throw ProblemException.invalid("submissionId", "Name exactly one of submissionId, roleId (an invitation) or projectId (a team thread).");
        }
        if (request.submissionId() != null) {
            return subjects.submission(request.submissionId()).chain(subject -> openWith(caller, ConversationKind.SUBMISSION,
                    request.submissionId(), subject, "No submission has this id."));
        }
        if (request.roleId() != null) {
            String talent = request.talentId() == null ? caller.userId() : request.talentId().toString();
            return subjects.invitation(request.roleId(), talent).chain(subject -> openWith(caller, ConversationKind.INVITATION,
                    request.roleId(), subject, "No invitation to this role for this talent."));
        }
        if (request.title() == null || request.title().isBlank()) {
            throw ProblemException.invalid("title", "A team thread needs a title.");
        }
        return subjects.project(request.projectId()).chain(subject -> {
            if (subject.isEmpty()) {
                throw ProblemException.notFound("No project has this id.");
            }
            return membership.teamAccess(caller, request.projectId()).chain(access -> {
                if (access.isEmpty()) {
                    throw ProblemException.notFound("No project has this id.");
                }
                return insert(caller, ConversationKind.TEAM, subject.get().projectId(), null, null, request.title().strip());
            });
        });
    }

    /** The talent in the subject, or their team, may open it; anyone else is told it does not exist. */
    private Uni<Opened> openWith(Caller caller, ConversationKind kind, UUID subjectId, Optional<Subject> found, String notFound) {
        Optional<UUID> talent = found.flatMap(subject -> accountId(subject.talentId()));
        if (talent.isEmpty()) {
            throw ProblemException.notFound(notFound);
        }
        Subject subject = found.get();
        Uni<Boolean> allowed = talent.get().toString().equals(caller.userId()) ? Uni.createFrom().item(true)
                : membership.teamAccess(caller, subject.projectId()).map(Optional::isPresent);
        return allowed.chain(mayOpen -> {
            if (!mayOpen) {
                throw ProblemException.notFound(notFound);
            }
            return insert(caller, kind, subject.projectId(), subjectId, talent.get(), subject.roleName());
        });
    }

    private Uni<Opened> insert(Caller caller, ConversationKind kind, UUID projectId, UUID subjectId, UUID talentId, String title) {
        Tuple row = Tuple.from(new Object[] {UUID.randomUUID(), projectId, kind.name(), subjectId, talentId, title,
                UUID.fromString(caller.actingPerson())});
        return database.preparedQuery(INSERT).execute(row).chain(inserted -> {
            if (inserted.size() > 0) {
                return one(inserted.iterator().next().getUUID("id")).map(c -> new Opened(c.orElseThrow(), true));
            }
            return database.preparedQuery(BY_SUBJECT).execute(Tuple.of(kind.name(), subjectId, talentId))
                    .chain(existing -> one(existing.iterator().next().getUUID("id")))
                    .map(c -> new Opened(c.orElseThrow(), false));
        });
    }

    public Uni<Optional<Conversation>> one(UUID id) {
        return database.preparedQuery(ONE).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Conversation.of(rows.iterator().next())));
    }

    /** The conversation with the caller's seat; 404 when it does not exist or they are not in it. */
    public Uni<Reached> reach(Caller caller, UUID id) {
        return one(id).chain(found -> {
            if (found.isEmpty()) {
                throw notFound();
            }
            return membership.seat(caller, found.get()).map(seat -> new Reached(found.get(),
                    seat.orElseThrow(Conversations::notFound)));
        });
    }

    /** A page of the caller's conversations, most recent first, before {@code before} (exclusive). */
    public Uni<ConversationList> list(Caller caller, Instant before, int limit) {
        UUID talent = accountId(caller.userId()).orElseThrow(Conversations::notFound);
        UUID reader = UUID.fromString(caller.actingPerson());
        return subjects.projectsOf(caller.userId()).chain(projects -> {
            UUID[] teams = projects.toArray(UUID[]::new);
            Uni<List<ConversationView>> page = database.preparedQuery(PAGE)
                    .execute(Tuple.from(new Object[] {talent, teams, reader, before.atOffset(ZoneOffset.UTC), limit}))
                    .map(rows -> {
                        List<ConversationView> views = new ArrayList<>();
                        rows.forEach(row -> views.add(view(Conversation.of(row), row.getLong("unread"), List.of())));
                        return views;
                    });
            Uni<Long> total = database.preparedQuery(UNREAD_TOTAL).execute(Tuple.of(talent, teams, reader))
                    .map(rows -> rows.iterator().next().getLong("total"));
            return Uni.combine().all().unis(page, total).asTuple().map(both -> new ConversationList(both.getItem1(), both.getItem2(),
                    both.getItem1().size() == limit ? both.getItem1().get(limit - 1).lastMessageAt().toString() : null));
        });
    }

    /** One conversation for a reader: their unread count and the others' read receipts. */
    public Uni<ConversationView> view(Reached reached) {
        Conversation conversation = reached.conversation();
        UUID reader = reached.seat().reader();
        Uni<Long> unread = database.preparedQuery(UNREAD_ONE).execute(Tuple.of(conversation.id(), reader))
                .map(rows -> rows.iterator().next().getLong("unread"));
        Uni<List<ConversationView.ReadReceipt>> receipts = database.preparedQuery(RECEIPTS).execute(Tuple.of(conversation.id(), reader))
                .map(rows -> {
                    List<ConversationView.ReadReceipt> read = new ArrayList<>();
                    for (Row row : rows) {
                        read.add(new ConversationView.ReadReceipt(row.getUUID("account_id"), row.getLong("read_seq"),
                                row.getOffsetDateTime("read_at").toInstant()));
                    }
                    return read;
                });
        return Uni.combine().all().unis(unread, receipts).asTuple().map(both -> view(conversation, both.getItem1(), both.getItem2()));
    }

    private static ConversationView view(Conversation c, long unread, List<ConversationView.ReadReceipt> receipts) {
        return new ConversationView(c.id(), c.kind(), c.projectId(), c.subjectId(), c.talentId(), c.title(), c.createdAt(),
                c.lastMessageAt(), c.lastSeq(), unread, receipts);
    }

    private static Optional<UUID> accountId(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException erased) {
            return Optional.empty();
        }
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No conversation has this id.");
    }
}
