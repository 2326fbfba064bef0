package com.strata.demo;

import com.strata.customer.Ownership;
import com.strata.customer.SizeBand;
import java.util.List;

/** Draws each customer's profile from its own random stream. */
final class CustomerProfiles {

    private static final double COMPANY_SHARE = 0.3;
    private static final double PERSON_MEDIAN_ORDER = 180;
    private static final double COMPANY_MEDIAN_ORDER = 900;
    /** Log-scale spread of customers' median order values around their kind's median. */
    private static final double CUSTOMER_SPREAD = 0.6;
    /** Repeat rates vary between customers as a Gamma; shape 2 gives a Pareto-like base, not one of a few giants. */
    private static final double RATE_SHAPE = 2.0;
    /** Stopped buying at least this long ago and marked inactive in the CRM by someone, sometimes. */
    private static final int INACTIVE_AFTER_DAYS = 540;
    /**
     * This customer's name was typed with a leading "=", as happens in spreadsheets the CRM imports from: a name a
     * spreadsheet would run as a formula, so every export shows on the demo base that it neutralises such text.
     */
    static final long FORMULA_NAMED = 41;

    private final HistoryCalendar calendar;
    private final List<String> accountManagers;
    private final double baseRate;

    CustomerProfiles(HistoryCalendar calendar, List<String> accountManagers, double purchasesPerCustomer) {
        this.calendar = calendar;
        this.accountManagers = accountManagers;
        this.baseRate = PurchaseRate.perYear(purchasesPerCustomer, calendar);
    }

    CustomerProfile draw(long index, DemoRandom random) {
        String number = number(index);
        Lifecycle lifecycle = Lifecycle.draw(random, calendar);
        Regions.City city = Regions.draw(random);
        boolean company = random.chance(COMPANY_SHARE);
        double repeatRate = baseRate * lifecycle.pattern().relativeRate() * random.gammaMeanOne(RATE_SHAPE);
        double loyalty = lifecycle.pattern() == BuyingPattern.LOYAL ? 1.3 : 1.0;
        double satisfaction = satisfaction(random, lifecycle.pattern());
        boolean active = lifecycle.pattern() != BuyingPattern.CHURNED
                || calendar.asOfDay() - lifecycle.lastActiveDay() < INACTIVE_AFTER_DAYS
                || random.chance(0.4);
        String manager = random.pick(accountManagers);
        String acquisition = Channels.acquisition(random, company);
        String usualChannel = Channels.sales(random, company);
        if (!company) {
            PersonNames.PersonName person = PersonNames.draw(random, 0.2);
            return new CustomerProfile(
                    number,
                    typed(index, person.display()),
                    false,
                    null,
                    null,
                    null,
                    null,
                    false,
                    city.value(),
                    acquisition,
                    lifecycle,
                    active,
                    manager,
                    random.pick(Category.CONSUMER),
                    usualChannel,
                    random.logNormal(PERSON_MEDIAN_ORDER * loyalty, CUSTOMER_SPREAD),
                    repeatRate,
                    satisfaction);
        }
        Industry industry = Industry.draw(random);
        SizeBand size = CompanySizes.draw(random);
        Ownership ownership = Ownerships.draw(random, industry, size);
        CompanyNames.CompanyName name = CompanyNames.draw(random, industry, ownership, city);
        double median =
                random.logNormal(COMPANY_MEDIAN_ORDER * CompanySizes.orderSizeFactor(size) * loyalty, CUSTOMER_SPREAD);
        return new CustomerProfile(
                number,
                typed(index, name.display()),
                true,
                industry,
                size,
                ownership,
                name.domain(),
                name.english(),
                city.value(),
                acquisition,
                lifecycle,
                active,
                manager,
                random.pick(Category.BUSINESS),
                usualChannel,
                median,
                repeatRate,
                satisfaction);
    }

    private static String typed(long index, String name) {
        return index == FORMULA_NAMED ? "=" + name : name;
    }

    /**
     * The digits of the customer with this zero-based index. Seven cover ten million customers; beyond that they
     * grow longer and stay unique.
     */
    static String number(long index) {
        String digits = Long.toString(index + 1);
        return digits.length() >= 7 ? digits : "0000000".substring(digits.length()) + digits;
    }

    /** Loyal customers are happier and those who left less so; everyone else spreads around the middle. */
    private static double satisfaction(DemoRandom random, BuyingPattern pattern) {
        double shift = switch (pattern) {
            case LOYAL -> 0.15;
            case CHURNED -> -0.25;
            default -> 0.0;
        };
        return Math.min(1.0, Math.max(0.0, 0.62 + shift + 0.2 * random.gaussian()));
    }
}
