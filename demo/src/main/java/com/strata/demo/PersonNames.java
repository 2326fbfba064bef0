package com.strata.demo;

/**
 * Names of people as a Chinese customer base has them: mostly Chinese names in characters, some English given names
 * with a Chinese surname in pinyin, a few foreign names (with non-ASCII letters, to exercise UTF-8). Each name
 * comes with an ASCII mailbox name for contacts' e-mail addresses.
 */
final class PersonNames {

    /** A display name and the ASCII local part of an e-mail address for it. */
    record PersonName(String display, String mailbox) {}

    private static final String[][] SURNAMES = {
        {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"},
        {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"}, {"马", "ma"}, {"朱", "zhu"},
        {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"林", "lin"}, {"高", "gao"}, {"罗", "luo"}, {"郑", "zheng"},
        {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"}, {"唐", "tang"}, {"韩", "han"}, {"冯", "feng"}, {"邓", "deng"},
        {"曹", "cao"}, {"欧阳", "ouyang"}, {"司马", "sima"}
    };

    private static final String[][] GIVEN = {
        {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"}, {"强", "qiang"},
        {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"}, {"杰", "jie"}, {"娟", "juan"},
        {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"}, {"英", "ying"},
        {"华", "hua"}, {"玉", "yu"}, {"文", "wen"}, {"辉", "hui"}, {"建", "jian"}, {"国", "guo"}, {"婷", "ting"},
        {"雪", "xue"}, {"欣", "xin"}, {"宇", "yu"}, {"浩", "hao"}, {"晨", "chen"}, {"佳", "jia"}, {"怡", "yi"},
        {"梓", "zi"}, {"涵", "han"}, {"睿", "rui"}, {"思", "si"}, {"诗", "shi"}, {"嘉", "jia"}, {"琪", "qi"},
        {"博", "bo"}, {"鑫", "xin"}
    };

    private static final String[] ENGLISH_GIVEN = {
        "David", "Michael", "Kevin", "Jason", "Eric", "Tony", "Jack", "Vincent", "Leo", "Frank", "Emily", "Grace",
        "Linda", "Cindy", "Amy", "Vivian", "Sophia", "Cherry", "Iris", "Helen"
    };

    private static final String[][] FOREIGN = {
        {"Sarah Miller", "sarah.miller"}, {"Thomas Müller", "thomas.mueller"}, {"Chloé Dubois", "chloe.dubois"},
        {"Marco Rossi", "marco.rossi"}, {"Hiroshi Tanaka", "hiroshi.tanaka"}, {"Ana García", "ana.garcia"},
        {"James O'Brien", "james.obrien"}, {"Kim Min-jun", "minjun.kim"}, {"Olga Ivanova", "olga.ivanova"},
        {"Lars Øberg", "lars.oberg"}
    };

    private PersonNames() {}

    /** A name; {@code englishShare} is the chance of an English or foreign name instead of a Chinese one. */
    static PersonName draw(DemoRandom random, double englishShare) {
        if (!random.chance(englishShare)) {
            String[] surname = random.pick(SURNAMES);
            String[] first = random.pick(GIVEN);
            if (random.chance(0.6)) {
                String[] second = random.pick(GIVEN);
                return new PersonName(surname[0] + first[0] + second[0], first[1] + second[1] + "." + surname[1]);
            }
            return new PersonName(surname[0] + first[0], first[1] + "." + surname[1]);
        }
        if (random.chance(0.7)) {
            String[] surname = random.pick(SURNAMES);
            String given = random.pick(ENGLISH_GIVEN);
            String family = Character.toUpperCase(surname[1].charAt(0)) + surname[1].substring(1);
            return new PersonName(given + " " + family, given.toLowerCase() + "." + surname[1]);
        }
        String[] foreign = random.pick(FOREIGN);
        return new PersonName(foreign[0], foreign[1]);
    }
}
