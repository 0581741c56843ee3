using System.Globalization;
using ProjectMap.Domain.Units;

namespace ProjectMap.Rendering.Maps;

/// <summary>How a map writes figures: money in 亿元 (万元 below 0.1 亿元), land in 亩, percentages.</summary>
public static class MapFormat
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>
    /// An amount given in 万元: 1,000 万元 and above in 亿元 with two decimals (5.00亿元), smaller amounts in 万元 (352万元);
    /// in English in million yuan (¥500.0M, ¥3.52M).
    /// </summary>
    public static string Money(decimal wan, bool english)
    {
        if (english)
        {
            var millions = wan / 100m;
            return "¥" + millions.ToString(millions >= 100 ? "#,0" : millions >= 1 ? "0.0" : "0.00", Ic) + "M";
        }

        return wan >= 1000m
            ? MoneyUnits.WanToYi(wan).ToString("#,0.00", Ic) + "亿元"
            : wan.ToString("#,0.##", Ic) + "万元";
    }

    /// <summary>An amount in 亿元 with two decimals, without the unit (for table columns headed 亿元).</summary>
    public static string Yi(decimal wan) => MoneyUnits.WanToYi(wan).ToString("#,0.00", Ic);

    /// <summary>A land area in 亩 (one decimal; 47.5亩 / 47.5 mu).</summary>
    public static string Mu(double mu, bool english) => mu.ToString(mu >= 100 ? "#,0" : "0.0", Ic) + (english ? " mu" : "亩");

    /// <summary>A percentage rounded to a whole number, never shown as 100 % before it is reached; "–" for none.</summary>
    public static string Pct(decimal? pct)
    {
        if (pct is not { } p)
        {
            return "–";
        }

        var rounded = Math.Round(p, 0, MidpointRounding.AwayFromZero);
        if (rounded >= 100 && p < 100)
        {
            rounded = 99;
        }

        return rounded.ToString("0", Ic) + "%";
    }

    /// <summary>A scale denominator with thin grouping (1:40 000).</summary>
    public static string Scale(double denominator) => "1:" + Math.Round(denominator).ToString("#,0", Ic).Replace(",", " ", StringComparison.Ordinal);

    /// <summary>A ground length for the scale bar: metres below 1 km, kilometres above.</summary>
    public static string Length(double metres, bool withUnit) =>
        metres >= 1000 ? (metres / 1000).ToString("0.##", Ic) + (withUnit ? " km" : string.Empty) : metres.ToString("0.##", Ic) + (withUnit ? " m" : string.Empty);
}
