package app.slate.local.boot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The X-Ray daemon as a function's recorder sees it: a UDP port (AWS_XRAY_DAEMON_ADDRESS) taking
 * one document a datagram, a header line {@code {"format":"json","version":1}} and then a segment
 * or subsegment. It keeps what it receives so a test can read a trace back.
 */
final class XRayDaemon implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatagramSocket socket;
    private final List<JsonNode> documents = new CopyOnWriteArrayList<>();

    XRayDaemon() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofPlatform().daemon().name("xray-daemon").start(this::receive);
    }

    /** host:port, as AWS_XRAY_DAEMON_ADDRESS gives it to the recorder. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** The documents of {@code traceId} received so far, waiting up to {@code patience} for one that {@code wanted} matches. */
    List<JsonNode> trace(String traceId, Predicate<JsonNode> wanted, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until && of(traceId).stream().noneMatch(wanted)) {
            Thread.sleep(100);
        }
        return of(traceId);
    }

    private List<JsonNode> of(String traceId) {
        return documents.stream().filter(d -> d.path("trace_id").asText().equals(traceId)).toList();
    }

    private void receive() {
        byte[] buffer = new byte[64 * 1024];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                String datagram = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                int body = datagram.indexOf('\n');
                JsonNode header = JSON.readTree(datagram.substring(0, body));
                if (header.path("format").asText().equals("json")) {
                    documents.add(JSON.readTree(datagram.substring(body + 1)));
                }
            } catch (IOException | RuntimeException e) {
                if (socket.isClosed()) {
                    return;
                }
                // A datagram that is not a daemon document is dropped, as the daemon drops it.
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
