package com.strata.demo;

import java.time.LocalDate;

/**
 * What service staff write down about an interaction, in Chinese or English as it happens. A few texts hold commas,
 * quotes or a line break, as free text typed into a CRM does.
 */
final class InteractionTexts {

    private static final String[] TICKETS = {
        "Delivery delayed, customer asked for the tracking number",
        "发票抬头需要修改",
        "Cannot log in to the member account",
        "商品破损，申请换货",
        "咨询开具增值税专用发票",
        "Installation appointment requested",
        "退款进度查询",
        "Wrong size delivered, exchange arranged"
    };

    private static final String[] COMPLAINTS = {
        "Delivery three days late; customer says \"never again\"",
        "客服响应太慢，问题一周未解决",
        "Charged twice for one order",
        "质量问题：产品使用两周后故障",
        "Price dropped right after purchase, asks for the difference back",
        "销售承诺的折扣没有兑现",
        "Rude courier,\nparcel left outside in the rain"
    };

    private static final String[] EVERYDAY_CAMPAIGNS = {
        "会员日优惠券已领取", "Opened newsletter and clicked a product link", "Registered for the product webinar", "新品试用活动报名"
    };

    private InteractionTexts() {}

    static String ticket(DemoRandom random) {
        return random.pick(TICKETS);
    }

    static String complaint(DemoRandom random) {
        return random.pick(COMPLAINTS);
    }

    /** Campaigns follow the calendar: Spring Festival gift boxes, 618, Double 11, the year-end event. */
    static String campaign(DemoRandom random, LocalDate date) {
        return switch (date.getMonth()) {
            case JANUARY, FEBRUARY -> "年货节礼盒活动报名";
            case JUNE -> "618 coupon redeemed";
            case NOVEMBER -> random.chance(0.5) ? "双11预售：已付定金" : "Double 11 pre-sale, deposit paid";
            case DECEMBER -> "Year-end customer appreciation event, invitation accepted";
            default -> random.pick(EVERYDAY_CAMPAIGNS);
        };
    }

    static String referral(DemoRandom random, String referredCode) {
        return (random.chance(0.5) ? "推荐新客户 " : "Referred ") + referredCode;
    }

    static String survey(int csat) {
        if (csat <= 2) {
            return "Price too high, service slow; will compare with other suppliers";
        }
        return csat >= 5 ? "非常满意，服务很专业" : "Satisfied overall";
    }
}
