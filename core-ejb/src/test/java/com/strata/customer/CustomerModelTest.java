package com.strata.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.imports.ImportRun;
import com.strata.runs.MigratedDatabases;
import com.strata.system.MappedEntities;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The entities are a true model of the migrated tables, so the customer pages can read and write the base through
 * them: Hibernate validates every entity against the schema the migrations build, and a customer written through
 * the entities reads back with its contacts and purchases. A subclass per database says which.
 */
abstract class CustomerModelTest {

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;

    CustomerModelTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void migrate() throws SQLException {
        db = database.create();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
        database.drop();
    }

    @Test
    void everyEntityMatchesTheMigratedSchema() throws Exception {
        assertTrue(MappedEntities.all()
                .containsAll(
                        List.of(Customer.class, Contact.class, Purchase.class, Interaction.class, ImportRun.class)));
        try (SessionFactory validated = MappedEntities.sessionFactory(db, "validate")) {
            assertTrue(validated.isOpen());
        }
    }

    @Test
    void aCustomerWrittenThroughTheEntitiesReadsBackWithItsContactsAndPurchases() throws Exception {
        try (SessionFactory entities = MappedEntities.sessionFactory(db, "none")) {
            entities.inTransaction(session -> {
                Customer customer = new Customer("C1", "上海华东机械有限公司", CustomerKind.COMPANY, CustomerStatus.ACTIVE);
                session.persist(customer);
                session.persist(new Contact(customer, "Wang Fang"));
                session.persist(new Contact(customer, "Li Lei"));
                session.persist(new Purchase("SO-1", customer, LocalDate.of(2026, 3, 1), new BigDecimal("12.50")));
                session.persist(new Purchase("SO-2", customer, LocalDate.of(2026, 1, 5), new BigDecimal("-3.00")));
                session.persist(new Interaction("IX-1", customer, InteractionType.COMPLAINT, LocalDate.of(2026, 3, 2)));
            });

            entities.inSession(session -> {
                Customer customer = session.createQuery("from Customer where code = 'C1'", Customer.class)
                        .getSingleResult();
                assertEquals("上海华东机械有限公司", customer.getName());
                assertEquals(
                        List.of("Li Lei", "Wang Fang"),
                        customer.getContacts().stream().map(Contact::getName).toList());
                List<Purchase> purchases = session.createQuery(
                                "from Purchase where customer = :customer order by purchaseDate", Purchase.class)
                        .setParameter("customer", customer)
                        .getResultList();
                assertEquals(
                        List.of("SO-2 -3.00 true", "SO-1 12.50 false"),
                        purchases.stream()
                                .map(p -> p.getOrderRef() + " " + p.getAmount() + " " + p.isReturn())
                                .toList());
                Interaction complaint = session.createQuery("from Interaction", Interaction.class)
                        .getSingleResult();
                assertEquals("C1", complaint.getCustomer().getCode());
            });
        }
        // Stored as the importer stores them, so imported rows and entity-written rows are alike.
        assertEquals(
                List.of("C1 COMPANY ACTIVE"), MigratedDatabases.rows(db, "SELECT code, kind, status FROM customer"));
    }
}
