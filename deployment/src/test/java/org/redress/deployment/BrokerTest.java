package org.redress.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redress.deployment.RedressChart.Values;
import org.redress.testsupport.RedressRoot;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The broker the ArtemisCloud operator runs has the addresses and durable queues of the local
 * broker (deploy/artemis/addresses.xml), keeps its journal on a volume, never creates or deletes a
 * queue by itself, and lets Redress in only with the user of a Secret.
 */
class BrokerTest {

    private static final Pattern QUEUE_PROPERTY = Pattern.compile(
            "addressConfigurations\\.\"?([^\".]+)\"?\\.queueConfigs\\.\"([^\"]+)\"\\.(\\w+)=(.*)");

    @ParameterizedTest
    @EnumSource(Values.class)
    void hasEveryAddressAndDurableMulticastQueueOfTheLocalBroker(Values values) {
        Map<String, Set<String>> local = localAddresses();
        List<String> properties = brokerProperties(RedressChart.render(values));

        assertThat(local).as("deploy/artemis/addresses.xml").isNotEmpty();
        local.forEach((address, queues) -> {
            assertThat(properties).contains("addressConfigurations." + address + ".routingTypes=MULTICAST");
            for (String queue : queues) {
                String prefix = "addressConfigurations." + address + ".queueConfigs.\"" + queue + "\".";
                assertThat(properties).contains(
                        prefix + "address=" + address,
                        prefix + "routingType=MULTICAST",
                        prefix + "durable=true",
                        prefix + "autoDelete=false");
            }
        });
        assertThat(configuredQueues(properties)).as("no queue the local broker lacks").isEqualTo(local);
    }

