package app.slate.local.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The X-Ray daemon as a function's recorder sees it: a UDP port (AWS_XRAY_DAEMON_ADDRESS) taking
 * one document a datagram, a header line {@code {"format":"json","version":1}} and then a segment
 * or subsegment. It keeps the latest documents it receives, and the segments the Lambda service
 * would send for each invocation ({@link #invocation}), so a trace can be read back.
 */
public final class XRayDaemon implements AutoCloseable {

    private static final int KEPT = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatagramSocket socket;
    private final Deque<JsonNode> documents = new ArrayDeque<>();

    public XRayDaemon() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofPlatform().daemon().name("xray-daemon").start(this::receive);
    }

    /** host:port, as AWS_XRAY_DAEMON_ADDRESS gives it to the recorder. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** The documents of {@code traceId} received so far, waiting up to {@code patience} for one that {@code wanted} matches. */
    public List<JsonNode> trace(String traceId, Predicate<JsonNode> wanted, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until && of(traceId).stream().noneMatch(wanted)) {
            Thread.sleep(100);
        }
        return of(traceId);
    }

    /** The documents of {@code traceId}, in the order they started. */
    public synchronized List<JsonNode> of(String traceId) {
        return documents.stream().filter(d -> d.path("trace_id").asText().equals(traceId))
                .sorted(Comparator.comparingDouble(d -> d.path("start_time").asDouble())).toList();
    }

    /**
     * The segment the Lambda service sends for one invocation of {@code function} (the recorder in
     * the function sends only its subsegments, under this segment's id).
     */
    public void invocation(String function, String traceId, String segmentId, String requestId, Instant start, Instant end, boolean failed) {
        ObjectNode segment = JSON.createObjectNode().put("name", function).put("id", segmentId).put("trace_id", traceId)
                .put("origin", "AWS::Lambda::Function").put("start_time", seconds(start)).put("end_time", seconds(end));
        segment.putObject("aws").put("request_id", requestId);
        if (failed) {
            segment.put("fault", true);
        }
        keep(segment);
    }

    private static double seconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    private synchronized void keep(JsonNode document) {
        documents.addLast(document);
        while (documents.size() > KEPT) {
            documents.pollFirst();
        }
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
                    keep(JSON.readTree(datagram.substring(body + 1)));
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
