package com.strata.demo;

/**
 * Industries of company customers, with the word their Chinese and English names use and how often such companies
 * are state-owned (energy, construction and finance far more than retail).
 */
enum Industry {
    MANUFACTURING("Manufacturing", "机械制造", "Machinery", 0.15, 18),
    RETAIL("Retail", "商贸", "Trading", 0.03, 14),
    INFORMATION_TECHNOLOGY("Information Technology", "信息技术", "Technology", 0.05, 14),
    FINANCE("Finance", "投资", "Capital", 0.35, 6),
    HEALTHCARE("Healthcare", "医药", "Medical", 0.25, 8),
    EDUCATION("Education", "教育科技", "Education", 0.30, 5),
    LOGISTICS("Logistics", "物流", "Logistics", 0.15, 9),
    CONSTRUCTION("Construction", "建设工程", "Engineering", 0.45, 7),
    ENERGY("Energy", "能源", "Energy", 0.70, 4),
    HOSPITALITY("Hospitality", "酒店管理", "Hospitality", 0.10, 5),
    FOOD_AND_BEVERAGE("Food & Beverage", "食品", "Foods", 0.08, 7),
    AUTOMOTIVE("Automotive", "汽车零部件", "Auto Parts", 0.20, 6),
    TELECOMMUNICATIONS("Telecommunications", "通信", "Telecom", 0.55, 3);

    private static final Weighted<Industry> MIX = new Weighted<>();

    static {
        for (Industry industry : values()) {
            MIX.add(industry, industry.weight);
        }
    }

    private final String label;
    private final String chineseWord;
    private final String englishWord;
    private final double stateOwnedShare;
    private final int weight;

    Industry(String label, String chineseWord, String englishWord, double stateOwnedShare, int weight) {
        this.label = label;
        this.chineseWord = chineseWord;
        this.englishWord = englishWord;
        this.stateOwnedShare = stateOwnedShare;
        this.weight = weight;
    }

    static Industry draw(DemoRandom random) {
        return MIX.pick(random);
    }

    /** The value of the {@code industry} column. */
    String label() {
        return label;
    }

    String chineseWord() {
        return chineseWord;
    }

    String englishWord() {
        return englishWord;
    }

    double stateOwnedShare() {
        return stateOwnedShare;
    }
}
