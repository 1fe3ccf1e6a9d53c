package com.gasline.metering.internal.rules;

/**
 * Amounts as a receipt shows them: {@code ¥1,234.56} and in Chinese capital numerals (大写金额) as the
 * payment-settlement rules write them, so a printed figure cannot be altered: 壹拾贰元叁角肆分, 壹佰万零壹元零壹分,
 * 捌仟贰佰捌拾元整. One 零 stands for any run of zeros; 整 follows 元 when there are no 角 or 分.
 */
public final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = { "", "拾", "佰", "仟" };
    private static final String[] GROUPS = { "", "万", "亿" };
    /** 万亿 yuan and above have no place on a receipt. */
    private static final long LIMIT_FEN = 1_000_000_000_000L * 100;

    private ChineseAmount() {
    }

    /** {@code ¥12.34}, thousands separated by commas. */
    public static String yuan(long fen) {
        check(fen);
        return String.format(java.util.Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
    }

    /** 大写 of {@code fen}, for example 壹拾贰元叁角肆分 for 1234. */
    public static String capital(long fen) {
        check(fen);
        if (fen == 0) {
            return "零元整";
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder s = new StringBuilder();
        if (yuan > 0) {
            s.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return s.append('整').toString();
        }
        if (jiao > 0) {
            s.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            s.append('零');
        }
        if (cents > 0) {
            s.append(DIGITS.charAt(cents)).append('分');
        }
        return s.toString();
    }

    /** A whole number of yuan above zero, in groups of four digits (个, 万, 亿). */
    private static String integer(long yuan) {
        StringBuilder s = new StringBuilder();
        boolean zeroPending = false;
        for (int g = GROUPS.length - 1; g >= 0; g--) {
            int group = (int) (yuan / pow10000(g) % 10_000);
            if (group == 0) {
                // stands for the empty group only once something higher was written
                zeroPending = true;
                continue;
            }
            if (s.length() > 0 && (zeroPending || group < 1000)) {
                s.append('零');
            }
            s.append(group(group)).append(GROUPS[g]);
            zeroPending = false;
        }
        return s.toString();
    }

    private static String group(int value) {
        StringBuilder s = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int d = value / (int) Math.pow(10, place) % 10;
            if (d == 0) {
                zero = s.length() > 0;
            } else {
                if (zero) {
                    s.append('零');
                }
                s.append(DIGITS.charAt(d)).append(PLACES[place]);
                zero = false;
            }
        }
        return s.toString();
    }

    private static long pow10000(int g) {
        return g == 0 ? 1 : g == 1 ? 10_000 : 100_000_000;
    }

    private static void check(long fen) {
        if (fen < 0 || fen >= LIMIT_FEN) {
            throw new IllegalArgumentException("no receipt amount: " + fen + " fen");
        }
    }
}
