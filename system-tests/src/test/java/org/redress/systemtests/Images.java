package org.redress.systemtests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.redress.testsupport.ChildProcess;
import org.redress.testsupport.RedressRoot;

/**
 * The services' container images, built once per test run by deploy/containers/build.sh (from the
 * packaged target/quarkus-app folders; the base image is rebuilt only when its inputs change), and run
 * under Podman the way deploy/compose runs them, but on the host's network.
 */
final class Images {

    /** The tag deploy/containers/build.sh gives the images it builds. */
    static final String TAG = "0.1.0";

    private static boolean built;

    private Images() {
    }

    static synchronized void ensureBuilt() {
        if (built) {
            return;
        }
        Path root = RedressRoot.path();
        ChildProcess.run("build images", List.of("bash", root.resolve("deploy/containers/build.sh").toString()), root,
                Map.of(), Path.of("target/images-build.log").toAbsolutePath());
        built = true;
    }

    /** {@code podman run} of the module's image in the foreground, with {@code env} as its environment. */
    static List<String> runCommand(String module, String containerName, Map<String, String> env) {
        ensureBuilt();
        List<String> command = new ArrayList<>(List.of("podman", "run", "--rm", "--name", containerName,
                "--network", "host", "--memory", "384m", "--cpus", "1"));
        env.forEach((name, value) -> command.addAll(List.of("--env", name + "=" + value)));
        command.add("localhost/redress/" + module + ":" + TAG);
        return command;
    }

    /** SIGKILL to the container's processes, as a crash of its node would: nothing ends gracefully. */
    static void kill(String containerName) {
        ChildProcess.run("podman kill", List.of("podman", "kill", "--signal", "KILL", containerName),
                RedressRoot.path(), Map.of(), Path.of("target/podman-kill.log").toAbsolutePath());
    }
}
