package uk.partnership.portal.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one set-up of the tests that use the portal from outside: the WAR Maven built, deployed on Payara Micro over
 * the test PostgreSQL with the demo data, an API client at its address, and a real browser for those that ask.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class PortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    Api api;
    Browser browser;

    @BeforeEach
    void connect() {
        api = new Api(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
