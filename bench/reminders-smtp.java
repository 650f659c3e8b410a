// The SMTP server of bench/reminders.sh: GreenMail (greenmail-standalone from Maven Central) on
// 127.0.0.1:<port>, which writes one line per accepted message to <out>: the instant it accepted
// it (epoch ms), its Message-ID and its recipient (appended: a restart on the same port goes on with the same record). Mailboxes are emptied every second so 100,000
// messages do not pile up in memory. Runs until it is stopped (SIGTERM), then flushes.
//
//   java -cp greenmail-standalone.jar bench/reminders-smtp.java PORT OUT
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

public class RemindersSmtp {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var sink = smtp.getUserManager().createUser("sink@bench.redress.example", "sink", "sink");
        smtp.getUserManager().setMessageDeliveryHandler((message, to) -> {
            long at = System.currentTimeMillis();
            String line = at + " " + message.getMessage().getMessageID() + " " + to.getEmail() + "\n";
            synchronized (out) {
                try {
                    out.write(line);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return sink;
        });
        var timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleWithFixedDelay(() -> {
            try {
                synchronized (out) {
                    out.flush();
                }
                smtp.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (out) {
                try {
                    out.flush();
                } catch (java.io.IOException e) {
                    // exiting anyway
                }
            }
        }));
        System.out.println("listening on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }
}
