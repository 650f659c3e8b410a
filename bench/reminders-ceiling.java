// The ceiling of bench/reminders.sh: how many emails per second one JVM hands to the same SMTP
// server with plain SMTP (Jakarta Mail, one connection per thread, kept open), emails of the size
// of a reminder (multipart text + HTML). Prints "ceiling <emails/s> <count> <ms>".
//
//   java -cp greenmail-standalone.jar bench/reminders-ceiling.java PORT COUNT THREADS
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

public class RemindersCeiling {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(props);
        String text = "Response period ended, no response recorded. ".repeat(20);
        AtomicInteger next = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect();
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        int n = i;
                        MimeMessage message = new MimeMessage(session) {
                            @Override
                            protected void updateMessageID() throws jakarta.mail.MessagingException {
                                setHeader("Message-ID", "<ceiling-" + n + "@bench.redress.example>");
                            }
                        };
                        message.setFrom(new InternetAddress("no-reply@redress.local"));
                        InternetAddress to = new InternetAddress("ceiling-" + n + "@bench.redress.example");
                        message.setRecipient(Message.RecipientType.TO, to);
                        message.setSubject("Ceiling " + n);
                        MimeBodyPart plain = new MimeBodyPart();
                        plain.setText(text, "UTF-8");
                        MimeBodyPart html = new MimeBodyPart();
                        html.setContent("<p>" + text + "</p>", "text/html; charset=UTF-8");
                        message.setContent(new MimeMultipart("alternative", plain, html));
                        message.saveChanges();
                        transport.sendMessage(message, new InternetAddress[] { to });
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("ceiling %.0f %d %d%n", count * 1000.0 / Math.max(ms, 1), count, ms);
    }
}
