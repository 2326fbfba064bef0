package com.strata.demo;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the contacts of a company customer (persons have none): more for bigger companies, each name once per
 * company, with a title, a mobile number and a company e-mail address, some of them missing as in real CRM data.
 */
final class ContactRows {

    static final String[] HEADER = {"customer_code", "name", "title", "phone", "email"};

    private static final String[] CHINESE_TITLES = {"采购经理", "总经理", "财务总监", "行政主管", "IT 经理", "项目经理"};
    private static final String[] ENGLISH_TITLES = {
        "Purchasing Manager", "General Manager", "CFO", "Office Manager", "IT Director", "Project Lead"
    };
    private static final String[] MOBILE_PREFIXES = {"138", "139", "136", "150", "158", "186", "188", "199"};

    private ContactRows() {}

    /** Writes the rows and returns how many. */
    static int write(CustomerProfile customer, DemoRandom random, CsvRowWriter out) throws IOException {
        if (!customer.company()) {
            return 0;
        }
        int wanted = CompanySizes.contacts(customer.size(), random);
        Set<String> names = new HashSet<>();
        for (int attempt = 0; names.size() < wanted && attempt < 4 * wanted; attempt++) {
            PersonNames.PersonName person = PersonNames.draw(random, customer.englishContacts() ? 0.7 : 0.1);
            if (!names.add(person.display())) {
                continue;
            }
            out.text(customer.code())
                    .text(person.display())
                    .text(random.pick(customer.englishContacts() ? ENGLISH_TITLES : CHINESE_TITLES));
            if (random.chance(0.9)) {
                out.text("+86 " + random.pick(MOBILE_PREFIXES) + " " + digits(random, 4) + " " + digits(random, 4));
            } else {
                out.empty();
            }
            if (random.chance(0.85)) {
                out.text(person.mailbox() + "@" + customer.mailDomain());
            } else {
                out.empty();
            }
            out.endRow();
        }
        return names.size();
    }

    private static String digits(DemoRandom random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
