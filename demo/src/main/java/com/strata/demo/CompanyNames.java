package com.strata.demo;

import com.strata.customer.Ownership;

/**
 * Company names in the forms a Chinese customer list holds: {@code 杭州恒通物流有限公司} for most, a city-owned
 * {@code 集团有限公司} for state-owned companies, {@code Hengtong Logistics Co., Ltd.} for some private ones and
 * {@code Nordwind Machinery (Suzhou) Co., Ltd.} for most foreign ones (their commas exercise CSV quoting).
 */
final class CompanyNames {

    /** A company's name, the mail domain its contacts use, and whether the name is in English. */
    record CompanyName(String display, String domain, boolean english) {}

    private static final String[][] BRANDS = {
        {"华信", "huaxin"}, {"恒通", "hengtong"}, {"鼎盛", "dingsheng"}, {"金桥", "jinqiao"}, {"远航", "yuanhang"},
        {"天润", "tianrun"}, {"博达", "boda"}, {"中科", "zhongke"}, {"新元", "xinyuan"}, {"宏远", "hongyuan"},
        {"瑞丰", "ruifeng"}, {"东方", "dongfang"}, {"海纳", "haina"}, {"星辰", "xingchen"}, {"云帆", "yunfan"},
        {"智联", "zhilian"}, {"启明", "qiming"}, {"万合", "wanhe"}, {"安泰", "antai"}, {"永安", "yongan"},
        {"锦程", "jincheng"}, {"宝华", "baohua"}, {"立恒", "liheng"}, {"润泽", "runze"}, {"嘉禾", "jiahe"},
        {"联合", "lianhe"}
    };

    private static final String[] FOREIGN_BRANDS = {
        "Nordwind",
        "Bluewater",
        "Alpenglow",
        "Silverline",
        "Keystone",
        "Brightfield",
        "Oakridge",
        "Meridian",
        "Lindqvist",
        "Bergmann",
        "Castellan",
        "Pacific Crest"
    };

    private CompanyNames() {}

    static CompanyName draw(DemoRandom random, Industry industry, Ownership ownership, Regions.City city) {
        String[] brand = random.pick(BRANDS);
        String pinyin = Character.toUpperCase(brand[1].charAt(0)) + brand[1].substring(1);
        switch (ownership) {
            case STATE_OWNED:
                return new CompanyName(
                        city.name() + "市" + brand[0] + industry.chineseWord() + "集团有限公司",
                        brand[1] + "group.com.cn",
                        false);
            case FOREIGN:
                if (random.chance(0.7)) {
                    String foreign = random.pick(FOREIGN_BRANDS);
                    return new CompanyName(
                            foreign + " " + industry.englishWord() + " (" + city.pinyin() + ") Co., Ltd.",
                            foreign.toLowerCase().replace(" ", "") + ".com",
                            true);
                }
                break;
            case PRIVATE:
                if (random.chance(0.15)) {
                    return new CompanyName(
                            pinyin + " " + industry.englishWord() + " Co., Ltd.", brand[1] + ".com", true);
                }
                break;
            default:
                break;
        }
        String suffix = random.chance(0.2) ? "股份有限公司" : "有限公司";
        return new CompanyName(city.name() + brand[0] + industry.chineseWord() + suffix, brand[1] + ".cn", false);
    }
}
