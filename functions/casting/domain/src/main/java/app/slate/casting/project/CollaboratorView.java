package app.slate.casting.project;

import app.slate.casting.reads.Access;
import java.time.Instant;

public record CollaboratorView(String email, Access access, String accountId, Instant invitedAt, Instant acceptedAt) {

    static CollaboratorView of(Collaborator c) {
        return new CollaboratorView(c.key.email(), Access.valueOf(c.access), c.accountId, c.invitedAt, c.acceptedAt);
    }
}
