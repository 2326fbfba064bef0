package com.strata.system;

import java.util.UUID;

class RewordedMigrationsOnH2Test extends RewordedMigrationsTest {

    RewordedMigrationsOnH2Test() {
        super(new EmptyDatabase() {
            private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

            @Override
            public String url() {
                return url;
            }

            @Override
            public String user() {
                return "sa";
            }

            @Override
            public void drop() {}
        });
    }
}
