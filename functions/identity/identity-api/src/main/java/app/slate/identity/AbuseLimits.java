package app.slate.identity;

import app.slate.platform.ratelimit.RateLimiter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How hard register and login may be hammered, and how a guessed-at account locks. */
@ConfigMapping(prefix = "slate.identity.limits")
public interface AbuseLimits {

    @WithDefault("20")
    int registerPerIp();

    @WithDefault("PT1H")
    Duration registerWindow();

    @WithDefault("60")
    int loginPerIp();

    @WithDefault("20")
    int loginPerAccount();

    @WithDefault("PT5M")
    Duration loginWindow();

    /** Failed logins in a row before the account locks; each further failure doubles the lock. */
    @WithDefault("5")
    int failuresBeforeLockout();

    @WithDefault("PT30S")
    Duration firstLockout();

    @WithDefault("PT1H")
    Duration longestLockout();

    default RateLimiter.Limit registerByIp() {
        return new RateLimiter.Limit("register-ip", registerPerIp(), registerWindow());
    }

    default RateLimiter.Limit loginByIp() {
        return new RateLimiter.Limit("login-ip", loginPerIp(), loginWindow());
    }

    default RateLimiter.Limit loginByAccount() {
        return new RateLimiter.Limit("login-account", loginPerAccount(), loginWindow());
    }
}
