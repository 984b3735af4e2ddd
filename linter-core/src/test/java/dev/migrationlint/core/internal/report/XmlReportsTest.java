package dev.migrationlint.core.internal.report;

import dev.migrationlint.core.LintResult;
import dev.migrationlint.core.ReportFormat;
import dev.migrationlint.core.Summary;
import dev.migrationlint.core.spi.Finding;
import dev.migrationlint.core.spi.Level;
import dev.migrationlint.core.spi.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The XML formats parse, their counts add up, and text survives escaping. */
class XmlReportsTest {

    @TempDir
    Path root;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void checkstyleListsActiveFindingsWithMessagesIntact() throws Exception {
        LintResult result = ReportFixture.full(root);

        Document doc = parse(ReportFixture.render(ReportFormat.CHECKSTYLE, result, ReportFixture.options(root)));

        NodeList errors = doc.getElementsByTagName("error");
        assertEquals(result.active().size(), errors.getLength());
        for (int i = 0; i < errors.getLength(); i++) {
            Finding f = result.active().get(i);
            Element error = (Element) errors.item(i);
            assertEquals(f.message().replace('\n', ' '), error.getAttribute("message"));
            assertEquals("migration-lint." + f.ruleId(), error.getAttribute("source"));
        }
        assertEquals(6, doc.getElementsByTagName("file").getLength());
    }

    @Test
    void junitCountsMatchTheTestCases() throws Exception {
        LintResult result = ReportFixture.full(root);

        Document doc = parse(ReportFixture.render(ReportFormat.JUNIT, result, ReportFixture.options(root)));

        Element suites = doc.getDocumentElement();
        assertEquals(doc.getElementsByTagName("testcase").getLength(), Integer.parseInt(suites.getAttribute("tests")));
        assertEquals(result.active().size(), Integer.parseInt(suites.getAttribute("failures")));
        assertEquals(result.active().size(), doc.getElementsByTagName("failure").getLength());
        NodeList suiteList = doc.getElementsByTagName("testsuite");
        for (int i = 0; i < suiteList.getLength(); i++) {
            Element suite = (Element) suiteList.item(i);
            assertEquals(suite.getElementsByTagName("testcase").getLength(),
                    Integer.parseInt(suite.getAttribute("tests")));
            assertEquals(suite.getElementsByTagName("failure").getLength(),
                    Integer.parseInt(suite.getAttribute("failures")));
        }
    }

    @Test
    void charactersXmlCannotCarryAreReplaced() throws Exception {
        Finding odd = new Finding("r", Level.ERROR, "bell\u0007 and \"quotes\" <&>\r\nsecond", "tab\there\rnext",
                "db/V1__x.sql", new Span(0, 3, 1, 1, 1, 4), "f", null);
        LintResult result = new LintResult(List.of(odd), ReportFixture.rules(), List.of(),
                new Summary(1, 1, 0, 1, 1, Map.of(), 5, 0, 0, 0));

        Document checkstyle = parse(ReportFixture.render(ReportFormat.CHECKSTYLE, result, ReportFixture.options(root)));
        Document junit = parse(ReportFixture.render(ReportFormat.JUNIT, result, ReportFixture.options(root)));

        assertEquals("bell\uFFFD and \"quotes\" <&> second",
                ((Element) checkstyle.getElementsByTagName("error").item(0)).getAttribute("message"));
        assertEquals("db/V1__x.sql:1:1: error[r] bell\uFFFD and \"quotes\" <&>\nsecond\nhelp: tab\there\nnext",
                junit.getElementsByTagName("failure").item(0).getTextContent());
    }
}
