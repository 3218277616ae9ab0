package dev.skillfleet.desktop.core.llm;

import dev.skillfleet.desktop.core.assistant.CancelToken;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A server that cannot be reached: refused, unknown host, connect timeout; all without leaving the machine. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConnectionFailureTest {

    private static ModelException streamFailure(ModelClient client, Endpoint endpoint) {
        return catchThrowableOfType(ModelException.class, () -> client.stream(endpoint,
                ChatRequest.of(List.of(new ChatMessage("user", "hi"))), new Recorder(), new CancelToken()));
    }

    /** A loopback port nothing listens on (it was free a moment ago). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void connectionRefusedSaysNothingIsListening() throws Exception {
        int port = freePort();
        Endpoint endpoint = Endpoint.of(Provider.OPENAI, "http://127.0.0.1:" + port + "/v1", "m");

        ModelException e = streamFailure(new ModelClient(), endpoint);

        assertThat(e.kind()).isEqualTo(ModelException.Kind.CONNECTION_REFUSED);
        assertThat(e.unreachable()).isTrue();
        assertThat(e.getMessage()).isEqualTo("Nothing is listening at http://127.0.0.1:" + port
                + " (connection refused). Is the server running? You can switch to the built-in offline engine.");
    }

    @Test
    void connectionRefusedForListingsAndTestsToo() throws Exception {
        int port = freePort();
        ModelClient client = new ModelClient();

        for (Provider provider : List.of(Provider.OPENAI, Provider.OLLAMA)) {
            Endpoint endpoint = Endpoint.of(provider, "http://127.0.0.1:" + port, "m");
            assertThat(catchThrowableOfType(ModelException.class, () -> client.listModels(endpoint)).kind())
                    .isEqualTo(ModelException.Kind.CONNECTION_REFUSED);
        }
        Endpoint skillFleet = Endpoint.of(Provider.SKILLFLEET, "http://127.0.0.1:" + port, "");
        assertThat(catchThrowableOfType(ModelException.class, () -> client.testConnection(skillFleet)).kind())
                .isEqualTo(ModelException.Kind.CONNECTION_REFUSED);
    }

    @Test
    void unknownHostNamesTheHost() {
        // The lookup fails in-process: no query leaves the machine.
        ModelClient client = new ModelClient(new OkHttpClient.Builder()
                .dns(host -> {
                    throw new UnknownHostException(host);
                }).build());
        Endpoint endpoint = Endpoint.of(Provider.OLLAMA, "http://models.example.invalid:11434", "qwen3");

        ModelException e = streamFailure(client, endpoint);

        assertThat(e.kind()).isEqualTo(ModelException.Kind.UNKNOWN_HOST);
        assertThat(e.unreachable()).isTrue();
        assertThat(e.getMessage()).startsWith("Unknown host \"models.example.invalid\"");
    }

    @Test
    void connectTimeoutSaysSo() {
        // A socket whose connect times out, as a black-holed address would, without touching the network.
        SocketFactory blackHole = new SocketFactory() {
            @Override
            public Socket createSocket() {
                return new Socket() {
                    @Override
                    public void connect(SocketAddress endpoint, int timeout) throws IOException {
                        throw new SocketTimeoutException("Connect timed out");
                    }
                };
            }

            @Override
            public Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
                throw new UnsupportedOperationException();
            }
        };
        ModelClient client = new ModelClient(new OkHttpClient.Builder().socketFactory(blackHole).build());
        Endpoint endpoint = Endpoint.of(Provider.SKILLFLEET, "http://127.0.0.1:8000", "")
                .withConnectTimeout(Duration.ofSeconds(3));

        ModelException e = streamFailure(client, endpoint);

        assertThat(e.kind()).isEqualTo(ModelException.Kind.CONNECT_TIMEOUT);
        assertThat(e.unreachable()).isTrue();
        assertThat(e.getMessage()).startsWith("No connection to http://127.0.0.1:8000 within 3 s (connect timeout).");
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefusedBeforeAnyCall() {
        ModelException e = streamFailure(new ModelClient(), Endpoint.of(Provider.OPENAI, "ftp://user:pw@host/v1", "m"));

        assertThat(e.kind()).isEqualTo(ModelException.Kind.PROTOCOL);
        assertThat(e.getMessage()).contains("not an http:// or https:// address").doesNotContain("pw");
    }
}
