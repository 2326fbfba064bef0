package com.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.strata.system.HealthReport;
import com.strata.system.SystemHealth;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class HealthResourceTest {

    @Test
    void answers503WhenTheDatabaseCannotBeReached() {
        HealthReport down = HealthReport.unreachable("Connection refused");

        Response response = new HealthResource(reporting(down)).health();

        assertEquals(503, response.getStatus());
        assertSame(down, response.getEntity());
    }

    @Test
    void answers200WithTheMigrationVersionWhenTheDatabaseIsUp() {
        HealthReport up = HealthReport.reachable("PostgreSQL", "15.19", "3");

        Response response = new HealthResource(reporting(up)).health();

        assertEquals(200, response.getStatus());
        assertEquals("3", ((HealthReport) response.getEntity()).migrationVersion());
    }

    @Test
    void aBusyPoolIsNotDownForALoadBalancer() {
        HealthReport busy = HealthReport.poolBusy("IJ000655: No managed connections available");

        Response response = new HealthResource(reporting(busy)).health();

        assertEquals(200, response.getStatus());
        assertSame(busy, response.getEntity());
    }

    private static SystemHealth reporting(HealthReport report) {
        return new SystemHealth() {
            @Override
            public HealthReport check() {
                return report;
            }
        };
    }
}
