package dev.skillfleet.desktop.core.assistant;

/** A custom handler found by ServiceLoader from the test class path: answers "/echo X" with "X". */
public final class EchoHandler implements IntentHandler {

    @Override
    public boolean canHandle(TurnRequest request) {
        return request.message().startsWith("/echo");
    }

    @Override
    public void handle(TurnRequest request, TurnOutput out) {
        out.thinking("echoing\n");
        out.response(request.message().substring("/echo".length()).strip());
    }
}
