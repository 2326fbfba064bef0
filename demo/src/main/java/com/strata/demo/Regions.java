package com.strata.demo;

/**
 * Where customers are: a city in one of China's seven geographic regions, weighted roughly by economic size. The
 * {@code region} value reads {@code 华东/上海} (region/city) so lists can filter by either part.
 */
final class Regions {

    /** A city, its region, and its name in pinyin for company names written in English. */
    record City(String region, String name, String pinyin) {

        String value() {
            return region + "/" + name;
        }
    }

    private static final Weighted<City> CITIES = new Weighted<>();

    static {
        add("华东", 10, "上海", "Shanghai");
        add("华东", 5, "杭州", "Hangzhou");
        add("华东", 4, "南京", "Nanjing");
        add("华东", 4, "苏州", "Suzhou");
        add("华东", 2, "宁波", "Ningbo");
        add("华东", 2, "合肥", "Hefei");
        add("华东", 2, "济南", "Jinan");
        add("华东", 2, "青岛", "Qingdao");
        add("华东", 2, "厦门", "Xiamen");
        add("华东", 1, "福州", "Fuzhou");
        add("华南", 7, "广州", "Guangzhou");
        add("华南", 8, "深圳", "Shenzhen");
        add("华南", 2, "东莞", "Dongguan");
        add("华南", 2, "佛山", "Foshan");
        add("华南", 1, "南宁", "Nanning");
        add("华南", 1, "海口", "Haikou");
        add("华北", 10, "北京", "Beijing");
        add("华北", 3, "天津", "Tianjin");
        add("华北", 1, "石家庄", "Shijiazhuang");
        add("华北", 1, "太原", "Taiyuan");
        add("华中", 4, "武汉", "Wuhan");
        add("华中", 3, "长沙", "Changsha");
        add("华中", 3, "郑州", "Zhengzhou");
        add("华中", 1, "南昌", "Nanchang");
        add("西南", 5, "成都", "Chengdu");
        add("西南", 4, "重庆", "Chongqing");
        add("西南", 1, "昆明", "Kunming");
        add("西南", 1, "贵阳", "Guiyang");
        add("西北", 3, "西安", "Xi'an");
        add("西北", 1, "兰州", "Lanzhou");
        add("西北", 1, "乌鲁木齐", "Urumqi");
        add("东北", 2, "沈阳", "Shenyang");
        add("东北", 2, "大连", "Dalian");
        add("东北", 1, "哈尔滨", "Harbin");
        add("东北", 1, "长春", "Changchun");
    }

    private Regions() {}

    static City draw(DemoRandom random) {
        return CITIES.pick(random);
    }

    private static void add(String region, int weight, String name, String pinyin) {
        CITIES.add(new City(region, name, pinyin), weight);
    }
}
