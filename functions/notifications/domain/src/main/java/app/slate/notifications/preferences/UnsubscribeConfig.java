package app.slate.notifications.preferences;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The secret one-click unsubscribe links are signed with (Secrets Manager in AWS). */
@ConfigMapping(prefix = "slate.unsubscribe")
public interface UnsubscribeConfig {

    String secret();

    /** The one {@link UnsubscribeLinks}, for the worker that signs and the API that reads. */
    @ApplicationScoped
    class Links {

        @Produces
        @ApplicationScoped
        UnsubscribeLinks links(UnsubscribeConfig config) {
            return new UnsubscribeLinks(config.secret());
        }
    }
}
