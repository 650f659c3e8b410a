package org.redress.deployment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.redress.testsupport.RedressRoot;

/**
 * The podman command line (Podman 4.3 as root here, DESIGN.md "Containers and Kubernetes, seen
 * here"), each command run to completion with its output (stdout and stderr together).
 */
final class Podman {

    /** What a finished command printed and how it exited. */
    record Result(int exitCode, String output) {

        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private Podman() {
    }

    /**
     * Builds the service images with deploy/containers/build.sh; fails with the script's output.
     * The script waits for a shared lock on the Maven build lock, which the Maven build running this
     * test holds: it is told of no lock, or it would wait for its own caller. (The reactor has packaged
     * the services before this module, and no other Maven build runs while this one holds the lock.)
     */
    static void buildImages(List<String> services) {
        List<String> command = new ArrayList<>(List.of("bash", "deploy/containers/build.sh"));
        command.addAll(services);
        Path noLock = Path.of("target/no-build-lock-inside-maven").toAbsolutePath();
        Result build = execute(command, Map.of("REDRESS_BUILD_LOCK", noLock.toString()), null, 5);
        if (!build.succeeded()) {
            throw new AssertionError("deploy/containers/build.sh failed (exit " + build.exitCode() + "):\n" + build.output());
        }
    }

    /** Runs {@code podman args...}; fails with its output unless it exits with 0. */
    static String run(String... args) {
        return runWithInput(null, args);
    }

    /** Runs {@code podman args...} with {@code input} on its standard input (e.g. {@code secret create NAME -}). */
    static String runWithInput(String input, String... args) {
        Result result = attempt(input, args);
        if (!result.succeeded()) {
            throw new AssertionError("podman " + String.join(" ", args) + " failed (exit " + result.exitCode() + "):\n"
                    + result.output());
        }
        return result.output();
    }

    /** Runs {@code podman args...} and reports how it went, whatever the exit code. */
    static Result attempt(String... args) {
        return attempt(null, args);
    }

    /** A command inside a running container, as the container's user. */
    static Result exec(String container, String... command) {
        List<String> args = new ArrayList<>(List.of("exec", container));
        args.addAll(List.of(command));
        return attempt(args.toArray(String[]::new));
    }

    private static Result attempt(String input, String... args) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(args));
        return execute(command, Map.of(), input, 3);
    }

    private static Result execute(List<String> command, Map<String, String> env, String input, int timeoutMinutes) {
        Path root = RedressRoot.path();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutMinutes + " min");
            }
            return new Result(process.exitValue(), output.join().strip());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output lost: " + e.getMessage() + ")";
        }
    }
}