    /**
     * A durable queue without a consumer keeps every message sent to its address for ever (the
     * broker pages it to disk and never lets go), and a consumer without its queue gets nothing.
     */
    @Test
    void everyQueueHasAConsumingServiceAndEveryConsumerItsQueue() throws IOException {
        Pattern incoming = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.address=([^:\\s]+)::(\\S+)");
        Map<String, Set<String>> consumed = new TreeMap<>();
        for (String service : RedressChart.SERVICES) {
            for (String line : Files.readAllLines(RedressRoot.path().resolve(service + "/src/main/resources/application.properties"))) {
                Matcher matcher = incoming.matcher(line.strip());
                if (matcher.matches()) {
                    assertThat(matcher.group(2)).as("the queue's name starts with its service's").startsWith(
                            service.replace("-service", "") + ".");
                    consumed.computeIfAbsent(matcher.group(1), address -> new TreeSet<>()).add(matcher.group(2));
                }
            }
        }

        assertThat(consumed).as("the services' incoming channels").isNotEmpty();
        assertThat(localAddresses()).as("deploy/artemis/addresses.xml against the services' consumers").isEqualTo(consumed);
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void neverCreatesNorDeletesAnAddressOrQueueByItself(Values values) {
        List<String> properties = brokerProperties(RedressChart.render(values));

        assertThat(properties).contains(
                "addressSettings.\"#\".autoCreateAddresses=false",
                "addressSettings.\"#\".autoCreateQueues=false",
                "addressSettings.\"#\".autoDeleteAddresses=false",
                "addressSettings.\"#\".autoDeleteQueues=false");
        assertThat(properties).noneMatch(p -> p.matches("addressSettings\\..*\\.autoDelete(Queues|Addresses)=true"));
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void keepsItsJournalOnAVolumeAndAcceptsAmqpOnPort5672(Values values) {
        Rendering rendering = RedressChart.render(values);
        GenericKubernetesResource broker = broker(rendering);

        assertThat(broker.<Object>get("spec", "deploymentPlan", "persistenceEnabled")).isEqualTo(true);
        assertThat(broker.<Object>get("spec", "deploymentPlan", "size")).isEqualTo(values == Values.DEFAULTS ? 1 : 2);
        assertThat(broker.<Object>get("spec", "deploymentPlan", "storage", "size")).isNotNull();
        StrictKubernetes.convert(broker.get("spec", "deploymentPlan", "resources"), ResourceRequirements.class);
        assertThat(broker.<List<Map<String, Object>>>get("spec", "acceptors")).singleElement().satisfies(acceptor -> {
            assertThat(acceptor).containsEntry("port", 5672).containsEntry("protocols", "AMQP");
            assertThat(acceptor.get("expose")).isNotEqualTo(true);
        });
        for (String service : RedressChart.SERVICES) {
            assertThat(rendering.settingsOf(service))
                    .containsEntry("REDRESS_AMQP_HOST", broker.getMetadata().getName() + "-hdls-svc")
                    .containsEntry("REDRESS_AMQP_PORT", "5672");
        }
    }

    @ParameterizedTest
    @EnumSource(Values.class)
    void requiresALoginAndLetsTheRedressRoleOnlySendAndConsume(Values values) {
        Rendering rendering = RedressChart.render(values);
        GenericKubernetesResource broker = broker(rendering);
        ExistingSecrets secrets = ExistingSecrets.forRendering(rendering);

        assertThat(broker.<Object>get("spec", "deploymentPlan", "requireLogin")).isEqualTo(true);
        assertThat(broker.<Object>get("spec", "adminPassword")).as("no password in the chart").isNull();
        assertThat(broker.<List<String>>get("spec", "deploymentPlan", "extraMounts", "secrets"))
                .singleElement()
                .satisfies(secret -> {
                    assertThat(secret).endsWith("-jaas-config");
                    assertThat(secrets.keys(secret)).contains("login.config", "users.properties", "roles.properties");
                });
        assertThat(brokerProperties(rendering).stream().filter(p -> p.startsWith("securityRoles.")))
                .containsExactlyInAnyOrder("securityRoles.\"#\".redress.send=true", "securityRoles.\"#\".redress.consume=true");
        assertThat(RedressRoot.path().resolve("deploy/kubernetes/broker/login.config"))
                .content().contains("users.properties", "roles.properties", "/home/jboss/amq-broker/etc");
    }

    private static GenericKubernetesResource broker(Rendering rendering) {
        GenericKubernetesResource broker = rendering.theOnly("broker.amq.io/v1beta1", "ActiveMQArtemis");
        assertThat(broker.getMetadata().getName()).isEqualTo("redress-broker");
        return broker;
    }

    static List<String> brokerProperties(Rendering rendering) {
        List<String> properties = broker(rendering).get("spec", "brokerProperties");
        assertThat(properties).allSatisfy(p -> assertThat(p).matches("[^=\\s]+=\\S.*"));
        return properties;
    }

    /** address -> queues configured by the broker properties. */
    private static Map<String, Set<String>> configuredQueues(List<String> properties) {
        Map<String, Set<String>> queues = new TreeMap<>();
        for (String property : properties) {
            Matcher matcher = QUEUE_PROPERTY.matcher(property);
            if (matcher.matches()) {
                queues.computeIfAbsent(matcher.group(1), a -> new TreeSet<>()).add(matcher.group(2));
            }
        }
        return queues;
    }

    /** address -> its durable multicast queues, from deploy/artemis/addresses.xml (a fragment of broker.xml). */
    static Map<String, Set<String>> localAddresses() {
        Element root;
        try {
            String fragment = Files.readString(RedressRoot.path().resolve("deploy/artemis/addresses.xml"));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<addresses>" + fragment + "</addresses>")))
                    .getDocumentElement();
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read deploy/artemis/addresses.xml", e);
        }
        Map<String, Set<String>> addresses = new TreeMap<>();
        for (Element address : children(root, "address")) {
            List<Element> multicast = children(address, "multicast");
            assertThat(children(address, "anycast")).as("anycast in %s", address.getAttribute("name")).isEmpty();
            assertThat(multicast).hasSize(1);
            Set<String> queues = new TreeSet<>();
            for (Element queue : children(multicast.get(0), "queue")) {
                assertThat(children(queue, "durable")).singleElement()
                        .satisfies(durable -> assertThat(durable.getTextContent().strip()).isEqualTo("true"));
                queues.add(queue.getAttribute("name"));
            }
            addresses.put(address.getAttribute("name"), queues);
        }
        return addresses;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
