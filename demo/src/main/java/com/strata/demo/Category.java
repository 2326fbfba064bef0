package com.strata.demo;

import java.util.List;

/**
 * What a purchase was for, with its typical margin rate and how its order values compare with the customer's usual
 * order (a laptop costs more than a book). Persons buy consumer categories, companies business ones.
 */
record Category(String name, double marginRate, double priceFactor) {

    static final List<Category> CONSUMER = List.of(
            new Category("Electronics", 0.12, 3.0),
            new Category("Apparel", 0.45, 0.8),
            new Category("Home & Kitchen", 0.35, 1.0),
            new Category("Beauty", 0.55, 0.6),
            new Category("Groceries", 0.18, 0.3),
            new Category("Sports & Outdoors", 0.38, 1.0),
            new Category("Books", 0.25, 0.2),
            new Category("Mother & Baby", 0.32, 0.7));

    static final List<Category> BUSINESS = List.of(
            new Category("Office Supplies", 0.22, 0.3),
            new Category("IT Hardware", 0.10, 3.0),
            new Category("Software Licences", 0.70, 2.0),
            new Category("Industrial Parts", 0.28, 1.5),
            new Category("Maintenance Services", 0.45, 1.0),
            new Category("Packaging", 0.20, 0.6),
            new Category("Training", 0.60, 0.8));
}
