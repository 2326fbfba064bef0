package com.strata.demo;

/** Where customers were won and where they buy, separately for persons and companies. */
final class Channels {

    private static final Weighted<String> CONSUMER_SALES = new Weighted<String>()
            .add("Tmall", 30)
            .add("JD.com", 25)
            .add("WeChat Mini Program", 15)
            .add("Douyin", 10)
            .add("Online store", 10)
            .add("Retail store", 10);

    private static final Weighted<String> BUSINESS_SALES = new Weighted<String>()
            .add("Direct sales", 45)
            .add("Distributor", 25)
            .add("Online store", 15)
            .add("Phone", 10)
            .add("Public tender", 5);

    private static final Weighted<String> CONSUMER_ACQUISITION = new Weighted<String>()
            .add("Search", 20)
            .add("Social media", 20)
            .add("WeChat", 18)
            .add("Referral", 12)
            .add("Marketplace", 15)
            .add("Walk-in", 8)
            .add("Advertising", 7);

    private static final Weighted<String> BUSINESS_ACQUISITION = new Weighted<String>()
            .add("Trade show", 20)
            .add("Direct sales", 30)
            .add("Referral", 15)
            .add("Partner", 15)
            .add("Tender", 8)
            .add("Website", 12);

    private Channels() {}

    static String acquisition(DemoRandom random, boolean company) {
        return (company ? BUSINESS_ACQUISITION : CONSUMER_ACQUISITION).pick(random);
    }

    /** A customer's usual sales channel; most of their purchases go through it. */
    static String sales(DemoRandom random, boolean company) {
        return (company ? BUSINESS_SALES : CONSUMER_SALES).pick(random);
    }
}
