package org.w3id.cityrights.workbench;

import java.nio.file.Path;

import org.w3id.cityrights.http.ServerConfig;
import org.w3id.cityrights.store.Store;
import org.w3id.cityrights.support.TestServer;

/** Starts the real server on a free port with chosen workbench settings (catalogue folder, permalink folder, limits). */
public final class WorkbenchServer {
    private WorkbenchServer() {}

    public static TestServer start(Store store, WorkbenchSettings settings) {
        return new TestServer(store, ServerConfig.local(0), settings);
    }

    public static WorkbenchSettings settings(Path permalinkDir) {
        return WorkbenchSettings.temporary().withPermalinkDir(permalinkDir);
    }
}
