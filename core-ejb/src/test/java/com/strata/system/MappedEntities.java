package com.strata.system;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/** The entities of core-ejb, found as the server finds them, and Hibernate over a migrated test database. */
public final class MappedEntities {

    private MappedEntities() {}

    /** Every class of core-ejb annotated {@code @Entity}, so a new entity is covered without being listed. */
    public static List<Class<?>> all() throws IOException, URISyntaxException {
        Path classes = Path.of(StrataDataSource.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(classes.getFileSystem().getSeparator(), "."))
                    .<Class<?>>map(MappedEntities::load)
                    .filter(type -> type.isAnnotationPresent(Entity.class))
                    .toList();
        }
    }

    /**
     * Hibernate (the version the server ships) over the database {@code db} is connected to, with every entity
     * mapped; {@code hbm2ddl} is {@code validate} or {@code none}.
     */
    public static SessionFactory sessionFactory(Connection db, String hbm2ddl)
            throws SQLException, IOException, URISyntaxException {
        Configuration configuration = new Configuration();
        all().forEach(configuration::addAnnotatedClass);
        configuration.setProperty(
                AvailableSettings.JAKARTA_JDBC_URL, db.getMetaData().getURL());
        configuration.setProperty(
                AvailableSettings.JAKARTA_JDBC_USER, db.getMetaData().getUserName());
        configuration.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "");
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, hbm2ddl);
        return configuration.buildSessionFactory();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MappedEntities.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
