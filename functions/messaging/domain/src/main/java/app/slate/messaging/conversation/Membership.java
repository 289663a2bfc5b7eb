package app.slate.messaging.conversation;

import app.slate.casting.reads.Access;
import app.slate.casting.reads.ConversationSubjects;
import app.slate.casting.reads.TeamAccess;
import app.slate.identity.reads.Accounts;
import app.slate.identity.reads.Guardianship;
import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is in a conversation, decided at every access and never stored: the project's team as
 * casting has it now (a removed collaborator is out at once), and on a talent conversation the
 * talent, whose guardian acts for them while they are a minor. Admins are not in anyone's
 * conversations: moderators read a reported message through its report. On a team's side,
 * writing to talent needs editing rights (viewers read); a team thread is open to the whole team.
 */
@ApplicationScoped
public class Membership {

    private final TeamAccess teams;
    private final ConversationSubjects subjects;
    private final Accounts accounts;

    public Membership(TeamAccess teams, ConversationSubjects subjects, Accounts accounts) {
        this.teams = teams;
        this.subjects = subjects;
        this.accounts = accounts;
    }

    /** The caller's seat, or empty when they are not in it (they are told it does not exist). */
    public Uni<Optional<Seat>> seat(Caller caller, Conversation conversation) {
        UUID reader = UUID.fromString(caller.actingPerson());
        if (conversation.withTalent() && conversation.talentId().toString().equals(caller.userId())) {
            return Uni.createFrom().item(Optional.of(new Seat(Side.TALENT, true, reader)));
        }
        return teamAccess(caller, conversation.projectId()).map(access -> access.map(a -> new Seat(Side.TEAM,
                conversation.kind() == ConversationKind.TEAM || a.allows(Access.EDITOR), reader)));
    }

    /** The caller's access to a project's team, as a member only: an admin's reading right does not make them one. */
    public Uni<Optional<Access>> teamAccess(Caller caller, UUID projectId) {
        return teams.of(new Caller(caller.userId(), Set.of(), null), projectId);
    }

    /** A talent writes only as the guardianship rule allows: a minor through their consenting guardian. */
    public Uni<Void> checkTalentMayWrite(Caller caller, Conversation conversation) {
        return accounts.guardianship(conversation.talentId())
                .invoke(found -> found.ifPresent(guardianship -> guardianship.require(caller, "Messages")))
                .replaceWithVoid();
    }

    /** Everyone in a conversation now, by side: the team; the talent and a minor's guardian (empty in a team thread). */
    public record Participants(List<UUID> team, List<UUID> talentSide) {

        public List<UUID> everyone() {
            Set<UUID> everyone = new LinkedHashSet<>(team);
            everyone.addAll(talentSide);
            return new ArrayList<>(everyone);
        }
    }

    public Uni<Participants> participants(Conversation conversation) {
        Uni<Optional<Guardianship>> guardian = conversation.withTalent()
                ? accounts.guardianship(conversation.talentId()) : Uni.createFrom().item(Optional.empty());
        return subjects.team(conversation.projectId()).chain(members -> guardian.map(guardianship -> {
            List<UUID> team = new ArrayList<>();
            members.forEach(member -> parse(member).ifPresent(team::add));
            List<UUID> talentSide = new ArrayList<>();
            if (conversation.withTalent()) {
                talentSide.add(conversation.talentId());
                guardianship.map(Guardianship::guardianId).ifPresent(talentSide::add);
            }
            return new Participants(team, talentSide);
        }));
    }

    /** Team members are account ids; a tombstone left by an erasure is not. */
    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
