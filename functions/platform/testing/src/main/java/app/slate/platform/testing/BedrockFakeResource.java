package app.slate.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Points the function under test at a {@link BedrockFake} with a chat model configured, through
 * the real Bedrock client's endpoint override. The credentials are the SDK's own system
 * properties, so requests are really signed.
 */
public class BedrockFakeResource implements QuarkusTestResourceLifecycleManager {

    public static final String CHAT_MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0";
    private static BedrockFake fake;

    public static synchronized BedrockFake fake() {
        if (fake == null) {
            try {
                fake = new BedrockFake();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fake;
    }

    /** The shared fake as a test starts: no calls seen, none to throttle, answering "{}" until told otherwise. */
    public static BedrockFake fresh() {
        BedrockFake bedrock = fake();
        bedrock.calls.clear();
        bedrock.throttleNext.set(0);
        bedrock.converse = prompt -> "{}";
        return bedrock;
    }

    @Override
    public Map<String, String> start() {
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        return Map.of("slate.ai.bedrock.endpoint", fake().endpoint().toString(),
                "slate.ai.bedrock.chat-model", CHAT_MODEL,
                "slate.ai.bedrock.region", "eu-west-2");
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; it goes with the JVM.
    }
}
