package org.w3id.cityrights.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** The benchmark sends its request loops to this machine only, never to another host. */
final class Loopback {
    private Loopback() {}

    static URI require(String url) {
        URI u = URI.create(url);
        if (!"http".equals(u.getScheme()) || u.getHost() == null) throw new IllegalArgumentException("not an http URL: " + url);
        try {
            if (!InetAddress.getByName(u.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the benchmark only targets loopback addresses, not " + u.getHost());
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + u.getHost());
        }
        return u;
    }
}
