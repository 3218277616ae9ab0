package dev.skillfleet.desktop.core.llm.http;

import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Protocol;

import java.net.InetSocketAddress;
import java.net.Proxy;

/**
 * Remembers whether a call got a connection: a socket timeout before that is a connect timeout, after it a read
 * timeout. The exception alone does not tell them apart reliably.
 */
final class ConnectTracker extends EventListener {

    private volatile boolean connected;

    boolean connected() {
        return connected;
    }

    @Override
    public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
        connected = true;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        connected = true;
    }
}
