package dev.skillfleet.desktop.core.llm.http;

import okhttp3.HttpUrl;

/** How an address appears in a message: where the server is, never credentials or query strings. */
public final class Addresses {

    private Addresses() {
    }

    /** {@code http://127.0.0.1:8080}: scheme, host and port (the port only when it is not the scheme's default). */
    public static String origin(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        return url.scheme() + "://" + host + (defaultPort ? "" : ":" + url.port());
    }

    /** A typed URL with any {@code user:password@} and query string removed. */
    public static String withoutCredentials(String url) {
        String text = url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query);
    }
}
