package app.slate.standins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * What a payment provider's stand-in (Stripe, Moyasar) is made of besides its API: an HTTP server on
 * the loopback interface, and its test account kept in a file every second and at the end, so that
 * a restart finds the account's objects again.
 */
public abstract class ProviderStandIn implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProviderStandIn.class);

    private final String name;
    private final HttpServer server;
    private final ScheduledExecutorService saver;

    protected ProviderStandIn(String name, int port) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.saver = Executors.newSingleThreadScheduledExecutor(HttpAnswers.daemons(name + "-account"));
    }

    /** Starts answering requests and keeping the account; called once the subclass is built. */
    protected final void serve() {
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        saver.scheduleWithFixedDelay(this::keep, 1, 1, TimeUnit.SECONDS);
    }

    public final String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    protected abstract void handle(HttpExchange exchange);

    /** Writes the account to its file (when something changed). */
    protected abstract void save() throws IOException;

    /** Stops what sends the provider's webhooks. */
    protected abstract void stopSending();

    private void keep() {
        try {
            save();
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "The %s stand-in could not keep its account", name);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        saver.shutdownNow();
        keep();
        stopSending();
    }
}
